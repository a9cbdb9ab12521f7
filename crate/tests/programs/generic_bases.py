from typing import Generic, TypeVar, NamedTuple, TypedDict, Optional
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self):
        return len(self.items)


class IntStack(Stack[int]):
    def total(self):
        return sum(self.items)


s = IntStack()
s.push(3)
s.push(4)
print(s.total(), len(s), s.pop())
print(IntStack.__bases__)
print(IntStack.__orig_bases__)
print(IntStack.__mro__)
print(Stack.__orig_bases__)
print(isinstance(s, Stack))
print(issubclass(IntStack, Stack))


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k = k
        self.v = v


class StrPair(Pair[str, int]):
    pass


p = StrPair("a", 1)
print(p.k, p.v, StrPair.__bases__)


class Both(Stack[int], Pair[str, int]):
    pass


print([c.__name__ for c in Both.__mro__])


# A builtin generic alias as a base
class MyList(list[int]):
    def doubled(self):
        return [x * 2 for x in self]


print(MyList([1, 2]).doubled(), MyList.__bases__, MyList.__orig_bases__)


class MyDict(dict[str, int]):
    pass


print(MyDict(a=1), MyDict.__orig_bases__)


# __mro_entries__ on an arbitrary object
class Entry:
    def __init__(self, real):
        self.real = real

    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (self.real,)


class Base:
    def hello(self):
        return "hello from Base"


class Derived(Entry(Base)):
    pass


print(Derived().hello(), Derived.__bases__, type(Derived.__orig_bases__[0]).__name__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class OnlyObject(Empty()):
    pass


print(OnlyObject.__bases__)


class NoOrig(Base):
    pass


print(hasattr(NoOrig, "__orig_bases__"), "__orig_bases__" in NoOrig.__dict__)

class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


pt = Point(3, -4)
print(pt, pt.norm1(), pt._asdict(), Point._fields, Point(1))


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m["year"])


class Opt(TypedDict, total=False):
    x: int


print(Opt(), Opt(x=1))
print(typing.get_type_hints(Point) if hasattr(typing, "get_type_hints") else None)


class Node(Generic[T]):
    def __init__(self, value: T, next: "Optional[Node[T]]" = None):
        self.value = value
        self.next = next


class IntNode(Node[int]):
    pass


n = IntNode(1, IntNode(2))
print(n.value, n.next.value)
print(Stack[int])
print(Stack[int]().__class__.__name__)


class Movie2(Movie, total=False):
    rating: float


print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
print(Movie2.__annotations__)
print(Movie2(title="x", year=1, rating=2.5))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)
