# A learner's mix: lru_cache, abc, contextlib, generators with send, slices, bytes,
# sys.modules and vars(module), an int subclass, chained exceptions, formatting.
import sys, functools, contextlib, abc
from functools import lru_cache, cmp_to_key, reduce, partial
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), reduce(lambda a, b: a * b, range(1, 6)), partial(int, base=2)("101"))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    __slots__ = ("s",)
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area())
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); yield name; print(f"</{name}>")
with tag("b") as t: print("inside", t)
with contextlib.suppress(ZeroDivisionError): 1 / 0
def gen():
    total = 0
    while True:
        x = yield total
        if x is None: return total
        total += x
g = gen(); next(g); g.send(5); print(g.send(10))
try: g.send(None)
except StopIteration as e: print("returned", e.value)
for i in range(3):
    if i == 5: break
else: print("no break")
def f():
    try: return "try"
    finally: print("finally runs")
print(f())
a = list(range(10)); a[2:5] = ["x"]; del a[::3]; print(a, a[-3:], a[::-2])
b = bytearray(b"hello"); b[0] = 72; print(b, bytes(b).upper(), b"a,b".split(b","), "é".encode(), b"\xc3\xa9".decode())
print(list(zip([1, 2], "ab", strict=True)), {k: v for k, v in zip("abc", range(3)) if v})
print(sys.modules["sys"] is sys, "functools" in sys.modules, type(sys.modules).__name__)
import math
print(vars(math)["pi"], "sqrt" in dir(math), math.__name__, sorted(k for k in vars(functools) if k == "reduce"))
class Temp(int):
    def __repr__(self): return f"Temp({int(self)})"
t = Temp(5); print(t + 1, repr(t), -t, t * 2, isinstance(t, int), f"{t:03d}", "%d" % t, list(range(t))[:2])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__))
print("{:,.2f}".format(1234567.891), format(0.000123, ".2e"), f"{12:08.3f}", f"{'x'!r:>5}", f"{3+4j}")
print(str(None), bool(""), [] or "empty", 0 and 1, not None, 5 if 0 else 6, "a" * 3, [0] * 3)
nums = [5, 3, 8]; nums.insert(1, 9); nums.remove(3); print(nums, nums.index(8), nums.count(5), nums.copy())
d = {"a": 1}; d.setdefault("b", []).append(2); d.update(c=3); print(d, d.pop("a"), d.popitem(), list(d))
print(sum(range(101)), max([], default=None), min(3, 1, 2), abs(-2.5), pow(2, 10), pow(3, -1, 7), round(1234.5678, -2))
