# Numbers that compare equal are one dict key and one set item, whatever
# their type: int, float, bool, complex, Fraction and a class whose
# __hash__ is a number's hash.
from fractions import Fraction

prices = {Fraction(1, 2): "half", 2: "two", 0.25: "quarter"}
print(prices[0.5], prices[Fraction(2)], prices[2.0], prices[Fraction(1, 4)])
print(0.5 in prices, Fraction(1, 2) in prices, Fraction(1, 3) in prices)

prices[0.5] = "a half"
print(prices)
print(len({1, 1.0, True, Fraction(1), complex(1, 0)}))
print({0.5, Fraction(1, 2), Fraction(3, 4), 0.75})
print(Fraction(1, 3) in {1 / 3}, Fraction(1, 3) == 1 / 3)

# Whole floats beyond 2**63 are still their ints.
big = {10**20: "int"}
print(big[1e20], 2.0**70 in {2**70}, {2**64: 1}.get(float(2**64)))
print(hash(10**20) == hash(1e20), hash(Fraction(1, 2)) == hash(0.5))


class Meters:
    """A length that equals the plain number of meters."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.value == other.value
        return self.value == other

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"Meters({self.value})"


lengths = {2.5: "short", 100: "long"}
print(lengths[Meters(2.5)], lengths[Meters(100)])
marks = {Meters(3): "three", Meters(0.5): "half"}
print(marks[3], marks[0.5], marks[3.0], 3 in marks, 4 in marks)
marks[3] = "THREE"
print(marks)
seen = set()
for item in [1, Meters(1), 1.0, Fraction(1), Meters(2), 2]:
    seen.add(item)
print(sorted(seen, key=lambda x: float(x.value if isinstance(x, Meters) else x)))

counts = {}
for x in [0.5, Fraction(1, 2), 1, 1.0, Fraction(3, 2), 1.5]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
