class V:
    def __init__(s, *a): s.a = a
    def __getitem__(s, i): return s.a[i]
    def __len__(s): return len(s.a)
print(list(V(1, 2, 3)), 2 in V(1, 2), 5 in V(1, 2), len(V()))
for x in V('a', 'b'):
    print(x)
print(sorted(V(3, 1, 2)), sum(V(1, 2, 3)), tuple(V()), list(enumerate(V('x'))))
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), max(Squares()), [s for s in Squares() if s])
a, b, c, d = Squares()
print(a, b, c, d)
class Bad:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Bad())
except KeyError as e:
    print('KeyError', e)
class NoItems: pass
try:
    iter(NoItems())
except TypeError as e:
    print(e)
