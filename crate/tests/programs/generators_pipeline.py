import itertools
log = """2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=login failed=1
2024-01-01 10:01:00 INFO user=alice action=view page=home
2024-01-01 10:02:30 ERROR user=carol action=pay amount=12.50
bad line here
2024-01-01 10:03:00 INFO user=bob action=login
2024-01-01 10:04:10 ERROR user=alice action=pay amount=99.99
"""
def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line
def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 4:
            print(f"skipping line {n}: {line!r}")
            continue
        d, t, level, *kv = parts
        rec = {"n": n, "date": d, "time": t, "level": level}
        rec.update(p.split("=", 1) for p in kv)
        yield rec
def only(level, recs):
    return (r for r in recs if r["level"] == level)
def take(n, it):
    return list(itertools.islice(it, n))
recs = list(parse(read_lines(log)))
print(len(recs), [r["user"] for r in recs])
print([r["n"] for r in only("ERROR", recs)])
print(sum(float(r.get("amount", 0)) for r in recs))
def countdown(n):
    print("start")
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"
g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
for x in g:
    if x < 7: break
print(list(g))
def gen_ret():
    yield 1
    return "result"
def delegator():
    r = yield from gen_ret()
    print("delegated returned", r)
    yield 2
print(list(delegator()))
g2 = gen_ret(); next(g2)
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()), [x for x in itertools.takewhile(lambda v: v < 100, fib()) if x % 2 == 0])
squares = (x * x for x in range(10))
print(sum(squares), sum(squares), type(squares).__name__)
def tracer():
    try:
        while True:
            v = yield
            print("got", v)
    except GeneratorExit:
        print("closing tracer")
    finally:
        print("tracer finally")
t = tracer(); next(t); t.send("a"); t.send("b"); t.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
th = thrower(); next(th)
print(th.throw(ValueError("boom")))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, "exhausted"))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v; count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(v) for v in [10, 20, 30, 5]])
pipeline = map(str.upper, filter(lambda w: len(w) > 2, "a quick brown fox is ok".split()))
print(list(pipeline), list(pipeline))
print(list(zip(*[iter(range(9))] * 3)))
print(dict(enumerate("abc", start=1)), list(reversed(range(5))), list(enumerate(reversed("xyz"))))
try:
    g3 = (1 / x for x in [1, 0])
    list(g3)
except ZeroDivisionError as e:
    print("in genexpr:", e)
def gen_self():
    yield next(me)
me = gen_self()
try:
    next(me)
except ValueError as e:
    print(e)
