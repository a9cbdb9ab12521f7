from dataclasses import dataclass, field, fields, asdict, FrozenInstanceError
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.b if False else "", asdict(s), [f.name for f in fields(S)], S.__qualname__)
try:
    s.z = 1
except AttributeError as e:
    print(e)
s.b = "y"; print(s, s == S(1, "y"))
@dataclass(slots=True, frozen=True)
class F:
    x: int
    y: int = 0
f = F(1)
print(f, hash(f) == hash(F(1)))
try:
    f.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Child(S):
    d: int = 0
print(Child(1, d=4), Child.__slots__)
try:
    @dataclass(slots=True)
    class Bad:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(e)
class A:
    __slots__ = ("a",)
print(hasattr(A(), "__dict__"))
class Outer:
    class In: pass
B = type("B", (), {"__qualname__": "Outer.B", "x": 1})
print(B.__qualname__, B.__name__, type("C", (B,), {}).__qualname__)
try:
    vars(A())
except TypeError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.z = 1
print(vars(w), hasattr(w, "__dict__"))
class Plain(A):
    pass
print(hasattr(Plain(), "__dict__"))
