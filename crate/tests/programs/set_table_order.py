# Sets iterate in the order of CPython's hash table (ints, floats, tuples of
# them): printing, list(), for, pop(), and what set algebra builds.

print({3, 1, 2})
print(set([10, 5, 7, 100, 33]))
print({16, 1, 2, 3, 4}, {-1, -2, -3, 7, 8, 9})
x = 16
print({x, 1, 2, 3, 4})
print(set(range(20, 0, -1)))
print({i * 7 % 50 for i in range(30)})
print({n * n for n in range(-10, 10)})
print(set([2**40, 2**61, 2**61 + 1, -(2**70), 0, -1, -2]))
print({1.5, 2.5, 0.25, 16.0, 32, 48})
print({(1, 2), (3, 4), (0, 0), (5, 6), (-1, -1)})
print(list({100, 200, 300, 8, 16}), sorted({100, 200, 300}))
for v in {40, 8, 16, 24, 32}:
    print(v, end=" ")
print()
print([v for v in {64, 1, 128, 2, 3}])

# Removals leave dummies that later additions may take.
s = {0, 8}
s.discard(0)
s.add(16)
print(s)
s = set(range(30))
for i in range(0, 30, 3):
    s.remove(i)
for i in (32, 64, 96, 1000, 33):
    s.add(i)
print(s)
s -= set(range(10))
print(s)

# Growing past several resizes, shrinking, growing again.
s = set()
for i in range(0, 400, 7):
    s.add(i * 37 % 1000)
print(len(s), list(s)[:20])
for i in range(0, 1000, 2):
    s.discard(i)
print(len(s), list(s)[:20])
for i in range(5):
    s.add(i * 1024)
print(list(s)[:20])

# pop() takes from where the last one stopped.
s = {5, 1, 9, 17, 33, 2}
print([s.pop() for _ in range(3)], s)
s.add(1)
s.add(65)
print(s.pop(), s.pop(), s)
s = set(range(12))
while s:
    print(s.pop(), end=" ")
    if len(s) == 6:
        s.add(100)
print()

# Algebra: each builds its result as CPython does.
a = {1, 2, 3, 9, 17, 25, 33, 41}
b = {3, 41, 57, 2, 64, 8}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([99, 3, 35]), a.intersection([41, 17, 100]), a.difference([1]))
print(a.symmetric_difference([1, 200, 9]), a.union(b, {70, 6}))
print(a.intersection(b, {2, 3}), a.difference(b, {1}))
c = a.copy()
c |= {80, 48}
print(c)
c &= {48, 17, 80, 3}
print(c)
c ^= {3, 5, 7, 200}
print(c)
c -= {5}
print(c)
d = set(range(40))
d.difference_update(range(0, 40, 2))
print(d)
d.symmetric_difference_update({1, 2, 3, 4, 64})
print(d)
d.intersection_update(range(0, 70, 3))
print(d)
d.update({1000, 2000}, [8, 9])
print(d)
print(set({5: "a", 70: "b", 3: "c", 36: "d", 1: "e", 64: "f"}))
big = set(range(100))
print(big - {1, 2}, {1, 2, 99, 64} - big)
print(set(range(10)) == {9, 8, 7, 6, 5, 4, 3, 2, 1, 0})

# frozensets, and sets of frozensets and tuples.
f = frozenset([40, 8, 16, 24, 32])
print(f, f | {1}, {1} | f, f & {8, 16, 99}, f - {8}, f ^ {8, 1})
print(frozenset(range(10, 0, -1)), frozenset(f) is f)
print({frozenset({1, 2}), frozenset({3}), frozenset()})
print({(i, j) for i in range(3) for j in range(3)})
print({(i, (i, -i)) for i in range(6)})
print({True, 2, 1.0, 0, False})
