# Simple classes: attributes, methods, __init__, __repr__, __str__, __len__.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Bag:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self

    def __len__(self):
        return len(self.items)

    def __str__(self):
        return "Bag of " + str(len(self.items))


p = Point(3, 4)
print(p, p.norm2(), p.x, Point.dims, [p, Point(0, 1)])
b = Bag().add(1).add(2)
print(b, len(b), bool(Bag()), str(b), repr(p))
p.x = 10
print(p.norm2(), isinstance(p, Point), type(p).__name__)

# A function stored on an instance is called without the instance; a method
# of the class gets it (the same `obj.name(...)` call in both).
class Holder:
    def __init__(self):
        self.f = lambda x: x * 2
    def g(self, y):
        return self.f(y) + 1
h = Holder()
print(h.g(3), h.f(4), Holder.g(h, 5))
import math
print(math.sqrt(16.0), "x".upper(), [3, 1].copy())

# A class named like a built-in type is not that type.
def shadowed():
    class str:
        pass
    s = str()
    return isinstance(s, type("")), isinstance("x", type("")), type(s).__name__
print(shadowed())
