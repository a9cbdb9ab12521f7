import functools
import time

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter

c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__name__, c.__qualname__)

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def greet(name, punct="!"):
    """Say hi."""
    return f"hi {name}{punct}"

print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("bob", punct="?"))

def validate(**types):
    def deco(func):
        @functools.wraps(func)
        def inner(**kwargs):
            for key, typ in types.items():
                if not isinstance(kwargs.get(key), typ):
                    raise TypeError(f"{func.__name__}: {key} must be {typ.__name__}, got {type(kwargs.get(key)).__name__}")
            return func(**kwargs)
        return inner
    return deco

@validate(x=int, y=(int).__class__ and int)
def add(x, y):
    return x + y

print(add(x=1, y=2))
try:
    add(x=1, y="2")
except TypeError as e:
    print(e)

adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])

def memo_class(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*args):
        if args not in instances:
            instances[args] = cls(*args)
        return instances[args]
    return get

@memo_class
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 2) is Point(1, 2), Point(1, 2) is Point(2, 1), Point.__name__)
print(c.__closure__[0].cell_contents if c.__closure__ else None)
print([cell.cell_contents for cell in greet.__closure__][0] is not None)
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
def broken():
    print(undefined_name)
    undefined_name = 3
broken()
