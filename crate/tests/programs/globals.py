# Global names whose meaning changes while a function that reads them runs
# again and again (a frame remembers what each global name was found to be).
import threading

def read():
    return limit

limit = 1
seen = []
for i in range(4):
    seen.append(read())
    limit = limit * 10
print(seen)

# A global that shadows a builtin, then goes away again.
def length(x):
    return len(x)

print(length("abc"))
def len(x):
    return -1
print(length("abc"))
del len
print(length("abc"))

# A function redefined between calls, called recursively.
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)

print(f(5))
def f(n):
    return 100
print(f(5))

# `global` in a function, read back by another function.
total = 0
def add(n):
    global total
    total += n
def get():
    return total
for i in range(5):
    add(i)
    print(get(), end=" ")
print()

# Another thread changes the global this thread reads in a loop.
flag = False
def setter():
    global flag
    flag = True
t = threading.Thread(target=setter)
def wait_for_flag():
    spins = 0
    while not flag:
        spins += 1
        if spins == 1:
            t.start()
    return flag
print(wait_for_flag())
t.join()

# A class body's names come before the globals, and do not stay.
x = "global"
class C:
    x = "class"
    y = x
def gx():
    return x
print(C.y, gx())

# A name deleted while a function reads it.
gone = 1
def read_gone():
    return gone
print(read_gone())
del gone
try:
    read_gone()
except NameError as e:
    print("NameError:", e)

# A call calls what its name meant before the arguments were evaluated, even
# when they rebind it (here twice over, through nested calls of the name).
def which(x):
    return "first"
def rebind(label):
    global which
    def which(x):
        return label
    return 1
print(which(rebind("second")), which(0))
print(which(which(rebind("third"))), which(0))
print([which(rebind(str(i))) for i in range(3)], which(0))
def dispatch():
    return which(rebind("inner")) + "/" + which(1)
print(dispatch())

# `f(n - 1)` of a global that becomes a function of another arity, a builtin,
# a class or a bound method between calls (the call reads how to call it from
# the cache of globals).
def step(n):
    return n if n < 1 else step(n - 1) + 1

def show(label):
    try:
        print(label, step_saved(3))
    except TypeError as e:
        print(label, "TypeError:", e)

print(step(5))
step_saved = step
def two(a, b=10):
    return a + b
class Box:
    def __init__(self, n):
        self.n = n
def kw(*, n):
    return n
for label, target in [("two", two), ("abs", abs), ("Box", Box), ("append", [].append), ("kw", kw), ("step", step_saved)]:
    step = target
    show(label)
