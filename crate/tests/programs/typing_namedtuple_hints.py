from typing import NamedTuple, Optional, TypedDict, Union, Callable, Iterator, Any
import typing

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0
    manager: Optional[str] = None

    def raise_salary(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    def __str__(self):
        return f"{self.name} ({self.dept}) ${self.salary:,.0f}"

class Movie(TypedDict, total=False):
    title: str
    year: int

staff = [Employee("Ann", "eng", 120000), Employee("Bob", "ops"), Employee("Cy", "eng", 95000, "Ann")]
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print(e)
print(staff[1], repr(staff[1]))
print(staff[0].raise_salary(10), Employee._fields, Employee.__annotations__)
print(Employee._field_defaults, staff[2]._asdict())
m: Movie = {"title": "Up"}
print(m, type(m), Movie.__total__, sorted(Movie.__annotations__))
def apply(f: Callable[[int], int], xs: list[int]) -> Iterator[int]:
    for x in xs:
        yield f(x)
print(list(apply(lambda v: v * 3, [1, 2])), apply.__annotations__["xs"])
print(Optional[int], Union[int, str], list[int], dict[str, list[int]], Callable[[int], str])
print(typing.get_type_hints(Employee.raise_salary), Any)
def greet(name: str, times: int = 1) -> str:
    return " ".join([f"hi {name}"] * times)
print(greet.__annotations__, greet("x", 2))
Pair = tuple[int, int]
print(Pair, typing.get_origin(Pair), typing.get_args(Pair))
print(int | None, isinstance(3, int | str))
T = typing.TypeVar("T")
def first(xs: list[T]) -> T:
    return xs[0]
print(first([9]), T)
print(Employee("Z"))
