values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789, 1e-5, 0.0001,
          1.0, -0.0, 100.0, 1e22, 1.5e300 * 1e10, float("nan"), 2.5e-324, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3e}")
print(0.1 * 3, 1.1 + 2.2, 3.3 * 3, 1 - 0.9, 100 * 1.1)
print(float("1e500"), float("-inf"), float(" 3.5 "), float("1_000.5"), float("-0"))
print(1e308 * 10, -1e308 * 10, 2.0 ** 3, 10 ** -2, 2 ** -1)
print(sum([0.1] * 10), 0.1 * 10, round(0.1 * 3, 10))
print((0.1).as_integer_ratio(), (0.5).is_integer(), (2.0).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(int(1e20), int(1.5e16), float(10**16 + 1), 10**16 + 1 == float(10**16 + 1))
print(str(1e-7), str(12345678901234567890.0), str(0.000123), 1e100)
for bad in ["abc", "1.2.3", "", "1e", "inf5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
