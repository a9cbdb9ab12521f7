import functools
import time


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results

        return wrapper

    return decorator


def tag(name, **attrs):
    def decorator(func):
        def wrapper(*args):
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{func(*args)}</{name}>"

        return wrapper

    return decorator


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def validate(*types):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{func.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return func(*args)

        return wrapper

    return decorator


class Memo:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@repeat(3)
def greet(name):
    """Say hello."""
    return f"hi {name}"


@tag("b")
@tag("a", href="/x", cls="link")
def label(text):
    return text.upper()


@counted
def add(a, b=1):
    return a + b


@validate(int, str)
def describe(n, s):
    return s * n


@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@functools.lru_cache(maxsize=None)
def lfib(n):
    return n if n < 2 else lfib(n - 1) + lfib(n - 2)


print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))
print(label("go"))
print(add(1), add(2, 3), add(a=4), add.calls, add.__name__)
print(describe(2, "ab"))
try:
    describe("2", "ab")
except TypeError as e:
    print("TypeError:", e)
print(slow_fib(30), len(slow_fib.cache), slow_fib.__name__, lfib(50), lfib.cache_info())


class Timer:
    def __init__(self, label):
        self.label = label

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*a, **k):
            start = time.perf_counter()
            value = func(*a, **k)
            elapsed = time.perf_counter() - start
            print(f"{self.label}: {func.__name__} took {'<1s' if elapsed < 1 else 'long'}")
            return value

        return wrapper


@Timer("timing")
def work(n):
    return sum(range(n))


print(work(1000))


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]

    return get


@singleton
class Config:
    def __init__(self, name="default"):
        self.name = name


print(Config("first").name, Config("second").name, Config() is Config(), Config.__name__)


class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def r(self):
        return self._r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self._r ** 2

    @staticmethod
    @counted
    def helper():
        return "help"


c = Circle(2)
print(c.area, c.area, c.r, Circle.helper(), Circle.helper.calls)
registry = {}


def register(name=None):
    def decorator(func):
        registry[name or func.__name__] = func
        return func

    if callable(name):
        func, name = name, None
        return decorator(func)
    return decorator


@register
def alpha():
    return "a"


@register("beta-custom")
def beta():
    return "b"


print(sorted(registry), registry["beta-custom"](), alpha())
print(functools.reduce(lambda x, y: x * y, range(1, 6)), functools.partial(add, b=10)(5))
double = functools.partial(lambda x, y: x * y, 2)
print(double(21), double.args, add.__wrapped__(1, 1))


@functools.singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return f"list of {len(x)}"


print(show(1), show([1, 2]), show("s"))
