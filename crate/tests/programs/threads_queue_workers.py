import threading
import queue

tasks = queue.Queue()
results = queue.Queue()
lock = threading.Lock()
processed = {}

def worker(name):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        value = item * item
        with lock:
            processed.setdefault(name, 0)
            processed[name] += 1
        results.put((item, value))
        tasks.task_done()

threads = [threading.Thread(target=worker, args=(f"w{i}",), name=f"worker-{i}") for i in range(3)]
for t in threads:
    t.start()
for i in range(20):
    tasks.put(i)
for _ in threads:
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()

out = []
while not results.empty():
    out.append(results.get())
out.sort()
print(out[:5], len(out))
print(sum(v for _, v in out))
print(sum(processed.values()), set(processed) <= {"w0", "w1", "w2"})
print([t.name for t in threads], [t.is_alive() for t in threads])

q = queue.LifoQueue()
for x in "abc":
    q.put(x)
print([q.get() for _ in range(3)])
pq = queue.PriorityQueue()
for p, name in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put((p, name))
print([pq.get()[1] for _ in range(pq.qsize())])
try:
    q.get_nowait()
except queue.Empty:
    print("empty!", type(queue.Empty()).__name__)
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print("full!")
counter = 0
def bump():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ts = [threading.Thread(target=bump) for _ in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print(counter, threading.active_count(), threading.current_thread().name)
