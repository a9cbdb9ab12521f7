from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(Decimal("0.1") + Decimal("0.2"), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(tax))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal(10) / Decimal(3), Decimal("1.10") * 3, Decimal("7").sqrt())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123.456789") + 0)
print(Decimal(0.1))
f = Fraction(3, 4) + Fraction(1, 6)
print(f, float(f), f.numerator, f.denominator, Fraction("0.125"), Fraction(0.5), Fraction(10, -4))
print(Fraction(1, 3) * 3 == 1, Fraction(1, 3) < 0.34, sum(Fraction(1, n) for n in range(1, 5)))
print(Fraction(22, 7).limit_denominator(5), Fraction(3.14159).limit_denominator(100), round(Fraction(7, 2)))
print(f"{Fraction(1, 3)}", f"{Decimal('3.14159'):.2f}", f"{Decimal('1234.5'):,}")
def mixed(fr):
    whole, rem = divmod(fr.numerator, fr.denominator)
    return f"{whole} {rem}/{fr.denominator}" if whole else f"{rem}/{fr.denominator}"
print(mixed(Fraction(11, 4)), mixed(Fraction(1, 2)))
print(Decimal("1e3"), Decimal("1E+3") == 1000, Decimal("-0"), Decimal("NaN"), Decimal("1.500").normalize())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(Decimal('1.5') + 1.5)
