from operator import itemgetter, attrgetter, methodcaller

students = [
    {"name": "Zoe", "grade": 88, "age": 20},
    {"name": "adam", "grade": 95, "age": 22},
    {"name": "Bea", "grade": 88, "age": 19},
    {"name": "carl", "grade": 72, "age": 22},
]
print([s["name"] for s in sorted(students, key=itemgetter("grade"))])
print([s["name"] for s in sorted(students, key=lambda s: (-s["grade"], s["name"]))])
print([s["name"] for s in sorted(students, key=lambda s: s["name"].lower())])
print([s["name"] for s in sorted(students, key=itemgetter("age", "grade"), reverse=True)])
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.casefold))
print(sorted("hello world", reverse=True), sorted([3, 1, 2], key=lambda x: -x))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2, 3], [1, 2]]))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted(["a10", "a9"], key=len))
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
    def __repr__(self):
        return self.name
people = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(people, key=attrgetter("age")), max(people, key=attrgetter("age")), min(people, key=lambda p: p.name))
print(sorted(["  b", "a  "], key=methodcaller("strip")))
data = [5, 2, 9, 1]
data.sort()
print(data, data.sort(reverse=True), data)
words = "The quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted([0.1, -2, 3.5, True, False]), sorted([1, 2], key=None))
pairs = [(1, "one"), (3, "three"), (2, "two")]
nums, names = zip(*sorted(pairs))
print(nums, names)
print(sorted(set("mississippi")), sorted(range(10), key=lambda n: (n % 3, n)))
print(list(reversed(sorted([3, 1, 2]))), sorted([[1], [0, 5]], key=sum))
print(sorted([1, None, 2]))
