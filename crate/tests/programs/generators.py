# Generator expressions: lazy, one-shot, run by one thread at a time.
import threading

squares = (i * i for i in range(5))
print(repr(squares).split(" at ")[0], type(squares).__name__)
print(next(squares), next(squares), list(squares), list(squares))

def inner():
    return (x for x in "ab")
print(repr(inner()).split(" at ")[0])

# A generator that asks for its own next item is already executing.
g = (next(g) for _ in range(1))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(list(g))

# An exception inside a generator ends it.
def boom(x):
    if x == 2:
        raise KeyError(x)
    return x
h = (boom(x) for x in range(4))
print(next(h), next(h))
try:
    next(h)
except KeyError as e:
    print("KeyError:", e)
print(next(h, "finished"))

# Threads sharing one generator: every item is taken exactly once.
shared = (i for i in range(20000))
taken = [[] for _ in range(4)]
def take(mine):
    while True:
        try:
            mine.append(next(shared))
        except StopIteration:
            return
        except ValueError:
            pass  # another thread was running it (possible without a GIL)
threads = [threading.Thread(target=take, args=(t,)) for t in taken]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(x for t in taken for x in t)
print(len(everything), everything == list(range(20000)))

# Nested loops over ranges, and a range iterator the program shares.
print(sum(i * j for i in range(100) for j in range(i)))
it = iter(range(5))
for a in it:
    print(a, next(it, None), end="; ")
print()
print([(x, y) for x in range(3) for y in range(x, 3)])
print(type(None), type(len), type(lambda: 1), type(iter(range(3))), type(iter([])), type(threading))

# sum() of a generator: ints are added as the generator runs on; the first
# item that is not an int (or would not fit) goes back to sum() itself.
print(sum(i for i in range(10)), sum(i for i in range(10)) == 45)
print(sum(x for x in [1, 2, 3.5, 4]), sum(x for x in [1, 2, True, 4]))
print(sum((x for x in [2**62, 2**62, 2**62, -(2**62)]), 10))
print(sum(x for x in [2**100, 1, 2**100]), sum((x for x in [1, 2]), 0.5))
g = (i for i in range(4))
print(sum(g), sum(g), next(g, "done"))
big = (9_000_000_000_000_000_000 for _ in range(40))
print(sum(big))
print(sum(i * i for i in range(100_000)))
try:
    sum(10 // (3 - i) for i in range(5))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
