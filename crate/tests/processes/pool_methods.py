# The Pool's methods: map (with chunksize), starmap, apply, apply_async,
# map_async, starmap_async, imap, imap_unordered (sorted: its order varies),
# callbacks, initializer/initargs, close/join, and what a closed pool says.
import multiprocessing


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


prefix = "unset"


def set_prefix(value):
    global prefix
    prefix = value


def tag(x):
    return f"{prefix}{x}"


def describe(name, count=1):
    return f"{name} x{count}"


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with multiprocessing.Pool(processes=2) as pool:
        print("map:", pool.map(square, range(10)))
        print("map chunksize=3:", pool.map(square, range(10), chunksize=3))
        print("map empty:", pool.map(square, []))
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print("apply:", pool.apply(describe, ("apple",), {"count": 3}))
        r = pool.apply_async(square, (12,))
        print("apply_async:", r.get(timeout=5), r.ready(), r.successful())
        m = pool.map_async(square, [1, 2, 3])
        m.wait()
        print("map_async:", m.get(), m.ready())
        print("starmap_async:", pool.starmap_async(power, [(2, 10)]).get())
        it = pool.imap(square, range(6), chunksize=2)
        print("imap:", next(it), list(it))
        print("imap_unordered:", sorted(pool.imap_unordered(square, range(6))))
        got = []
        pool.apply_async(square, (5,), callback=got.append).wait()
        pool.map_async(square, [6, 7], callback=got.append).wait()
        print("callbacks:", got)
        errors = []
        pool.apply_async(power, ("a", 2), error_callback=errors.append).wait()
        print("error_callback:", [type(e).__name__ for e in errors])
        print("generator input:", pool.map(square, (i for i in range(4))))
    pool = multiprocessing.Pool(2, initializer=set_prefix, initargs=("#",))
    print("outside with, initializer:", pool.map(tag, [1, 2]), prefix)
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("after close:", type(e).__name__, e)
    pool.join()
    print("joined")
