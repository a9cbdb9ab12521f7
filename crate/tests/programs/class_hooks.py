# __init_subclass__ and metaclasses.
registry = []

class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))

class A(Plugin, name="a"): pass
class B(Plugin): pass
class C(A, name="c"): pass
print(registry)

try:
    class D(Plugin, name="d", colour="red"): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class E(flag=True): pass
except Exception as e:
    print(type(e).__name__, e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __getitem__(cls, key):
        return cls.items[key]
    def __contains__(cls, x):
        return x in cls.items
    def __repr__(cls):
        return f"<Bag {cls.__name__}>"
    def __bool__(cls):
        return bool(cls.items)
    def __reversed__(cls):
        return iter(cls.items[::-1])
    def describe(cls):
        return f"{cls.__name__} with {len(cls)}"
    @property
    def size(cls):
        return len(cls.items)

class Bag(metaclass=Meta, tag=1):
    items = [1, 2, 3]

print(type(Bag).__name__, Bag.made_by, Bag.extra, Bag.initialised)
print(len(Bag), list(Bag), Bag[0], 2 in Bag, 5 in Bag, repr(Bag), str(Bag))
print(bool(Bag), list(reversed(Bag)), Bag.describe(), Bag.size)
print(isinstance(Bag, Meta), isinstance(Bag, type), issubclass(Meta, type))

class Empty(Bag):
    items = []
print(type(Empty).__name__, bool(Empty), len(Empty), Empty.made_by)

class Counting(type):
    def __call__(cls, *args):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*args)

class P(metaclass=Counting):
    def __init__(self, x):
        self.x = x
p = P(3)
P(4)
print(p.x, P.count, type(p).__name__)

class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            raise AttributeError(f"cannot set {name!r}")
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name!r}")

class F(metaclass=Frozen):
    x = 1
try:
    F.x = 2
except Exception as e:
    print(type(e).__name__, e)
F._y = 3
print(F.x, F._y)
try:
    del F.x
except Exception as e:
    print(type(e).__name__, e)

class M2(type): pass
class Q(metaclass=M2): pass
try:
    class R(Bag, Q): pass
except Exception as e:
    print(type(e).__name__, e)

# type(name, bases, ns) of a base with a metaclass uses it.
T = type("T", (Bag,), {"items": [9]})
print(type(T).__name__, list(T), T.made_by)

# A metaclass's instances are classes: calling it makes one.
Made = Meta("Made", (), {"items": [7, 8]})
print(repr(Made), len(Made), Made.made_by)

# A plain function as metaclass.
def maker(name, bases, ns):
    return name.upper()
class lower(metaclass=maker): pass
print(lower)

class WithHook:
    subclasses = []
    def __init_subclass__(cls):
        WithHook.subclasses.append(cls.__name__)
class X1(WithHook): pass
class X2(X1): pass
print(WithHook.subclasses)
