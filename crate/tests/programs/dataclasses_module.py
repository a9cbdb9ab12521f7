from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(Point(3), Point(x=4, y=5), Point(6, y=7))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print([f.name for f in fields(p)], [f.name for f in fields(Point)])
print(asdict(p), astuple(p))
print(replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(int))
print(Point.__init__.__qualname__, Point.__match_args__)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Three:
    a: int
    b: str
    c: float


for args in [(), (1,)]:
    try:
        Three(*args)
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = len(self.items) * 10


a = Inventory("a")
b = Inventory("b", [1, 2])
a.items.append(3)
print(a, b, Inventory("c").items)
print(Inventory("x", [], 0, "p") == Inventory("x", [], 0, "q"))
try:
    Inventory("x", [], 0, "p", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(b, total=3)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(b, name="bb"))


@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 2


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), f == Frozen(1, 2))
for action in ["set", "new"]:
    try:
        if action == "set":
            f.x = 5
        else:
            f.z = 5
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print({f: "ok"}[Frozen(1, 2)])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
try:
    Point(1) < Point(2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Point3(Point):
    z: int = 0


q = Point3(1, 2, 3)
print(q, fields(q)[2].name, asdict(q), q == Point(1, 2))


@dataclass
class Line:
    start: Point
    end: Point
    tags: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(1, 1), {"k": [Point(2, 2)]})
print(line)
print(asdict(line))
print(astuple(line))


@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(pl == Plain(1), pl.a, type(hash(pl)).__name__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"


print(Custom(1), Custom(1) == Custom(1))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashed(1)) == hash(Hashed(1, [2])))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)

try:
    fields(1)
except TypeError as e:
    print(type(e).__name__, e)

try:
    asdict(Point)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
match n:
    case Node(value, [first, *rest]):
        print("matched", value, first.value, len(rest))

@dataclass
class Counter:
    count: int = 0

    def bump(self):
        self.count += 1
        return self


c = Counter()
print(c.bump().bump(), Counter.count)
