# threading.active_count() with 100 threads alive (each waits on an Event):
# 101 with the main thread; enumerate() lists them; after they are released
# and joined, 1 again.
import threading

release = threading.Event()
started = threading.Semaphore(0)


def wait_for_release():
    started.release()
    release.wait()


threads = [threading.Thread(target=wait_for_release, name=f"waiter-{i}") for i in range(100)]
print("before:", threading.active_count())
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
print("alive:", threading.active_count())
names = sorted(t.name for t in threading.enumerate())
print("enumerate:", len(names), names[:3], names[-1])
print("main thread:", threading.main_thread().name, threading.current_thread() is threading.main_thread())
release.set()
for t in threads:
    t.join()
print("after:", threading.active_count(), [t.name for t in threading.enumerate()])
