# A program ends when its non-daemon threads have: daemon threads still
# running (in a loop, blocked on a lock, waiting on a queue) end with it,
# silently, as in CPython.
import queue
import threading
import time

q = queue.Queue()
held = threading.Lock()
held.acquire()


def spins():
    n = 0
    while True:
        n += 1


def sleeps():
    while True:
        time.sleep(0.01)


for target in (spins, sleeps, held.acquire, q.get):
    threading.Thread(target=target, daemon=True).start()
worker = threading.Thread(target=lambda: time.sleep(0.1))
worker.start()
print("daemon flags:", sorted(t.daemon for t in threading.enumerate()))
print("alive:", threading.active_count())
