# An exception inside a `with` body, raised by a call nested in another call
# (its callee and arguments on the stack): __exit__ runs, and the exception
# that goes on is the one raised, with its own message.
import threading


def nested(n):
    with threading.Lock():
        return list(map(abs, n))


def closure(n):
    with threading.Lock():
        f = lambda x: n
        return list(map(f, 5))


def inline_lambda(n):
    with threading.Lock():
        return list(map(lambda x: n, 5))


class Manager:
    def __enter__(self):
        print("enter")
        return (1, 2, 3)

    def __exit__(self, kind, value, traceback):
        print("exit with", kind.__name__ if kind else None, value)
        return False


def unpacking():
    with Manager() as (a, b):
        return a + b


def deep(n):
    with Manager() as m:
        return sorted(map(len, [m, n, 5]))


for f in (lambda: nested(5), lambda: closure(1), lambda: inline_lambda(1), unpacking, lambda: deep("ab")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
