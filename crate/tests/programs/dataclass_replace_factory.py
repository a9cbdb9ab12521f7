from dataclasses import dataclass, field, replace, asdict, astuple, fields, FrozenInstanceError

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    sku: int = field(default=0, repr=False, compare=False)

a = Item("pen", 1.5)
b = Item("pen", 1.5)
a.tags.append("office")
print(a, b, a == b, a.tags is b.tags)
c = replace(a, price=2.0)
print(c, c.tags is a.tags)
print(asdict(a), astuple(b))
print([(f.name, f.default if f.default is not f.default_factory else None) for f in fields(Item)][:2])

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), str(replace(vs[0], patch=7)))
print(hash(Version(1)) == hash(Version(1, 0, 0)), {Version(1), Version(1)})
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    replace(a, colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Cart:
    items: list[Item] = field(default_factory=list)
    def total(self):
        return sum(i.price for i in self.items)
cart = Cart([a, c])
print(cart.total(), len(Cart().items), asdict(cart)["items"][1]["price"])
