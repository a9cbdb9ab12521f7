# collections: UserDict, UserList and the other classes' rarer corners; queue's attributes.
from collections import Counter, defaultdict, deque, OrderedDict, ChainMap, namedtuple, UserDict, UserList
c = Counter("abracadabra")
print(c.most_common(3), sorted(c), c.total(), c["z"], "z" in c, list(c.items())[:3])
c.update({"a": -10}); print(c, +c, -c)
print(Counter(a=3) + Counter(a=-1), Counter(a=3) - Counter(a=5), Counter([1, 2, 2]) | Counter([2, 3]), Counter("ab") & Counter("bc"))
print(Counter({"x": 2.5}), Counter("aab") == {"a": 2, "b": 1}, Counter(cats=4, dogs=8).most_common(1), Counter().most_common())
print(repr(Counter()), str(Counter(b=2, a=2, c=1)), Counter(b=2, a=2, c=1).most_common(), Counter("cba").most_common(2))
dd = defaultdict(set); dd["a"].add(1); dd["a"].add(2); dd["b"]; print(dict(dd), repr(defaultdict(int)), repr(dd)[:40])
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
dd2 = defaultdict(int, {"a": 1}); print(dd2["a"], dd2["b"], dd2, dd2.copy(), type(dd2.copy()).__name__)
d = deque(range(5)); d.rotate(); print(d); d.rotate(-2); print(d); d.remove(3); print(d, d.index(4), d * 2 if hasattr(d, "__mul__") else "")
d2 = deque("abc", maxlen=3); d2.appendleft("z"); print(d2, d2 == deque("zab"), d2 + deque("q") if True else "")
d3 = deque(); d3.extendleft("abc"); print(d3, list(d3), d3.copy(), d3.reverse(), d3, len(d3), bool(deque()))
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
od = OrderedDict.fromkeys("abc"); od.move_to_end("b"); print(od, list(od.keys()), od.popitem(last=False))
od2 = OrderedDict([("x", 1), ("y", 2)]); print(repr(od2), od2 == {"y": 2, "x": 1}, list(reversed(od2)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm, cm["a"], cm.get("b"), list(cm.items()), "b" in cm, cm.parents)
del cm["a"]; print(cm, cm["a"])
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
NT = namedtuple("NT", "a b c", defaults=(2, 3)); print(NT(1), NT(1, c=9), NT._field_defaults)
NT2 = namedtuple("NT2", ["class", "def", "ok"], rename=True); print(NT2._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    NT()
except TypeError as e:
    print("TypeError", e)
class MyDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
md = MyDict(); md["ABC"] = 1; md.update(XyZ=2); print(md, md.data, "abc" in md, len(md))
words = "the cat sat on the mat the end".split()
index = defaultdict(list)
for i, w in enumerate(words):
    index[w].append(i)
print({k: v for k, v in index.items() if len(v) > 1}, sorted(index, key=lambda k: (-len(index[k]), k))[:3])
import collections.abc, copy
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower({"A": 1}, B=2); d["C"] = 3; d.update([("D", 4)]); d |= {"E": 5}
print(d, len(d), "a" in d, d.get("z", 0), list(d.items()), d.pop("a"), d, d == {"b": 2, "c": 3, "d": 4, "e": 5}, isinstance(d, collections.abc.MutableMapping))
print(d.setdefault("F", 6), d.copy(), type(d.copy()).__name__, copy.deepcopy(d), Lower.fromkeys("XY", 0), dict(d))
class D2(UserDict):
    def __missing__(self, key):
        return key * 2
print(D2()["ab"], D2({"x": 1}) | {"y": 2})
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2]); s.push(3); s += [4]; print(s, s[1:], type(s[1:]).__name__, s.pop(), len(s), s + [9], [0] + s, s * 2, 2 in s, sorted(s, reverse=True), s == [1, 2, 3])
s.sort(reverse=True); print(s, s.index(2), isinstance(s, collections.abc.MutableSequence), list(reversed(s)))
import queue

q = queue.Queue(maxsize=3)
q.put(1)
q.put(2)
print(q.maxsize, q.unfinished_tasks, q.get(), q.unfinished_tasks)
q.task_done()
print(q.unfinished_tasks, queue.Queue().maxsize)
