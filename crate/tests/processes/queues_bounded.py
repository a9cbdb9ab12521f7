# A bounded multiprocessing.Queue (queues.py shows the producer, consumer,
# workers and JoinableQueue): full(), qsize(), put(timeout) raising queue.Full,
# put_nowait, get_nowait on an empty queue raising queue.Empty.
import multiprocessing
import queue

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
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
