from functools import total_ordering


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() == other.area()

    __hash__ = object.__hash__


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __add__(self, other):
        return Rect(self.w + other.w, self.h + other.h)

    def __mul__(self, k):
        return Rect(self.w * k, self.h * k)

    __rmul__ = __mul__

    def __bool__(self):
        return self.area() > 0

    def __len__(self):
        return 4

    def __iter__(self):
        yield self.w
        yield self.h

    def __getitem__(self, i):
        return (self.w, self.h)[i]

    def __contains__(self, v):
        return v in (self.w, self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def __repr__(self):
        return f"Square({self.w})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    @property
    def diameter(self):
        return self.r * 2

    @diameter.setter
    def diameter(self, d):
        if d < 0:
            raise ValueError("negative diameter")
        self.r = d / 2

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def describe():
        return "round"


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


shapes = [Rect(2, 3), Square(2), Circle(1), Circle.unit()]
for s in shapes:
    print(s, repr(s), isinstance(s, Rect), isinstance(s, Shape))
print(sorted(shapes), max(shapes), min(shapes, key=lambda s: s.name))
print(Shape.count, Rect(1, 1) + Square(2), 3 * Rect(1, 2), Rect(1, 2) * 2)
r = Rect(4, 5)
print(bool(r), bool(Rect(0, 5)), len(r), list(r), r[1], 5 in r, 7 in r, tuple(r))
w, h = r
print(w, h, Square.__mro__, Square.__bases__, Square.__name__, Square.__qualname__)
c = Circle(2)
c.diameter = 10
print(c.r, c.diameter, Circle.describe(), c.describe())
try:
    c.diameter = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Rect(2, 2) == Square(2), Rect(2, 2) != Circle(1), Rect(1, 1) == "x")
print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1")]), Version("2.0") >= Version("1.9"))
print(Version("1.0") <= Version("1.0"), Version("1.0") > Version("0.9"))
print(hasattr(r, "w"), getattr(r, "z", "none"), vars(Square(3)))
print(issubclass(Square, Shape), type(Square(1)) is Square, Square(1).__class__.__name__)
print({Square(1): "a"}.__len__(), Shape.__dict__["count"], "area" in Rect.__dict__)
print(super(Square, Square(3)).__repr__(), str(Square(3)))
