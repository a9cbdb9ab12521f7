# Python functions called from Rust: sort keys, map/filter functions, special
# methods found on the class (and found again after the class changes),
# generators that call functions, and errors raised inside each.
import functools


class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"P({self.v})"


ps = [P(v) for v in [5, 3, 9, 1, 7]]
print(sorted(ps))


# The special method replaced on the class: the new one is called.
def reverse_lt(self, other):
    return self.v > other.v


P.__lt__ = reverse_lt
print(sorted(ps))
del P.__lt__
try:
    sorted(ps)
except TypeError as e:
    print("TypeError:", e)


# Defined later on a base: a subclass that had none finds it.
class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


cs = [Child(3), Child(1), Child(2)]
try:
    sorted(cs)
except TypeError as e:
    print("TypeError:", e)
Base.__lt__ = lambda self, other: self.v < other.v
print([c.v for c in sorted(cs)])
Child.__lt__ = lambda self, other: self.v > other.v
print([c.v for c in sorted(cs)])


# __eq__ and __hash__ through dict and list operations, then replaced.
class K:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


d = {K(1): "one", K(2): "two"}
print(d[K(2)], K(1) in [K(0), K(1)])
K.__hash__ = lambda self: hash(-self.k)
print(K(2) in {K(2)}, [K(3)].count(K(3)))


# A key that calls other functions, many times over (each call's own
# stack of calls).
def first(t):
    return second(t)


def second(t):
    return t[0] * 7 % 11


pairs = [(i, str(i)) for i in range(30)]
print(sorted(pairs, key=lambda t: first(t))[:5])
print(min(pairs, key=first), max(pairs, key=lambda t: second(t)))


# map over a plain iterator, a generator, two iterables, and an empty one.
def gen(n):
    for i in range(n):
        yield i * i


print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(map(lambda x: -x, gen(4))))
print(list(map(lambda a, b: a * b, [1, 2, 3], (4, 5, 6, 7))))
print(list(map(str, [])))
m = map(lambda x: x * 2, iter([1, 2]))
print(next(m), next(m), next(m, "done"))
print(list(filter(lambda x: first((x,)) > 5, range(12))))
print(functools.reduce(lambda a, b: first((a + b,)), range(10)))


# Generators and generator expressions that call functions, consumed by
# built-ins.
print("".join(str(second((i,))) for i in range(12)))
print(sum(first((x,)) for x in range(100)))


# Errors raised in a function that a key calls: caught in the key, then not.
def checked(t):
    if t[0] == 3:
        raise ValueError(f"bad item {t}")
    return t[0]


def tolerant(t):
    try:
        return checked(t)
    except ValueError as e:
        return -len(str(e))


print(sorted(pairs[:6], key=tolerant))


def failing_key(t):
    return checked(t)


try:
    sorted(pairs, key=failing_key)
except ValueError as e:
    print("ValueError:", e, e.__traceback__ is not None)


class Bad:
    def __lt__(self, other):
        raise RuntimeError("no order")


try:
    sorted([Bad(), Bad()])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    list(map(lambda x: 1 // x, [2, 1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# Bound methods as keys and map functions, with an error inside one.
class Scaler:
    def __init__(self, k):
        self.k = k

    def scale(self, x):
        return x * self.k

    @classmethod
    def name_of(cls, x):
        return f"{cls.__name__}:{x}"


s3 = Scaler(3)
print(list(map(s3.scale, [1, 2, 3])), sorted([3, 1, 2], key=s3.scale))
print(list(map(Scaler.name_of, "ab")), max([4, 9, 2], key=s3.scale))
try:
    list(map(s3.scale, [1, None]))
except TypeError as e:
    print("TypeError:", e)


# __repr__, __str__ and __hash__ called by repr(), str() and dicts.
class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"R({self.v!r})"

    def __hash__(self):
        if self.v is None:
            raise KeyError("no hash")
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, R) and other.v == self.v


class Loud(R):
    def __str__(self):
        return "loud!"


class Lazy:
    __repr__ = lambda self, *rest: "lazy"

    def __hash__(self, salt=1):
        return 5


print(repr(R(1)), str(R("a")), [R(2)], {R(3): 1}, str(Loud(4)), repr(Loud(5)), f"{Loud(6)}")
print(Lazy(), {Lazy(): 2}.popitem()[1], len({R(1), R(1), R(2)}), {R(1): "x"}[R(1)])
try:
    {R(None): 1}
except KeyError as e:
    print("KeyError:", e)


# Deep recursion through a key: still a RecursionError.
def deep(n):
    return sorted([n], key=lambda x: deep(x + 1))


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)


# Uncaught, from a special method called by sorted: the traceback goes
# through the key and the functions it called.
class Q:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return compare(self, other)


def compare(a, b):
    if a.v == b.v:
        raise ValueError(f"tie at {a.v}")
    return a.v < b.v


print(sorted([Q(2), Q(1), Q(3)], key=lambda q: q)[0].v)
sorted([Q(1), Q(2), Q(1)])
