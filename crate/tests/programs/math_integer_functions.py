import math

print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(), math.gcd(12, 18, 30))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 9))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10**20 + 1))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5))
print(math.factorial(20), len(str(math.factorial(100))))
print(math.prod([1, 2, 3, 4]), math.prod([], start=7), math.prod(range(1, 6), start=2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print(math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.001, rel_tol=0.01))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12))
print(math.inf > 10**100, -math.inf < -10**100, math.isinf(math.inf), math.isnan(math.nan))

def primes_up_to(n):
    return [k for k in range(2, n + 1) if all(k % d for d in range(2, math.isqrt(k) + 1))]

print(primes_up_to(50))
for bad in [lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.comb(-1, 2), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.gcd(1.5, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
