# The methods dataclasses generates: their parameters, errors, names and
# the comparisons they make, as CPython's.
from dataclasses import dataclass, field, InitVar, KW_ONLY, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Key:
    name: str
    n: int = 1


@dataclass
class Self:
    self: int
    other: str = "o"


@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: float = 0.0
    history: list = field(default_factory=list)
    audit: int = field(default=7, init=False)
    log: list = field(default_factory=lambda: ["opened"], init=False)
    rate: InitVar[float] = 1.0

    def __post_init__(self, rate):
        self.balance *= rate


@dataclass
class Point3(Point):
    z: int = 5


print(Point(1), Point(1, 2), Point(x=3), Point(y=4, x=5))
print(Point.__init__.__qualname__, Point.__eq__.__qualname__, Point.__repr__.__qualname__)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1) == (1, 0))
print(Point(1) != Point(1), Point(1).__eq__("x"))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: Account(), lambda: Account("a", 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

a = Account("ann", balance=10.0, rate=2.0)
print(a, a.audit, a.log)
b = Account("bob")
b.history.append(1)
print(b.history, Account("cy").history, Account("cy").log is Account("cy").log)

v = sorted([Version(2, 1), Version(1, 5, ["x"]), Version(1, 2), Version(2)])
print(v)
print(Version(1, 0, ["a"]) == Version(1, 0, ["b"]), Version(1) < Version(1, 1), Version(3) >= Version(2, 9))
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError", e)

k = Key("a")
print(k, hash(k) == hash(Key("a", 1)), {k: 1}[Key("a")])
try:
    k.name = "b"
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del k.n
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    hash(Point(1))
except TypeError as e:
    print("TypeError", e)

s = Self(3)
print(s, s.self, Self(self=4, other="p"))
p3 = Point3(1, 2, 3)
print(p3, Point3(1), p3 == Point(1, 2), Point3.__init__.__qualname__)


@dataclass
class Node:
    value: int
    next: "Node" = None


n = Node(1)
n.next = n
print(n)
print(repr(Point.__init__).split(" at ")[0])
