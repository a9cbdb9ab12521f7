# Classes derived from tuple and float, and namedtuple classes (which are tuples).
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swapped(self):
        return Pair(self[1], self[0])

    def __repr__(self):
        return f"Pair{tuple(self)}"


p = Pair(1, 2)
print(p, p.swapped(), len(p), p[0], list(p), isinstance(p, tuple), p == (1, 2), p + (3,))
print(hash(p) == hash((1, 2)), {p: "x"}[(1, 2)], sorted([Pair(2, 1), Pair(1, 5)]), Pair.__mro__)
a, b = p
print(a, b, "%s/%s" % p, max(p), p.count(1), p.index(2))


class Row(tuple):
    def total(self):
        return sum(self)


r = Row([1, 2, 3])
print(r, r.total(), r[1:], type(r).__name__, tuple(r))


class Celsius(float):
    def __init__(self, value):
        self.unit = "C"

    def __str__(self):
        return f"{float(self):.1f}°{self.unit}"


c = Celsius(21.456)
print(c, repr(c), c + 1, c * 2, c > 20, round(c, 1), int(c), f"{c:.2f}", c.unit, isinstance(c, float))
print({Celsius(1.5): "a"}[1.5], Celsius("2.5") + 0.5)

from collections import namedtuple
import copy
import pickle

Point = namedtuple("Point", "x y")
pt = Point(3, y=4)
print(pt, isinstance(pt, tuple), Point.__mro__, pt.x, pt[1], len(pt), pt + (5,), pt * 2)
print(pt == (3, 4), {pt: 1}[(3, 4)], {(3, 4): 2}[pt], sorted([Point(2, 1), Point(1, 2)]))
print(pickle.loads(pickle.dumps(pt)), copy.copy(pt), copy.deepcopy(pt), "%d-%d" % pt)
x, y = pt
print(x, y, list(reversed(pt)), pt._replace(x=0), Point._make([7, 8]), pt._asdict())
for attempt in ["x", "z"]:
    try:
        setattr(pt, attempt, 1)
    except AttributeError as e:
        print("AttributeError:", e)


class Point3(namedtuple("Point3", "x y z")):
    def norm(self):
        return (self.x**2 + self.y**2 + self.z**2) ** 0.5


q = Point3(1, 2, 2)
q.label = "mine"
print(q, q.norm(), q.label, [c.__name__ for c in Point3.__mro__])

from typing import NamedTuple


class Employee(NamedTuple):
    """An employee."""

    name: str
    dept: str = "eng"
    salary: float = 1000.0

    def describe(self):
        return f"{self.name} ({self.dept})"


e = Employee("ann")
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__doc__)
print(isinstance(e, tuple), e._replace(dept="ops"), Employee.__annotations__)
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt._fields)
try:

    class Bad(NamedTuple):
        a: int = 1
        b: int

except TypeError as err:
    print("TypeError:", err)
