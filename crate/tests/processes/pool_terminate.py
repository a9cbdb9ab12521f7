# Pool.terminate() stops the workers at once, even mid-task (what `with Pool()`
# does on leaving the block): results not yet produced never come, get(timeout)
# raises multiprocessing.TimeoutError, and the pool refuses new work. join()
# before close() or terminate() is an error.
import multiprocessing
import time


def slow_square(x):
    time.sleep(x)
    return x * x


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    pool = multiprocessing.Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print("join while running:", type(e).__name__, e)
    quick = pool.apply_async(slow_square, (0.1,))
    print("quick:", quick.get(timeout=10))
    slow = pool.apply_async(slow_square, (30,))
    try:
        slow.get(timeout=0.2)
    except multiprocessing.TimeoutError as e:
        print("get(timeout=0.2):", type(e).__module__, type(e).__name__, repr(str(e)))
    print("ready:", slow.ready())
    t0 = time.monotonic()
    pool.terminate()
    pool.join()
    print("terminate took under 5 s:", time.monotonic() - t0 < 5)
    try:
        pool.apply(slow_square, (1,))
    except ValueError as e:
        print("after terminate:", type(e).__name__, e)
    with multiprocessing.Pool(2) as pool:
        pending = pool.map_async(slow_square, [30, 30])
    print("left the with block; ready:", pending.ready())
