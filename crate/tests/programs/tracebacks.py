# Tracebacks as CPython 3.11 draws them: carets under the failing expression
# (~ for operands, ^ for the operator or the subscript), none when the
# expression is the whole line. Each case fails in a thread of its own.
import threading


def divide(a, b):
    return a / b


def lookup(d, key):
    value = d[key]
    return value


def attribute(x):
    return x.missing + 1


def nested(n):
    total = 1 + divide(n, 0)
    return total


def whole_line():
    int("not a number")


def in_call(items):
    print("length", len(items), items[10])


def method(xs):
    xs.index(99)


def local_method(counts):
    return counts.get([])


def multi_line(a):
    return divide(
        a,
        0,
    )


def power(items):
    return items["key"] ** 2


for target, args in [
    (divide, (1, 0)),
    (lookup, ({"a": 1}, "b")),
    (attribute, (5,)),
    (nested, (3,)),
    (whole_line, ()),
    (in_call, ([1, 2],)),
    (method, ([1, 2, 3],)),
    (local_method, ({},)),
    (multi_line, (1,)),
    (power, ({"key": "text"},)),
]:
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()

print("the main thread goes on")
result = [1, 2, 3][1] + {"x": 1}["y"]
