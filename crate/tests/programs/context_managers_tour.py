import contextlib

class Timer:
    def __init__(self, label):
        self.label = label
        self.entered = False

    def __enter__(self):
        self.entered = True
        print(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.label}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return exc_type is KeyError

with Timer("a") as t:
    print("inside", t.label, t.entered)
with Timer("b"):
    {}["missing"]
print("after b (KeyError suppressed)")
try:
    with Timer("c"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("html") as h, tag("body"):
    print("content", h)

with contextlib.suppress(ZeroDivisionError, TypeError):
    1 / 0
print("suppressed")

with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")

class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *args):
        Resource.opened -= 1

with Resource() as r1, Resource() as r2:
    print(Resource.opened)
print(Resource.opened)
@contextlib.contextmanager
def failing():
    yield
    print("not reached after error")
try:
    with failing():
        raise RuntimeError("boom")
except RuntimeError as e:
    print("got", e)
with Timer("d"), open("/nonexistent/file.txt") as fh:
    print(fh.read())
