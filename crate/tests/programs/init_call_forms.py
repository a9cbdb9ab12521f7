# Calls of classes whose __init__ runs in the interpreter loop, and of
# those that take the general path, with what each returns or raises.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1


class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


class Other:
    pass


class Swaps:
    def __new__(cls, a):
        return Other() if a < 0 else super().__new__(cls)

    def __init__(self, a):
        print("init", a)


class Gen:
    def __init__(self):
        yield 1


class Early:
    def __init__(self, flag):
        if flag:
            return
        self.done = True


def make(n):
    return [Point(i, -i) for i in range(n)]


points = make(5)
print([(p.x, p.y) for p in points])
p3 = Point3(1, 2)
print(p3.x, p3.y, p3.z, Point3(1, 2, 3).z)
for _ in range(3):
    Counted()
print(Counted.made)
print(WithNew(7).a)
print(type(Swaps(-1)).__name__, type(Swaps(1)).__name__)
print(hasattr(Early(True), "done"), Early(False).done)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Counted(1), lambda: Gen()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
Point.__init__ = lambda self, x, y: setattr(self, "x", x * 100)
print(Point(1, 2).x)
del Point.__init__
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError", e)
print(type(Point()).__name__)


class Returns:
    def __init__(self, v):
        self.v = v
        return v


print(Returns(None).v)


def build():
    return Returns(5)


build()
