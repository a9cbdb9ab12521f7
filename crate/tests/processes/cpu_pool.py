# Article 001's CPU-bound task, sequentially and on a Pool of 4 (n smaller:
# 200,000 instead of 10,000,000). Times are masked to <time>.
import multiprocessing
import time


def cpu_intensive_task(n):
    """Perform CPU-intensive calculation"""
    start_time = time.time()
    result = 0
    for i in range(n):
        result += i ** 2
    duration = time.time() - start_time
    return result, duration


def compute_multiprocessing(n, num_processes):
    start_time = time.time()
    with multiprocessing.Pool(processes=num_processes) as pool:
        results = pool.map(cpu_intensive_task, [n] * num_processes)
    total_duration = time.time() - start_time
    print("=== MULTIPROCESSING EXECUTION ===")
    for i, (result, duration) in enumerate(results):
        print(f"Process {i}: Completed in {duration:.2f} seconds")
    print(f"\nMultiprocessing total time: {total_duration:.2f} seconds")
    return results


def compute_sequential_comparison(n, num_tasks):
    start_time = time.time()
    results = []
    for i in range(num_tasks):
        result, duration = cpu_intensive_task(n)
        results.append((result, duration))
        print(f"Task {i}: Completed in {duration:.2f} seconds")
    total_duration = time.time() - start_time
    print(f"\nSequential total time: {total_duration:.2f} seconds")
    return results


if __name__ == '__main__':
    multiprocessing.set_start_method("spawn")
    n = 200_000
    num_tasks = 4

    print("=== SEQUENTIAL EXECUTION ===")
    seq = compute_sequential_comparison(n, num_tasks)

    print("\n")
    par = compute_multiprocessing(n, num_tasks)
    print("Same results:", [r for r, _ in seq] == [r for r, _ in par])
    print("Result:", par[0][0])
