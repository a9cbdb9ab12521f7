# What Process.start() raises in the parent when the target or the args cannot
# be pickled (spawn pickles them to send them to the child), and article 001's
# pitfall 3: a threading.Lock cannot go to a child, a multiprocessing.Lock can.
import multiprocessing
import threading


def show(x):
    print("child got", type(x).__name__)


def make_inner():
    def inner():
        pass
    return inner


def numbers():
    yield 1


def worker(lock):
    with lock:
        print("child holds the lock")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    cases = [
        ("lambda target", lambda: 0, ()),
        ("lambda arg", show, (lambda: 0,)),
        ("nested function arg", show, (make_inner(),)),
        ("threading.Lock arg", worker, (threading.Lock(),)),
        ("generator arg", show, (numbers(),)),
    ]
    for label, target, args in cases:
        p = multiprocessing.Process(target=target, args=args)
        try:
            p.start()
            p.join()
            print(label, "started")
        except Exception as e:
            print(f"{label}: {type(e).__module__}.{type(e).__name__}: {e}")
    # Kept in a variable: start() drops the Process's reference to its args,
    # and a Lock collected before the child opens it is gone.
    mp_lock = multiprocessing.Lock()
    p = multiprocessing.Process(target=worker, args=(mp_lock,))
    p.start()
    p.join()
    print("multiprocessing.Lock arg: exitcode", p.exitcode)
