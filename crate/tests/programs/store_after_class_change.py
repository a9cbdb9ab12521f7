# Instances store attributes straight into their __dict__ until their class
# (or an ancestor) is given a property, a data descriptor or __setattr__.
class P:
    pass


p = P()
p.x = 1
print(vars(p))


def getx(self):
    return 42


def setx(self, value):
    print("setter got", value)


P.x = property(getx, setx)
p.x = 5
print(p.x, vars(p))


class Base:
    pass


class Child(Base):
    pass


c = Child()
c.a = 1
Base.__setattr__ = lambda self, name, value: print("__setattr__", name, value)
c.b = 2
print(vars(c))


class Check:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return obj.__dict__.get(self.name, 0) if obj else self

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name} must be >= 0")
        obj.__dict__[self.name] = value


class Account:
    pass


acct = Account()
acct.balance = -1
Account.balance = Check()
Account.balance.__set_name__(Account, "balance")
try:
    acct.balance = -5
except ValueError as e:
    print("ValueError:", e)
