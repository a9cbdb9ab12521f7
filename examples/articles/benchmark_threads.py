# The benchmark of article 001 ("Performance Benchmarking"), its indentation
# restored, with the thread-based methods only (processes in programs come
# with multiprocessing). Times differ from run to run; the structure is CPython's.
import time
import threading
from concurrent.futures import ThreadPoolExecutor


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


def run_threadpool_executor(tasks, n):
    start = time.time()
    with ThreadPoolExecutor(max_workers=4) as executor:
        results = list(executor.map(lambda x: benchmark_task(n), range(tasks)))
    return time.time() - start, len(results)


if __name__ == '__main__':
    tasks = 8
    n = 1_000_000

    print(f"Benchmarking {tasks} tasks with n={n:,}")
    print("=" * 60)

    methods = [
        ("Sequential", run_sequential),
        ("Threading (manual)", run_threading),
        ("ThreadPoolExecutor", run_threadpool_executor),
    ]

    results = {}
    for name, func in methods:
        duration, count = func(tasks, n)
        results[name] = duration
        print(f"{name:.<40} {duration:.2f}s ({count} tasks)")

    print("\n" + "=" * 60)
    print("SPEEDUP COMPARISON (relative to sequential):")
    baseline = results["Sequential"]
    for name, duration in results.items():
        speedup = baseline / duration
        print(f"{name:.<40} {speedup:.2f}x")
