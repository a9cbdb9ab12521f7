from dataclasses import dataclass, field, KW_ONLY
import dataclasses
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
print(S(1), S.__slots__, hasattr(S(1), "__dict__"))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(e)
@dataclass
class M:
    x: int
    _: KW_ONLY
    y: int = 0
print(M(1, y=2), dataclasses.is_dataclass(M), dataclasses.is_dataclass(M(1)))
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1))
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash(H(1)))
@dataclass
class Base:
    x: int = 0
@dataclass
class Child(Base):
    y: int = 1
print(Child(), Child(5, 6), [f.name for f in dataclasses.fields(Child)])
@dataclass
class WithRepr:
    secret: str = field(repr=False, default="s")
    shown: int = 1
    cmp_ignored: int = field(default=0, compare=False)
print(WithRepr(), WithRepr(cmp_ignored=5) == WithRepr(), dataclasses.asdict(WithRepr()))
print(dataclasses.make_dataclass("Pt", [("x", int), ("y", int, 0)])(1))
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(0, 9), V(1, 0)]), V(1) < V(1, 1), {V(1): "a"})
try:
    V(1).major = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
