# concurrent.futures.ThreadPoolExecutor as the articles use it: submit, map,
# as_completed, result, with; worker names; exceptions through result().
import concurrent.futures
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def task(n):
    return sum(i * i for i in range(n))

with ThreadPoolExecutor(max_workers=4) as executor:
    results = list(executor.map(task, [10, 100, 1000, 10_000]))
print(results)

def download(seconds):
    time.sleep(seconds)
    return seconds

start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    futures = [executor.submit(download, s) for s in [0.45, 0.38, 0.52, 0.41]]
    done_order = [f.result() for f in as_completed(futures)]
elapsed = time.perf_counter() - start
print(sorted(done_order) == done_order, done_order, 0.5 <= elapsed < 1.2)
print([f.done() for f in futures], [f.result() for f in futures])

def who():
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=1) as executor:
    print(executor.submit(who).result())

def fails():
    raise ValueError("inside the pool")

with ThreadPoolExecutor(max_workers=2) as executor:
    future = executor.submit(fails)
    try:
        future.result()
    except ValueError as e:
        print("ValueError:", e, type(future.exception()).__name__)
