def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment

c = make_counter()
print(c(), c(), c())
c.reset()
print(c())
c10 = make_counter(100, 10)
print(c10(), c10(), c())

def make_accumulators():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total
    def undo():
        nonlocal total
        total -= history.pop()
        return total
    return add, undo, lambda: (total, list(history))

add, undo, state = make_accumulators()
add(5); add(7); add(-2)
print(state())
print(undo(), state())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())

def broken():
    n = 0
    def bump():
        n += 1
        return n
    return bump()
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

print([f() for f in [lambda i=i: i * i for i in range(4)]])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print(c.__closure__[0].cell_contents if c.__closure__ else None)
