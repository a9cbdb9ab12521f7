# Instance attributes read and written through the interpreter's slot
# hints: instances of one class with attributes set in different orders,
# deleted and set again, shadowed by a property added later, and a class
# given __setattr__ after its instances exist.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Swapped:
    def __init__(self, x, y):
        self.y = y
        self.x = x


def total(points):
    s = 0
    for p in points:
        s += p.x * 10 + p.y
    return s


points = [Point(i, i + 1) for i in range(5)] + [Swapped(i, -i) for i in range(5)]
print(total(points))
for p in points:
    p.x += 1
print(total(points), [abs(p.x) + abs(p.y) for p in points], points[0].norm1())

# Deleting an attribute moves the others' slots.
p = Point(1, 2)
del p.x
p.z = 3
print(vars(p), total([Point(7, 8)]))
p.x = 9
print(vars(p), p.x, p.y, p.z)
try:
    q = Point(1, 2)
    del q.y
    print(q.y)
except AttributeError as e:
    print("AttributeError:", e)

# A property added to the class later wins over the instance's attribute.
a = Point(3, 4)
print(a.x)
Point.x = property(lambda self: "property x")
print(a.x, total.__name__)
try:
    a.x = 5
except AttributeError as e:
    print("AttributeError:", e)
del Point.x
print(a.x)


# __setattr__ given to a class after its instances exist.
class Logged:
    def __init__(self):
        self.n = 0


log = Logged()
for _ in range(3):
    log.n += 1
print(log.n)


def setattr_logging(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Logged.__setattr__ = setattr_logging
log.n += 1
print(log.n)


# The same names on objects of different kinds.
class Other:
    x = "class attribute"


def read_x(o):
    return o.x


print([read_x(o) for o in (Point(1, 2), Other(), Swapped(5, 6), Other())])
o = Other()
o.x = "own"
print(read_x(o), read_x(Other()))
