# Future.result() of a ProcessPoolExecutor re-raises the task's exception in
# the parent; exception() returns it without raising; its __cause__ is a
# _RemoteTraceback. Uncaught (the last result()), the program dies with the
# child's traceback, "The above exception was the direct cause of the
# following exception:", then the parent's traceback.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


class AppError(Exception):
    pass


def risky(x):
    if x < 0:
        raise AppError(f"negative: {x}")
    return x ** 0.5


def lookup(key):
    return {"a": 1}[key]


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as ex:
        good, bad = ex.submit(risky, 16), ex.submit(risky, -4)
        print("good:", good.result())
        err = bad.exception()
        print("exception():", type(err).__name__, err)
        print("cause:", type(err.__cause__).__name__)
        try:
            bad.result()
        except AppError as e:
            print("result() raised", repr(e), e is err)
        print(list(ex.map(risky, [1, 4, 9])))
        ex.submit(lookup, "missing").result()
