for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2)]:
    print(f"divmod({a}, {b}) = {divmod(a, b)}; {a} // {b} = {a // b}; {a} % {b} = {a % b}")
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(x, round(x), round(x, 2), round(x, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5.0), type(round(5.5)), type(round(5.5, 1)), round(2**60 + 0.5))
print(int(2.5), int(-2.5), int(3.999), 7 / 2, -7 / 2, 7 // 2.0)
seconds = 100000
days, rem = divmod(seconds, 86400)
hours, rem = divmod(rem, 3600)
minutes, secs = divmod(rem, 60)
print(f"{days}d {hours:02}h {minutes:02}m {secs:02}s")
print(divmod(10**20, 7), (-10**20) // 7, pow(3, 4, 5), pow(2, -1, 7))
from decimal import Decimal, ROUND_HALF_UP
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
for bad in [lambda: divmod(1, 0), lambda: 5 % 0, lambda: 1.0 // 0, lambda: divmod(1, "a"),
            lambda: round("1.5"), lambda: round(1.5, 1.0), lambda: pow(2, -1, 4)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
