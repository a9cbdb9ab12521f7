# Unpack sequence: assignments that unpack tuples and lists into names
# (`a, b, c = t`), over and over, with swaps, starred targets and nested
# targets in for loops. Size: the number of loop iterations.
import sys
import time


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(n):
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        total += b * i
    return total


def swaps_and_stars(n):
    x, y, z = 1, 2, 3
    total = 0
    for k in range(n):
        x, y = y, x
        y, z = z, y
        x, y, z = z, x, y
        first, *middle, last = (k, x, y, z, k + 1)
        head, *tail = [x, y, z]
        (p, q), r = (x, y), z
        total += first + last + len(middle) + head + len(tail) + p * q - r
    return total, x, y, z


def nested_loops(n):
    points = [((i, i + 1), (i * 2, -i)) for i in range(100)]
    total = 0
    for _ in range(n // 100):
        for (x1, y1), (x2, y2) in points:
            total += x1 * x2 - y1 * y2
        for index, ((x1, _), (x2, _)) in enumerate(points):
            total -= index
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 250_000
start = time.perf_counter()
results = (unpack_tuples(n), unpack_lists(n), swaps_and_stars(n), nested_loops(n))
elapsed = time.perf_counter() - start
print(f"checksum={results},n:{n}")
print(f"ms={elapsed * 1000:.3f}")
