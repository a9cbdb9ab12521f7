import threading
import queue

def producer(q, items, n_consumers):
    for item in items:
        q.put(item)
    for _ in range(n_consumers):
        q.put(None)

def stage(inq, outq, fn):
    while (item := inq.get()) is not None:
        outq.put(fn(item))
    outq.put(None)

raw = queue.Queue()
cleaned = queue.Queue(maxsize=3)
words = ["  Apple", "banana ", " CHERRY ", "date", "  elderberry  "]
t1 = threading.Thread(target=producer, args=(raw, words, 1), name="producer")
t2 = threading.Thread(target=stage, args=(raw, cleaned, lambda w: w.strip().lower()), name="cleaner")
t1.start()
t2.start()
results = []
while (w := cleaned.get()) is not None:
    results.append(w)
t1.join()
t2.join()
print(results, raw.empty(), cleaned.qsize())

class Counter(threading.Thread):
    def __init__(self, n, out):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.out = out
    def run(self):
        self.out[self.name] = sum(range(self.n))

out = {}
ts = [Counter(n, out) for n in (10, 100, 1000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), [t.is_alive() for t in ts], ts[0].daemon)
try:
    ts[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
q = queue.Queue()
q.put(1)
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
print(out["counter-5"])
