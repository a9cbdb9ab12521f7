# fractions: exact rational arithmetic, as a learner uses it.
import math
from fractions import Fraction

half = Fraction(1, 2)
print(half, repr(half), Fraction(6, -8), Fraction(0, 5), Fraction(), Fraction(7))
print(Fraction("3/4"), Fraction(" -3/4 "), Fraction("1.5"), Fraction("-.25"), Fraction("2e-3"), Fraction("1_000"))
print(Fraction(0.1), Fraction(-2.5), Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(3, Fraction(1, 2)))
print(half.numerator, half.denominator, Fraction(3, 6).as_integer_ratio(), Fraction.from_float(0.75))

# Sums that floats get wrong.
print(0.1 + 0.2 == 0.3, Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10))
print(sum([Fraction(1, 3)] * 3), sum(Fraction(1, n) for n in range(1, 11)))
print(sum(Fraction(1, 2 ** k) for k in range(1, 11)))
third = Fraction(1, 3)
print(third + third, third - half, third * 3, third / half, half ** 3, half ** -2, Fraction(-2, 3) ** -3)
print(third + 1, 1 + third, 2 - third, third * 2, 2 * third, 1 / third, third / 4)
print(third + 0.5, 0.5 + third, third * 1.5, third / 0.5, third + 1j, type(half + 1).__name__)
print(Fraction(7, 2) // Fraction(2, 3), Fraction(7, 2) % Fraction(2, 3), divmod(Fraction(7, 2), Fraction(2, 3)))
print(7 // Fraction(2, 3), 7 % Fraction(2, 3), Fraction(-7, 2) // 2, Fraction(7, 2) % 1.5)
print(Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2), 2 ** Fraction(-2), 2 ** Fraction(1, 2))
print(-half, +half, abs(Fraction(-3, 4)))

# Conversions and rounding.
x = Fraction(-7, 2)
print(int(x), float(x), math.floor(x), math.ceil(x), math.trunc(x), round(x), round(Fraction(5, 2)))
print(round(Fraction(1234, 1000), 2), round(Fraction(1234), -2), float(Fraction(1, 3)))
print(Fraction(math.pi).limit_denominator(100), Fraction("3.141592653589793").limit_denominator(1000))
print(Fraction(0.1).limit_denominator(), Fraction(5, 3).limit_denominator(2), Fraction(1, 3).limit_denominator(1))
print(f"{third}", "%s" % third, str(Fraction(4, 2)), [str(Fraction(1, d)) for d in range(1, 5)])

# Comparisons, sorting, hashing.
print(half == Fraction(2, 4), Fraction(2) == 2, half == 0.5, third == 1 / 3, half < 1, half < 0.6, third <= half)
print(half < float("inf"), half > float("nan"), half == "1/2")
print(sorted([half, third, 0.4, 1, Fraction(-1, 5)]), max(Fraction(7, 3), 2), min(half, third))
print(hash(Fraction(2)) == hash(2), hash(half) == hash(0.5), len({half, Fraction(2, 4), Fraction(1, 3)}))
print(bool(Fraction(0)), bool(third))
counts = {}
for f in [half, Fraction(2, 4), third, Fraction(3, 9), Fraction(1, 4)]:
    counts[f] = counts.get(f, 0) + 1
print(counts)

# A recipe scaled by a fraction.
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 8)}
for name, cups in recipe.items():
    scaled = cups * Fraction(3, 2)
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    print(name, scaled, f"{whole} and {Fraction(rest, scaled.denominator)}" if whole else scaled)

class Money(Fraction):
    pass

print(repr(Money(1, 2)), type(Money(1, 2) + 1).__name__)

# Errors.
for text in ["Fraction(1, 0)", "Fraction('1/0')", "Fraction('abc')", "Fraction('3 / 4')", "Fraction(1.5, 2)",
             "Fraction([1])", "Fraction(float('nan'))", "Fraction(float('inf'))", "Fraction(2, 3) / 0",
             "1 / Fraction(0)", "Fraction(0) ** -1", "Fraction(1, 3).limit_denominator(0)",
             "Fraction(1, 2) < 'a'", "Fraction(7, 2) // 0"]:
    try:
        print(text, "=", eval(text))
    except Exception as e:
        print(f"{text}: {type(e).__name__}: {e}")
print(Fraction(3, 4) + Fraction(1, 4) == 1)
print(Fraction(1, 3) * 3)
