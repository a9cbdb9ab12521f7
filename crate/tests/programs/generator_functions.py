def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), sum(count_up(5)), [x * x for x in count_up(3)])
g = count_up(2)
print(next(g), next(g), next(g, "done"))
print(type(g).__name__, repr(g).startswith("<generator object count_up at 0x"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager(); next(a)
print(a.send(10), a.send(20), a.send(60))
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from range(3)
print(list(outer()))
def gen_return():
    yield 1
    return 42
g = gen_return(); next(g)
try:
    next(g)
except StopIteration as s:
    print("StopIteration value", s.value, s.args)
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = with_finally()
print(next(w))
w.close()
print("closed")
def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught in generator:", err)
c = catcher(); next(c)
c.throw(ValueError, "bad")
c.throw(ValueError("worse"))
try:
    c.throw(KeyError("k"))
except KeyError as k:
    print("KeyError out:", k)
try:
    e2 = echo()
    e2.send(5)
except TypeError as t:
    print("TypeError:", t)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as r:
    print("RuntimeError:", r)
def squares(nums):
    for n in nums:
        if n % 2:
            yield n * n
print(dict(zip("abc", squares(range(10)))), max(squares([1, 3, 5])), sorted(squares([5, 1, 3]), reverse=True))
def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
for chunk in read_chunks("abcdefgh", 3):
    print(chunk)
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
gen = (x for x in range(3))
print(gen.send(None), next(gen))
def early():
    yield 1
    yield 2
x = early()
print(next(x)); x.close(); print(next(x, "finished"))
