from dataclasses import dataclass
import math

@dataclass
class Circle:
    r: float

@dataclass
class Rect:
    w: float
    h: float

@dataclass
class Tri:
    a: float
    b: float
    c: float

def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r):
            return math.pi * r * r
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case Tri(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case _:
            return None

for s in [Circle(1), Rect(2, 3), Rect(4, 4), Tri(3, 4, 5), "nope"]:
    print(s, "->", area(s))

def describe(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *rest]:
            return f"unknown direction {' '.join(rest)!r}"
        case ["take", item, *others] if others:
            return f"take {item} and {len(others)} more"
        case ["take", item]:
            return f"take {item}"
        case [verb, *_]:
            return f"don't know how to {verb}"

for c in ["", "go north", "go up the hill", "take lamp", "take a b c", "dance wildly"]:
    print(repr(c), "->", describe(c))

def config(d):
    match d:
        case {"type": "db", "port": int(port), **rest}:
            return f"db on {port} extra={rest}"
        case {"type": "web", "routes": [first, *_]}:
            return f"web first route {first}"
        case {"type": str(t)}:
            return f"unknown type {t}"
        case [int() | float() as x, *_]:
            return f"list starting with number {x}"
        case (1, 2) | [3, 4]:
            return "pair"
        case None:
            return "none"
    return "no match"

for d in [{"type": "db", "port": 5432, "user": "me"}, {"type": "db", "port": "x"},
          {"type": "web", "routes": ["/", "/a"]}, {"type": 3}, [2.5, "a"], (3, 4), None, 7]:
    print(config(d))
print(area(Circle(-1)))
