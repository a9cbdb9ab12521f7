# A class whose every class defines __slots__ refuses other attributes; a
# subclass without __slots__ takes any.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged(Point):
    pass


p = Point(1, 2)
p.x += 10
print(p)
for name in ["z", "colour"]:
    try:
        setattr(p, name, 0)
    except AttributeError as e:
        print("AttributeError:", e)

q = Point3(1, 2, 3)
q.z = 30
print(q, q.z)
try:
    q.dims = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)

t = Tagged(5, 6)
t.label = "free"
print(t, t.label)


class Single:
    __slots__ = "value"


s = Single()
try:
    print(s.value)
except AttributeError as e:
    print("AttributeError:", e)
s.value = 1
print(s.value)


class Node:
    __slots__ = ["data", "next"]

    def __init__(self, data):
        self.data = data
        self.next = None
        self.prev = None


Node(1)
