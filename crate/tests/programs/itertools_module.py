import itertools
from itertools import (
    accumulate, chain, combinations, combinations_with_replacement, compress,
    count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
    permutations, product, repeat, starmap, takewhile, tee, zip_longest,
)
import operator


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


# count
c = count()
print(next(c), next(c), next(c), c)
c = count(10, 5)
print([next(c) for _ in range(3)], c)
print(list(islice(count(0.5, 0.25), 4)), count(2.5), count(1, -1), count(1, 1.0))
print(count(step=3), count(start=7), count(True), count(2, True))
print(list(zip(count(1), "abc")))
print(type(count(1)), type(count(1)).__name__, isinstance(count(), itertools.count))
show("count('a')", lambda: count("a"))
show("count(1, 'b')", lambda: count(1, "b"))
show("count(1, 2, 3)", lambda: count(1, 2, 3))
show("count(bad=1)", lambda: count(bad=1))
show("count(1, start=2)", lambda: count(1, start=2))

# cycle
print(list(islice(cycle("abc"), 8)))
print(list(cycle([])))
show("cycle(1)", lambda: cycle(1))
show("cycle()", lambda: cycle())
show("cycle(x=1)", lambda: cycle(x=[1]))

# repeat
print(repeat(1), repeat(1, 3), repeat("a", times=2), repeat(1, -3))
print(list(repeat("x", 3)), list(repeat(0, 0)), list(map(pow, range(5), repeat(2))))
r = repeat(7, 2)
next(r)
print(r, r.__length_hint__(), operator.length_hint(r))
next(r)
print(r, list(r))
show("repeat()", lambda: repeat())
show("repeat(1, 'a')", lambda: repeat(1, "a"))
show("repeat(1, 2.0)", lambda: repeat(1, 2.0))
show("repeat(1, None)", lambda: repeat(1, None))
show("repeat(1).__length_hint__()", lambda: repeat(1).__length_hint__())

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)))
print(list(accumulate([])), list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)))
show("accumulate(1)", lambda: accumulate(1))
show("accumulate([1, 'a'])", lambda: list(accumulate([1, "a"])))
show("accumulate([1], len, 0)", lambda: accumulate([1], len, 0))
show("accumulate(bad)", lambda: accumulate([1], bad=1))
show("accumulate()", lambda: accumulate())

# chain
print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain()), list(chain.from_iterable(["xy", "z", []])))
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)))
ch = chain(1)
show("next(chain(1))", lambda: next(ch))
show("chain(x=1)", lambda: chain(x=1))
show("from_iterable(1)", lambda: list(chain.from_iterable(1)))
show("from_iterable()", lambda: chain.from_iterable())
show("from_iterable(a, b)", lambda: chain.from_iterable([1], [2]))
print(type(chain()).__name__, type(chain.from_iterable([])).__name__)

# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1, 1, 1, 1])), list(compress("ABCDE", [0, 1])))
show("compress(1, [])", lambda: compress(1, []))
show("compress([], 1)", lambda: compress([], 1))
show("compress([1])", lambda: compress([1]))
print(list(compress(data="ab", selectors=[0, 1])))

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
show("dropwhile(len)", lambda: dropwhile(len))
show("takewhile(len, 1)", lambda: takewhile(len, 1))
show("filterfalse(None, 1)", lambda: filterfalse(None, 1))
show("takewhile kw", lambda: takewhile(len, [], x=1))
t = takewhile(lambda x: x < 3, [1, 2, 3, 1, 2])
print(list(t), list(t))

# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
data = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "apricot"]
for key, group in groupby(data, key=lambda s: s[0]):
    print(key, list(group))
groups = []
for key, group in groupby("aaabbc"):
    groups.append(group)
print([list(g) for g in groups])
g = groupby("aabbb")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(list(groupby([])))
print([(k, list(v)) for k, v in groupby([1.0, 1, True, 2, 2.0])])
show("groupby(1)", lambda: groupby(1))
show("groupby()", lambda: groupby())
show("groupby(key, bad)", lambda: groupby([1], key=None, bad=2))

# islice
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 2, 8, 3)))
print(list(islice(range(10), None, None, None)), list(islice(range(10), True)))
print(list(islice(count(), 3, 20, 5)), list(islice([], 5)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(-1,), ("a",), (1, "a"), ("a", 1), (-1, 1), (1, -1), (1, 2, 0),
             (1, 2, -1), (1, 2, "a"), (1.0,), (2 ** 63,), (), (1, 2, 3, 4)]:
    show(f"islice{args}", lambda: islice([], *args))
show("islice(1, 2)", lambda: islice(1, 2))
show("islice(1, -1)", lambda: islice(1, -1))
show("islice(stop=)", lambda: islice([1], stop=2))

# pairwise
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
show("pairwise(1)", lambda: pairwise(1))
show("pairwise()", lambda: pairwise())

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
show("starmap(len, 1)", lambda: starmap(len, 1))
show("starmap(len, [1])", lambda: list(starmap(len, [1])))

# tee
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([], 0), len(tee([1])), type(tee([1])[0]).__name__)
a, b = tee(count())
print([next(a) for _ in range(5)], [next(b) for _ in range(3)])
a2, a3 = tee(a)
print(next(a2), next(a3), next(a), next(b))
show("tee([], -1)", lambda: tee([], -1))
show("tee([], 'a')", lambda: tee([], "a"))
show("tee(1)", lambda: tee(1))
show("tee()", lambda: tee())
show("tee(n=)", lambda: tee([1], n=2))
fib_a, fib_b = tee(accumulate(range(6)))
print(list(zip(fib_a, islice(fib_b, 1, None))))

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", [1, 2, 3], [None])), list(zip_longest()))
print(list(zip_longest([], [])), list(zip_longest("ab")))
show("zip_longest(1)", lambda: zip_longest(1))
show("zip_longest(foo=)", lambda: zip_longest([], foo=1))
show("zip_longest(fill, foo)", lambda: zip_longest([], fillvalue=1, foo=1))

# product
print(list(product("AB", "xy")), list(product()), list(product("ab", [])))
print(list(product(range(2), repeat=3)))
print(list(product("ab", "c", repeat=2)), list(product(repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
show("product(repeat=-1)", lambda: product([1], repeat=-1))
show("product(1)", lambda: product(1))
show("product(foo=)", lambda: product([1], foo=1))
show("product(repeat='a')", lambda: product([1], repeat="a"))

# permutations / combinations
print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations([], 0)), list(permutations([1], 2)), list(permutations([1, 2], 0)))
print(len(list(permutations(range(6)))), list(permutations("ab", r=None)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(range(2), 3)))
show("permutations([1], -1)", lambda: permutations([1], -1))
show("permutations([1], 'a')", lambda: permutations([1], "a"))
show("permutations([1], 2.0)", lambda: permutations([1], 2.0))
show("permutations()", lambda: permutations())
show("combinations([1], -1)", lambda: combinations([1], -1))
show("combinations([1])", lambda: combinations([1]))
show("combinations([1], 2.0)", lambda: combinations([1], 2.0))
show("cwr([1], -1)", lambda: combinations_with_replacement([1], -1))
show("cwr([1])", lambda: combinations_with_replacement([1]))
show("combinations(1, 1)", lambda: combinations(1, 1))
print(list(combinations(iterable="abc", r=2)))

# recipes
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle((lambda it=iter(it): next(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


print(list(flatten([[1, 2], [3], []])))
print(list(powerset([1, 2, 3])))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(unique_justseen("ABBcCAD", str.lower)))
print(sum(1 for _ in islice(count(), 1000)), list(islice(cycle(range(3)), 10)))
