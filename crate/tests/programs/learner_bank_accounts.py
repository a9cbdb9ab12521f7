class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount

class AccountFrozen(Exception):
    pass

class Account:
    _next_id = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.frozen = False
        Account._next_id += 1
        self.number = Account._next_id

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.number)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance:,.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<10}|{self._balance:>12,.2f}"

class Savings(Account):
    interest_rate = 0.025

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("savings accounts allow 2 withdrawals")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self._balance + self.overdraft, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

accounts = [Savings("alice", 1500), Checking("bob", 20), Account("carol")]
for a in accounts:
    print(a)
    print(repr(a))

accounts[0].deposit(250.5).withdraw(100)
try:
    accounts[0].withdraw(10)
    accounts[0].withdraw(10)
except PermissionError as e:
    print("PermissionError:", e)

try:
    accounts[1].withdraw(500)
except InsufficientFunds as e:
    print(e, e.args, e.balance, e.amount)

accounts[1].withdraw(110)
print(accounts[1].balance)
try:
    accounts[1].balance = -5
except ValueError as e:
    print(type(e).__name__, e)

try:
    accounts[2].deposit(-3)
except ValueError as e:
    print(e)

accounts[2].frozen = True
try:
    accounts[2].deposit(5)
except AccountFrozen as e:
    print("frozen:", e, repr(e))

for a in accounts:
    print(a.number, a.apply_interest(), f"{a.balance:.3f}")

print(isinstance(accounts[0], Account), issubclass(Checking, Savings))
print(Savings.__mro__)
print([h for a in accounts for h in a.history])
total = sum(a.balance for a in accounts)
print(f"total={total:_.2f} {total:e} {total:%}")
print(sorted(accounts, key=lambda a: a.balance))

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as exc:
        raise RuntimeError("transfer failed") from exc
    dst.deposit(amount)

try:
    transfer(accounts[2], accounts[0], 1_000_000)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)

transfer(accounts[0], accounts[2].__class__("dave"), 1)
transfer(accounts[1], accounts[0], 1_000)
