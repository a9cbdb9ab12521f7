from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence, Mapping
import collections


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict({"A": 1})
d["B"] = 2
d.update(C=3)
d.setdefault("D", 4)
print(d, len(d), "a" in d, d["a"], d.get("b"), d.get("z", 0), sorted(d), list(d.items()))
print(isinstance(d, MutableMapping), isinstance(d, Mapping), isinstance(d, dict))
print(d.pop("c"), d.popitem(), d)
e = d.copy()
print(type(e).__name__, e, e == d, d == {"a": 1, "b": 2})
print(d | {"x": 9}, {"y": 8} | d)
d |= {"q": 0}
print(d, repr(d))
del d["q"]
print(d.keys(), d.values())
print(UserDict.fromkeys("ab", 0), UserDict(a=1, b=2).data)
u = UserDict()
try:
    u["missing"]
except KeyError as ex:
    print("KeyError", ex)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()["ab"])
d.clear()
print(d, bool(d))


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
s.insert(0, 0)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, s.index(3), s.count(2))
print(isinstance(s, MutableSequence), isinstance(s, Sequence), isinstance(s, list))
s.reverse()
print(s, s.pop(), s.pop(0), s)
s.sort()
print(s, s + [9], [8] + s, s * 2, 3 in s, s == [1, 2, 3, 4], s < [5])
s += [7]
s *= 1
s.remove(7)
print(s, sorted(s, reverse=True), list(reversed(s)), min(s), max(s), sum(s))
s[0] = 10
del s[1]
print(s, s.copy(), type(s.copy()).__name__)
s.clear()
print(s, bool(s), UserList("abc"))


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


t = Shout("hello world")
print(t, repr(t), t.shout(), type(t.shout()).__name__, len(t), t[0], t[1:4], type(t[1:4]).__name__)
print(t.title(), type(t.title()).__name__, t.split(), t.replace("l", "L"), t.find("o"), t.count("l"))
print(t + "!", "<" + t, t * 2, "world" in t, t == "hello world", t < "z", t.startswith("he"))
print(t.center(15, "*"), t.encode(), t.isalpha(), str(t), t.capitalize(), t.join(["a", "b"]))
print(sorted([Shout("b"), Shout("a")]), hash(t) == hash("hello world"), "%s!" % t)
print(isinstance(t, Sequence), isinstance(t, str), t.data, int(UserString("42")), float(UserString("1.5")))
print(UserString("a,b").partition(","), UserString(" x ").strip(), UserString("Ab").swapcase())
print(collections.UserDict is UserDict)
