import math

print(math.gcd(48, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.factorial(20))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(3.5), round(2.675, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(5, 12))
print(pow(2, 100), pow(2, 100, 97), pow(3, -1, 7), 2 ** 0.5, (-8) ** (1 / 3) if False else "skip")
print(int("ff", 16), int("0b1010", 0), int("  42 "), int("1_000"), float("1e-3"), float(" -inf "))
print(bin(37), oct(37), hex(255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((37).bit_length(), (-37).bit_count() if hasattr(int, "bit_count") else "", 7 // -2, -7 % 3, divmod(-7, -2))
print(10 ** 20, 10 ** 20 / 3, 10 ** 20 // 3, float(10 ** 20), 1e20 == 10 ** 20, 2 ** 53 + 1.0)
print(0.1 + 0.2, 1 / 3, 2 / 3, 100 / 7, 1e16, 1.5e-10, 123456789.0 * 1000, 1e22, float("nan") == float("nan"))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(1e308 * 10), math.copysign(3, -0.0))
print(abs(-3), abs(-3.5), abs(3 + 4j), max(3, 7.5, -1), min("b", "a"), sum(range(101)))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, (1 < 2) + (2 < 3), True + True, isinstance(True, int))
print(f"{math.pi:.10f}", f"{math.e:.3e}", math.degrees(math.pi), math.radians(180), math.log2(1024), math.log10(1000))
print(int(3.999), int(-3.999), float(7), complex(1, 2) * 1j, (1 + 2j).conjugate(), 5 .real)
print(sorted([3, 1.5, True, -2]), 7 / 7, type(7 / 7).__name__, 6 // 4.0, 2 ** -2)
n = 600851475143
f, d = [], 2
while n > 1:
    while n % d == 0:
        f.append(d)
        n //= d
    d += 1
print(f)
print(math.sqrt(-1))
