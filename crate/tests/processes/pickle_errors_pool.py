# Unpicklable functions and arguments given to a Pool: map, apply and
# apply_async raise the pickling error in the parent (a multiprocessing.Lock
# only goes to a child as a Process argument), and the pool still works.
import multiprocessing
import threading


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


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with multiprocessing.Pool(2) as pool:
        attempt("map(lambda)", pool.map, lambda x: x * 2, [1, 2])
        attempt("map(nested)", pool.map, make_inner(), [1, 2])
        attempt("map(ident, [lambda])", pool.map, ident, [lambda: 0])
        attempt("map(ident, [Lock])", pool.map, ident, [threading.Lock()])
        attempt("map(ident, [generator])", pool.map, ident, [numbers()])
        attempt("apply(ident, (Lock,))", pool.apply, ident, (threading.Lock(),))
        attempt("map(ident, [mp Lock])", pool.map, ident, [multiprocessing.Lock()])
        attempt("apply_async(lambda).get()", pool.apply_async(lambda: 0).get, 5)
        attempt("map(ident, [1, 2, 3])", pool.map, ident, [1, 2, 3])
        attempt("result unpicklable", pool.apply, make_inner)
        attempt("after that", pool.apply, ident, ("pool still works",))
