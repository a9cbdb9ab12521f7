# zip(strict=True) raises on unequal lengths; a range's slice is a range.
names = ["ann", "bob", "cid"]
scores = [90, 85, 77]
for name, score in zip(names, scores, strict=True):
    print(name, score)
for args in [([1, 2], [3]), ([1], [3, 4]), ([1], [3], [4, 5]), ([1, 2], [3, 4], [5]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=False)), list(zip(strict=True)), list(zip([], [], strict=True)))
try:
    zip([1], fill=0)
except TypeError as e:
    print("TypeError:", e)
z = zip(iter([1, 2, 3]), [10, 20], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)

r = range(0, 20, 3)
print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[:-10], range(10)[2:8:3], range(10)[::-3])
print(list(r[1:4]), list(r[::-1]), len(r[::2]), r[1:4] == range(3, 12, 3), type(r[1:2]).__name__)
print(r.start, r.stop, r.step, r[2:].start, range(5).index(3), r.index(9), r.count(9), r.count(10))
print(range(5).index(True), range(5).index(2.0), range(3).count(1.0), range(-5, 5)[3:-3])
for bad in [10, "x", 1.5]:
    try:
        r.index(bad)
    except ValueError as e:
        print("ValueError:", e)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop)
