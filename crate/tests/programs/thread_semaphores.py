# threading.Semaphore and BoundedSemaphore, main_thread() is current_thread() in
# the main thread, and enumerate().
import threading
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(blocking=False))
s.release(2)
with s:
    print("inside")
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
print(threading.main_thread() is threading.current_thread(), [t.name for t in threading.enumerate()])
