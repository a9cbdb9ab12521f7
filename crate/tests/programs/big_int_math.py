n = 2 ** 200
print(n, len(str(n)), n.bit_length())
print(n // 3**50, n % 1000007, -n // 7, (-n) % 7)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(sum(int(d) for d in str(f)), str(f).count("0"), len(str(f)) - len(str(f).rstrip("0")))
print(pow(7, 10**6, 10**9 + 7), pow(123456789, 987654321, 1000000007))
a = 12345678901234567890123456789
b = 98765432109876543210
print(a * b, a // b, a % b, divmod(a, b), a - b * (a // b) == a % b)
print(-a // b, -a % b, a ** 3 % 10**10, abs(-a), -(-a) == a)
print(a & b, a | b, a ^ b, a >> 40, b << 40, ~a)
print(hex(a), oct(b), bin(2**70 + 1)[:20])
print(int("9" * 40) + 1, int("123456789" * 5) // 10**40)
def fib(n):
    x, y = 0, 1
    for _ in range(n):
        x, y = y, x + y
    return x
print(fib(300))
print(2**64 == 18446744073709551616, 2**63 - 1, -(2**63), (2**63) * 2 == 2**64)
print(10**30 / 10**10, 10**400 // 10**399, float(2**1023) > 1e307)
print(round(10**25 + 1, -5), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 3
except OverflowError as e:
    print("OverflowError:", e)
import math
print(math.isqrt(10**50), math.gcd(2**100, 6**50), math.factorial(30) // math.factorial(28))
