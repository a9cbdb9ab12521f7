class ShoutMixin:
    def upper(self):
        return "MIXIN-UPPER"
    def __repr__(self):
        return f"<Shout {str.__str__(self)!s}>"
    def __len__(self):
        return 42
    def __contains__(self, item):
        return item == "magic"
    def __getitem__(self, i):
        return "item" + str(i)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__ if False else None

class A(ShoutMixin, str):
    pass

class B(str, ShoutMixin):
    pass

a = A("hello")
b = B("hello")
print(a.upper(), b.upper())
print(repr(a), repr(b))
print(len(a), len(b))
print("magic" in a, "magic" in b, "ell" in a, "ell" in b)
print(a[1], b[1])
print(a == "zzz", b == "zzz")
print(A.__mro__)
print(B.__mro__)

class CountMixin:
    def __len__(self):
        return -0 + 99
    def append(self, x):
        print("append intercepted", x)
    def __repr__(self):
        return "CountMixin-list"

class L(CountMixin, list):
    pass

l = L([1, 2, 3])
l.append(4)
print(len(l), repr(l), list(l))

class IntMixin:
    def __add__(self, other):
        return "mixin add"
    def __str__(self):
        return "mixin str"
    def bit_length(self):
        return "mixin bits"

class I(IntMixin, int):
    pass

i = I(5)
print(i + 1, str(i), i.bit_length(), i * 2, f"{i}")

class DictMixin:
    def __getitem__(self, k):
        return f"mixin[{k}]"
    def get(self, k, d=None):
        return "mixin get"
    def keys(self):
        return ["fake"]

class D(DictMixin, dict):
    pass

d = D(x=1)
print(d["x"], d.get("x"), d.keys(), dict(d))

class FloatMixin:
    def __repr__(self):
        return "F!"
    def is_integer(self):
        return "maybe"

class F(FloatMixin, float):
    pass

f = F(2.0)
print(repr(f), f.is_integer(), f + 1, [f])

class TupleMixin:
    def count(self, x):
        return -1
    def __iter__(self):
        return iter(["x", "y"])

class T(TupleMixin, tuple):
    pass

t = T((1, 2, 1))
print(t.count(1), list(t), len(t))
