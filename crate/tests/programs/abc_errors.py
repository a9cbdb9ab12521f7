from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class Half(Shape):
    def area(self):
        return 1

print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
print(isinstance(Square(1), Shape), issubclass(Half, ABC))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "__len__"):
            return True
        return NotImplemented

print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))

class Plugin(ABC):
    pass
class Thing:
    pass
Plugin.register(Thing)
print(isinstance(Thing(), Plugin), issubclass(Thing, Plugin))
Plugin()
print("plain ABC instantiated")
Half()
