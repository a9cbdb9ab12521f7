# Article 001's "Memory and Communication": 4 threads add to a global under a
# threading.Lock, 4 processes add to a multiprocessing.Value under its own
# lock (get_lock()). Both totals are exact. n is 10,000 instead of 100,000.
import threading
import multiprocessing
import time

# Shared state with threading (shared memory)
shared_counter_thread = 0
thread_lock = threading.Lock()


def increment_thread(n):
    global shared_counter_thread
    for _ in range(n):
        with thread_lock:
            shared_counter_thread += 1


# Shared state with multiprocessing (requires special handling)
def increment_process(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == '__main__':
    multiprocessing.set_start_method("spawn")
    n = 10000

    print("=== THREADING (Shared Memory) ===")
    start = time.time()
    threads = [threading.Thread(target=increment_thread, args=(n,)) for _ in range(4)]
    for t in threads: t.start()
    for t in threads: t.join()
    print(f"Final counter value: {shared_counter_thread}")
    print(f"Time: {time.time() - start:.2f}s")

    print("\n=== MULTIPROCESSING (Shared Value) ===")
    start = time.time()
    shared_counter_process = multiprocessing.Value('i', 0)
    processes = [
        multiprocessing.Process(target=increment_process, args=(shared_counter_process, n))
        for _ in range(4)
    ]
    for p in processes: p.start()
    for p in processes: p.join()
    print(f"Final counter value: {shared_counter_process.value}")
    print(f"Time: {time.time() - start:.2f}s")
