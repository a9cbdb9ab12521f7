from dataclasses import dataclass, field, FrozenInstanceError, fields
import dataclasses

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx, dy):
        return dataclasses.replace(self, x=self.x + dx, y=self.y + dy)

    @property
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist, p.moved(1, 1), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Order:
    id: int
    lines: list = field(default_factory=list)
    note: str = field(default="", repr=False)
    _total: float = field(default=0.0, init=False, compare=False)

    def add(self, name, price, qty=1):
        self.lines.append((name, price, qty))
        self._total += price * qty
        return self

o = Order(1).add("tea", 2.5, 2).add("cake", 4.0)
print(o, o._total, o == Order(1, [("tea", 2.5, 2), ("cake", 4.0, 1)]))
print([f.name for f in fields(o)], [f.name for f in fields(Order) if f.init])
print(Order.__eq__ is not object.__eq__, Order.__hash__)
@dataclass(eq=False)
class Ident:
    n: int
print(Ident(1) == Ident(1), Ident(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default=None)
print(hash(H(1)) == hash(H(1, [2])), H.__dataclass_params__.frozen if hasattr(H, "__dataclass_params__") else "?")
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), dataclasses.is_dataclass(K), dataclasses.is_dataclass(K(a=1)))
try:
    K(1)
except TypeError as e:
    print(e)
@dataclass
class Base:
    x: int = 0
@dataclass
class Child(Base):
    y: int = 1
print(Child(5), Child(y=2))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
print(p < Point(5))
