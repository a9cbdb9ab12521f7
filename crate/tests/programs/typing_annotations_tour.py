from typing import Optional, Union, Callable, TypeVar, Protocol, NamedTuple, TypedDict, Literal, Generic, Any, Iterable, Iterator, Sequence, Mapping, Dict, List, Tuple, ClassVar, Final, runtime_checkable, get_type_hints, cast, overload
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)

def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default

def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Movie(TypedDict, total=False):
    title: str
    year: int

@runtime_checkable
class Greeter(Protocol):
    def greet(self, name: str) -> str: ...

class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"

Mode = Literal["r", "w"]
def open_it(mode: Mode) -> str:
    return mode * 2

print(first([3, 4]), first([], "none"), apply(lambda v: v * 3, 7))
p = Point(3, 4)
print(p, p.dist(), p._asdict(), p._replace(y=1), Point._fields, Point._field_defaults, p[0], len(p))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m), Movie.__total__ if hasattr(Movie, "__total__") else None)
print(isinstance(English(), Greeter), isinstance(3, Greeter))
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s, s.pop(), Stack[int], Stack[str]().items)
print(open_it("w"))
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Callable[[int, str], bool], Tuple[int, ...])
print(int | str, list[int], dict[str, tuple[int, float]], type(int | None))
print(isinstance(3, int | str), isinstance("a", (int, float)))
print(get_type_hints(first))
print(first.__annotations__)
print(apply.__annotations__)
print(cast(int, "x"), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]))
print(T, K, T.__name__)
class Config:
    debug: ClassVar[bool] = False
    name: str
    MAX: Final = 10
print(Config.__annotations__)
def f(*args: int, **kwargs: str) -> None: pass
print(f.__annotations__)
print(Any, Iterable[int], Iterator, Mapping[str, Any])
Vector = List[float]
def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]
print(scale(2.0, [1.0, -4.2, 5.4]))
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))
