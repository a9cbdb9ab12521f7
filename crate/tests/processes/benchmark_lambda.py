# Article 001's five-method benchmark as written: ProcessPoolExecutor.map is
# given a lambda, which cannot be pickled, so the program dies there with a
# PicklingError (the four other methods print first). n is 20,000, not 1,000,000.
import time
import threading
import multiprocessing
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def benchmark_task(n):
    """A task that's moderately CPU-intensive"""
    result = sum(i * i for i in range(n))
    return result

def run_sequential(tasks, n):
    start = time.time()
    results = [benchmark_task(n) for _ in range(tasks)]
    return time.time() - start, len(results)

def run_threading(tasks, n):
    start = time.time()
    threads = []
    results = []
    def worker():
        results.append(benchmark_task(n))
    for _ in range(tasks):
        t = threading.Thread(target=worker)
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return time.time() - start, len(results)

def run_multiprocessing(tasks, n):
    start = time.time()
    with multiprocessing.Pool() as pool:
        results = pool.map(benchmark_task, [n] * tasks)
    return time.time() - start, len(results)

def run_threadpool_executor(tasks, n):
    start = time.time()
    with ThreadPoolExecutor(max_workers=4) as executor:
        results = list(executor.map(lambda x: benchmark_task(n), range(tasks)))
    return time.time() - start, len(results)

def run_processpool_executor(tasks, n):
    start = time.time()
    with ProcessPoolExecutor(max_workers=4) as executor:
        results = list(executor.map(lambda x: benchmark_task(n), range(tasks)))
    return time.time() - start, len(results)

if __name__ == '__main__':
    multiprocessing.set_start_method("spawn")
    tasks = 8
    n = 20_000
    print(f"Benchmarking {tasks} tasks with n={n:,}")
    print("=" * 60)
    methods = [
        ("Sequential", run_sequential),
        ("Threading (manual)", run_threading),
        ("ThreadPoolExecutor", run_threadpool_executor),
        ("Multiprocessing (Pool)", run_multiprocessing),
        ("ProcessPoolExecutor", run_processpool_executor),
    ]
    results = {}
    for name, func in methods:
        duration, count = func(tasks, n)
        results[name] = duration
        print(f"{name:.<40} {duration:.2f}s ({count} tasks)")
