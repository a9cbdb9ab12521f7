class BankError(Exception):
    """Base for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class AccountLocked(BankError):
    pass


class ValidationError(ValueError):
    def __init__(self, field, message):
        self.field = field
        self.message = message
        super().__init__(field, message)

    def __str__(self):
        return f"{self.field}: {self.message}"


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(self.owner)
        if amount <= 0:
            raise ValidationError("amount", "must be positive")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance


def parse_amount(text):
    try:
        return int(text)
    except ValueError as e:
        raise ValidationError("amount", f"not a number: {text!r}") from e


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError("transfer failed") from e
    else:
        dst.balance += amount
        print("transferred", amount)
    finally:
        print("transfer attempt done")


a = Account("ann", 100)
b = Account("bob")
transfer(a, b, 30)
try:
    transfer(a, b, 500)
except BankError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__, e.__cause__.needed)
    print(e.__suppress_context__, e.__context__ is e.__cause__)
for text in ["12", "x1", "-5"]:
    try:
        amount = parse_amount(text)
        a.withdraw(amount)
        print("ok", a.balance)
    except ValidationError as e:
        print("invalid", e, e.args, repr(e.field), type(e.__cause__).__name__)
    except BankError as e:
        print("bank", e)
a.locked = True
try:
    a.withdraw(1)
except (InsufficientFunds, AccountLocked) as e:
    print("caught", repr(e), e.args)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
errors = []
for f in (lambda: int("z"), lambda: [][1], lambda: {}["a"], lambda: None.x, lambda: 1 + "a"):
    try:
        f()
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
print(*errors, sep="\n")
e = InsufficientFunds(5, 2)
print(isinstance(e, BankError), isinstance(e, Exception), BankError.__doc__, InsufficientFunds.__mro__[1:3])
def risky():
    try:
        return "try"
    finally:
        print("finally runs")


print(risky())
transfer(Account("cy", 1), b, 5)
