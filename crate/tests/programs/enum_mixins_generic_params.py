# Enums mixed with str, int and float compare and hash as their values;
# a generic class knows its type parameters.
import json
from enum import Enum, IntEnum
from typing import Generic, TypeVar


class Status(str, Enum):
    OK = "ok"
    ERROR = "error"


class Level(int, Enum):
    LOW = 1
    HIGH = 3


class Ratio(float, Enum):
    HALF = 0.5
    FULL = 1.0


print(Status.OK == "ok", "ok" == Status.OK, Status.OK != "ok", Status.ERROR == "ok")
print(hash(Status.OK) == hash("ok"), {"ok": 1}[Status.OK], Status("error"))
print(Status.OK.upper(), len(Status.ERROR), Status.OK + "!", f"{Status.OK}", str(Status.OK))
print(json.dumps({"status": Status.OK}), json.dumps([Level.HIGH]))
print(Level.LOW == 1, Level.HIGH > 2, Level.LOW + Level.HIGH, sorted([Level.HIGH, Level.LOW]))
print(Ratio.HALF == 0.5, Ratio.HALF * 4, Ratio(1.0))
print(Status.OK is Status("ok"), Status.OK in list(Status), [s.value for s in Status])


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


print(Priority.HIGH == 2, Priority(1), Priority.LOW < Priority.HIGH)


class Plain(Enum):
    A = 1


print(Plain.A == 1, Plain.A == Plain.A)


class Tagged(str):
    __eq__ = str.__eq__
    upper_copy = str.upper


print(Tagged("a") == "a", Tagged("a").upper_copy(), Tagged("x").__eq__("x"))

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    pass


class IntBox(Box[int]):
    pass


class Labelled(Box[T], Generic[K, T]):
    pass


print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, Labelled.__parameters__)
print(Box[int](3).get(), Box[str].__args__, IntBox(5).get())
