# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to n x n,
# found by power iteration on A^T A. Size: n.
import sys
import time


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum(eval_a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_at(u):
    n = len(u)
    return [sum(eval_a(j, i) * u[j] for j in range(n)) for i in range(n)]


def times_at_a(u):
    return times_at(times_a(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_at_a(u)
        u = times_at_a(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
start = time.perf_counter()
result = spectral_norm(n)
elapsed = time.perf_counter() - start
print(f"checksum=norm:{result:.9f},n:{n}")
print(f"ms={elapsed * 1000:.3f}")
