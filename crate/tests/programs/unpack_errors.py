import itertools
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def a():
    x, y = 1.5
    return x
def b():
    x, y = itertools.count()
    return x, y
def c():
    x, y, z = iter([1, 2])
    return x
def d():
    x, y = (i * i for i in range(2))
    return x, y
def e():
    x, y = None
    return x
def f():
    x, = {"k": 1}
    return x
def g():
    x, y = "ab"
    return x, y
class It:
    def __iter__(self):
        raise TypeError("custom")
def h():
    x, y = It()
    return x
def i():
    x, y = 5
def j():
    for p, q in [(1, 2), 3]:
        pass
def k():
    x, y = iter(range(10**9))
def l():
    first, *rest = 5
for fn in (a, b, c, d, e, f, g, h, i, j, k, l):
    show(fn)
x, y = 7
