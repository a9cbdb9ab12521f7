# The enum module: members, lookups, auto, aliases, Flag, errors.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color(2), Color["BLUE"], Color(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(repr(Color), str(Color), type(Color).__name__, isinstance(Color, enum.EnumMeta))
print(enum.EnumMeta is enum.EnumType)
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, Color.default())
print({Color.RED: "stop", Color.GREEN: "go"}[Color.RED])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(list(reversed(Color)))
print(f"{Color.RED}", format(Color.GREEN), "%s" % Color.BLUE)
attempt(lambda: Color(5))
attempt(lambda: Color["PURPLE"])
attempt(lambda: Color.RED < Color.GREEN)


def reassign():
    Color.RED = 5


def delete():
    del Color.RED


attempt(reassign)
attempt(delete)
print(Color.RED.value)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape), [s.value for s in Shape])


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), Number.ONE == 1, Number.TWO + 1, Number.THREE * 2)
print(Number.ONE < Number.TWO, Number.THREE > 2, isinstance(Number.ONE, int))
print(sorted([Number.THREE, Number.ONE]), {1: "one"}[Number.ONE], Number(3))
print(f"{Number.TWO}", str(Number.TWO))


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
    APPEND = "a"


print(Mode.READ, repr(Mode.READ), Mode.WRITE == "write", Mode("a"), f"{Mode.APPEND}")
print(Mode.READ.upper(), isinstance(Mode.READ, str), list(Mode))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(Perm.R), repr(Perm.X), [p.value for p in Perm])
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(repr(rw & Perm.R), repr(rw & Perm.X), bool(rw & Perm.X), bool(rw))
print(repr(~Perm.R), repr(Perm(7)), repr(Perm(0)), Perm(0))
attempt(lambda: Perm(3) is rw)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A == 1, Bits.A | 8 == 9)
print(repr(Bits.B & 3), Bits.C in (Bits.C | Bits.A))


def duplicates():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2

    return Dup


attempt(duplicates)


@unique
class Single(Enum):
    ONLY = 1


print(list(Single))


class Status(Enum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Status("ok"), Status(404))
attempt(lambda: Status(500))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, Planet.MERCURY.value)


def react(color):
    match color:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"


print([react(c) for c in Color])


def extend():
    class More(Color):
        PURPLE = 4


attempt(extend)


class Empty(Enum):
    pass


class Extended(Empty):
    A = 1


print(list(Extended), Extended.A)
