# throw() and close() of a generator suspended in `yield from` reach the
# generator it delegates to; a StopIteration raised in a generator becomes
# a RuntimeError caused by it.


def averager():
    total = count = 0
    average = None
    while True:
        try:
            x = yield average
        except ValueError as e:
            print("  inner ignored:", e)
            continue
        except KeyError:
            print("  inner returns on KeyError")
            return "stopped"
        if x is None:
            return average
        total += x
        count += 1
        average = total / count


def grouper(results):
    while True:
        try:
            result = yield from averager()
        except TypeError as e:
            print("  outer caught:", e)
            result = "failed"
        results.append(result)


results = []
g = grouper(results)
next(g)
print(g.send(10), g.send(20))
print(g.throw(ValueError("bad sample")))
print(g.send(60))
print(g.throw(KeyError("k")))
print(g.throw(TypeError("boom")))
print(g.send(1), results)


def inner_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("  inner finally")


def outer_cleanup():
    try:
        yield from inner_cleanup()
    finally:
        print("  outer finally")


h = outer_cleanup()
print(next(h))
h.close()
print(list(h))


def ticker():
    yield 1
    yield 2


def relay():
    yield from ticker()
    yield 3


r = relay()
next(r)
try:
    r.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("escaped:", e)
print(list(r))


def leaks():
    yield 1
    raise StopIteration("early")


try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)


def plain_iter_relay():
    yield from iter([1, 2, 3])


p = plain_iter_relay()
print(next(p))
try:
    p.throw(ValueError("into a list iterator"))
except ValueError as e:
    print("raised in relay:", e)
list(leaks())
