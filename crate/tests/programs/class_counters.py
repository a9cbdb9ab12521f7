class Vehicle:
    wheels = 4
    count = 0
    registry = []

    def __init__(self, make, year):
        self.make = make
        self.year = year
        Vehicle.count += 1
        type(self).registry.append(self)
        self.id = Vehicle.count

    @classmethod
    def from_string(cls, text):
        make, year = text.split("-")
        return cls(make, int(year))

    @staticmethod
    def is_vintage(year):
        return year < 1980

    def age(self, now=2024):
        return now - self.year

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.make}, {self.year})"

class Motorbike(Vehicle):
    wheels = 2
    registry = []

v1 = Vehicle("Ford", 1975)
v2 = Vehicle.from_string("Tesla-2020")
m = Motorbike.from_string("Ducati-1999")
print(v1, v2, m, Vehicle.count, m.wheels, v1.wheels)
print(Vehicle.registry, Motorbike.registry)
print(Vehicle.is_vintage(v1.year), m.is_vintage(m.year), v2.age(), m.age(now=2000))
v1.wheels = 3
print(v1.wheels, Vehicle.wheels, "wheels" in vars(v1), "wheels" in vars(Vehicle))
del v1.wheels
print(v1.wheels, getattr(m, "color", "no color"), hasattr(Vehicle, "from_string"))
setattr(m, "color", "red")
print(m.color, sorted(k for k in vars(m)), type(Vehicle.__dict__["from_string"]).__name__)
print(Vehicle.age(v2, 2030), Vehicle.__name__, Motorbike.__qualname__, m.__class__.__bases__)
print(isinstance(m, Vehicle), type(m) is Vehicle, Vehicle.__subclasses__())
print(Vehicle.from_string("Bad"))
