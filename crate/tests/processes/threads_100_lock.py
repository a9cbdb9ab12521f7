# 100 threads each add 1,000 to a shared counter under a threading.Lock: the
# total is exact (100,000). A thread's default name is "Thread-N (target)".
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(1000,)) for _ in range(100)]
print(threads[0].name, threads[99].name)
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("all finished:", not any(t.is_alive() for t in threads))
