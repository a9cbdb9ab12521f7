import traceback, sys
class AppError(Exception):
    """Base error."""
class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        super().__init__(key, msg)
        self.key = key
    def __str__(self):
        return f"config key {self.key!r}: {self.args[1]}"
def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e
def parse(v):
    try:
        return int(v)
    except ValueError:
        raise AppError("bad number " + repr(v))
try:
    load({}, "port")
except AppError as e:
    print(e, repr(e), e.args, type(e.__cause__).__name__, e.__context__ is e.__cause__)
    print(traceback.format_exc())
try:
    parse("x1")
except AppError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)))
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)
try:
    deep(3)
except LookupError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno) for f in tb])
    print(traceback.format_exc().splitlines()[-1])
e = ValueError("a", 1)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
try:
    raise TypeError("with note")
except TypeError as e:
    e.add_note("extra context")
    print(e.__notes__)
    print(traceback.format_exception_only(type(e), e))
def gen():
    try:
        yield 1
    finally:
        print("gen cleanup")
g = gen(); next(g); g.close()
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e)
for exc in (IndexError, KeyError, ZeroDivisionError, OSError):
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
r = None
try:
    r = 1
finally:
    print("finally", r)
def f():
    try:
        return "try"
    finally:
        print("cleanup before return")
print(f())
def g2():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g2()
try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        raise KeyError("during handling")
    except KeyError as k:
        print(repr(k.__context__))
print(sys.exc_info())
class E(Exception):
    pass
try:
    raise E
except E as x:
    print(repr(x), x.args)
try:
    raise E("one") from ValueError("two")
except E as x:
    traceback.print_exception(x, file=sys.stdout)
load({}, "host")
