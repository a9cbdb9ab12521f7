import contextlib
import io
import sys


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed", exc_type.__name__, exc, tb is not None)
            return True
        return False


@contextlib.contextmanager
def indented(level):
    print("  " * level + "begin")
    try:
        yield level + 1
    except KeyError as e:
        print("  " * level + f"handled {e!r}")
    finally:
        print("  " * level + "end")


@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception:
        db.clear()
        db.update(snapshot)
        print("rolled back")
        raise
    else:
        print("committed")


log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"using {a.name} {b.name}")
try:
    with Resource("c", log):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"caught {e}")
print(log)
with Suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
with indented(0) as lvl:
    with indented(lvl) as lvl2:
        print("  " * lvl2 + "inside")
with indented(0):
    {}["missing"]
db = {"x": 1}
with transaction(db) as t:
    t["y"] = 2
print(db)
try:
    with transaction(db) as t:
        t["z"] = 3
        raise RuntimeError("fail")
except RuntimeError as e:
    print("error:", e, db)
with contextlib.suppress(FileNotFoundError):
    open("/no/such/file")
print("suppress ok")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    resources = [stack.enter_context(Resource(n, log)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print([r.name for r in resources])
print(log[-3:])


class Closeable:
    def close(self):
        print("closed!")


with contextlib.closing(Closeable()):
    print("using closeable")
with contextlib.nullcontext(5) as five:
    print(five)


class Timer:
    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, *exc):
        self.exited = True


with Timer() as tm:
    pass
print(tm.entered, tm.exited)


@contextlib.contextmanager
def bad():
    yield
    yield


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with Resource("last", log):
    print(undefined_name)
