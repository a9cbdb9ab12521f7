names = ["ann", "bob", "cid"]
scores = [90, 85, 77]
for name, score in zip(names, scores, strict=True):
    print(f"{name}: {score}")
print(list(zip("ab", [1, 2], (True, False), strict=True)))
print(list(zip(names, range(10))))
print(list(zip()), list(zip([])), dict(zip(names, scores)))
try:
    list(zip(names, scores[:2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(names[:1], scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(names, scores, [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(names, scores, [1, 2, 3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
pairs = list(zip(names, scores))
unzipped_names, unzipped_scores = zip(*pairs)
print(unzipped_names, unzipped_scores)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
it = iter(range(6))
print(list(zip(it, it)))
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list(zip(names, 5))
except TypeError as e:
    print("TypeError:", e)
z = zip(names, scores, strict=True)
print(next(z), next(z), next(z))
try:
    next(z)
except StopIteration:
    print("exhausted")
