import math, sys
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from fractions import Fraction
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.gcd(12, 18, 24), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.log(100, 10), math.log10(1000), math.log2(8), math.log(math.e), math.exp(1), math.pow(2, 10), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.isqrt(99), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0), math.fabs(-3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(float("nan")), math.isinf(1e400), math.isfinite(1.0), math.remainder(10, 3), math.nextafter(1.0, 2.0), math.ulp(1.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(int(1e20), float(2**70), 2**0.5, (-8) ** (1/3), 10 / 4, 10 // 4, -10 // 4, 1e3 == 1000, 0.1 * 3)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("10.50").normalize(), Decimal(0.1), Decimal("-3.5").to_integral_value(), repr(Decimal("3.14")), Decimal("1e3"), Decimal("123.456").quantize(Decimal("1."), rounding=ROUND_DOWN))
getcontext().prec = 5
print(Decimal(1) / Decimal(3), Decimal("3.14159") * 1)
getcontext().prec = 28
print(sum([Decimal("0.1")] * 10), Decimal("5") // 2, Decimal("-7") % 3, Decimal("2") ** 10, Decimal("2").sqrt())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.75"), Fraction(0.5), Fraction(1, 3) ** 2, repr(Fraction(2, 4)), Fraction(7, 3).limit_denominator(2), float(Fraction(1, 8)))
print(Fraction(1, 3) < 0.34, Fraction(5, 10).numerator, Fraction(5, 10).denominator, Fraction(-7, 2) // 1, round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(1.1).limit_denominator(100), Fraction(3.14159).limit_denominator(1000))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if hasattr(sys, "int_info") else "")
print(abs(-3), abs(-3.5), abs(3 + 4j), complex(1, 2) * (1 - 1j), (1 + 2j).conjugate(), (3 + 4j).real, 1j ** 2)
print(7 .bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).__add__(5), (3.75).as_integer_ratio(), (0.5).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(True + True, True * 10, sum([True, False, True]), int(True), 3 > 2 > 1, 1 < 2 > 0, 5 == 5.0, hash(5) == hash(5.0))
print(max(3, 7, 1), min([4, 2, 8]), max("apple", "pear", key=len), min([], default="empty"), sum(range(101)), sum([[1], [2]], []))
x = 2 ** 200
print(x, len(str(x)), x.bit_length(), x % 1000, -x // 3, str(x)[:10], hash(x) == hash(x))
print(int("9" * 50) + 1, 10 ** 50 - 1, (2**64) * (2**64), (-(2**100)) >> 3, (2**100) & 0xFFFF, ~(2**70))
print(f"{sys.getrecursionlimit()}")
