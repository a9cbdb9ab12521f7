# ProcessPoolExecutor.map: several iterables (shortest wins), chunksize,
# results in input order; initializer/initargs run once in each worker; an
# initializer that raises breaks the pool (BrokenProcessPool, its message).
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

greeting = "unset"


def init(word):
    global greeting
    greeting = word


def greet(name):
    return f"{greeting}, {name}"


def bad_init():
    raise OSError("cannot initialise")


def add(a, b):
    return a + b


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
        print(list(ex.map(abs, range(-5, 5), chunksize=3)))
        print(list(ex.map(add, [], [])))
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("hello",)) as ex:
        print(list(ex.map(greet, ["ana", "bo", "cy"])))
    print("parent's greeting:", greeting)
    ex = ProcessPoolExecutor(max_workers=1, initializer=bad_init)
    try:
        ex.submit(add, 1, 2).result()
    except BrokenProcessPool as e:
        print(type(e).__name__ + ":", e)
    ex.shutdown()
