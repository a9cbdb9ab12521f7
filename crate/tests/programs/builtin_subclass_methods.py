# Instances of classes derived from dict, list and set behave as their
# built-in object in its methods, operators and builtins.


class D(dict):
    pass


class L(list):
    pass


class S(set):
    pass


d = D(a=1, b=2)
print(d, len(d), bool(D()), "a" in d, list(d), d.get("a"), d.copy(), type(d.copy()).__name__)
print(dict(d), list(d.keys()), list(d.values()), sorted(d.items()), d == {"a": 1, "b": 2})
d.update(c=3)
d.setdefault("e", 5)
print(d.pop("a"), d.popitem(), d, {**d}, dict(**d))
del d["b"]
d["z"] = 26
print(d, str(d), repr(d), f"{d}", d | {"q": 1}, type(d | {}).__name__)
for k, v in d.items():
    print(k, v)
l = L([3, 1, 2])
l.sort()
print(l, l[0], l[-1], l[1:], type(l[1:]).__name__, l + [4], type(l + [4]).__name__, l * 2, len(l))
l.append(9)
l.extend([8])
l.insert(0, 0)
l.remove(9)
print(l, l.index(3), l.count(1), list(reversed(l)), sorted(l, reverse=True), sum(l), max(l), min(l))
l[0] = 100
del l[0]
print(l, l.pop(), l, 2 in l, [x * 2 for x in l], tuple(l), list(l), l == [1, 2, 3])
s = S([1, 2])
s.add(3)
s.discard(1)
print(sorted(s), len(s), 2 in s, sorted(s | {9}), type(s | {9}).__name__, s & {2}, s - {2}, s == {2, 3}, s.issubset({2, 3, 4}))
print(sorted(s.union([7])), s.copy(), type(s.copy()).__name__)
print(isinstance(d, dict), isinstance(l, list), isinstance(s, set), issubclass(D, dict))
import json
print(json.dumps(D(x=[1, 2])), json.dumps(L([1, D(a=1)])))
