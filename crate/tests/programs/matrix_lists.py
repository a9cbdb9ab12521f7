def shape(m):
    return len(m), len(m[0]) if m else 0

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"cannot multiply {shape(a)} by {shape(b)}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def pretty(m):
    width = max(len(str(v)) for row in m for v in row)
    return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in m)

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(pretty(matmul(a, b)))
print(transpose(a))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(a, identity) == a)
print([sum(col) for col in zip(*a)], [max(r) for r in a], sum(map(sum, a)))
flat = [v for row in a for v in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)])
rot = [list(r) for r in zip(*a[::-1])]
print(rot)
diag = [identity[i][i] for i in range(len(identity))]
print(diag, any(any(r) for r in [[0, 0], [0, 1]]), all(map(all, [[1], []])))
m = [[0] * 4 for _ in range(4)]
for i in range(4):
    for j in range(4):
        m[i][j] = (i + 1) * (j + 1)
print(pretty(m))
print(matmul(a, a))
