class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class AccountLocked(Exception):
    pass

class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.locked = False
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(f"account {self.id} is locked")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"#{self.id} {self.owner}: ${self.balance:,.2f}"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise RuntimeError(f"transfer of {amount} failed") from e
    else:
        dst.deposit(amount)
    finally:
        print("transfer attempted:", src.owner, "->", dst.owner, amount)

alice = Account("Alice", 1500)
bob = Account("Bob")
transfer(alice, bob, 250.5)
print(alice, bob, sep="\n")
for amt in (-5, 0, 10):
    try:
        bob.deposit(amt)
    except ValueError as err:
        print("ValueError:", err)
try:
    transfer(bob, alice, 10_000)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__cause__.needed)
bob.locked = True
try:
    bob.withdraw(1)
except (AccountLocked, InsufficientFunds) as e:
    print(type(e).__name__, e.args)
print(alice.history, bob.history)
transfer(alice, bob, 99999)
