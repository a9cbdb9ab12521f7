import functools
from functools import (
    cache, cached_property, cmp_to_key, lru_cache, partial, reduce,
    singledispatch, total_ordering, update_wrapper, wraps,
)
import operator


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


# reduce
print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda a, b: a + [b], "abc", []), reduce(max, [3], 0), reduce(max, [], 7))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
print(reduce(operator.add, iter(["x", "y"])))
show("reduce empty", lambda: reduce(operator.add, []))
show("reduce(max)", lambda: reduce(max))
show("reduce 4 args", lambda: reduce(max, [], 1, 2))
show("reduce(max, 1)", lambda: reduce(max, 1))
show("reduce initial=", lambda: reduce(max, [], initial=3))

# partial
p = partial(int, base=2)
print(p("101"), p("111", base=8), p)
print(p.func, p.args, p.keywords)
add3 = partial(operator.add, 3)
print(add3(4), list(map(add3, [1, 2])), partial(pow, 3))
q = partial(partial(max, 1, key=abs), -5, key=None)
print(q, q(3), q.args, q.keywords)
mx = partial(max, 1, key=len)
print(repr(mx) == "functools.partial(<built-in function max>, 1, key=<built-in function len>)")
print(partial(max, "a", "bb", key=len)())
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), hello(name="Cy"))
class P(partial):
    pass
print(P(max, 1), P(max, 1)(5), isinstance(P(max), partial))
show("partial()", lambda: partial())
show("partial(1)", lambda: partial(1))
show("partial(func=)", lambda: partial(func=max))
show("set func", lambda: setattr(p, "func", max))
show("set args", lambda: setattr(p, "args", ()))
p.extra = 5
print(p.extra, sorted(map(lambda kv: kv[0], partial(dict, a=1, b=2)().items())))

# lru_cache
calls = []
@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x
print(square(2), square(3), square(2), square(4), square(3), square(2))
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square(5), square.cache_info())
print(square.__name__, square.__wrapped__(6), square.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().misses, tuple(fib.cache_info()))
info = fib.cache_info()
print(info == (78, 81, 128, 81), info[0], len(info), info._fields, info._asdict())
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, type(info).__name__)

@lru_cache(maxsize=None)
def ident(*args, **kwargs):
    return (args, kwargs)
print(ident(1), ident(1), ident(1.0), ident(True), ident(a=1), ident(a=1), ident(1, b=2))
print(ident.cache_info(), ident.cache_parameters())

@lru_cache(maxsize=8, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(1), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
print(lru_cache(maxsize=-3)(len).cache_info())
show("unhashable", lambda: square([1]))
show("lru_cache('a')", lambda: lru_cache(maxsize="a"))
show("lru_cache(1, 2, 3)", lambda: lru_cache(1, 2, 3))

@cache
def count_calls(n):
    calls.append(n)
    return n
calls.clear()
print(count_calls(1), count_calls(1), count_calls(2), calls, count_calls.cache_info())

class Tree:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def depth(self, k):
        return self.n * k
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Tree) and self.n == other.n
t = Tree(3)
print(t.depth(2), t.depth(2), Tree(3).depth(2), Tree.depth.cache_info())

# wraps / update_wrapper
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return ("logged", func(*args, **kwargs))
    return wrapper

@logged
def double(x):
    return 2 * x
double.__doc__ = "Doubles x."
print(double(4), double.__name__, double.__qualname__, double.__module__)
print(double.__wrapped__(5), double.__doc__)

def original(a):
    return a
original.__doc__ = "The original."
original.tag = "kept"
def shim(*args):
    return original(*args)
result = update_wrapper(shim, original)
print(result is shim, shim.__name__, shim.__doc__, shim.tag, shim.__wrapped__ is original)
def shim2():
    pass
update_wrapper(shim2, original, assigned=("__doc__",), updated=())
print(shim2.__name__, shim2.__doc__, hasattr(shim2, "tag"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Box:
    pass
b = Box()
update_wrapper(b, len)
print(b.__name__, b.__wrapped__ is len)

# total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b2, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b2, a <= c, a > b2, a >= c, b2 >= a, b2 > a, a <= b2, a == c)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b2))
show("Version > 1", lambda: a > 1)
show("Version <= 1", lambda: a <= 1)

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v <= other.v
print(Desc(1) >= Desc(2), Desc(1) < Desc(2), Desc(1) > Desc(2), Desc(1) <= Desc(2))
print(Desc.__lt__.__name__, Desc.__gt__.__name__)

@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(ByGt(1) < ByGt(2), ByGt(2) <= ByGt(2), ByGt(3) >= ByGt(2))

@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(2), ByLe(3) >= ByLe(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

# cmp_to_key
def compare(a, b):
    return (a > b) - (a < b)
def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return compare(b, a)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([5, 2, 9], key=cmp_to_key(lambda a, b: b - a)))
print(min([3, 1, 2], key=cmp_to_key(compare)), max("abc", key=cmp_to_key(compare)))
K = cmp_to_key(compare)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, K(obj=7).obj)
show("hash(key)", lambda: hash(k1) and None)
show("key < 3", lambda: k1 < 3)
show("K()", lambda: K())
show("K(1, 2)", lambda: K(1, 2))
show("cmp_to_key()", lambda: cmp_to_key())

# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed)
c.r = 10
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
c.area = 1
print(c.area, c.computed)
print(Circle(1).area, Circle(3).area)
d = Circle(5)
show("del uncached", lambda: delattr(d, "area"))
print(d.area, vars(d), type(Circle.area).__name__, Circle.area.attrname)
print(Circle.area.func(Circle(1)), "area" in vars(Circle(1)))
class Late:
    pass
Late.value = cached_property(lambda self: 1)
show("no __set_name__", lambda: Late().value)
same = cached_property(lambda self: 2)
class Twice:
    first = same
print(Twice().first, same.attrname)
class Slotted:
    __slots__ = ()
    @cached_property
    def value(self):
        return 1

# partialmethod and singledispatchmethod
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, note=""):
        self._alive = bool(state)
        return note
    set_alive = functools.partialmethod(set_state, True, note="up")
    set_dead = functools.partialmethod(set_state, False)
c = Cell()
print(c.set_alive(), c._alive, c.set_dead(note="down"), c._alive)
print(Cell.set_alive(c), c._alive, type(Cell.set_dead).__name__)
show("partialmethod(1)", lambda: functools.partialmethod(1))

class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix} other {arg!r}"
    @fmt.register(int)
    def _(self, arg):
        return f"{self.prefix} int {arg}"
    @fmt.register(list)
    def _(self, arg):
        return f"{self.prefix} list {[self.fmt(x) for x in arg]}"
f = Formatter(">")
print(f.fmt(1), f.fmt("s"), f.fmt([1, "a"]), f.fmt(True))

# singledispatch
@singledispatch
def describe(arg):
    return f"something: {arg!r}"
@describe.register(int)
def _(arg):
    return f"int {arg}"
@describe.register(list)
def _(arg):
    return f"list of {len(arg)}"
def describe_str(arg):
    return f"str {arg.upper()}"
describe.register(str, describe_str)
class Base:
    pass
class Derived(Base):
    pass
describe.register(Base, lambda arg: "a Base")
print(describe(3), describe(True), describe([1, 2]), describe("hi"), describe(2.5))
print(describe(Derived()), describe(None), describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(float) is describe.registry[object], describe.__name__)
show("describe()", lambda: describe())
show("register(1)", lambda: describe.register(1))
