from abc import ABC, abstractmethod
class Shape(ABC):
    count = 0
    def __init_subclass__(cls, sides=None, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name} with {self.sides} sides, area {self.area():.2f}"
    @staticmethod
    def unit(): return "cm"
    @classmethod
    def make(cls, *a): return cls(*a)
class Square(Shape, sides=4):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
class Half(Shape, sides=3):
    def area(self): return 1
try:
    Shape()
except TypeError as e: print(e)
try:
    Half()
except TypeError as e: print(e)
print(Square.make(3).describe(), Shape.unit(), Square.unit(), Shape.count, Square.sides)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age): self.name, self.age = name, age
p = Person("Al", 30)
print(p.name, p.age, vars(p), Person.name.public)
try: p.age = "old"
except TypeError as e: print(e)
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases: mcls.classes[name.lower()] = cls
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "meta"
        return inst
    def __repr__(cls): return f"<plugin {cls.__name__}>"
class Plugin(metaclass=Registry): pass
class CSV(Plugin): pass
class JSONP(Plugin):
    def __init__(self, x=1): self.x = x
print(Registry.classes, JSONP(5).created_by, type(CSV), isinstance(CSV, Registry), CSV)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a, b = Singleton(1), Singleton(2)
print(a is b, a.v)
class Box:
    def __class_getitem__(cls, item): return f"Box[{item.__name__}]"
print(Box[int])
class Base:
    def __init__(self): print("Base init"); self.trail = ["Base"]
    def hello(self): return "Base"
class Left(Base):
    def __init__(self): super().__init__(); print("Left init"); self.trail.append("Left")
    def hello(self): return "Left>" + super().hello()
class Right(Base):
    def __init__(self): super().__init__(); print("Right init"); self.trail.append("Right")
    def hello(self): return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self): super().__init__(); self.trail.append("Child")
    def hello(self): return "Child>" + super().hello()
c = Child()
print(c.trail, c.hello(), [k.__name__ for k in Child.__mro__])
try:
    class Bad(Left, Base, Right): pass
except TypeError as e: print(e)
class WithSlots:
    __slots__ = ("a",)
w = WithSlots()
try: w.b = 1
except AttributeError as e: print(e)
try: print(w.a)
except AttributeError as e: print(e)
class Meta2(type):
    def __getattr__(cls, name): return f"meta:{name}"
class K(metaclass=Meta2): pass
print(K.anything)
def method(self): return "added " + self.__class__.__name__
Dyn = type("Dyn", (object,), {"method": method, "x": 5})
print(Dyn().method(), Dyn.x, Dyn.__name__, Dyn.__bases__)
class Cnt:
    instances = 0
    def __init__(self): type(self).instances += 1
class Sub(Cnt): pass
Cnt(); Sub(); Sub()
print(Cnt.instances, Sub.instances)
print(Square.__qualname__, Square.area.__qualname__, Square.__module__, Square.__doc__, Shape.__abstractmethods__ == frozenset({"area", "name"}))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner)[:30])
print(issubclass(bool, int), isinstance(True, int), type(type), type.__mro__ if False else "")
print(hasattr(p, "name"), getattr(p, "zzz", "dflt"), callable(p), callable(Person))
setattr(p, "nick", "A"); delattr(p, "nick"); print(hasattr(p, "nick"))
print(sorted(k for k in vars(Person) if not k.startswith("__")))
class Frozen:
    def __setattr__(self, k, v): raise AttributeError(f"cannot set {k!r}")
try: Frozen().q = 1
except AttributeError as e: print(e)
class Eq:
    def __eq__(self, o): return True
print(Eq.__hash__, Eq() == 5, Eq() != 5)
