import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict, astuple, replace


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    password: InitVar[str] = None
    history: list = field(default_factory=list, init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = None if password is None else len(password) * 7
        self.history.append("opened")


a = Account("ann", 10.0, "secret")
print(a, a.hashed, a.history)
print([f.name for f in fields(a)])
print(hasattr(a, "password"), "password" in vars(a))
print(asdict(a))
print(astuple(a))
b = replace(a, balance=5.0, password="xy")
print(b, b.hashed)
try:
    replace(a, balance=1.0)
except ValueError as e:
    print("ValueError", e)

print(Account.__init__.__annotations__ if False else "")
print(Account("bob"))
print(Account.password if hasattr(Account, "password") else "no class attr")


@dataclass
class Pt:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 0


print(Pt(1, y=2), Pt(1, z=3))
try:
    Pt(1, 2)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 1


print(Mixed(1, 2), Mixed(1, c=2, b=3))
print([(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class Counter:
    start: InitVar[int]
    count: int = field(init=False)

    def __post_init__(self, start):
        self.count = start * 2


c = Counter(4)
print(c, c.count)
print(fields(Counter)[0].name, fields(Counter)[0].init)
try:
    Counter()
except TypeError as e:
    print("TypeError", e)

iv = InitVar[int]
print(iv, type(iv).__name__, iv.type)
print(dataclasses.InitVar)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tag: InitVar[str] = "x"

    def __post_init__(self, tag):
        object.__setattr__(self, "label", f"{tag}{self.major}.{self.minor}")


v = Version(1, 2, "v")
print(v, v.label, Version(1) < Version(1, 1), sorted([Version(2), Version(1, 5)]))
try:
    v.major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class Base:
    x: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x *= scale


@dataclass
class Child(Base):
    y: int = 0


print(Child(2, 3, 4), [f.name for f in fields(Child)])
print(dataclasses.is_dataclass(Child), dataclasses.is_dataclass(Child(1)))
print(repr(fields(Pt)[1].kw_only), Pt.__match_args__)
print(Mixed.__match_args__, Opts.__match_args__)
print(Account.__dataclass_fields__["password"]._field_type)
print(Account.__dataclass_fields__["password"].type)


@dataclass
class Lazy:
    name: str
    cache: dict = field(init=False)


lz = Lazy("n")
print(lz.name, hasattr(lz, "cache"))
try:
    print(lz)
except AttributeError as e:
    print("AttributeError", e)
try:
    Lazy("n", {})
except TypeError as e:
    print("TypeError", e)
