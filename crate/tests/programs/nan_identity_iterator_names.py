# NaN is never equal to itself, but containers try identity first: the same
# NaN object is found, a new one is not. divmod's messages; iterator types.
import json
import math
import operator

x = float("nan")
print(x == x, x in [x], [x].index(x), [x].count(x), (x,).index(x), {x: 1}[x])
print(float("nan") in [float("nan")], [float("nan")].count(float("nan")))
try:
    [float("nan")].index(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(len({float("nan"), float("nan")}), len({x, x}), len({math.nan, math.nan}))
print(math.nan in [math.nan], float("nan") is float("nan"), x is x)
values = [1.0, x, 2.0]
print(values.index(x), values.count(x), x in values, values == values)
y = json.loads("NaN")
print(y in [y], y in [json.loads("NaN")], math.isnan(y))
print(float.fromhex("nan") in [float.fromhex("nan")], repr(float("-nan")))

for a, b in [(1, "a"), ("a", 1), (1.5, None), ([], 2)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError:", e)
print(divmod(7, 2), divmod(-7.5, 2), divmod(True, 3))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, n):
        return Money(self.cents // n), Money(self.cents % n)

    def __rdivmod__(self, n):
        return "reflected", n

    def __repr__(self):
        return f"Money({self.cents})"


print(divmod(Money(1001), 3), divmod(5, Money(1)))


def f(a, b=2, *args, c=3, d, **kw):
    pass


print(f.__defaults__, f.__kwdefaults__)

for it in [iter([]), iter(()), iter("abc"), iter("héllo"), iter(b"x"), iter(bytearray(b"y")),
           iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(range(3)),
           reversed([1]), reversed((1,)), reversed("ab"), reversed(range(2)), reversed({}),
           reversed({}.values()), reversed({}.items()), enumerate([]), zip(), map(str, []),
           filter(None, []), (i for i in [])]:
    print(type(it).__name__, end=" ")
print()
it = iter([1, 2, 3, 4])
next(it)
print(it.__length_hint__(), iter(range(0, 10, 3)).__length_hint__(), iter("abc").__length_hint__())
print(iter({1: 2}).__length_hint__(), iter({1, 2}).__length_hint__(), iter(range(5, 0, -2)).__length_hint__())
print(operator.length_hint(it), operator.length_hint(map(str, []), 7), hasattr(zip(), "__length_hint__"))
print(list(it), it.__length_hint__())
