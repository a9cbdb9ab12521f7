# Calls with keyword arguments: how they bind, and CPython's errors when they do not.


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except TypeError as e:
        print(label, "-> TypeError:", e)


def f(a, b=1, c=2):
    return (a, b, c)


show("f(0, c=3)", lambda: f(0, c=3))
show("f(a=5)", lambda: f(a=5))
show("f(c=9, a=1)", lambda: f(c=9, a=1))
show("f(1, 2, c=3)", lambda: f(1, 2, c=3))
show("f(1, b=2, c=3)", lambda: f(1, b=2, c=3))
show("f(1, a=2)", lambda: f(1, a=2))
show("f(1, 2, 3, c=4)", lambda: f(1, 2, 3, c=4))
show("f(1, 2, 3, 4, c=5)", lambda: f(1, 2, 3, 4, c=5))
show("f(b=2)", lambda: f(b=2))
show("f(1, d=4)", lambda: f(1, d=4))
show("f(1, c=3, d=4)", lambda: f(1, c=3, d=4))


def required(a, b, c, d=4):
    return a + b + c + d


show("required(1, d=2)", lambda: required(1, d=2))
show("required(d=2)", lambda: required(d=2))
show("required(1, c=2)", lambda: required(1, c=2))
show("required(1, 2, c=3)", lambda: required(1, 2, c=3))


def kwonly(a, *, key, reverse=False):
    return (a, key, reverse)


show("kwonly(1, key=2)", lambda: kwonly(1, key=2))
show("kwonly(1, reverse=True, key=0)", lambda: kwonly(1, reverse=True, key=0))
show("kwonly(1, reverse=True)", lambda: kwonly(1, reverse=True))
show("kwonly(reverse=True)", lambda: kwonly(reverse=True))
show("kwonly(1, 2, key=3)", lambda: kwonly(1, 2, key=3))


def two_kwonly(*, x, y, z=0):
    return x + y + z


show("two_kwonly(z=1)", lambda: two_kwonly(z=1))
show("two_kwonly(x=1, y=2)", lambda: two_kwonly(x=1, y=2))
show("two_kwonly(y=2, x=1, z=3)", lambda: two_kwonly(y=2, x=1, z=3))


def posonly(a, b=2, /, c=3):
    return (a, b, c)


show("posonly(1, c=5)", lambda: posonly(1, c=5))
show("posonly(1, b=5)", lambda: posonly(1, b=5))
show("posonly(a=1, b=5)", lambda: posonly(a=1, b=5))


def posonly_kwargs(a, /, **kw):
    return (a, sorted(kw.items()))


show("posonly_kwargs(1, a=2)", lambda: posonly_kwargs(1, a=2))


def star(a, *args, b=1, **kw):
    return (a, args, b, sorted(kw.items()))


show("star(1, b=2)", lambda: star(1, b=2))
show("star(1, 2, 3, b=4, z=5)", lambda: star(1, 2, 3, b=4, z=5))
show("star(a=1)", lambda: star(a=1))
show("star(1, a=1)", lambda: star(1, a=1))
show("star(b=1)", lambda: star(b=1))


def kwargs_only(**kw):
    return sorted(kw.items())


show("kwargs_only(x=1, y=2)", lambda: kwargs_only(x=1, y=2))
show("kwargs_only(1, x=1)", lambda: kwargs_only(1, x=1))


show("f(1, **{'a': 2})", lambda: f(1, **{"a": 2}))


class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    @classmethod
    def origin(cls, *, scale=1):
        return cls(0 * scale, 0 * scale)

    @staticmethod
    def distance(a, b, *, squared=False):
        d = (a.x - b.x) ** 2 + (a.y - b.y) ** 2
        return d if squared else d**0.5


p = Point(y=2, x=1)
show("Point(y=2, x=1)", lambda: p)
show("p.moved(dy=5)", lambda: p.moved(dy=5))
show("p.moved(1, dy=5)", lambda: p.moved(1, dy=5))
show("p.moved(self=p)", lambda: p.moved(self=p))
show("p.moved(dz=1)", lambda: p.moved(dz=1))
show("p.moved(1, 2, dx=3)", lambda: p.moved(1, 2, dx=3))
show("Point.moved(p, dx=3)", lambda: Point.moved(p, dx=3))
show("Point.moved(self=p, dx=3)", lambda: Point.moved(self=p, dx=3))
show("Point.origin(scale=2)", lambda: Point.origin(scale=2))
show("p.origin(scale=2)", lambda: p.origin(scale=2))
show("Point.origin(2)", lambda: Point.origin(2))
show("Point.distance(p, Point(), squared=True)", lambda: Point.distance(p, Point(), squared=True))
show("p.distance(p, b=Point())", lambda: p.distance(p, b=Point()))
show("Point(z=1)", lambda: Point(z=1))
show("Point(1, x=1)", lambda: Point(1, x=1))

lam = lambda a, b=10, *, c=100: a + b + c
show("lam(1, c=1)", lambda: lam(1, c=1))
show("lam(b=1, a=2)", lambda: lam(b=1, a=2))
show("lam(1, x=1)", lambda: lam(1, x=1))
show("lam()", lambda: lam())


def make_adder(base):
    def add(x, *, times=1):
        return base + x * times

    return add


add5 = make_adder(5)
show("add5(2, times=3)", lambda: add5(2, times=3))
show("add5(x=2)", lambda: add5(x=2))
show("add5(times=2)", lambda: add5(times=2))


def captured(a, b=2):
    # Both parameters are captured by the nested function (cells).
    def inner():
        return a * 10 + b

    return inner()


show("captured(1, b=3)", lambda: captured(1, b=3))
show("captured(b=4, a=5)", lambda: captured(b=4, a=5))
show("captured(a=7)", lambda: captured(a=7))


def fact(n, *, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc=acc * n)


show("fact(10)", lambda: fact(10))


def count_down(n, step=1, *, seen=None):
    seen = [] if seen is None else seen
    seen.append(n)
    if n > 0:
        return count_down(n=n - step, step=step, seen=seen)
    return seen


show("count_down(6, step=2)", lambda: count_down(6, step=2))


def gen(a, *, b=2):
    yield a
    yield b


show("list(gen(1, b=3))", lambda: list(gen(1, b=3)))
show("list(gen(b=3))", lambda: list(gen(b=3)))

# Defaults are evaluated once; a keyword call leaves them as they are.
def append_to(x, into=[]):
    into.append(x)
    return into


append_to(1)
show("append_to(2, into=[0])", lambda: append_to(2, into=[0]))
show("append_to(x=3)", lambda: append_to(x=3))

# Order of evaluation: the positional values, then the keyword values.
order = []


def note(x):
    order.append(x)
    return x


f(note("a"), c=note("c"), b=note("b"))
print("order", order)

# Many keywords at once.
def many(a=0, b=0, c=0, d=0, e=0, g=0, h=0, i=0, j=0, k=0):
    return [a, b, c, d, e, g, h, i, j, k]


show("many(k=1, j=2, i=3, h=4, g=5, e=6, d=7, c=8, b=9, a=10)", lambda: many(k=1, j=2, i=3, h=4, g=5, e=6, d=7, c=8, b=9, a=10))
show("many(1, 2, k=3)", lambda: many(1, 2, k=3))

total = 0
for n in range(1000):
    total += f(n, c=3)[2] + p.moved(dx=n).x
print("total", total)

# The last one is uncaught: its traceback is part of the output.
f(1, 2, b=3)
