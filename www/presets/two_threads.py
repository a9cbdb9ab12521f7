# Two CPU-bound threads. With the GIL (as in CPython) they take turns: about 1x.
# Switch the GIL off (free-threaded Python 3.13t) and run again: they run in parallel.
# Compare (below) calls task(n) for each n of its task list, under every mode.
import threading
import time


def task(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


if __name__ == "__main__":
    N = 2_000_000
    start = time.perf_counter()
    task(N)
    task(N)
    sequential = time.perf_counter() - start

    start = time.perf_counter()
    threads = [threading.Thread(target=task, args=(N,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded = time.perf_counter() - start

    print(f"sequential: {sequential:.2f} s")
    print(f"2 threads:  {threaded:.2f} s ({sequential / threaded:.2f}x)")
