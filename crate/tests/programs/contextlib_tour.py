from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext
import contextlib, io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise ValueError("oops")
print("after")
try:
    with tag("p"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress(FileNotFoundError):
    open("/nonexistent/file.txt")
print("no file, fine")

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False
    def close(self):
        print("closing()", self.name)

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(print, "callback ran")
    print([r.name for r in rs])

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Resource("y"))
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("another", 42)
print(repr(buf.getvalue()))
with closing(Resource("c")) as r:
    print("using", r.name)
with nullcontext(5) as v:
    print("null", v)

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop")
        return False
@Timer()
def work():
    print("working")
work()

@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

class Swallow:
    def __enter__(self): return self
    def __exit__(self, *a): return True
with Swallow():
    raise TypeError("gone")
print("swallowed")
with Resource("one") as a, Resource("two") as b:
    print(a.name, b.name)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to err", file=sys.stderr)
print(err.getvalue().strip())
with ExitStack() as st:
    st.push(lambda *exc: print("pushed exit", exc[0]))
    print("body")
