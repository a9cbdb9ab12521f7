# Containers that hold themselves, and nesting deeper than the recursion
# limit: repr and comparisons as CPython does them (they used to hang the
# interpreter on a lock held twice, or overflow its native stack).
a = [1]
print(a == a, a < a, a <= a)
a.append(a)
print(a == a, a[1] is a, a)
s = {1, 2}
print(s == s, s - s, s | s, s & s, s ^ s)
d = {"k": 1}
d["d"] = d
print(d == d, d)
t = ([],)
t[0].append(t)
print(t == t, t)
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), {"n": nan} == {"n": nan}, nan == nan)
x = []
for _ in range(990):
    x = [x]
print(len(repr(x)))
x = []
y = []
for _ in range(1100):
    x = [x]
    y = [y]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError:", e)
l = [3, 1, 2]
l.extend(l)
l += l
print(l, l.count(l), l.index(3), l in [l])
l[1:3] = l
print(len(l), l[:5])
d2 = {1: 2}
d2.update(d2)
print(d2, d2.get(1))
print(str(a), f"{a}")
