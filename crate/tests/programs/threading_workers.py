import threading, queue, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def incr(self, n):
        for _ in range(n):
            with self.lock:
                self.value += 1
c = Counter()
ts = [threading.Thread(target=c.incr, args=(1000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", c.value)
class Worker(threading.Thread):
    def __init__(self, n, results):
        super().__init__(name=f"worker-{n}")
        self.n, self.results = n, results
    def run(self):
        self.results[self.n] = sum(i * i for i in range(self.n * 100))
results = {}
ws = [Worker(i, results) for i in range(5)]
for w in ws: w.start()
for w in ws: w.join()
print(sorted(results.items()), [w.name for w in ws], ws[0].is_alive())
q = queue.Queue()
out = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        out.append(item * 2)
        q.task_done()
    q.task_done()
p, cns = threading.Thread(target=producer), threading.Thread(target=consumer)
p.start(); cns.start(); p.join(); cns.join()
print(out, q.empty(), q.qsize())
cond = threading.Condition()
items = []
def waiter(i, log):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        log.append(i)
log = []
wts = [threading.Thread(target=waiter, args=(i, log)) for i in range(3)]
for t in wts: t.start()
with cond:
    items.append("go")
    cond.notify_all()
for t in wts: t.join()
print(sorted(log))
barrier = threading.Barrier(3)
arrived = []
alock = threading.Lock()
def at_barrier(i):
    with alock:
        arrived.append(i)
    idx = barrier.wait()
    with alock:
        arrived.append(("passed", len(arrived) >= 3))
bts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in bts: t.start()
for t in bts: t.join()
print(sorted(x for x in arrived if isinstance(x, int)), [x for x in arrived if isinstance(x, tuple)])
def square(n):
    return n, n * n
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(8)]
    got = sorted(f.result() for f in as_completed(futs))
    print(got)
    print(list(ex.map(lambda x: x + 1, range(5))))
def fails(x):
    raise ValueError(f"bad {x}")
with ThreadPoolExecutor() as ex:
    f = ex.submit(fails, 3)
    try:
        f.result()
    except ValueError as e:
        print("future raised", e, f.exception(), f.done())
ev = threading.Event()
flag = []
def setter():
    flag.append("set")
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(5), flag, ev.is_set())
local = threading.local()
seen = []
def use_local(v):
    local.v = v
    seen.append(local.v)
lts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in lts: t.start()
for t in lts: t.join()
print(sorted(seen), hasattr(local, "v"))
sem = threading.Semaphore(2)
active, peak = [0], [0]
def limited():
    with sem:
        with alock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with alock:
            active[0] -= 1
sts = [threading.Thread(target=limited) for _ in range(5)]
for t in sts: t.start()
for t in sts: t.join()
print("peak <= 2:", peak[0] <= 2)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon, repr(t).startswith("<Thread("))
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in range(3): lq.put(x)
print([lq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
timer_log = []
tm = threading.Timer(0.01, lambda: timer_log.append("fired"))
tm.start(); tm.join()
print(timer_log)
def boom():
    raise RuntimeError("in thread")
th = threading.Thread(target=boom, name="T-boom")
th.start(); th.join()
print("main continues")
