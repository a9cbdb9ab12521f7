from functools import singledispatch, partial, reduce, cmp_to_key, total_ordering
import operator

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}: " + ", ".join(describe(i) for i in x)

@describe.register(str)
def _(x):
    return f"str {x.upper()}"

print(describe(5), describe("hi"), describe(2.5), describe([1, "a", None]), sep="\n")
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))

power = partial(pow, exp=2)
print(power(7), partial(int, base=2)("1011"), power.func.__name__, power.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3.args)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, ["a", "b", "c"], ">"))

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0.0"), Version("2.0") > Version("1.99"))
print(reduce(operator.add, []))
