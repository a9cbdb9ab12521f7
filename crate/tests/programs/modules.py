# The standard modules the page has: time, math, random (bit-exact with CPython
# for a seed), sys; and a clear error for processes.
import math
import random
import sys
import time
from math import sqrt, pi

start = time.perf_counter()
time.sleep(0.05)
elapsed = time.perf_counter() - start
print("slept long enough:", 0.05 <= elapsed < 1.0, type(time.time()).__name__)
print(math.sqrt(2), sqrt(16), pi, math.floor(-2.5), math.ceil(2.1), math.factorial(25), math.gcd(12, 18))
print(math.isclose(0.1 + 0.2, 0.3), math.log(math.e), math.log(8, 2), math.isqrt(10**20 + 1), math.inf)
random.seed(42)
print(random.random(), random.randint(1, 6), random.randrange(10, 100, 5), random.uniform(1.5, 2.5))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.getrandbits(70))
random.seed("playground")
print([random.randint(1, 100) for _ in range(8)])
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval(), sys.getrecursionlimit(), sys.maxsize)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    import numpy
except ImportError as e:
    print(type(e).__name__, e)
