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

avg = averager()
next(avg)
for v in [10, 20, 30, 45]:
    print("avg:", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("result:", stop.value)

def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)

sink = printer(">>")
g = grep("py", sink)
for line in ["python rocks", "java", "pypy fast", "rust"]:
    g.send(line)

def counter():
    n = 0
    try:
        while True:
            cmd = yield n
            if cmd == "reset":
                n = 0
            else:
                n += 1
    finally:
        print("counter closed at", n)

c = counter()
print(next(c), next(c), c.send("reset"), next(c))
c.close()
def delegate():
    result = yield from averager()
    print("delegated result", result)
    yield "done"
d = delegate()
next(d)
d.send(4); d.send(6)
print(d.send(None))
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught inside:", e)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError("oops")))
