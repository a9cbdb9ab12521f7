# `obj.attr op= value`: the object is evaluated once, its attribute read,
# the operator applied (in place where the type has it), and stored back.
class Account:
    def __init__(self):
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history += [amount]
        return self


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        object.__setattr__(self, "x", 1)

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


class Temperature:
    def __init__(self):
        self._c = 10.0

    @property
    def celsius(self):
        print("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._c = value


class Slotted:
    __slots__ = ("count",)

    def __init__(self):
        self.count = 0


def main():
    a = Account()
    for amount in (5, 10, 20):
        a.deposit(amount)
    print(a.balance, a.history)

    same = a.history
    a.history += [1]
    print(same is a.history, same)

    g = Logged()
    g.x *= 7
    g.x -= 2
    print(g.x, g.log)

    t = Temperature()
    t.celsius += 1.5
    print(t.celsius)

    s = Slotted()
    for _ in range(3):
        s.count += 2
    print(s.count)

    other = Account()
    a.balance += (a := other).balance + 100
    print(a is other, other.balance)

    text = Account()
    text.balance = "ab"
    text.balance *= 3
    print(text.balance)

    try:
        a.missing += 1
    except AttributeError as error:
        print("AttributeError:", error)

    try:
        s.count += "x"
    except TypeError as error:
        print("TypeError:", error)
    print(s.count)

    try:
        late.value += 1
    except UnboundLocalError as error:
        print("UnboundLocalError:", error)
    late = Account()


main()
