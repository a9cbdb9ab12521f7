def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as number:
            return f"number {number}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [only]:
            return f"one item {only}"
        case [first, *rest]:
            return f"first {first}, {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case None:
            return "nothing"
        case True | False:
            return "unreachable for bools"
        case _:
            return "something else"
for v in [0, 2, -5, 7, 2.5, "", "hi", [], [9], [1, 2, 3], (4, 5), {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 1, "h": 2}, None, {1, 2}, True]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return "on the diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), "p"]:
    print(where(p))
def command(text):
    match text.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [("look" | "see") as verb, *_]:
            return f"{verb}ing around"
        case _:
            return "what?"
for c in ["go north", "pick up lamp", "take key", "drop a b", "drop", "quit", "exit", "look at it", "dance"]:
    print(c, "->", command(c))
match (1, [2, {"k": "v"}]):
    case (a, [b, {"k": c}]):
        print("nested", a, b, c)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    match i:
        case 1:
            continue
        case _:
            print("loop", i)
