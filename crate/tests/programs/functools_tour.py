from functools import lru_cache, partial, reduce, total_ordering, singledispatch, cached_property, wraps, cache, cmp_to_key
import functools

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30))

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square.func.__name__, square.args, square.keywords)
print(repr(partial(int, base=2))[:30])
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(operator_add := (lambda a, b: a + b), [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))
vs = [Version("1.10.0"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") > Version("10"))

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x.upper()}"
print(describe(3), describe([1, 2]), describe("hi"), describe(2.5), describe(True))
print(describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), "__name__") else "?")

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
del c.area
print(c.area)
print("area" in vars(c))

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}{kwargs}")
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(5))

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            for i in range(times):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f"attempt {i + 1} failed: {e}")
            raise RuntimeError(f"{fn.__qualname__} failed after {times} tries")
        return inner
    return deco
calls = iter([ValueError("a"), ValueError("b"), 42])
@retry(3)
def flaky():
    v = next(calls)
    if isinstance(v, Exception):
        raise v
    return v
print(flaky())
@retry(2)
def always():
    raise ValueError("nope")
try:
    always()
except RuntimeError as e:
    print(e)
print(sorted(["b", "A", "c", "B"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
