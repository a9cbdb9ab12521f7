# hash() of numbers, tuples and frozensets as CPython's (a str's hash is
# randomised there, so none is printed).

print(hash((1, 2)), hash(()), hash((1,)), hash(((),)))
print(hash((1, (2, 3), ())), hash((1.5, -1, 2**70)), hash((True, False, None is None)))
print(hash(((1, 2), (3, 4), ((5,),))))
for n in range(12):
    print(n, hash(tuple(range(n))), hash(frozenset(range(n))))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3.5})))
print(hash(frozenset({frozenset({1}), frozenset({2, 3})})))
print(hash(frozenset([-1, -2])), hash(frozenset(range(-50, 50, 3))))
print(hash(True), hash(False), hash(-1), hash(-2), hash(2**64), hash(-(2**64)), hash(2**61 - 1))
print(hash(1.5), hash(-0.0), hash(1e100), hash(float("inf")), hash(0.1))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(hash(complex(1, 2)), hash((complex(0, 1),)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


print(hash(Point(1, 2)) == hash((1, 2)), hash(Point(3, 4)))
print([(p.x, p.y) for p in {Point(3, 4), Point(0, 0), Point(1, 2)}])
