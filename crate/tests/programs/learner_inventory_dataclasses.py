from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
from operator import attrgetter

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    def __post_init__(self):
        self.sort_index = self.price

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str

inv = [
    Item("widget", 2.5, 10, ["small"]),
    Item("gadget", 12.99, 3, ["electronic", "small"], "ACME"),
    Item("doohickey", 0.75, 120),
    Item("gizmo", 12.99, 1),
    Item("thing", 5.0),
]
for it in inv:
    print(it)
print(sorted(inv))
print(sorted(inv, key=attrgetter("qty"), reverse=True)[0].name)
print(sorted(inv, key=lambda i: (-i.price, i.name)))
print(max(inv, key=lambda i: i.total))
print(asdict(inv[1]))
print(astuple(inv[0]))
print(replace(inv[0], qty=99))
print([f.name for f in fields(Item)])
print(inv[1] == Item("gadget", 12.99, 3, ["electronic", "small"], "ACME"))
print(inv[1] < inv[3], inv[1] <= inv[3])
loc = Location(3, "B")
print(loc, hash(loc) == hash(Location(3, "B")))
try:
    loc.aisle = 4
except Exception as e:
    print(type(e).__name__, e)
d = {loc: inv[0].name}
print(d)
print(f"{'name':<10}{'price':>8}{'qty':>5}{'total':>10}")
for it in inv:
    print(f"{it.name:<10}{it.price:>8.2f}{it.qty:>5d}{it.total:>10.2f}")
print(f"{'':-^33}")
print(f"{'TOTAL':<23}{sum(i.total for i in inv):>10.2f}")
low = [i.name for i in inv if i.qty < 5]
print("low stock:", ", ".join(low))
by_tag = {}
for it in inv:
    for t in it.tags or ["untagged"]:
        by_tag.setdefault(t, []).append(it.name)
print(by_tag)
try:
    Item("x")
except TypeError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def add(self, *vals):
        for v in vals:
            self.children.append(Node(v))
        return self
print(Node(1).add(2, 3))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
