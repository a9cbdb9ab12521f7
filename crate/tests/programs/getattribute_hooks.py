# A class's own __getattribute__: called for every attribute read.
class Logged:
    def __init__(self, x):
        self.x = x
        self.reads = []

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2

obj = Logged(5)
print(obj.x, obj.double(), obj.x + 1)
print(obj.reads)
print(getattr(obj, "x"), hasattr(obj, "missing"), getattr(obj, "nope", "default"))
print(obj.reads)

class Defaults:
    def __init__(self):
        self.name = "box"

    def __getattribute__(self, name):
        try:
            return super().__getattribute__(name)
        except AttributeError:
            return f"<no {name}>"

d = Defaults()
print(d.name, d.colour, d.size)

class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"getattr({name})"

f = Fallback()
f.visible = 1
print(f.visible, f.secret, f.other)

class Upper:
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value

class Child(Upper):
    greeting = "hello"
    def __init__(self):
        self.who = "world"

c = Child()
print(c.greeting, c.who, c.__class__.__name__)
for i in range(3):
    c.who = f"w{i}"
    print(c.who, end=" ")
print()

class Counter:
    count = 0
    def __getattribute__(self, name):
        type(self).count += 1
        return object.__getattribute__(self, name)

k = Counter()
k.a = 1
for _ in range(5):
    k.a
print(Counter.count)
try:
    object.__getattribute__(k, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__getattribute__(k, 5)
except TypeError as e:
    print("TypeError:", e)

class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f"no reading {name!r}")

s = Strict()
s.value = 3
print(s.value)
