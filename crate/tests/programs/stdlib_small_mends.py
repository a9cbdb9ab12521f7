# sys.stdin at its end, sys.path, __hash__ of a class with __eq__, messages.
import sys

print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdin.isatty(), sys.stdin.name, isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
for line in sys.stdin:
    print("never", line)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents


class Hashable(Money):
    def __hash__(self):
        return hash(self.cents)


print(Money.__hash__, Money(1).__hash__ is None, "__hash__" in Money.__dict__, Hashable(5) in {Hashable(5)})
try:
    {Money(1)}
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(["ab", "cde"]), lambda: sorted([1], [2]),
            lambda: sorted(), lambda: sorted([3], key=None, reverse=1, extra=2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(dict(["ab", "cd"]), sorted([3, 1], reverse=True))

import time

names = dir(time)
print("__getattr__" in names, "__dir__" in names, all(n in names for n in ["sleep", "strftime", "gmtime", "time"]))
from datetime import date, datetime
from typing import Tuple, Callable

print(date(2024, 12, 31).timetuple().tm_yday, datetime(2024, 3, 1, 5, 6, 7).timetuple())
print(Tuple[int, ...], Callable[..., int])
