# Attribute loads and stores in loops, on classes whose instances do not
# store plainly: a property, __slots__, __setattr__, a data descriptor, and
# classes changed while the loop runs.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    @property
    def summary(self):
        return f"{self.owner}: {self.balance}"


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Audited:
    def __init__(self):
        self.value = 0

    def __setattr__(self, name, value):
        if isinstance(value, int) and value < 0:
            raise ValueError(f"{name} must not be negative")
        object.__setattr__(self, name, value)


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, abs(value))


class Reading:
    level = Positive()

    def __init__(self, level):
        self.level = level
        self.note = "ok"


def main():
    a = Account("ann")
    for i in range(5):
        a.balance += i
        a.balance = a.balance * 2
    print(a.summary, a.balance)

    p = Point(1, 2)
    for i in range(4):
        p.x += p.y
        p.y = i
    print(p.x, p.y)
    try:
        p.z = 3
    except AttributeError as error:
        print("AttributeError:", error)

    d = Audited()
    for i in range(3):
        d.value += 5
    print(d.value)
    try:
        for i in range(3):
            d.value -= 8
    except ValueError as error:
        print("ValueError:", error, d.value)

    r = Reading(-4)
    for i in range(3):
        r.level = -i - 10
        r.note = r.note + "!"
    print(r.level, r._level, r.note)

    # A property added to the class while instances are in use comes
    # before the instance's own attribute from then on.
    for round_ in range(2):
        total = 0
        for i in range(3):
            total += a.balance
        print("round", round_, total)
        Account.balance = property(lambda self: 100)
    try:
        a.balance = 1
    except AttributeError as error:
        print("AttributeError:", error)
    print(a.balance, a.__dict__["balance"])

    # __setattr__ added later: stores go through it.
    def loud(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    Point.__setattr__ = loud
    q = Point(5, 6)
    q.x += 1
    print(q.x)

    # An instance attribute hiding a method, and the method back.
    class Greeter:
        def hello(self):
            return "method"

    g = Greeter()
    for i in range(2):
        print(g.hello())
        g.hello = lambda: "instance"
    del g.hello
    print(g.hello())


main()
