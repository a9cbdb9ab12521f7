# Unpicklable functions and arguments given to a ProcessPoolExecutor: the
# error reaches the future (submit) or the iterator (map) and is raised by
# result(); its __cause__ is a _RemoteTraceback. The executor still works.
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def ident(x):
    return x


def make_inner():
    def inner(x):
        return x
    return inner


def numbers():
    yield 1


def attempt(label, call, *args):
    try:
        print(label, call(*args))
    except Exception as e:
        print(f"{label}: {type(e).__module__}.{type(e).__name__}: {e}")
        print("  cause:", type(e.__cause__).__name__)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as ex:
        attempt("submit(lambda)", ex.submit(lambda: 0).result)
        attempt("submit(nested)", ex.submit(make_inner(), 1).result)
        attempt("submit(ident, Lock)", ex.submit(ident, threading.Lock()).result)
        attempt("submit(ident, generator)", ex.submit(ident, numbers()).result)
        attempt("map(lambda)", list, ex.map(lambda x: x, [1, 2]))
        attempt("map(ident, [Lock])", list, ex.map(ident, [threading.Lock()]))
        attempt("result unpicklable", ex.submit(make_inner).result)
        attempt("after that", ex.submit(ident, "executor still works").result)
