# Deep data: freed without deep recursion (CPython's "trashcan"), hashed
# without it, and RecursionError (not a crash) where CPython recurses on it.


def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def deep_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t


def deep_dict(n):
    d = {}
    for _ in range(n):
        d = {"k": d}
    return d


def attempt(what, f):
    try:
        print(what, f())
    except RecursionError as e:
        print(what, type(e).__name__, e)


# Dropping: each of these was freed by a native recursion as deep as it is.
x = deep_list(100_000)
del x
d = deep_dict(100_000)
del d
t = deep_tuple(100_000)
del t


class Node:
    pass


head = None
for i in range(100_000):
    n = Node()
    n.next = head
    n.tags = {i}
    head = n
n = None
print(head.next.next.tags)
head = None

x = None
for i in range(100_000):
    x = [(x, i)] if i % 3 else {"k": (1, [x])}
x = None

f = lambda: 0
for _ in range(50_000):
    f = (lambda g: lambda: g)(f)
print(f()()()() is not None)
f = None

g = iter([1, 2])
for _ in range(50_000):
    g = (v for v in g)
g = None

it = iter([3])
for _ in range(50_000):
    it = map(abs, zip(enumerate(it)))
it = None

e = None
for _ in range(50_000):
    e = ValueError(e)
e = None

# Replaced item by item: each old value freed as the new one is stored.
x = deep_list(100_000)
x = deep_list(10)
print(x)
print("dropped")

# Hashing a deep tuple, and deep tuples as keys.
a = deep_tuple(30_000)
b = deep_tuple(30_000)
c = deep_tuple(29_999)
print(hash(a) == hash(b), hash(a) == hash(c))
print({a: "a"}[a], len({a, c}), c in {a: 1}, a in {a}, deep_tuple(3) in {a: 1})
print({((1, 2), 3): "x", (1, (2, 3)): "y"}[(1, (2, 3))], (1, (2, [3])) if 0 else "")
a = b = c = None

# Where CPython recurses on deep data: RecursionError.
x = deep_list(100_000)
y = deep_list(100_000)
t = deep_tuple(100_000)
d = deep_dict(100_000)
attempt("repr list:", lambda: repr(x))
attempt("repr tuple:", lambda: repr(t))
attempt("repr dict:", lambda: repr(d))
attempt("str list:", lambda: str(x))
attempt("format:", lambda: format(x))
attempt("f-string:", lambda: f"{t}")
attempt("print:", lambda: print(d))
attempt("==:", lambda: x == y)
attempt("!=:", lambda: x != y)
attempt("<:", lambda: x < y)
attempt("tuple >=:", lambda: t >= deep_tuple(100_000))
attempt("dict ==:", lambda: d == deep_dict(100_000))
attempt("in:", lambda: x in [y])
attempt("index:", lambda: [y].index(x))
attempt("count:", lambda: [y].count(x))
attempt("sorted:", lambda: sorted([x, y]))
attempt("max:", lambda: max(x, y))
attempt("list():", lambda: len(list(x)))
attempt("is:", lambda: x is x and x == x)
x = y = t = d = None
print("end")
