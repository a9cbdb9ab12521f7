# CPU-bound (the articles' cpu_intensive_task): pure Python arithmetic.
# Compare calls task(n) for each n of the task list: under the GIL two threads
# take turns (about 1x); without it (3.13t) or in processes they run in parallel.
import time


def task(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    # Run as a script: four tasks one after another.
    start = time.perf_counter()
    results = [task(1_000_000) for _ in range(4)]
    print(f"4 tasks: {time.perf_counter() - start:.2f} s, task(1_000_000) = {results[0]}")
