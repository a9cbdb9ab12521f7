from itertools import (groupby, accumulate, product, permutations, combinations,
    combinations_with_replacement, chain, islice, tee, zip_longest, pairwise, count,
    cycle, repeat, starmap, takewhile, dropwhile, filterfalse, compress)
import operator

data = [("fruit", "apple"), ("fruit", "banana"), ("veg", "carrot"), ("fruit", "cherry"), ("veg", "daikon"), ("veg", "eggplant")]
for k, g in groupby(data, key=lambda t: t[0]):
    print(k, [x[1] for x in g])
for k, g in groupby(sorted(data), key=operator.itemgetter(0)):
    print(k, list(g))
print([k for k, _ in groupby("aaabbbccdaa")])
print([(k, len(list(g))) for k, g in groupby("aaabbbccdaa")])
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(product("ab", repeat=2)))
print(list(product([1, 2], "xy", [True])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("abc", 2)))
print(list(chain.from_iterable([[1, 2], (3,), "ab"])))
print(list(chain("ab", [1])))
print(list(islice(count(10, 5), 3)), list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3, 8)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(zip_longest("ab", "xyz")))
print(list(pairwise("abcd")), list(pairwise([])))
print(list(islice(cycle("xy"), 5)), list(repeat(7, 3)))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))

def chunked(it, n):
    it = iter(it)
    while batch := list(islice(it, n)):
        yield batch
print(list(chunked(range(10), 3)))

def sliding(it, n):
    it = iter(it)
    window = list(islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)
print(list(sliding("abcde", 3)))

def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))

def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
def roundrobin(*its):
    nexts = cycle(iter(it).__next__ for it in its)
    pending = len(its)
    while pending:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
print(list(roundrobin("ABC", "D", "EF")))
print(repr(count(3)), repr(repeat("a", 2)), repr(count(1.5, 0.5)))
g = groupby([])
print(list(g))
it = islice([1, 2, 3], 1)
print(next(it), next(it, "done"))
try:
    list(islice([1], -1))
except ValueError as e:
    print(e)
print(list(product()))
print(list(combinations(range(3), 5)))
print(sum(1 for _ in permutations(range(6))))
print(list(accumulate("abc")))
