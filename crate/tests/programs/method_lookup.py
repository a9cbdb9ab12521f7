# Methods and class attributes found through instances, as a call site
# sees instances of several classes, classes change after their instances
# exist, and instances shadow what their class has.


class Shape:
    sides = 0
    label = "shape"

    def describe(self):
        return f"{self.label} with {self.sides} sides, area {self.area()}"

    def area(self):
        return 0


class Square(Shape):
    sides = 4
    label = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height / 2


shapes = [Square(2), Triangle(3, 4), Shape(), Square(5), Triangle(1, 1)]
for _ in range(2):
    print([s.describe() for s in shapes])

# A method replaced on the class, and on a base class.
Square.area = lambda self: -1
print([s.area() for s in shapes])
Shape.area = lambda self: "base"
print([s.area() for s in shapes])
del Square.area
print([s.area() for s in shapes])

# An instance's own attribute shadows the class's method and constant.
sq = Square(3)
print(sq.describe(), sq.sides)
sq.area = lambda: "own"
sq.sides = 40
print(sq.describe(), sq.sides, Square(1).describe())
del sq.area
print(sq.describe())

# A class constant changed.
Shape.label = "generic"
print([s.describe() for s in shapes])


# The same method name on unrelated classes, in one loop.
class Dog:
    def speak(self):
        return "woof"


class Cat:
    def speak(self):
        return "meow"


class Robot:
    speak = "beep"  # not callable


animals = [Dog(), Cat(), Dog(), Cat()]
print([a.speak() for a in animals * 3])
try:
    Robot().speak()
except TypeError as e:
    print("TypeError:", e)


# A method given to a class that had none by that name.
class Late:
    pass


late = Late()
try:
    late.greet()
except AttributeError as e:
    print("AttributeError:", e)
Late.greet = lambda self: "hello"
print(late.greet())


# A property added later takes over from a cached class constant.
class Config:
    size = 1


c = Config()
print([c.size for _ in range(3)])
Config.size = property(lambda self: "computed")
print(c.size)


# staticmethod and classmethod through instances.
class Tools:
    factor = 3

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def triple(cls, x):
        return cls.factor * x


t = Tools()
print([t.double(i) + t.triple(i) for i in range(4)])
