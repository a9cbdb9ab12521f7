its = [iter("ABC"), iter([1]), iter((1,)), iter(range(3)), iter({1: 2}), iter({1}), iter(b"a"), (x for x in "a"), map(str, [1]), zip([1]), enumerate([1]), reversed([1]), iter({1: 2}.items()), filter(None, [0, 5])]
for it in its:
    print(it.__next__(), it.__iter__() is it, iter(it) is it)
it = iter([1, 2, 3])
step = it.__next__
print(step(), step(), step(), next(it, "done"))
try:
    step()
except StopIteration:
    print("StopIteration")
def roundrobin(*iterables):
    from itertools import cycle, islice
    nexts = cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
print(list(roundrobin("ABC", "D", "EF")))
r = iter(range(2))
print(r.__next__(), r.__next__(), hasattr(r, "__next__"))
try:
    iter([]).__next__(1)
except TypeError as e:
    print(e)
