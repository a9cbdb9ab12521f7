# collections: Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap.
import collections
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

print("== Counter")
c = Counter("abracadabra")
print(c)
print(repr(c), len(c), c["a"], c["zzz"], "zzz" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(list(c.elements()))
print(c.total(), Counter().total())
print(Counter(), Counter({"x": 3, "y": 1}), Counter(x=1, y=4), Counter(["a", "b", "a"], b=5))
from collections import Counter
c = Counter(a=3, b=1)
c.update("aab")
print(c)
c.update({"b": 10, "q": 1})
print(c)
c.update(z=2)
print(c)
c.subtract("aaaaaaa")
print(c)
c.subtract({"z": 5}, q=1)
print(c)
c["new"] += 1
print(c)
del c["new"]
del c["not-there"]
print(c)
print(Counter(a=2, b=0, c=-1))
print(+Counter(a=2, b=0, c=-1), -Counter(a=2, b=0, c=-1))
from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
print(a == b, a == Counter(a=3, b=1), a == Counter(a=3, b=1, z=0), a != b)
print(Counter(a=1) <= Counter(a=2), Counter(a=2) <= Counter(a=1), Counter(a=1) < Counter(a=1))
print(Counter(a=2, b=1) >= Counter(a=1), Counter(a=1) > Counter(a=1), Counter(a=1) > Counter())
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) == {"a": 2}, Counter() == 5)
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(c=7, d=-1)
print(x)
x &= Counter(c=2, b=9)
print(x)
print(Counter("hello").copy(), type(Counter("hello").copy()).__name__)
print(sorted(Counter("mississippi").items()))
print(list(Counter("banana").keys()), list(Counter("banana").values()))
from collections import Counter
for f in [
    lambda: Counter() + Counter(a=1) + 1 if False else Counter(a=1) + Counter(a=1),
    lambda: Counter.fromkeys("ab"),
    lambda: Counter(5),
]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
c = Counter()
try:
    c += 1
except Exception as e:
    print(type(e).__name__, e)
print(Counter({"a": "x", "b": "yy"}))
print(Counter({"a": [1], "b": (1,)}))
from collections import Counter
class Tally(Counter):
    pass
t = Tally("aab")
print(t, repr(Tally()), isinstance(t, dict), isinstance(t, Counter))
print(t.most_common(1))
print("== defaultdict")
from collections import defaultdict
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd)
print(dd["a"], dd["zz"], len(dd), "q" in dd, dd.get("nope"), dd)
print(dd.default_factory, defaultdict(), defaultdict(None, {"a": 1}), defaultdict(int, a=1, b=2))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(counts == {"h": 1, "e": 1, "l": 3, "o": 2, " ": 1, "w": 1, "r": 1, "d": 1}, counts != {})
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print(nested["x"]["y"], nested["x"]["z"], sorted(nested["x"].items()))
dd2 = dd.copy()
dd2["c"].append("coconut")
print(type(dd2).__name__, dd2.default_factory, dd2["c"], dd["c"])
d3 = defaultdict(set, [("k", {1})])
d3["k"].add(2)
print(d3)
d3.default_factory = None
try:
    d3["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
r = defaultdict(list)
r["self"] = r
print(r)
print(defaultdict(int, {"a": 1}) | {"b": 2})
print(isinstance(dd, dict), isinstance(dd, defaultdict))
print("== OrderedDict")
from collections import OrderedDict
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(repr(OrderedDict()), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(b=1, a=2))
od.move_to_end("z")
print(od)
od.move_to_end("m", last=False)
print(od)
od.move_to_end("m", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update(p=1, q=2)
print(od, list(reversed(list(od))), list(od.__reversed__()))
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x == {"b": 2, "a": 1}, {"b": 2, "a": 1} == x, x != y, x == OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys("abc", 0), OrderedDict.fromkeys("ab"))
cp = x.copy()
cp["c"] = 3
print(cp, x, type(cp).__name__)
print(x | {"z": 0}, x.setdefault("a", 9), x.setdefault("n", 9), x.pop("n"), x.get("b"))
s = OrderedDict(a=1)
s["self"] = s
print(s)
print("== ChainMap")
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm, cm["user"], cm["color"], cm.get("size"), cm.get("size", 0), len(cm), list(cm))
print("color" in cm, "size" in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
print(cm.maps, ChainMap().maps, cm.parents, cm.parents.parents)
child = cm.new_child()
child["color"] = "blue"
print(child, child["color"], cm["color"])
print(cm.new_child({"a": 1}), cm.new_child(b=2), cm.new_child({"c": 3}, d=4))
cm["user"] = "root"
print(env, defaults)
del cm["user"]
print(cm["user"], env)
for f in [lambda: cm["nope"], lambda: cm.__delitem__("color"), lambda: ChainMap({}).popitem(), lambda: cm.pop("zz")]:
    try:
        f()
    except KeyError as e:
        print("KeyError", e)
print(cm.pop("zz", "default"), sorted(cm.items()), sorted(cm.values()), sorted(cm.keys()))
print(cm.keys(), cm.items(), cm.values())
print(ChainMap({"a": 1}, {"a": 2, "b": 3}) == {"a": 1, "b": 3}, ChainMap({"a": 1}) == ChainMap({}, {"a": 1}))
c2 = cm.copy()
c2["new"] = 1
print(c2, cm, type(c2).__name__)
print(ChainMap.fromkeys("ab", 0), cm.setdefault("q", 5), cm.setdefault("color", "x"))
cm.update({"u": 1}, v=2)
print(cm)
cm.clear()
print(cm)
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}))
print("== deque")
from collections import deque
d = deque()
print(d, repr(deque([1, 2])), deque("abc"), deque(range(5), maxlen=3), deque(maxlen=0), deque([], 2))
d.append(1)
d.append(2)
d.appendleft(0)
d.extend([3, 4])
d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], d[3], 3 in d, 99 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d.reverse()
print(d, list(reversed(d)) if False else list(d.__reversed__()))
d[0] = "first"
del d[1]
print(d, d.count(2), d.count(1), d.index(1), d.index(-1, 1), d.index(0, -3, -1))
d.insert(1, "ins")
d.insert(-1, "before-last")
d.insert(100, "end")
print(d)
d.remove("ins")
print(d)
e = d.copy()
e.clear()
print(d, e, d == e, e == deque())
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft(-1)
print(b, b.maxlen)
b.extendleft([10, 11])
print(b)
z = deque([1, 2, 3], maxlen=0)
z.append(5)
print(z, len(z))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque("ab"), deque([1, 2, 3], maxlen=4) * 2)
f = deque([1])
f += [2, 3]
f *= 2
print(f)
f *= 0
print(f, deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
s = deque([1, 2])
s.extend(s)
print(s)
s.append(s)
print(s)
print([x * 10 for x in deque([1, 2, 3])], sum(deque(range(10))), sorted(deque([3, 1, 2])), list(enumerate(deque("xy"))))
from collections import deque
q = deque()
for i in range(20000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total, len(q))
q = deque()
for i in range(1000):
    q.appendleft(i)
    q.append(-i)
print(q[0], q[-1], q[1000], len(q), q.pop(), q.popleft())
w = deque(range(10))
out = []
while w:
    out.append(w.popleft() if len(w) % 2 else w.pop())
print(out)
from collections import deque
for f in [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])[-2],
    lambda: deque([1])["a"],
    lambda: deque([1])[0:1],
    lambda: deque([1]).index(9),
    lambda: deque([1]).remove(9),
    lambda: deque(maxlen=-1),
    lambda: deque(maxlen=1.5),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: setattr(deque(), "maxlen", 3),
    lambda: deque().rotate("a"),
    lambda: deque(5),
    lambda: deque([1]) + [1],
    lambda: deque([1]) * "a",
    lambda: deque([1]).__setitem__(7, 1),
    lambda: deque([1]).__delitem__(7),
    lambda: deque([1, 2]).index(1, "a"),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
it = iter(d)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for x in d:
        if x == 2:
            d.append(5)
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
class Stack(deque):
    def peek(self):
        return self[-1]
st = Stack([1, 2])
print(st, st.peek(), type(st.copy()).__name__, isinstance(st, deque))
print("== namedtuple")
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, repr(p), p.x, p.y, p[0], p[1], p[-1], p[:1], p[::-1], len(p), list(p), tuple(p))
x, y = p
print(x, y, p == (11, 22), (11, 22) == p, p != (1, 2), p == Point(11, 22), p < (11, 23), (11, 21) < p, p >= p)
print(p._fields, Point._fields, p._asdict(), Point._make([1, 2]), Point._make(range(2)), p._replace(x=100))
print(Point.__name__, Point.__doc__, Point._field_defaults, Point.__match_args__, Point.x)
print(11 in p, 5 in p, p.count(11), p.index(22), p + (3,), (0,) + p, p * 2, 2 * p, max(p), sum(p), sorted(Point(3, 1)))
print({p: "found"}[Point(11, 22)], len({Point(1, 2), Point(1, 2), Point(2, 1)}))
Color = namedtuple("Color", "red green blue", defaults=(0, 255))
print(Color(1), Color(1, 2), Color(1, 2, 3), Color(red=5), Color._field_defaults)
Pair = namedtuple("Pair", "left, right")
print(Pair("a", "b"), Pair._fields, namedtuple("Empty", "")(), namedtuple("Empty", [])._fields)
R = namedtuple("R", "a def _c a", rename=True)
print(R._fields, R(1, 2, 3, 4))
Q = namedtuple("Q", ["a", 5.5] if False else ["a", "b5"])
print(Q._fields)
for f in [
    lambda: setattr(p, "x", 5),
    lambda: setattr(p, "z", 5),
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, 2, z=3),
    lambda: Point(1, y=2, q=3, r=4),
    lambda: Point._make([1]),
    lambda: p._replace(z=1),
    lambda: Color(),
    lambda: Color(1, 2, 3, 4),
    lambda: namedtuple("E", "")(1),
    lambda: namedtuple("1a", "x"),
    lambda: namedtuple("A", "def"),
    lambda: namedtuple("A", "_x"),
    lambda: namedtuple("A", "x x"),
    lambda: namedtuple("A", "x", defaults=(1, 2)),
    lambda: namedtuple("A", "x y-z"),
    lambda: namedtuple("class", "x"),
    lambda: p[2],
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), Point3._make([0, 0, 0]).norm1, q._asdict())
class Named(namedtuple("Named", "name")):
    def __new__(cls, name):
        return super().__new__(cls, name.upper())
print(Named("abc"), Named("x").name)
for pt in [Point(0, 0), Point(1, 0), Point(2, 5)]:
    match pt:
        case Point(x=0, y=0):
            print("origin")
        case Point(x, 0):
            print("on the x axis at", x)
        case Point(x, y):
            print("elsewhere", x, y)
print("== together")
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = {"a": 0}
queue = collections.deque(["a"])
while queue:
    node = queue.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            queue.append(nxt)
print(seen)
text = "the cat and the hat and the bat"
freq = collections.Counter(text.split())
by_len = collections.defaultdict(list)
for word in sorted(freq):
    by_len[len(word)].append(word)
print(freq.most_common(2), dict(by_len.items()), sorted(by_len))
Entry = collections.namedtuple("Entry", "word count")
entries = [Entry(w, n) for w, n in freq.most_common()]
print(entries[:2], sorted(entries, key=lambda e: (e.count, e.word))[0])
