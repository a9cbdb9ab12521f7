# Article 001's pitfall 1 across processes: counter.value += 1 is a read then
# a write, so without holding the lock updates can be lost. How many are lost
# varies from run to run: only whether the total is <= the expected is printed.
import multiprocessing

N = 5000
WORKERS = 4


def unlocked(counter, n):
    for _ in range(n):
        counter.value += 1


def locked(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def run(counter, target):
    ps = [multiprocessing.Process(target=target, args=(counter, N)) for _ in range(WORKERS)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    return counter.value


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    expected = N * WORKERS
    raw = multiprocessing.Value('i', 0, lock=False)
    print("lock=False has get_lock:", hasattr(raw, "get_lock"))
    total = run(raw, unlocked)
    print("lock=False, no lock held:", total <= expected, 0 < total)
    synced = multiprocessing.Value('i', 0)
    total = run(synced, unlocked)
    print("Value with a lock, not held:", total <= expected, 0 < total)
    synced = multiprocessing.Value('i', 0)
    print("get_lock() held:", run(synced, locked), "==", expected)
