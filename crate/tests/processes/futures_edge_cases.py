# A pool or an executor dropped at once still completes what it was given;
# wait(FIRST_EXCEPTION) returns on the first exception, not the first result.
import multiprocessing, time
from concurrent.futures import ProcessPoolExecutor, wait, FIRST_EXCEPTION


def sleep_ret(t):
    time.sleep(t)
    return t


def bad():
    raise ValueError("bad")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    r = multiprocessing.Pool(1).apply_async(abs, (-1,))
    print("dropped pool:", r.get(timeout=20))
    print("dropped executor:", ProcessPoolExecutor(1).submit(abs, -2).result(timeout=20))
    with ProcessPoolExecutor(2) as ex:
        done, not_done = wait([ex.submit(sleep_ret, 0.1), ex.submit(sleep_ret, 0.5)], return_when=FIRST_EXCEPTION)
        print("FIRST_EXCEPTION, none failed:", len(done), len(not_done))
        done, not_done = wait([ex.submit(bad), ex.submit(sleep_ret, 2)], return_when=FIRST_EXCEPTION)
        print("FIRST_EXCEPTION, one failed:", len(done), len(not_done))
