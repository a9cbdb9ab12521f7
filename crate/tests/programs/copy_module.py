# copy: shallow and deep copies, __copy__/__deepcopy__, the memo.
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(98)
a.append(5)
print(a)
print(b, b is a, b[1] is a[1])
print(c, c[1] is a[1], c[2] is a[2])
d = {"x": [1], "y": {"z": (1, [2])}}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d["x"].append(2)
d["y"]["z"][1].append(3)
print(d, d2, d3, d2["x"] is d["x"], d3["y"]["z"] is d["y"]["z"])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s) is s)
t = (1, 2, "three")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1], copy.copy(t2) is t2)
for atom in [1, 2.5, "text", None, True, len, range(3), int, print]:
    print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f)
import copy
shared = [0]
outer = [shared, shared, {"again": shared}]
deep = copy.deepcopy(outer)
print(deep, deep[0] is deep[1], deep[0] is deep[2]["again"], deep[0] is shared)
cyclic = [1, 2]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc, cc[2] is cc, cc is not cyclic)
dc = {"name": "loop"}
dc["self"] = dc
dcc = copy.deepcopy(dc)
print(dcc["self"] is dcc, dcc is not dc, sorted(dcc.keys()))
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, y1 == x, id(x) in memo)
import copy
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"
p = Point(1, 2)
p.tags.append("a")
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
p.x = 100
print(p, q, r, type(q).__name__, q is p, q.tags is p.tags, r.tags is p.tags)
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
root2 = copy.deepcopy(root)
print(root2.value, root2.children[0].value, root2.children[0].parent is root2, root2.children[0] is kid)
print(root2.children[0].children[0].parent is root2.children[0])
class Counted:
    copies = 0
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        Counted.copies += 1
        return Counted(self.v)
    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted(copy.deepcopy(self.v, memo))
    def __repr__(self):
        return f"Counted({self.v!r})"
k = Counted([1])
k1 = copy.copy(k)
k2 = copy.deepcopy(k)
print(k1, k2, k1.v is k.v, k2.v is k.v, Counted.copies)
print(copy.deepcopy([k, k]), Counted.copies)
class WithState:
    def __init__(self):
        self.a = 1
        self.secret = "hide"
    def __getstate__(self):
        state = dict(self.__dict__)
        del state["secret"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state) if False else None
        for key, value in state.items():
            setattr(self, key, value)
        self.restored = True
w = copy.copy(WithState())
print(sorted(vars(w).items()))
class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
    def __repr__(self):
        return f"Reduced({self.a!r}, {self.b!r})"
rd = Reduced([1], "x")
print(copy.copy(rd), copy.deepcopy(rd), copy.copy(rd).a is rd.a, copy.deepcopy(rd).a is rd.a)
class Empty:
    pass
e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))
import copy
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.note = "n"
ml2 = copy.copy(ml)
ml3 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.note, ml2[1] is ml[1], type(ml3).__name__, ml3, ml3[1] is ml[1], ml3.note)
class MyDict(dict):
    pass
md = MyDict(a=[1])
md2 = copy.copy(md)
md3 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"], type(md3).__name__, md3, md3["a"] is md["a"])
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
ctr = Counter("hello")
print(copy.copy(ctr), copy.deepcopy(ctr), type(copy.copy(ctr)).__name__)
od = OrderedDict(b=[1], a=[2])
od2 = copy.deepcopy(od)
print(od2, od2["b"] is od["b"], copy.copy(od)["b"] is od["b"])
dd = defaultdict(list, {"x": [1]})
dd2 = copy.deepcopy(dd)
dd2["y"].append(1)
print(dd, dd2, copy.copy(dd)["x"] is dd["x"], dd2["x"] is dd["x"])
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.copy(dq)
dq3 = copy.deepcopy(dq)
print(dq2, dq3, dq2[0] is dq[0], dq3[0] is dq[0])
P = namedtuple("P", "x y")
pt = P([1], 2)
print(copy.copy(pt), copy.deepcopy(pt), copy.copy(pt) == pt, copy.deepcopy(pt).x is pt.x)
cm = ChainMap({"a": [1]}, {"b": 2})
cm2 = copy.copy(cm)
cm2["c"] = 3
print(cm, cm2)
cm3 = copy.deepcopy(cm)
print(cm3, cm3["a"] is cm["a"])
print(copy.Error, issubclass(copy.Error, Exception), copy.error is copy.Error)
