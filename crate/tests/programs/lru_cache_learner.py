from functools import lru_cache, cache, wraps
import functools

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x

for v in (1, 2, 1, 3, 1, 2):
    square(v)
print(square.cache_info())

@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print(ways(10), ways(30))
print(fib.__name__, fib.__wrapped__.__name__)

def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def slow_fib(n):
    """Naive fibonacci."""
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(15), slow_fib.calls, slow_fib.__doc__, slow_fib.__name__)
print(square(1.0), square.cache_info().hits)

@functools.lru_cache(maxsize=3, typed=True)
def ident(x):
    return type(x).__name__

print(ident(1), ident(1.0), ident(True), ident.cache_info())
print(fib([1]))
