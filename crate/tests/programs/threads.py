# Threads with results gathered deterministically: names, join, locks, events,
# RLock re-entry, and the GIL settings from sys.
import sys
import threading
import time

results = [None] * 4
lock = threading.Lock()
rlock = threading.RLock()
log = []

def square_sum(index, n):
    total = sum(i * i for i in range(n))
    with lock:
        results[index] = total
    with rlock:
        with rlock:
            log.append(index)

threads = [threading.Thread(target=square_sum, args=(i, 10_000 * (i + 1))) for i in range(4)]
print([t.name for t in threads], [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, sorted(log), [t.is_alive() for t in threads])

ready = threading.Event()
def worker():
    ready.wait()
    time.sleep(0.01)

w = threading.Thread(target=worker, name="worker", daemon=False)
w.start()
print(w.name, w.daemon, ready.is_set(), w.is_alive())
ready.set()
w.join()
print(ready.is_set(), w.is_alive(), lock.locked(), threading.active_count(), threading.current_thread().name)
print(sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True, sys.getswitchinterval())
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
