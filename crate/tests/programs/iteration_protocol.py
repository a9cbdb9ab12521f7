class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start

class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(5)
print(list(c), list(c), list(reversed(c)), len(c), sum(c), 3 in c, 9 in c)
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
print(list(zip(c, "abc")), dict(enumerate(c, 1)), sorted(c), max(c), [x * 2 for x in c if x % 2])

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 16 in Squares(), 17 in Squares(), list(iter(Squares())))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(*Countdown(3), sep="-")
it2 = iter([1, 2, 3])
for x in it2:
    if x == 1:
        print("skip", next(it2))
    else:
        print("got", x)
sentinel_iter = iter(lambda: next(gen), 3)
gen = iter([1, 2, 3, 4])
print(list(sentinel_iter))
class NotIterable:
    pass
for x in NotIterable():
    pass
