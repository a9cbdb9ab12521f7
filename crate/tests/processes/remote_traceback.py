# An exception in a pool's or an executor's worker, uncaught in the parent:
# the child's traceback as the cause (RemoteTraceback), then the parent's.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def parse(s):
    return int(s)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(parse, ["1", "2"]))
        try:
            pool.map(parse, ["x"])
        except ValueError as e:
            print("caught", e)
    with ProcessPoolExecutor(1) as ex:
        print(ex.submit(parse, "7").result())
        ex.submit(parse, "y").result()
