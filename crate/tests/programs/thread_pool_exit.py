from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading
import time

def work(n):
    time.sleep(0.001 * (n % 3))
    if n == 7:
        raise ValueError(f"bad input {n}")
    return n * n

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(work, n): n for n in range(10)}
    results = {}
    errors = []
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            results[n] = fut.result()
        except ValueError as e:
            errors.append(str(e))
print(sorted(results.items()))
print(errors)

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="calc") as pool:
    print(list(pool.map(lambda x: x + 1, range(5))))
    names = set(pool.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(6)))
print(names)

lock = threading.Lock()
shared = []
def append_many(tag):
    for i in range(3):
        with lock:
            shared.append((tag, i))
with ThreadPoolExecutor(2) as pool:
    fs = [pool.submit(append_many, t) for t in "ab"]
    done, not_done = wait(fs)
print(len(done), len(not_done), sorted(shared))
f = ThreadPoolExecutor(1).submit(divmod, 7, 2)
print(f.result(), f.done(), f.exception())
with ThreadPoolExecutor(1) as pool:
    bad = pool.submit(work, 7)
print(type(bad.exception()).__name__, bad.exception())
try:
    bad.result()
except ValueError as e:
    print("re-raised:", e)
late = ThreadPoolExecutor(2)
print(late.submit(sum, [1, 2, 3]).result())
