# ProcessPoolExecutor's futures: as_completed (collected, then sorted: the
# order varies), wait with FIRST_COMPLETED and ALL_COMPLETED, cancel() of a
# pending future (one worker busy 0.5 s), add_done_callback (called in the
# parent), shutdown(cancel_futures=True), and submit after shutdown.
import multiprocessing
import time
from concurrent.futures import (ProcessPoolExecutor, as_completed, wait,
                                FIRST_COMPLETED, ALL_COMPLETED, CancelledError)


def cube(x):
    return x ** 3


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = {ex.submit(cube, x): x for x in range(5)}
        print("as_completed:", sorted((futures[f], f.result()) for f in as_completed(futures)))
        fast, slow = ex.submit(nap, 0.05), ex.submit(nap, 1.0)
        done, not_done = wait([fast, slow], return_when=FIRST_COMPLETED)
        print("FIRST_COMPLETED:", [f.result() for f in done], len(not_done))
        done, not_done = wait([fast, slow], return_when=ALL_COMPLETED)
        print("ALL_COMPLETED:", sorted(f.result() for f in done), len(not_done))
    with ProcessPoolExecutor(max_workers=1) as ex:
        ex.submit(nap, 0).result()
        busy = ex.submit(nap, 0.5)
        queued = [ex.submit(cube, x) for x in range(4)]
        time.sleep(0.2)
        last = queued[-1]
        print("busy running:", busy.running(), "last pending:", not last.running())
        print("cancel last:", last.cancel(), last.cancelled(), last.done())
        print("cancel busy:", busy.cancel())
        try:
            last.result()
        except CancelledError as e:
            print("result of cancelled:", type(e).__name__, repr(str(e)))
        seen = []
        queued[0].add_done_callback(lambda f: seen.append(("callback", f.result())))
        print("others:", [f.result() for f in queued[:-1]], busy.result())
        queued[0].add_done_callback(lambda f: seen.append(("late", f.result())))
        print("callbacks:", seen)
    ex = ProcessPoolExecutor(max_workers=1)
    first = ex.submit(nap, 0.3)
    rest = [ex.submit(cube, x) for x in range(3)]
    time.sleep(0.1)
    ex.shutdown(wait=True, cancel_futures=True)
    print("after shutdown(cancel_futures=True):", first.result(), [f.cancelled() for f in rest])
    try:
        ex.submit(cube, 2)
    except RuntimeError as e:
        print("submit after shutdown:", type(e).__name__, e)
