import itertools

temps = [12, 15, 11, 18, 18, 21]
for a, b in itertools.pairwise(temps):
    print(f"{a}->{b}: {'up' if b > a else 'down' if b < a else 'same'}")
print(list(itertools.pairwise("abc")), list(itertools.pairwise([1])))

def batched(iterable, n):
    it = iter(iterable)
    while chunk := tuple(itertools.islice(it, n)):
        yield chunk

print(list(batched(range(7), 3)))
print(hasattr(itertools, "batched"))
try:
    itertools.batched(range(5), 2)
except AttributeError as e:
    print("AttributeError:", e)

print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(str.isdigit, "a1b2c3")))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.islice(itertools.cycle("xy"), 5)))
print(list(itertools.repeat("z", 3)))
groups = itertools.groupby(sorted("mississippi"))
print([(k, len(list(g))) for k, g in groups])
print(list(itertools.product("ab", repeat=2)))
print(len(list(itertools.combinations_with_replacement(range(4), 2))))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
try:
    list(itertools.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
