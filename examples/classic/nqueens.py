# N-queens: place n queens on an n x n board so no two attack each other,
# by trying every permutation of columns (one queen a row and a column)
# and keeping those whose diagonals are all different, on the classic 8 x 8
# board. Size: how many times the board is solved.
import sys
import time


def permutations(items):
    """Every ordering of `items`, as tuples, in lexicographic order of positions."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (first,) + tail


def n_queens(n):
    cols = range(n)
    return [
        vec
        for vec in permutations(list(cols))
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols))
    ]


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
n = 8
start = time.perf_counter()
for _ in range(rounds):
    solutions = n_queens(n)
elapsed = time.perf_counter() - start
first = "".join(str(c) for c in solutions[0]) if solutions else "-"
total = sum(sum((i + 1) * c for i, c in enumerate(s)) for s in solutions)
print(f"checksum=solutions:{len(solutions)},first:{first},weighted:{total},n:{n},rounds:{rounds}")
print(f"ms={elapsed * 1000:.3f}")
