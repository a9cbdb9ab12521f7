students = [
    {"name": "Ann", "grade": 90, "age": 20},
    {"name": "bob", "grade": 85, "age": 22},
    {"name": "Cid", "grade": 90, "age": 19},
    {"name": "dee", "grade": 70, "age": 22},
    {"name": "Eve", "grade": 85, "age": 20},
]
by_grade_then_name = sorted(students, key=lambda s: (-s["grade"], s["name"].lower()))
print([s["name"] for s in by_grade_then_name])
print([s["name"] for s in sorted(students, key=lambda s: s["name"])])
print([s["name"] for s in sorted(students, key=lambda s: s["name"].lower(), reverse=True)])
# stable sorts in two passes
tmp = sorted(students, key=lambda s: s["age"])
tmp = sorted(tmp, key=lambda s: s["grade"], reverse=True)
print([(s["name"], s["grade"], s["age"]) for s in tmp])
from operator import itemgetter, attrgetter
print([s["name"] for s in sorted(students, key=itemgetter("age", "grade"))])
pairs = [(3, "c"), (1, "b"), (3, "a"), (2, "z")]
print(sorted(pairs), sorted(pairs, key=itemgetter(1)), sorted(pairs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words, key=len), max(words, key=len), max(words))
class P:
    def __init__(self, n, s): self.n, self.s = n, s
    def __repr__(self): return f"P({self.n},{self.s})"
ps = [P(2, "b"), P(1, "z"), P(2, "a")]
print(sorted(ps, key=attrgetter("n", "s")))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x < 0, x)))
lst = [3, 1, 2]
print(lst.sort(), lst)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({"b", "a"}))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(ps)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(nums, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
