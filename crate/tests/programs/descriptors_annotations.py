class cached:
    def __init__(self, func):
        self.func = func
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        setattr(obj, self.name, value)
        return value
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)
class Box:
    width = Positive()
    def __init__(self, w):
        self.width = w
        self.calls = 0
    @cached
    def area(self):
        self.calls += 1
        return self.width ** 2
b = Box(3)
print(b.width, b.area, b.area, b.calls, type(Box.width).__name__, type(Box.area).__name__)
try:
    b.width = -1
except ValueError as e:
    print("ValueError:", e)
def f(x):
    return x
f.calls = 3
f.__name__ = "renamed"
print(f.calls, f.__name__, f.__module__, f.__defaults__, f.__dict__)
x: int = 5
class P:
    a: int
    b: float = 2.0
print(__annotations__, P.__annotations__, P.b)
