# type(name, bases, namespace) makes a class, as a class statement would.


class Base:
    kind = "base"

    def __init__(self, value):
        self.value = value

    def describe(self):
        return f"{type(self).__name__}({self.value}) of kind {self.kind}"


def double(self):
    return self.value * 2


A = type("A", (Base,), {"x": 1, "double": double, "kind": "a"})
a = A(21)
print(A.__name__, A.__qualname__, A.__module__, A.x, a.x, a.double(), a.describe())
print(isinstance(a, A), isinstance(a, Base), issubclass(A, Base), A.__bases__ == (Base,))
print([c.__name__ for c in A.__mro__])
print(type(a) is A, repr(A), repr(a).startswith("<__main__.A object at 0x"))


def init(self, name, age=0):
    self.name = name
    self.age = age


def to_str(self):
    return f"Person {self.name}, {self.age}"


Person = type("Person", (), {"__init__": init, "__str__": to_str, "species": "human"})
p = Person("Ann", age=30)
print(p, p.species, Person.__bases__, Person.__mro__[-1])

Empty = type("Empty", (), {})
e = Empty()
e.field = 5
print(Empty.__name__, e.field, type(e).__name__, Empty.__bases__)

Counter = type(
    "Counter",
    (object,),
    {
        "count": 0,
        "increment": lambda self: setattr(self, "count", self.count + 1) or self.count,
        "total": classmethod(lambda cls: cls.__name__ + " total"),
        "helper": staticmethod(lambda n: n + 100),
        "prop": property(lambda self: self.count * 10),
        "__eq__": lambda self, other: isinstance(other, Counter),
        "__hash__": lambda self: 7,
        "__len__": lambda self: self.count,
        "__qualname__": "Outer.Counter",
        "__module__": "tools",
    },
)
c = Counter()
c.increment()
c.increment()
print(c.count, Counter.count, Counter.total(), c.helper(1), c.prop, len(c), hash(c))
print(c == Counter(), Counter.__qualname__, Counter.__module__, Counter.__name__)

Stack = type("Stack", (list,), {"push": lambda self, x: self.append(x), "peek": lambda self: self[-1]})
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list))

Err = type("Err", (ValueError,), {"code": 7})
try:
    raise Err("boom")
except ValueError as ex:
    print(type(ex).__name__, ex, ex.code, isinstance(ex, Err))


class Meta:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__


Described = type("Described", (), {"field": Meta()})
print(Described.field.name, Described.field.owner)

Sub = type("Sub", (A,), {"kind": "sub"})
print(Sub(4).describe(), Sub(4).double(), Sub.x)


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


Both = type("Both", (Mixin, Base), {})
print(Both(1).hello(), Both(1).describe(), [k.__name__ for k in Both.__mro__])

for args in [(1, 2), ("A", [], {}), ("A", (), []), (5, (), {}), ("X",)]:
    try:
        type(*args)
    except TypeError as err:
        print("TypeError:", err)
print(type(5), type("A", (), {}).__class__)
