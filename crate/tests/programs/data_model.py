class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, other):
        return abs(self) < abs(other)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), repr(a))
print(sum([a, b]), a == Vec(1, 2), a != b, a == 5, bool(Vec(0, 0)), bool(a))
print(sorted([b, a, Vec(0, 1)]), max(a, b), min([b, a]))
print({a, Vec(1, 2), b} == {a, b}, len({a, Vec(1, 2)}), {a: "first"}[Vec(1, 2)])
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
acc = Vec(0, 0)
acc += a
acc += b
print(acc)
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, card):
        return card in self.cards
    def __iter__(self):
        return iter(self.cards)
d = Deck("ABCDE")
d[0] = "Z"
del d[1]
print(len(d), d[0], d[-1], d[1:3], "C" in d, "B" in d, list(d), bool(Deck([])))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], next(Countdown(5)))
for i, v in enumerate(Countdown(2)):
    print("step", i, v)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(7), list(map(triple, [1, 2])), callable(triple), callable(a))
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
try:
    {Key(1)}
except TypeError as e:
    print("TypeError:", e)
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9
    @f.deleter
    def f(self):
        print("deleting f")
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
del t.f
try:
    Temp.g = property(lambda self: 1)
    t.g = 2
except AttributeError as e:
    print("AttributeError:", e)
class Account:
    interest = 0.02
    @classmethod
    def with_rate(cls, rate):
        obj = cls()
        obj.rate = rate
        return obj
    @staticmethod
    def describe():
        return "an account"
class Savings(Account):
    pass
s = Savings.with_rate(0.05)
print(type(s).__name__, s.rate, s.describe(), Savings.interest)
class Getter:
    def __getattr__(self, name):
        return name.upper()
g = Getter()
g.real = 1
print(g.real, g.anything, getattr(g, "other"))
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"{name} is private")
        super().__setattr__(name, value)
gd = Guarded()
gd.ok = 1
try:
    gd._secret = 2
except AttributeError as e:
    print("AttributeError:", e, gd.ok)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
print(NotImplemented, hasattr(a, "x"), getattr(a, "z", "none"))
delattr(a, "x")
print(hasattr(a, "x"))
sentinel = object()
print(type(sentinel).__name__, sentinel is sentinel)
