# multiprocessing.Queue between processes, in the Python the page runs today
# (queues.py shows the same with `:=`): a producer and a consumer with a None
# "poison pill" (FIFO order kept), workers pulling tasks and sending results
# back (sorted: their order varies), Empty and Full, a bounded queue, and a
# JoinableQueue whose join() waits for every task_done().
import multiprocessing
import queue


def producer(q, n):
    for i in range(n):
        q.put(("item", i))
    q.put(None)


def consumer(q, out):
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item[1])
    out.put(got)


def worker(tasks, results):
    while True:
        x = tasks.get()
        if x is None:
            return
        results.put((x, x * x))


def joinable_worker(jq, done):
    while True:
        x = jq.get()
        with done.get_lock():
            done.value += x
        jq.task_done()


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    q, out = multiprocessing.Queue(), multiprocessing.Queue()
    ps = [multiprocessing.Process(target=producer, args=(q, 5)),
          multiprocessing.Process(target=consumer, args=(q, out))]
    for p in ps:
        p.start()
    print("consumer got:", out.get())
    for p in ps:
        p.join()
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    workers = [multiprocessing.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for x in range(8):
        tasks.put(x)
    for _ in workers:
        tasks.put(None)
    print("results:", sorted([results.get() for _ in range(8)]))
    for w in workers:
        w.join()
    try:
        results.get(timeout=0.1)
    except queue.Empty as e:
        print("get(timeout=0.1):", repr(e), results.empty())
    q.put([1, {"a": (2, 3)}])
    print("round trip:", q.get(), q.qsize())
    bounded = multiprocessing.Queue(2)
    bounded.put(1)
    bounded.put_nowait(2)
    print("bounded: full", bounded.full(), "qsize", bounded.qsize())
    try:
        bounded.put(3, timeout=0.05)
    except queue.Full as e:
        print("put(timeout=0.05):", repr(e))
    print("get_nowait:", bounded.get_nowait(), bounded.get(), bounded.empty())
    try:
        bounded.get_nowait()
    except queue.Empty as e:
        print("get_nowait on empty:", repr(e))
    jq, done = multiprocessing.JoinableQueue(), multiprocessing.Value('i', 0)
    daemon = multiprocessing.Process(target=joinable_worker, args=(jq, done), daemon=True)
    daemon.start()
    for x in range(1, 11):
        jq.put(x)
    jq.join()
    print("JoinableQueue joined; sum =", done.value)
    try:
        jq.task_done()
    except ValueError as e:
        print("task_done too many:", type(e).__name__, e)
