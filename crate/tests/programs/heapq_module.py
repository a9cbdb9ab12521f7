# heapq: a binary min-heap on a list; nlargest, nsmallest, merge.
import heapq
from heapq import heapify, heappop, heappush, heappushpop, heapreplace, merge, nlargest, nsmallest

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data, data[0])
print(heappushpop(data, -1), heappushpop(data, 4), data)
print(heapreplace(data, 10), data)
print(sorted(data) == [heappop(data) for _ in range(len(data))])
tasks = []
heappush(tasks, (2, "write code"))
heappush(tasks, (1, "design"))
heappush(tasks, (3, "test"))
heappush(tasks, (1, "coffee"))
while tasks:
    print(heappop(tasks))
print(heappushpop([], 5), heapify([]))
words = "the quick brown fox jumps over the lazy dog".split()
print(nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(nlargest(3, words, key=len), nsmallest(3, words, key=len))
print(nlargest(0, words), nsmallest(-1, words), nlargest(1, words), nsmallest(1, words, key=len))
print(nlargest(100, [3, 1, 2]), nsmallest(100, iter([3, 1, 2])), nlargest(2, iter([])), nsmallest(1, []))
print(nsmallest(4, iter(range(20, 0, -1))), nlargest(4, (x * x % 17 for x in range(30))))
portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
print([s["name"] for s in nsmallest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in nlargest(3, portfolio, key=lambda s: s["price"])])
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (2, "f"), (0, "g")]
print(nsmallest(4, pairs, key=lambda p: p[0]), nlargest(4, pairs, key=lambda p: p[0]))
print(nsmallest(3, iter(pairs), key=lambda p: p[0]), nlargest(3, iter(pairs), key=lambda p: p[0]))
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([1, 2])), list(merge([], [3])))
print(list(merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(merge([(1, "x"), (2, "x")], [(1, "y"), (3, "y")], key=lambda t: t[0])))
print(list(merge(iter([1, 4]), (x for x in [2, 3]))))
m = merge([1, 2], [1, 2])
print(next(m), next(m), list(m))
for f in [
    lambda: heappop([]),
    lambda: heapreplace([], 1),
    lambda: heappush((), 1),
    lambda: heapify((1, 2)),
    lambda: heappop("abc"),
    lambda: heappush([{}], {}),
    lambda: heapq.nlargest(2, 5),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"
q = []
for i, p in enumerate([5, 3, 8, 1]):
    heappush(q, Task(p, f"t{i}"))
print([heappop(q) for _ in range(4)])
print(nsmallest(2, [Task(3, "a"), Task(1, "b"), Task(2, "c")]), nlargest(2, [Task(3, "a"), Task(1, "b"), Task(2, "c")]))
