import random
random.seed(5)
ints = [random.randrange(-50, 50) for _ in range(200)]
print(sorted(ints)[:20], sorted(ints, reverse=True)[:20])
fl = [random.random() * 10 - 5 for _ in range(100)] + [0.0, -0.0, 1.0]
print(sorted(fl)[:5], sorted(fl, reverse=True)[:5])
print(sorted([0.0, -0.0, 0.0, -0.0]), sorted([-0.0, 0.0], reverse=True))
strs = ["b", "a", "é", "ab", "", "Z", "zz", "日本", "a\x00", "ä"]
print(sorted(strs), sorted(strs, reverse=True))
pairs = [(random.randrange(5), str(i)) for i in range(30)]
print(sorted(pairs))
print(sorted(pairs, key=lambda t: t[0]))
print(sorted(pairs, key=lambda t: t[0], reverse=True))
print(sorted(pairs, key=lambda t: t[1], reverse=True)[:5])
mixed = [1, 2.5, True, -3, 0.0]
print(sorted(mixed), sorted(mixed, reverse=True))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
l = [3, "x", 1]
try:
    l.sort()
except TypeError as e:
    print(e, l)
l = [(1, "a"), (1, 2)]
try:
    l.sort()
except TypeError as e:
    print(e, l)
print(sorted([(1, 2), (1,), (0, 5), (1, 1)]))
print(sorted([(1.5, "b"), (1.5, "a"), (0.5, "z")]))
print(sorted([(), (1,), ()]))
print(sorted(["b", "a"], key=None), sorted([2, 1], key=str.__neg__ if False else None))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=str.lower))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), sorted([K(3), K(1), K(2)], reverse=True))
def bad(x):
    if x == 3: raise ValueError("bad key")
    return x
l = [5, 3, 1]
try:
    l.sort(key=bad)
except ValueError as e:
    print(e, l)
print(sorted(range(10), key=lambda i: -i))
print(sorted({3: 1, 1: 2}), sorted("hello"), sorted((3, 1, 2)))
big = [10**20, 5, -10**20]
print(sorted(big))
print(sorted([[2], [1, 2], [1]]))
stab = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
print(sorted(stab, key=lambda p: p[0]), sorted(stab, key=lambda p: p[0], reverse=True))
import random
random.seed(7)
for n in (0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 1000):
    xs = [random.choice([random.randrange(20), random.randrange(20) + 0.5]) for _ in range(n)]
    assert sorted(xs) == sorted(xs, key=float), n
    print(n, sorted(xs)[:10], sorted(xs, reverse=True)[:10])
    ts = [(random.randrange(5), random.choice(["a", "b", 1.5])) for _ in range(n)]
    try:
        print(sorted(ts)[:8])
    except TypeError as e:
        print("E", e)
    ts = [(random.randrange(5), random.randrange(3), i) for i in range(n)]
    print(sorted(ts, reverse=True)[:6], sorted(ts, key=lambda t: (t[1], -t[0]))[:6])
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([G(2), G(1), G(3)]))
class N:
    def __lt__(self, o): return NotImplemented
try:
    sorted([N(), N()])
except TypeError as e:
    print(e)
calls = 0
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v
l = [C(i) for i in range(100)]
sorted(l)
print("sorted input calls", calls)
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return random.random() < 0.5
for n in (10, 30, 100, 1000):
    l = [R(i) for i in range(n)]
    s = sorted(l)
    print(n, len(s), len(set(id(x) for x in s)))
