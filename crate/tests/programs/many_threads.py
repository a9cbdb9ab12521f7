# Many threads at once, and thousands over a program's life: CPython's
# classic demonstrations start 10, 50 or 100 threads.
import threading

counter = 0
lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=increment, args=(1000,)) for _ in range(100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("100 threads under a lock:", counter)

# 100 alive at once.
release = threading.Event()
waiting = [threading.Thread(target=release.wait) for _ in range(100)]
for t in waiting:
    t.start()
print("alive at once:", threading.active_count())
release.set()
for t in waiting:
    t.join()
print("after join:", threading.active_count())

# A thousand over the program's life, a hundred at a time.
results = []
for batch in range(10):
    batch_threads = [threading.Thread(target=results.append, args=(batch * 100 + i,)) for i in range(100)]
    for t in batch_threads:
        t.start()
    for t in batch_threads:
        t.join()
print("threads started in all:", len(results), sum(results) == sum(range(1000)))
names = sorted({t.name for t in threads[:3]})
print(names)
