from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

    @property
    def total(self):
        return round(self.price * self.qty, 2)

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)

    def add(self, item: Item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def remove(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]

    def report(self):
        for it in sorted(self.items.values(), reverse=True):
            print(f"{it.name:<10}{it.qty:>4} x {it.price:>7.2f} = {it.total:>9.2f}  {','.join(it.tags)}")

inv = Inventory()
inv.add(Item("widget", 2.5, 10, ["small"]))
inv.add(Item("gadget", 12.99, 3))
inv.add(Item("doohickey", 0.75, 100, ["bulk", "cheap"]))
inv.add(Item("widget", 2.5, 5))
inv.report()
inv.remove("gadget", 3)
print(list(inv.items))
w = inv.items["widget"]
print(w)
print(asdict(w))
print(astuple(w))
print(replace(w, qty=1))
print(Item("a", 1.0, 2) < Item("b", 1.0, 3), Item("a", 1.0, 2) == Item("a", 1.0, 2, ["x"]))
try:
    inv.remove("widget", 50)
except ValueError as e:
    print(e)
inv.remove("sprocket", 1)
