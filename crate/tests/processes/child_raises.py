# A child whose target raises: CPython prints "Process <name>:" and the
# traceback on the child's stderr, the child's exitcode is 1, and the parent
# carries on (nothing is raised in the parent).
import multiprocessing


def fail(x):
    print("child about to fail with", x)
    raise ValueError(f"bad value {x}")


def divide(a, b):
    return a / b


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    p = multiprocessing.Process(target=fail, args=(42,))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    q = multiprocessing.Process(target=divide, args=(1, 0), name="Divider")
    q.start()
    q.join()
    print("exitcode", q.exitcode)
    print("parent done")
