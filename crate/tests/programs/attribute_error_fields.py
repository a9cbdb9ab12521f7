import math
import collections


class Point:
    kind = "2d"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance(self):
        return math.hypot(self.x, self.y)


p = Point(3, 4)
try:
    p.distnce()
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is p)

try:
    Point.knd
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is Point)

try:
    math.sqr(4)
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is math)

try:
    getattr(p, "nme")
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is p)

try:
    [].appnd(3)
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj)

try:
    (5).real = 3
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj)

e = AttributeError("custom")
print(e.name, e.obj, e.args)
e = AttributeError("custom", name="foo", obj=42)
print(e.name, e.obj, e.args, str(e))
e.name = "bar"
print(e.name)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return name[4:]
        raise AttributeError(f"no {name}")


lz = Lazy()
print(lz.get_x)
try:
    lz.other
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is lz)


class Slots:
    __slots__ = ("alpha",)


s = Slots()
try:
    s.alpha
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is s)
try:
    s.beta = 1
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is s)

try:
    collections.OrderDict
except AttributeError as e:
    print(e, "|", e.name)

try:
    del p.z
except AttributeError as e:
    print(e, "|", e.name, e.obj is p)

try:
    undefined_total
except NameError as e:
    print(e, "|", e.name)
print(NameError("x").name, NameError("x", name="q").name)
for make in (lambda: AttributeError("x", foo=1), lambda: NameError("x", obj=1), lambda: ValueError("x", name=1)):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + self.offset


try:
    Temperature().fahrenheit
except AttributeError as e:
    print(e, "|", e.name)

p.distanse()
