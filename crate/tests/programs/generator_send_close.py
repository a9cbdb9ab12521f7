def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
next(avg)
for v in (10, 20, 30, 45):
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("result:", stop.value)

def delegator():
    result = yield from averager()
    print("delegated result", result)
    yield "done"

d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleanup at", n)

g = countdown(5)
print(next(g), next(g))
g.close()
print(list(countdown(3)))

def echo():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
        except GeneratorExit:
            print("exiting")
            raise

e = echo()
next(e)
e.send("a")
e.throw(ValueError("oops"))
e.send("b")
e.close()

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

print(list(chunks("abcdefgh", 3)))
gen_exp = (x * x for x in range(5))
print(sum(gen_exp), sum(gen_exp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 30, fib())))
g2 = countdown(2)
print(next(g2), next(g2))
print(next(g2))
