# A ProcessPoolExecutor whose worker dies abruptly (os._exit in a task): the
# running and pending futures fail with BrokenProcessPool, and so does any later
# submit. One worker, and the dying task waits 0.3 s so that all four futures
# are submitted before the pool breaks.
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die_later(code):
    time.sleep(0.3)
    os._exit(code)


def ident(x):
    return x


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    ex = ProcessPoolExecutor(max_workers=1)
    warm = ex.submit(ident, 0)
    print("warm:", warm.result())
    futures = [ex.submit(die_later, 1)] + [ex.submit(ident, i) for i in range(1, 4)]
    for f in futures:
        try:
            print(f.result())
        except BrokenProcessPool as e:
            print(type(e).__module__, type(e).__name__ + ":", e)
    print("warm still done:", warm.done(), warm.result())
    print("issubclass of RuntimeError:", issubclass(BrokenProcessPool, RuntimeError))
    try:
        ex.submit(ident, 5)
    except BrokenProcessPool as e:
        print("submit after:", type(e).__name__ + ":", e)
    ex.shutdown()
    try:
        with ProcessPoolExecutor(max_workers=1) as ex2:
            list(ex2.map(die_later, [3]))
    except BrokenProcessPool as e:
        print("map:", type(e).__name__ + ":", e)
