# dir(), globals(), locals() and __import__(): the names of the running
# scope and of values, as CPython lists them.
import math

print(dir())
x = 1


def f(a, b=2):
    c = a + b
    print(sorted(locals().items()), dir())
    return c


f(1)
print("f" in dir(), "x" in dir(), dir() == sorted(globals()))


def outer():
    captured = 1
    unused = 2

    def inner(y):
        z = y + captured
        print(dir(), sorted(locals()))
        return z

    inner(5)
    print(dir())


outer()


class Scope:
    a = 1
    print(dir())

    def method(self):
        return dir()


print(Scope().method())
print([dir() for _ in range(1)])

# globals(): the module's names (a snapshot here, so read after the
# assignment; CPython's is the module's own dict).
g = globals()
g = globals()
print(type(g).__name__, g["x"], g["__name__"], "math" in g, g["f"] is f, g["Scope"] is Scope)
print([k for k in g if not k.startswith("__")])
print(sorted(k for k in g if k.startswith("__")))
print(__name__, __doc__, __package__, __spec__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else __builtins__)
print(globals()["__builtins__"] is __builtins__, __builtins__.len is len, __builtins__.print("via builtins"))


def reader():
    return sorted(k for k in globals() if not k.startswith("__"))


print(reader())

# dir(value): its attributes, its class's and its bases'.
print(dir(math) == sorted(dir(math)), [n for n in dir(math) if not n.startswith("_")][:10])
print(all(n in dir(math) for n in ["__doc__", "__loader__", "__name__", "__package__", "__spec__"]), math.__name__)


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Derived(Base):
    derived_attr = 2

    def __init__(self):
        self.instance_attr = 3


d = Derived()
print(dir(d))
print(dir(Derived))
print([n for n in dir(d) if not n.startswith("__")], [n for n in dir(Base) if not n.startswith("__")])


class Slotted:
    __slots__ = ("p", "q")


print([n for n in dir(Slotted) if n not in dir(object)])


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))


class MyError(ValueError):
    pass


e = MyError("boom")
e.extra = 1
print(dir(e))
print(dir(KeyError), dir(StopIteration()) == dir(StopIteration))
print(dir(OSError) == sorted(dir(OSError)), [n for n in dir(OSError) if not n.startswith("_")])

for value in [1, 1.5, True, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, None, range(3), slice(1), len, f, print, d.base_method, (i for i in "")]:
    names = dir(value)
    print(type(value).__name__, len(names), names == sorted(names), [n for n in names if not n.startswith("_")])
print(dir(list) == dir([]), dir(int) == dir(5), dir(object), dir(type) == sorted(dir(type)))
f.custom = 5
print([n for n in dir(f) if not n.startswith("__")])
for bad in [(), (1, 2)]:
    try:
        print(dir(*bad) if bad else dir(1, 2))
    except TypeError as e:
        print("TypeError:", e)
try:
    globals(1)
except TypeError as e:
    print("TypeError:", e)
try:
    locals(1)
except TypeError as e:
    print("TypeError:", e)

# __import__.
m = __import__("math")
print(m is math, m.sqrt(16))
cf = __import__("concurrent.futures")
print(cf.__name__, __import__("concurrent.futures", fromlist=["x"]).__name__)
print(__import__("collections", globals(), locals(), ["deque"], 0).deque([1, 2]))
for args in [("no_such_module",), (5,), ("",), ("math", None, None, (), 1), ("math", None, None, (), -1)]:
    try:
        __import__(*args)
    except (ImportError, TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
import builtins
print(builtins.len("abc"), builtins is __builtins__, builtins.__name__)
