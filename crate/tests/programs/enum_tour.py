from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @classmethod
    def favourite(cls):
        return cls.BLUE
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.describe(), Color.favourite())
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print(Color.GREEN.name, Color.GREEN.value, type(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print(repr(e))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p, f"{p.surface_gravity:.2f}", p.value)
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(list(Weekday), Weekday.WED.value)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw.value, ~Perm.R, Perm(0), bool(Perm(0)))
print(list(rw) if hasattr(rw, "__iter__") else "")
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, repr(P2.A | 4), P2.A + 1, P2(3))
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), Prio.HIGH == 3, f"{Prio.HIGH}", str(Prio.HIGH), format(Prio.LOW, "03d"))
print(f"{Color.RED}", format(Color.RED), str(Color.RED), f"{Color.RED!r}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, list(Alias), Alias.__members__)
class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    def __str__(self):
        return self.value.title()
print(Shape.CIRCLE, f"{Shape.SQUARE}", Shape("square"))
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.RED], d)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print(Color.RED == 1, hash(Color.RED) == hash(Color.RED))
from enum import StrEnum
class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode.READ.upper())
match Color.GREEN:
    case Color.RED:
        print("red!")
    case Color.GREEN | Color.BLUE as c:
        print("cool", c)
