# queue.Queue between threads: a producer, two consumers, task_done and join,
# and the Empty and Full exceptions.
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()

def consumer():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        results.put(n * n)
        jobs.task_done()

workers = [threading.Thread(target=consumer) for _ in range(2)]
for w in workers:
    w.start()
for n in range(10):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
squares = []
while not results.empty():
    squares.append(results.get())
print(sorted(squares), results.qsize(), jobs.empty())

small = queue.Queue(maxsize=1)
small.put("a")
print(small.full(), small.qsize())
try:
    small.put("b", block=False)
except queue.Full:
    print("Full")
print(small.get_nowait())
try:
    small.get(timeout=0.05)
except queue.Empty:
    print("Empty after a wait")
