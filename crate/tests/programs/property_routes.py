# Properties and methods of classes that have properties, read again after the
# class changes (a property replaced, deleted, shadowed by an instance attribute).
class A:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x * 10
    @x.setter
    def x(self, v):
        self._x = v
    @property
    def bad(self):
        return self.missing
    def meth(self):
        return "m"
class B(A):
    @property
    def x(self):
        return -1
a = A(); b = B()
for i in range(3):
    print(a.x, b.x, a.meth(), b.meth())
    a.x = i
A.x = property(lambda self: "lam")
print(a.x, b.x)
a.__dict__["x"] = 5
print(a.x)
del A.x
print(a.x)
a.meth = lambda: "own"
print(a.meth())
def g():
    return a.bad
try:
    g()
except AttributeError as e:
    print(e)
import traceback
try:
    b.bad
except AttributeError:
    traceback.print_exc()
