x = 1
def f():
    return x
total = 0
for i in range(5):
    total += i
    x = total
    print(f(), x, total)
s = "a"
for i in range(3):
    s = s + "b"
    print(s, f())
def g():
    global x
    x = "str"
    x = x * 2
    return x
print(g(), x, f())
class C:
    y = 1
    y = y + 1
    x = 10
print(C.y, C.x, x)
n = 5
n = None
print(n)
n = [1]
print(n)
n = 2.5
n += 1
print(n)
del n
try:
    print(n)
except NameError as e:
    print(e)
class P:
    def __init__(self): self.v = 3
p = P()
print(p.v)
p = 4
try:
    print(p.v)
except AttributeError as e:
    print(e)
p = P()
p.v = 7
print(p.v)
import math
print(math.pi)
