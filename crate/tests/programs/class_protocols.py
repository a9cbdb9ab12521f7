# A class's own protocols win over what it is made of: an int or str
# subclass with its own __hash__/__eq__ is a dict key through them; a data
# descriptor of a metaclass (a property) comes before the class's own
# attribute; format() and f-strings call type(x).__format__.
import enum


# __hash__ and __eq__ of int and str subclasses.
class Mod10(int):
    def __hash__(self):
        return 12345

    def __eq__(self, other):
        return isinstance(other, Mod10) and self % 10 == other % 10


d = {}
d[Mod10(1)] = "a"
d[Mod10(11)] = "b"
print(len(d), d[Mod10(21)], list(d.values()))
print(1 in d, Mod10(1) in d, Mod10(1) in {1: "one"}, {1: "one"}.get(Mod10(1)))
print(hash(Mod10(5)), {Mod10(3), Mod10(13)} == {Mod10(23)})


class Folded(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()


e = {Folded("Hello"): 1}
print(e.get(Folded("HELLO")), "Hello" in e, len({Folded("Ab"), Folded("aB")}))
print(hash(Folded("X")) == hash("x"))


class Plain(int):
    pass


class Text(str):
    pass


print({Plain(3): 1}[3], {3: 1}[Plain(3)], {"k": 1}[Text("k")], Plain(3) in {3}, Text("k") in {"k"})
print({Plain(10**30): "big"}[10**30])


class OnlyEq(int):
    def __eq__(self, other):
        return True


class NoHash(str):
    __hash__ = None


for make in (lambda: hash(OnlyEq(1)), lambda: {OnlyEq(1): 1}, lambda: {NoHash("a"): 1}):
    try:
        make()
    except TypeError as error:
        print("TypeError", error)


class OnlyHash(int):
    def __hash__(self):
        return 99


print({OnlyHash(4): 1}.get(4), OnlyHash(4) in {4}, hash(OnlyHash(4)), {OnlyHash(4): 1}[OnlyHash(4)])


class SameHash(int):
    def __hash__(self):
        return hash(int.__add__(self, 0))

    def __eq__(self, other):
        return int.__eq__(self, other)


print({1: "one"}[SameHash(1)], {SameHash(2): "two"}[2], len({SameHash(5), 5}))


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class Letter(enum.StrEnum):
    A = "a"


class Shade(enum.Enum):
    DARK = 1


print({1: "x"}[Color.RED], {Color.GREEN: "g"}[2], {"a": 1}[Letter.A], {Shade.DARK: "d"}[Shade.DARK])
print(1 in {Shade.DARK: 0}, hash(Color.RED) == hash(1))


# A metaclass's data descriptors come before the class's own attributes.
class Meta(type):
    @property
    def kind(cls):
        return "meta:" + cls.__name__

    @property
    def size(cls):
        return cls._size

    @size.setter
    def size(cls, value):
        cls._size = value * 2

    @size.deleter
    def size(cls):
        print("deleting size of", cls.__name__)

    def method(cls):
        return "meta-method"

    plain = "meta-plain"


class C(metaclass=Meta):
    kind = "own"
    method = staticmethod(lambda: "own-method")
    plain = "own-plain"
    _size = 1


class D(C):
    pass


print(C.kind, D.kind, C.method(), C.plain, C.__dict__["kind"], C().kind)
for action in ("set", "del"):
    try:
        if action == "set":
            C.kind = 3
        else:
            del C.kind
    except AttributeError as error:
        print("AttributeError", error)
C.size = 5
print(C.size, C._size)
del C.size
type.__setattr__(C, "size", 10)
setattr(D, "size", 2)
print(C.size, D.size, getattr(C, "kind"), hasattr(D, "kind"))


class Logged(Meta):
    def __setattr__(cls, name, value):
        print("Logged.__setattr__", name)
        super().__setattr__(name, value)


class E(metaclass=Logged):
    _size = 0


E.size = 4
print(E.size, E.kind)


class Managed:
    def __get__(self, obj, owner=None):
        return ("managed", obj.__name__)

    def __set__(self, obj, value):
        print("Managed set on", obj.__name__, value)


class NonData:
    def __get__(self, obj, owner=None):
        return "non-data"


class Meta3(type):
    managed = Managed()
    loose = NonData()


class F(metaclass=Meta3):
    managed = "own"
    loose = "own-loose"


class G(metaclass=Meta3):
    pass


F.managed = 1
print(F.managed, F.__dict__["managed"], F().managed, F.loose, G.loose)


# format() and f-strings call type(x).__format__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        if spec:
            return f"({self.x:{spec}}, {self.y:{spec}})"
        return f"({self.x}, {self.y})"


p = Point(1.5, 2)
print(format(p, ".2f"), f"{p:polar}", f"{p}", format(p), "{:>4}".format(p), "{0:.1f}".format(p))


class Nothing:
    def __str__(self):
        return "nothing"


print(format(Nothing()), f"{Nothing()}", f"{Nothing()!s:>9}|", f"{Nothing()!r:.3}")
for value, spec in ((Nothing(), "x"), (None, ">3"), ([1], "x"), (int, "x"), (ValueError("v"), ">5")):
    try:
        format(value, spec)
    except TypeError as error:
        print("TypeError", error)
for bad in (lambda: f"{Nothing():>10}", lambda: object.__format__(p, "x")):
    try:
        bad()
    except TypeError as error:
        print("TypeError", error)
print(object.__format__(Nothing(), ""))


class Wrong:
    def __format__(self, spec):
        return 5


try:
    format(Wrong(), "")
except TypeError as error:
    print("TypeError", error)


class Bracketed:
    def __format__(self, spec):
        if spec == "b":
            return "B!"
        return "[" + super().__format__(spec) + "]"

    def __str__(self):
        return "brk"


print(format(Bracketed(), "b"), format(Bracketed()), f"{Bracketed()}")
try:
    format(Bracketed(), "x")
except TypeError as error:
    print("TypeError", error)


class Angle(int):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"


class Count(int):
    pass


class Label(str):
    def __str__(self):
        return "label-str"


class Shout(str):
    def __format__(self, spec):
        return Shout("shout-" + spec)


print(format(Angle(42), "x"), f"{Angle(7):03d}", format(Count(255), "x"), f"{Count(255):>6}|")
print(format(Label("abc"), ">5"), f"{Label('abc')}", format(Shout("a"), "z"))


class Problem(Exception):
    def __format__(self, spec):
        return "Problem:" + spec


class Described(type):
    def __format__(cls, spec):
        return "class " + cls.__name__ + spec


class H(metaclass=Described):
    pass


print(f"{Problem('m'):spec}", f"{ValueError('v')}", f"{H:!}", format(H, "?"))


# Enum members: IntEnum, StrEnum and IntFlag format by their value.
class Num(enum.IntEnum):
    ONE = 1
    TEN = 10


class Txt(enum.StrEnum):
    A = "alpha"


class Perm(enum.IntFlag):
    R = 4
    W = 2


class Flags(enum.Flag):
    X = 1
    Y = 2


class Mixed(int, enum.Enum):
    M = 5


class Own(enum.Enum):
    A = 1

    def __format__(self, spec):
        return "own" + spec


print(format(Shade.DARK), f"{Shade.DARK}", f"{Shade.DARK:>12}|")
print(format(Num.TEN, "x"), f"{Num.TEN:>5}|", f"{Num.ONE}", f"{Num.ONE:d}", "{:03}".format(Num.TEN))
print(format(Txt.A, ">8"), f"{Txt.A}", f"{Txt.A:.3}")
print(f"{Perm.R}", f"{Perm.R | Perm.W}", f"{Perm.R:b}", f"{Flags.X | Flags.Y}", f"{Flags.X:>8}|")
print(f"{Mixed.M}", repr(format(Mixed.M, ">9")), f"{Own.A:zz}")
try:
    format(Mixed.M, "d")
except ValueError as error:
    print("ValueError", error)
