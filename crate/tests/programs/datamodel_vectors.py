import math
from functools import total_ordering
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self): return f"({self.x}, {self.y})"
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector): return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(self.x / k, self.y / k)
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __format__(self, spec):
        if spec.endswith("p"):
            r, t = abs(self), math.atan2(self.y, self.x)
            return f"<{r:{spec[:-1]}}, {t:{spec[:-1]}}>"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, abs(v), bool(Vector()), v / 2, v @ w)
print(repr(v), list(v), v[1], len(v), tuple(v), {v, Vector(3, 4)}, v == Vector(3, 4), v != w, v == (3, 4))
print(f"{v:.2f}", f"{v:.3p}", format(w, "+"))
x, y = v
print(x, y, *v, max(v), sum(v), sorted([w, v], key=abs))
u = v
u += w
print(u is v, v)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    v < w
except TypeError as e:
    print(e)
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, val):
        i, j = idx
        self.rows[i][j] = val
    def __contains__(self, v): return any(v in r for r in self.rows)
    def __eq__(self, o): return self.rows == o.rows
    def transpose(self): return Matrix(zip(*self.rows))
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m, m.shape, m.transpose(), m @ m.transpose(), sep="\n")
print(m @ Matrix.identity(3) == m, m[1, 2], 5 in m, 9 in m)
m[0, 0] = 100
print(m.rows[0], Matrix.identity(2) + Matrix.identity(2))
print(Matrix.__hash__ is None, v.__class__.__name__, type(v).__slots__)
try:
    hash(m)
except TypeError as e:
    print(e)
@total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __radd__(self, o): return Money(o + self.cents) if isinstance(o, int) else NotImplemented
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    def __round__(self, n=None): return Money(round(self.cents, -2))
    def __int__(self): return self.cents
    def __index__(self): return self.cents
    def __call__(self, times): return Money(self.cents * times)
    def __contains__(self, x): return False
print(sorted([Money(500), Money(99), Money(250)]), sum([Money(1), Money(2)]), Money(5) >= Money(5), round(Money(1250)), int(Money(7)), bin(Money(5)), [1, 2, 3][Money(1)], Money(3)(4))
class Temperature:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try: t.celsius = -300
except ValueError as e: print(e)
try: t.fahrenheit = 5
except AttributeError as e: print(e)
del t.celsius
print(t.celsius, Temperature.fahrenheit.__doc__)
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice): return list(range(self.n))[i]
        if i >= self.n: raise IndexError(i)
        return i * 10
print(list(Seq(4)), Seq(5)[1:4], 20 in Seq(3), list(reversed([1, 2])), Seq(6)[::2])
class Bag:
    def __init__(self): self.d = {}
    def __getattr__(self, name): return f"<no {name}>"
    def __setattr__(self, name, value):
        print("set", name); super().__setattr__(name, value)
    def __delattr__(self, name): print("del", name)
b = Bag(); b.x = 1
print(b.x, b.missing); del b.x
class Str2:
    def __init__(self, s): self.s = s
    def __lt__(self, o): return len(self.s) < len(o.s)
    def __repr__(self): return self.s
print(sorted([Str2("ccc"), Str2("a"), Str2("bb")]), min(Str2("xx"), Str2("y")))
