# dict.keys(), dict.values() and dict.items() are live views of their dict.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(type(k).__name__, type(v).__name__, type(it).__name__)

# Liveness: a view taken before a change sees it.
d["c"] = 3
print(k, v, it, len(k), len(v), len(it))
del d["a"]
print(k, v, it, len(k), len(v), len(it))
d["b"] = 20
print(list(v), list(it))
d.clear()
print(k, v, it, len(k), bool(k), bool(v))
d.update(x=1, y=2, z=3)
print(list(k), list(v), list(it))
print(d.pop("y"), list(k))

# Membership.
d = {"a": 1, "b": 2, (1, 2): [3]}
k, v, it = d.keys(), d.values(), d.items()
print("a" in k, "z" in k, (1, 2) in k, 1 in k)
print(1 in v, [3] in v, 9 in v)
print(("a", 1) in it, ("a", 2) in it, ((1, 2), [3]) in it, "a" in it, ("a",) in it, [1] in it)
show("['x'] in keys", lambda: ["x"] in k)
show("(['a'], 1) in items", lambda: (["a"], 1) in it)
d["new"] = 5
print("new" in k, 5 in v, ("new", 5) in it)

# Reversed, iteration order, each iteration from the dict as it is now.
d = {3: "c", 1: "a", 2: "b"}
k = d.keys()
print(list(reversed(k)), list(reversed(d.values())), list(reversed(d.items())))
print(list(k))
d[0] = "z"
print(list(k), [x for x in k], tuple(d.items()))

# Not subscriptable, not hashable, not set-like when values.
show("keys()[0]", lambda: d.keys()[0])
show("values()[0]", lambda: d.values()[0])
show("items()[0]", lambda: d.items()[0])
show("hash(keys)", lambda: hash(d.keys()))
show("hash(items)", lambda: hash(d.items()))
show("values | values", lambda: d.values() | d.values())
show("values & set", lambda: d.values() & {1})
show("values.isdisjoint", lambda: d.values().isdisjoint)
show("keys + keys", lambda: d.keys() + d.keys())
show("keys < list", lambda: d.keys() < [1])
show("keys < 3", lambda: d.keys() < 3)
show("values < values", lambda: d.values() < d.values())

# Set operations: a set, whatever the other iterable, on either side.
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
show("k & [2, 3, 4]", lambda: sorted(k & [2, 3, 4]))
show("[2, 3, 4] & k", lambda: sorted([2, 3, 4] & k))
show("k | (5,)", lambda: sorted(k | (5,)))
show("range(5) | k", lambda: sorted(range(5) | k))
show("k ^ {3, 4}", lambda: sorted(k ^ {3, 4}))
show("{3, 4} ^ k", lambda: sorted({3, 4} ^ k))
show("k - [1]", lambda: sorted(k - [1]))
show("[1, 9] - k", lambda: sorted([1, 9] - k))
show("k - d.keys()", lambda: k - d.keys())
show("type(k & k)", lambda: type(k & k).__name__)
show("k & 5", lambda: k & 5)
show("5 | k", lambda: 5 | k)
show("items & set", lambda: sorted(d.items() & {(1, "a"), (2, "x")}))
show("items | list", lambda: sorted(d.items() | [(9, "z")]))
show("items - keys", lambda: sorted(d.items() - {(1, "a")}))
show("k.isdisjoint([4, 5])", lambda: k.isdisjoint([4, 5]))
show("k.isdisjoint('xyz')", lambda: k.isdisjoint("xyz"))
show("k.isdisjoint([3])", lambda: k.isdisjoint([3]))
show("items.isdisjoint", lambda: d.items().isdisjoint([(1, "a")]))
show("k.isdisjoint(5)", lambda: k.isdisjoint(5))
s = {1}
s |= d.keys()
print(sorted(s))
s = d.keys()
s |= {7}
print(type(s).__name__, sorted(s))

# Comparisons, as sets.
d = {1: "a", 2: "b"}
k = d.keys()
print(k == {1, 2}, {1, 2} == k, k == {1}, k != {1, 2}, k == [1, 2], k == (1, 2), k == 3)
print(k == {2: 0, 1: 0}.keys(), k < {1, 2, 3}, k <= {1, 2}, k > {1}, k >= {1, 2, 3}, k < {5})
print(d.items() == {(1, "a"), (2, "b")}, d.items() < {(1, "a"), (2, "b"), 3})
print(d.items() == {(1, "a"), (2, "c")}, d.items() == dict(d).items())
vv = d.values()
print(vv == vv, vv == d.values(), d.values() != d.values())

# Iterating while the dict changes.
def iterate(label, view_of, change):
    # Three keys: CPython's table then needs no compaction while the loop
    # runs, which would make what it gives depend on its table's sizes.
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    try:
        for x in view_of(d):
            seen.append(x)
            change(d, x[0] if isinstance(x, tuple) else x)
    except Exception as e:
        print(label, seen, type(e).__name__, e)
    else:
        print(label, seen, "ok", d)


def grow(d, x):
    d[x + 10] = 0


def shrink(d, x):
    del d[x]


def replace(d, x):
    if x < 3:
        del d[x]
        d[x + 10] = 0


def replace_earlier(d, x):
    if x == 2:
        del d[1]
        d[5] = 0


def replace_later(d, x):
    if x == 1:
        del d[3]
        d[4] = 0


def assign(d, x):
    d[x] = x * 100


for name, view_of in [("dict", lambda d: d), ("keys", dict.keys), ("values", dict.values), ("items", dict.items)]:
    for change in [grow, shrink, replace, replace_earlier, replace_later, assign]:
        iterate(f"{name} {change.__name__}:", view_of, change)

d = {1: 1}
keys = iter(d)
print(next(keys))
d[2] = 2
for attempt in range(2):
    show("after growing", lambda: next(keys))
d = {1: 1}
items = iter(d.items())
print(list(items))
d[2] = 2
show("exhausted stays exhausted", lambda: next(items))
print(type(iter({})).__name__, type(iter({}.keys())).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)

# Views wherever an iterable is taken.
d = {"b": 2, "a": 1, "c": 3}
print(list(d.keys()), sorted(d.items()), set(d) == set(d.keys()), tuple(d.values()))
first, *rest = d.items()
print(first, rest)
print(list(zip(d.keys(), d.values())), list(enumerate(d.items())))
print(max(d.keys()), min(d.values()), sum(d.values()), "".join(d.keys()), any(d.values()), all(d.keys()))
print(dict(d.items()) == d, dict(zip(d.values(), d.keys())))
print(*d.keys(), [*d.values()], {*d.items()} == set(d.items()), (*d.keys(),))
print([k * v for k, v in d.items()], {v: k for k, v in d.items()}, {k for k in d.keys()} == set("abc"))
print(sorted(d.keys(), reverse=True), list(map(str.upper, d.keys())), list(filter(None, d.values())))
print(len(list(iter(d.items()))), next(iter(d.values())))
total = 0
for key, value in d.items():
    total += value
print(total)
for pair in d.items():
    print(pair, end=" ")
print()
key, value = next(iter(d.items()))
print(key, value)
e = {}
e.update(d.items())
print(e)
print(list(reversed(d)), list(d.items())[::-1])

# Repr of nested and self-referential views.
d = {"x": [1, 2], "y": {"z": None}}
print(d.items(), d.values(), str(d.keys()), f"{d.keys()}")
print([d.keys()], {"view": d.values()})
d = {}
d["self"] = d.values()
print(d, d.values())
d = {}
d["self"] = d.items()
print(d.items())

# Dict subclasses and the collections' dicts.
from collections import Counter, OrderedDict, defaultdict


class MyDict(dict):
    pass


m = MyDict(a=1)
km = m.keys()
m["b"] = 2
print(km, m.items(), type(km).__name__)
dd = defaultdict(list)
kd = dd.keys()
dd["q"].append(1)
print(kd, dd.values(), list(dd.items()))
c = Counter("abracadabra")
print(sorted(c.keys()), sorted(c.values()), sorted(c.items())[:2], c.most_common(2))
c["z"] += 0
print("z" in c.keys(), len(c.keys()))
od = OrderedDict(a=1, b=2)
ko = list(od.keys())
od.move_to_end("a")
print(ko, list(od.keys()), list(od.values()), list(od.items()), od.popitem(last=False))
print(od, dict(od.items()))

# Views cannot be pickled.
import pickle

for view in ({1: 2}.keys(), {1: 2}.values(), {1: 2}.items()):
    show("pickle", lambda: pickle.dumps(view))
