import logging
import queue
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(threadName)-22s %(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("workers")


def worker(n):
    log.info("working on %d", n)
    if n == 2:
        log.warning("item %d is slow", n)
    return n * n


log.debug("main thread starts")
for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()

named = threading.Thread(target=worker, args=(7,), name="downloader")
named.start()
named.join()


class Job(threading.Thread):
    def run(self):
        log.info("running in %s", threading.current_thread().name)


job = Job(name="job-thread")
job.start()
job.join()

# Records from threads that run at once are kept whole, one line each.
collected = []


class ListHandler(logging.Handler):
    def emit(self, record):
        collected.append((record.threadName, record.getMessage(), record.thread != threading.main_thread().ident))


pool_log = logging.getLogger("pool")
pool_log.addHandler(ListHandler())
pool_log.propagate = False


def task(n):
    for step in range(3):
        pool_log.info("task %d step %d", n, step)
    return n


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetch") as pool:
    results = list(pool.map(task, range(6)))
print(results, len(collected))
print(sorted(m for _, m, _ in collected)[:4])
print(all(name.startswith("fetch_") for name, _, _ in collected), all(other for _, _, other in collected))

q = queue.Queue()


def producer():
    for i in range(3):
        q.put(i)
        log.debug("put %d", i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        log.debug("got %d", item)


p = threading.Thread(target=producer, name="producer")
p.start()
p.join()
c = threading.Thread(target=consumer, name="consumer")
c.start()
c.join()
log.info("main thread is %s", threading.current_thread().name)
