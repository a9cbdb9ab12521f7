import threading
import time

ready = threading.Event()
done = threading.Event()
log = []
log_lock = threading.Lock()

def say(msg):
    with log_lock:
        log.append(msg)

def waiter(i):
    ready.wait()
    say(f"waiter {i} released")

ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
say("main setting event")
ready.set()
for w in ws:
    w.join()
print(log[0], sorted(log[1:]))

cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))
got = []
cs = [threading.Thread(target=consumer, args=(got,)) for _ in range(2)]
for c in cs:
    c.start()
for v in ("x", "y"):
    with cond:
        items.append(v)
        cond.notify()
for c in cs:
    c.join()
print(sorted(got))

barrier = threading.Barrier(3)
arrived = []
def runner(i):
    time.sleep(0.01 * i)
    arrived.append(i)
    idx = barrier.wait()
    with log_lock:
        arrived.append(("passed", i))
rs = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
[r.start() for r in rs]
[r.join() for r in rs]
print(sorted(arrived[:3]), sorted(a for a in arrived[3:]))

local = threading.local()
results = {}
def use_local(n):
    local.value = n * 10
    time.sleep(0.005)
    results[n] = local.value
ts = [threading.Thread(target=use_local, args=(n,)) for n in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print(results == {n: n * 10 for n in range(4)}, hasattr(local, "value"))
t = threading.Timer(0.01, lambda: say("timer fired"))
t.start()
t.join()
print(log[-1], ready.is_set(), done.is_set(), done.wait(0.01))
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)
print(log.missing)
