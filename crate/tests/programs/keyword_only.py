# A required keyword-only parameter is marked apart from its default: a
# default that happens to be "<required>" (the old marker) is an ordinary value.
def f(*, a="<required>", b):
    return (a, b)
print(f(b=1))
print(f(a=2, b=3))
try:
    f()
except TypeError as e:
    print(e)
def g(x, *, y, z=5):
    return x, y, z
print(g(1, y=2))
try:
    g(1)
except TypeError as e:
    print(e)
