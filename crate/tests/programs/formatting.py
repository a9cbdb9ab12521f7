# f-strings with the format mini-language, as the articles print their tables.
times = {"Sequential": 4.2137, "Threading": 4.3301, "Multiprocessing": 1.1842}
print("=" * 40)
print(f"{'Mode':<20}{'Time':>10}{'Speedup':>10}")
for mode, t in times.items():
    print(f"{mode:.<20}{t:>9.2f}s{times['Sequential'] / t:>9.2f}x")
n = 10_000_000
print(f"{n:,} {n:_} {n:e} {n:.3e} {n:x} {n:#b} {255:#06x} {42:05d} {-42:+d}")
print(f"{0.1234:.1%} {3.14159:.3f} {2.5:g} {1e20:g} {1/3:.10} {1/3!r} {-0.0:+.1f}")
print(f"{'centre':^12}|{'left':<8}|{'right':>8}|{'fill':*^10}")
print(format(1234.5678, ",.2f"), format(7, "b"), format("x", ">3"), format(True), format(3.0))
print(str(1e16), str(1e-5), repr(0.1 + 0.2), 5e-324, 1.7976931348623157e308, 9999999999999998.0)
print(round(2.675, 2), round(1234.5, -2), round(-0.5), int("  42  "), int("0x1F", 16), int("1_000"), float(" 1e3 "))
print(7 / 2, -7 // 2, -7 % 3, 7.0 // -2, 10 ** -2, 2 ** 0.5, (10 ** 30) / 7, divmod(-7.5, 2))
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
