from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return self.name + " with area " + str(self.area())


class HalfDone(Shape):
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Base(ABC):
    @abstractmethod
    def run(self):
        print("base run")


class Impl(Base):
    def run(self):
        super().run()
        print("impl run")


for cls, args in [(Shape, ("s",)), (HalfDone, ("h",)), (Base, ())]:
    try:
        cls(*args)
    except TypeError as e:
        print(type(e).__name__, e)

sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
Impl().run()
print(type(ABC()).__name__)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))


class WithState(ABC):
    count = 0

    def __init__(self, a, b=2):
        self.a, self.b = a, b


w = WithState(1, b=5)
print(w.a, w.b)
