# decimal: exact decimal arithmetic as learners use it (money, rounding).
import decimal
from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR,
                     ROUND_CEILING, InvalidOperation, DivisionByZero)

# Construction: from int, str, float (exact), tuple.
print(Decimal(10), Decimal("3.14"), Decimal(0.1))
print(repr(Decimal("1.10")), repr(Decimal(-0.0)), repr(Decimal("  1_000.5 ")))
print(Decimal((1, (1, 2, 3), -2)), Decimal("1e5"), Decimal(".5"), Decimal("5."))
print(Decimal("Infinity"), Decimal("-inf"), Decimal("nan"))
print(Decimal.from_float(0.25), Decimal(2**70))

# The classic: floats drift, Decimals from strings do not.
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
print(sum([Decimal("0.10")] * 10))

# Arithmetic, with ints mixed in.
a, b = Decimal("7.5"), Decimal("2")
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, abs(-a))
print(1 + a, 10 - a, 3 * a, 15 / a, 2 ** Decimal(3))
print(Decimal(1) / Decimal(3), Decimal(2) / 3 * 3)
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(17), 5))
print(Decimal("1.20") * 3, Decimal("10") / 4, Decimal("100") / 10, Decimal("1.0") / Decimal("0.1"))
print(Decimal(10) ** 30, Decimal(2) ** -2, Decimal("1.1") ** 10, Decimal(3) ** -1)
print(Decimal("0.10") - Decimal("0.1"), Decimal(-1) + 1, -Decimal(0))

# str and repr: exponents, trailing zeros.
for s in ["123E+5", "1.00E-3", "1E-7", "0.000001", "-0E-3", "12.3400", "1E+2", "0.00"]:
    print(s, "->", str(Decimal(s)), repr(Decimal(s)))
print(Decimal("1e-10") / 3)

# Comparisons with ints, Decimals and floats.
print(Decimal(2) == 2, Decimal("2.0") == 2, Decimal("0.1") == 0.1, Decimal(0.5) == 0.5)
print(Decimal("0.5") < 0.6, Decimal(1) < Decimal(2), Decimal("1.5") > 1, max(Decimal("1.5"), 2, Decimal("0.3")))
print(sorted([Decimal("2.5"), 1, Decimal("-3"), Decimal("1.25")]))
print(Decimal("NaN") == Decimal("NaN"), Decimal("Infinity") > 10**100)

# Hashes agree with equal ints and floats, so they mix in dicts and sets.
print(hash(Decimal(10)) == hash(10), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("-1")))
print(len({Decimal("1.0"), Decimal("1.00"), Decimal(1)}), {Decimal("2.5"): "x"}[Decimal("2.50")])

# Rounding: quantize with each mode, round(), to_integral_value.
price = Decimal("2.675")
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING]:
    print(mode, price.quantize(Decimal("0.01"), rounding=mode),
          (-price).quantize(Decimal("0.01"), rounding=mode))
print(Decimal("1.30").quantize(Decimal("0.1")), Decimal("123.456").quantize(Decimal("1E+1")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.675"), 2), round(Decimal("1234"), -2))
print(Decimal("1.5").to_integral_value(), Decimal("2.5").to_integral_value(),
      Decimal("-2.5").to_integral_value(ROUND_HALF_UP))
print(int(Decimal("-3.9")), float(Decimal("0.1")), int(Decimal("1E+3")))
import math
print(math.floor(Decimal("-1.5")), math.ceil(Decimal("1.2")), math.trunc(Decimal("-1.7")))

# Money: a bill split three ways, tax at 8.25%.
total = Decimal("100.00")
share = (total / 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(share, total - 2 * share)
tax = (Decimal("19.99") * Decimal("0.0825")).quantize(Decimal("0.01"), ROUND_HALF_UP)
print(tax, Decimal("19.99") + tax)

# Formatting.
d = Decimal("1234.5678")
print(f"{d:.2f}", f"{d:,.2f}", f"{d:10.1f}|", f"{d:<12}|", f"{d:e}", f"{d:.3e}", f"{d:g}", f"{d:.2}")
print(f"{Decimal('2.675'):.2f}", f"{Decimal('0.125'):.1%}", f"{Decimal('-0.001'):.2f}", f"{Decimal('5'):+.1f}")
print(format(Decimal("123.456"), "010.2f"), format(Decimal("1.5E+3"), "f"), format(Decimal("-Infinity"), ">12"))
print(format(Decimal("1234567.891"), "015,.2f"), format(Decimal("123456"), ".3g"), format(Decimal("1E+2"), "g"))

# The context: precision and rounding of arithmetic.
ctx = getcontext()
print(ctx.prec, ctx.rounding)
print(Decimal("1.23456789012345678901234567890") + 0)
with localcontext() as local:
    local.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") * 1, +Decimal("3.14159265"))
    local.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
with localcontext(prec=50):
    print(Decimal(2).sqrt())
print(Decimal(1) / 7, getcontext().prec)
getcontext().prec = 6
print(Decimal(22) / 7)
getcontext().prec = 28

# sqrt, and the inspecting methods.
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("1.44").sqrt(), Decimal("0.00").sqrt())
t = Decimal("-123.45").as_tuple()
print(t, t.sign, t.digits, t.exponent)
print(Decimal("Infinity").as_tuple(), Decimal("0.75").as_integer_ratio())
print(Decimal(0).is_zero(), Decimal("NaN").is_nan(), Decimal("-Infinity").is_infinite(),
      Decimal("3").is_finite(), Decimal("-0").is_signed(), Decimal("1.5").adjusted())
print(Decimal("12.3400").normalize(), Decimal("1200").normalize(), Decimal(5).max(3), Decimal(5).min(3))
print(Decimal(5).compare(7), Decimal("5").copy_negate(), Decimal(-5).copy_abs(), Decimal(123).scaleb(2))
print(Decimal("123E+7").to_eng_string(), Decimal(5).fma(2, 3), Decimal(10).remainder_near(3), bool(Decimal("0.0")))

# Errors.
for expr in ["Decimal(1) / 0", "Decimal(0) / 0", "Decimal(7) % 0", "Decimal('abc')",
             "Decimal(-1).sqrt()", "Decimal('NaN') < 1", "Decimal(1) + 1.5", "1.5 * Decimal(1)",
             "Decimal(1) < 'a'", "int(Decimal('NaN'))", "int(Decimal('Infinity'))",
             "Decimal('1E+30').quantize(Decimal('0.1'))", "Decimal(0) ** 0", "round(Decimal('NaN'))"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "raises", type(e).__module__, type(e).__name__, e)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, isinstance(e, ArithmeticError))
print(issubclass(DivisionByZero, decimal.DecimalException), issubclass(InvalidOperation, ArithmeticError))
print(Decimal(10) / Decimal(0.5))
print(Decimal(1) / 0)
