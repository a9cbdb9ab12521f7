import itertools


def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


def delegator():
    result = yield from averager()
    print("averager returned", result)
    yield "done"


gen = countdown(3)
print(type(gen).__name__, next(gen), next(gen), list(gen))
try:
    next(gen)
except StopIteration as e:
    print("stopped", e.value)
g = countdown(2)
for v in g:
    print("v", v)
print(take(10, fib()), list(chunks("abcdefg", 3)), list(flatten([1, [2, [3, (4, 5)]], 6])))
avg = averager()
next(avg)
print(avg.send(10), avg.send(20), avg.send(30))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)
d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), list(x for x in range(10) if x % 3 == 0))


def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


c = closing_gen()
print(next(c))
c.close()
print(list(itertools.islice(fib(), 5, 10)), list(itertools.takewhile(lambda x: x < 20, fib())))


def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"handled {e}"


t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
pairs = list(itertools.pairwise([1, 2, 4, 7]))
print(pairs, list(itertools.accumulate([1, 2, 3])), list(enumerate(countdown(2), start=1)))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2


print(list(Range2(7)), [*Range2(3)], dict(zip("abc", Range2(6))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
gen = (i for i in range(3))
print(gen.__name__ if hasattr(gen, "__name__") else "", list(gen))
print(list(map(lambda p: p[0] * p[1], zip(range(4), fib()))))
e = enumerate("ab")
print(next(e), list(e))
g = countdown(1)
print(g.gi_running if hasattr(g, "gi_running") else "", next(g))
print(next(countdown(0), "empty"))
