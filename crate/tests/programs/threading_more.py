import threading, queue, time
# Condition: a producer and consumers
items = []
cond = threading.Condition()
def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop())
got = []
cs = [threading.Thread(target=consumer, args=(got,)) for _ in range(3)]
for c in cs: c.start()
time.sleep(0.05)
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs: c.join()
print(sorted(got))
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: True))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
# Barrier
b = threading.Barrier(3)
order = []
def worker(k):
    i = b.wait()
    order.append(i)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order), b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken:", b2.broken)
# Timer
fired = []
t = threading.Timer(0.01, fired.append, args=("fired",))
t.start(); t.join()
t2 = threading.Timer(10, fired.append, args=("never",))
t2.start(); t2.cancel(); t2.join()
print(fired)
# local
data = threading.local()
data.x = "main"
seen = []
def show():
    seen.append(hasattr(data, "x"))
    data.x = "thread"
    seen.append(data.x)
th = threading.Thread(target=show); th.start(); th.join()
print(seen, data.x)
# queues
pq = queue.PriorityQueue()
for p in [3, 1, 2]:
    pq.put((p, f"task{p}"))
print([pq.get() for _ in range(3)], pq.empty())
lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
try:
    lq.put(3, timeout=0.01)
except queue.Full:
    print("full", lq.qsize(), lq.full())
print(lq.get(), lq.get_nowait())
try:
    lq.get_nowait()
except queue.Empty:
    print("empty")
jq = queue.PriorityQueue()
def drain():
    while True:
        item = jq.get()
        jq.task_done()
        if item is None:
            break
w = threading.Thread(target=drain); w.start()
for x in [2, 1, None]:
    pass
jq.put(5); jq.join()
print("joined")
jq.put(None); w.join()
sq = queue.SimpleQueue(); sq.put("s"); print(sq.get())
print(type(time.time_ns()).__name__, time.perf_counter_ns() > 0, time.monotonic_ns() > 0)
