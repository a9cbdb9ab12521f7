import threading

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(("deposit", amount))

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
            self.balance -= amount
            self.history.append(("withdraw", amount))

def transfer(a, b, amount):
    first, second = sorted([a, b], key=lambda acc: acc.owner)
    with first.lock, second.lock:
        if a.balance < amount:
            return False
        a.balance -= amount
        b.balance += amount
        return True

acct = Account("ann", 100)
def worker(n):
    for _ in range(1000):
        acct.deposit(1)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(acct.balance, len(acct.history))

x, y = Account("x", 500), Account("y", 500)
results = []
def mover(src, dst):
    for _ in range(100):
        results.append(transfer(src, dst, 3))
ts = [threading.Thread(target=mover, args=(x, y)), threading.Thread(target=mover, args=(y, x))]
for t in ts: t.start()
for t in ts: t.join()
print(x.balance + y.balance, len(results), all(results))
try:
    acct.withdraw(10**6)
except ValueError as e:
    print("ValueError:", e)
errors = []
def overdraw():
    try:
        Account("z", 5).withdraw(10)
    except ValueError as e:
        errors.append(str(e))
t = threading.Thread(target=overdraw)
t.start(); t.join()
print(errors)
