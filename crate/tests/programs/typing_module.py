import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, TypeVar,
                    Generic, Protocol, Literal, Final, ClassVar, cast,
                    TYPE_CHECKING, overload, no_type_check)

T = TypeVar("T")
K = TypeVar("K", bound=int)
print(List[int], Dict[str, List[int]], Set[T])
print(Optional[int], Union[int, str], Union[int], Union[int, None, str], Optional[Union[int, str]])
print(Tuple[int, str], Tuple[()], Callable[[int, str], bool], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[float], Mapping[str, int])
print(Literal[1, "a"], Final[int], ClassVar[int], Any, T, K, List, Dict, Optional, Union)
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None])
print(List[int].__origin__, List[int].__args__, typing.get_args(Dict[str, int]))
print(cast(int, "x"), TYPE_CHECKING)
try:
    List[int]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Dict[int]
except TypeError as e:
    print(type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(5)
print(b.get(), isinstance(b, Box))


class Drawable(Protocol):
    def draw(self) -> str:
        pass


class Circle(Drawable):
    def draw(self) -> str:
        return "circle"


print(Circle().draw())


@overload
def double(x: int) -> int:
    pass


def double(x):
    return x * 2


print(double(4))


@no_type_check
def loose(a: "whatever") -> "nothing":
    return a


print(loose(3))


def process(items: List[int], mapping: Dict[str, Optional[int]] = None) -> Tuple[int, str]:
    return sum(items), "ok"


print(process([1, 2, 3]))


class Config:
    name: str = "x"
    limit: ClassVar[int] = 10
    tags: List[str]


print(Config.__annotations__)
print(typing.get_type_hints(Config))
UserId = typing.NewType("UserId", int)
print(UserId(5))
