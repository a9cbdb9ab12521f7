from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    def describe(self):
        return f"{self.name.title()} is #{self.value}"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W

class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

print(list(Color), Color.GREEN.describe(), Color.parse("blue"))
print(Color(2), Color["RED"], Color.RED is Color.parse("red"))
p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.R in p, bool(Perm(0)))
print(Perm.RW, list(Perm), Perm(6))
print(~Perm.R)
print(Level.MID > 3, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW, 7]))
print(Level(5).name, int(Level.LOW), f"{Level.MID}", str(Level.MID), repr(Level.MID))
print(max(Level), min(Level).value)

class Status(IntFlag):
    READY = 1
    BUSY = 2
    ERROR = 4

s = Status.READY | Status.ERROR
print(s, repr(s), int(s), s & Status.ERROR, Status(3))
print({c: c.value for c in Color})
print(Color.RED == 1, Level.LOW == 1, Color.RED.name, Color.__members__.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for pl in Planet:
    print(f"{pl.name:<8} {pl.gravity:6.2f}")
try:
    Color(7)
except ValueError as e:
    print(e)
print(Perm.R + 1)
