class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    def __repr__(self):
        return f"Temperature({self._c:.2f}°C / {self.fahrenheit:.2f}°F)"

t = Temperature(25)
print(t)
t.fahrenheit = 212
print(t, t.celsius)
for bad in ("hot", -300):
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError:", e)

class Person:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

p = Person("Ada")
print(p.name, type(Person.name), Person.name.fget.__name__)
try:
    p.name = "Bob"
except AttributeError as e:
    print(e)
try:
    del p.name
except AttributeError as e:
    print(e)
print(Temperature.fahrenheit.__doc__, Temperature.celsius.setter is not None)
t2 = Temperature(-273.15)
print(t2)
t2.celsius = -500
