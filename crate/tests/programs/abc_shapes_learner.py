from abc import ABC, abstractmethod
import math

class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def __str__(self):
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

shapes = [Circle(1.5), Rectangle(2, 5), Square(3), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(Shape.count, max(shapes).name, isinstance(shapes[2], Rectangle), issubclass(Square, Shape))
print(Square.__mro__)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))

class Half(Shape):
    def area(self):
        return 0

try:
    Half("half")
except TypeError as e:
    print(e)
Shape("generic")
