from typing import NamedTuple
from collections import namedtuple

class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, 4)
q = Point(0)
print(p, repr(p), q, p.dist(q))
print(p._asdict(), p._replace(x=10), Point._make([1, 2]))
print(Point._fields, Point._field_defaults, Point.__annotations__)
x, y = p
print(x + y, p[0], p[-1], len(p), p == (3, 4), p + q)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "♠♥" for r in ["A", "K"]]
print(deck[0], deck[-1].suit, Card._fields)
Emp = namedtuple("Emp", ["name", "age"], defaults=[30])
print(Emp("ann"), Emp("bob", 41)._asdict())
R = namedtuple("R", "a def b", rename=True)
print(R._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
