# Generators: walk a balanced binary tree in order with recursive
# generators (`yield from`), feed the values through a pipeline of
# generator functions and generator expressions, and total them with a
# generator that receives values by send(). Size: how many walks.
import sys
import time


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(low, high):
    """A balanced tree holding low..high-1."""
    if low >= high:
        return None
    mid = (low + high) // 2
    return Tree(build(low, mid), mid, build(mid + 1, high))


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


def pairs(values):
    it = iter(values)
    for a in it:
        b = next(it, 0)
        yield a, b


def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return total, count


def walk(tree):
    acc = accumulator()
    next(acc)
    squares = (v * v % 1000 for v in evens(tree))
    for a, b in pairs(squares):
        acc.send(a - b)
    try:
        acc.send(None)
    except StopIteration as stop:
        return stop.value


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 25
start = time.perf_counter()
tree = build(0, 20000)
results = [walk(tree) for _ in range(rounds)]
half = max(len(list(t)) for t in [tree.left, tree.right])
elapsed = time.perf_counter() - start
total, count = results[0]
assert all(r == results[0] for r in results)
print(f"checksum=total:{total},count:{count},half:{half},rounds:{rounds}")
print(f"ms={elapsed * 1000:.3f}")
