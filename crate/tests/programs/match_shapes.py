from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
@dataclass
class Rect:
    tl: Point
    br: Point
class Legacy:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0) if x > 0:
            return f"positive x axis {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(x, y), r) if r <= 0:
            return "degenerate circle"
        case Circle(center=Point(x=cx), r=r):
            return f"circle at x={cx} r={r}"
        case Rect(Point(x1, y1), Point(x2, y2)) if x2 - x1 == y2 - y1:
            return "square"
        case Rect():
            return "rect"
        case Legacy(1, b):
            return f"legacy one {b}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(-3, 0), Circle(Point(1, 2), 0), Circle(Point(1, 2), 3), Rect(Point(0, 0), Point(2, 2)), Rect(Point(0, 0), Point(2, 3)), Legacy(1, "x"), Legacy(2, 2), 42]:
    print(describe(s))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *_]:
            return "bad direction"
        case ["take", item, *rest] if rest:
            return f"taking {item} and {len(rest)} more: {rest}"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [single]:
            return f"unknown {single!r}"
        case _:
            return "???"
for c in ["go north", "go up", "take lamp", "take a b c", "quit", "", "dance", "x y z w"]:
    print(repr(c), "->", command(c))
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key"}:
            return "special key"
        case {"type": t}:
            return f"other {t}"
        case list() | tuple():
            return "sequence"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s}"
        case None:
            return "none"
        case True:
            return "true?"
    return "no match"
for e in [{"type": "click", "pos": (1, 2), "btn": 1}, {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"}, {"type": "scroll"}, [1], (2,), 5, 2.5, "hi", None, {"nope": 1}, True]:
    print(handle(e))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 as code:
            return f"redirect {code}"
        case n if 400 <= n < 500:
            return "client error"
        case _:
            return "other"
print([http(s) for s in (200, 204, 302, 404, 500)])
OK = 200
class Codes:
    NOT_FOUND = 404
match 404:
    case Codes.NOT_FOUND:
        print("dotted name matched")
match (1, [2, 3], {"k": "v"}):
    case (a, [b, *c], {"k": v}):
        print(a, b, c, v)
match "hello":
    case "hi" | "hello" as greet:
        print("greeting", greet)
match [1, 2, 3, 4, 5]:
    case [first, *middle, last]:
        print(first, middle, last)
