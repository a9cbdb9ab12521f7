from functools import total_ordering
import math

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def of(cls, amount: str):
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __mul__(self, k):
        return Money(round(self.cents * k))

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"

    def __format__(self, spec):
        return format(str(self), spec)

prices = [Money.of("3.50"), Money.of("12"), Money.of("0.99"), Money.of("7.5")]
print(prices, sum(prices), sorted(prices), max(prices))
print(Money(5) * 3, 2 * Money(5), Money(10) >= Money(10), Money(3) > Money(4), Money(1) <= Money(2))
print(len({Money(1), Money(1), Money(2)}), bool(Money(0)), Money(1) == 1, Money(1) != Money(2))
print(f"[{Money(1234):>10}] [{Money(5):<8}]")
print(Money(1).__eq__(5), Money(1).__add__(5))
try:
    Money(1) + 5
except TypeError as e:
    print(e)
try:
    Money(1) < 3
except AttributeError as e:
    print("AttributeError:", e)
print(sum([Money(1), Money(2)], Money(0)))
print(Money(1) - Money(2))
