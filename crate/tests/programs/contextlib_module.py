import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, ExitStack)


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("bad")
except ValueError as e:
    print("propagated", type(e).__name__, e)


@contextmanager
def catching():
    try:
        yield
    except KeyError as e:
        print("caught in generator", repr(e))


with catching():
    {}["missing"]
print("after catching")

try:
    with catching():
        raise IndexError("other")
except IndexError as e:
    print("not caught", type(e).__name__, e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("converted") from e


try:
    with transform():
        1 / 0
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@tag("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(3))
print(work(4))

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("not suppressed", e)
with suppress(LookupError):
    {}["k"]
print("suppressed subclass")


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)

with nullcontext(42) as value:
    print("null", value)
with nullcontext() as value:
    print("null", value)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


cap = Capture()
with redirect_stdout(cap):
    print("captured", 1, 2)
print(cap.parts)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback", "args", sep="-")
    print("entered", names)


def suppressing(*exc):
    print("exit handler", exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as stack:
    stack.push(suppressing)
    stack.enter_context(tag("z"))
    raise KeyError("gone")
print("stack suppressed")

with ExitStack() as stack:
    stack.callback(print, "never before close")
    moved = stack.pop_all()
print("moved")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)
