a, *rest = [1, 2, 3]
print(a, rest)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
[p, *q] = (9,)
print(p, q)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
xs, ys = [1, 2], (3, 4)
print([*xs, *ys, 5], (*xs, 0), {*xs, *ys}, [*range(3)], (*"ab",))
d1, d2 = {"x": 1, "y": 2}, {"y": 3}
print({**d1, **d2, "z": 4}, {"w": 0, **d1})
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)
print(f(1), f(1, 5, 6, d=7), f(1, c=9))
try:
    f(a=1)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, /):
    return a
try:
    h()
except TypeError as e:
    print("TypeError:", e)
print(h(5))
head, *_ = "hello world".split()
print(head)
