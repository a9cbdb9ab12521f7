import dataclasses
from dataclasses import make_dataclass, field
Pt = make_dataclass("Pt", [("x", int), ("y", int, 0)])
print(Pt(1), Pt, Pt(1, 2) == Pt(1, 2), [f.name for f in dataclasses.fields(Pt)])
Item = make_dataclass("Item", ["name", ("tags", list, field(default_factory=list))], frozen=True, namespace={"label": lambda self: self.name.upper()})
i = Item("pen")
print(i, i.label(), Item.__annotations__)
for bad in [[("a", int), ("a", int)], ["1x"], ["class"], [("a", int, 1, 2)]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print(e)
try:
    i.name = "x"
except dataclasses.FrozenInstanceError as e:
    print(e)
Ordered = make_dataclass("Ordered", [("k", int)], order=True)
print(sorted([Ordered(3), Ordered(1)]), Ordered.__qualname__, Ordered.__module__)
