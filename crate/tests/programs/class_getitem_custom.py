class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

    def __init__(self, value):
        self.value = value

print(Box[int], Box[str], Box["x"])
print(Box(3).value)

from typing import Generic, TypeVar
T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, type(s).__name__)
print(Stack[int])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = dict[str, int]
print(alias.__origin__, alias.__args__)
print(isinstance({}, dict), type(list[int]))
try:
    s.pop(); s.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
