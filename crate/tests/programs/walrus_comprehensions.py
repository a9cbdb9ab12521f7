# := inside comprehensions binds in the enclosing function or module (PEP 572),
# and CPython's SyntaxErrors where it may not be used.
values = [3, 8, 1, 9, 4]
big = [y for x in values if (y := x * 2) > 7]
print(big, y)
total = 0
running = [total := total + v for v in values]
print(running, total)


def first_over(limit, items):
    if any((hit := v) > limit for v in items):
        return hit
    return None


print(first_over(5, values), first_over(50, values))


def nested():
    rows = [[(last := i * j) for j in range(3)] for i in range(3)]
    return rows, last


print(nested())


def counter():
    seen = 0
    def bump(items):
        nonlocal seen
        return [seen := seen + 1 for _ in items]
    return bump("abc"), seen


print(counter())


def with_global():
    global found
    [(found := c) for c in "xyz"]


with_global()
print(found)
data = {k: (sq := k * k) for k in range(4)}
print(data, sq)
gen = ((g := i) for i in range(3))
print(list(gen), g)
print([(lambda: (q := 5))() for _ in range(2)])

for source in [
    "[i for i in (y := [1, 2])]",
    "[x := 1 for x in range(3)]",
    "class A:\n    z = [y := 1 for _ in range(2)]",
    "[[x := 1 for _ in range(1)] for x in range(2)]",
    "[a for a in range(2) for b in (c := [1])]",
]:
    try:
        compile(source, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
