import threading

class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.size:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

buf = BoundedBuffer(2)
consumed = []
def producer(start):
    for i in range(start, start + 5):
        buf.put(i)
def consumer(n):
    for _ in range(n):
        consumed.append(buf.get())
ps = [threading.Thread(target=producer, args=(s,)) for s in (0, 100)]
c = threading.Thread(target=consumer, args=(10,))
for t in ps + [c]:
    t.start()
for t in ps + [c]:
    t.join()
print(sorted(consumed), len(consumed))
ready = threading.Event()
results = []
def waiter(i):
    ready.wait()
    results.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
print("set?", ready.is_set())
ready.set()
for w in ws: w.join()
print(sorted(results), ready.is_set())
counter = 0
lock = threading.RLock()
def nested(n):
    global counter
    with lock:
        with lock:
            counter += n
ts = [threading.Thread(target=nested, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, threading.active_count())
