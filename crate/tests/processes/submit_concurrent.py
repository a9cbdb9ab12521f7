# submit() and apply_async() return at once and their calls run side by side:
# the first call waits for an Event that only the second sets, so the program
# ends only if both run at the same time (eager, one-by-one calls would wait
# for ever). Then apply_async callbacks (called in the parent, every one by
# join()), map_async, imap in order and imap_unordered (sorted).
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

event = None


def share(e):
    global event
    event = e


def wait_for_it():
    return "waited: " + str(event.wait(30))


def set_it():
    event.set()
    return "set"


def square(x):
    return x * x


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    e = multiprocessing.Event()
    with ProcessPoolExecutor(2, initializer=share, initargs=(e,)) as ex:
        first = ex.submit(wait_for_it)
        second = ex.submit(set_it)
        print("executor:", first.result(), second.result())
    e = multiprocessing.Event()
    got = []
    with multiprocessing.Pool(2, initializer=share, initargs=(e,)) as pool:
        first = pool.apply_async(wait_for_it, callback=got.append)
        second = pool.apply_async(set_it, callback=got.append)
        print("pool:", first.get(), second.get())
        results = [pool.apply_async(square, (x,), callback=got.append) for x in range(5)]
        pool.close()
        pool.join()
        print("callbacks:", sorted(got, key=str))
        print("all ready:", all(r.ready() for r in results))
    with multiprocessing.Pool(2) as pool:
        mapped = pool.map_async(square, range(6))
        print("map_async:", mapped.get(), mapped.successful())
        print("imap:", list(pool.imap(square, range(6))))
        print("imap_unordered:", sorted(pool.imap_unordered(square, range(6))))
