# The @ operator (__matmul__, __rmatmul__, __imatmul__) and the words of an
# in-place operator's TypeError ("for -=").


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(r, other)) for r in self.rows]
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(other, c)) for c in zip(*self.rows)]
        return NotImplemented

    def __repr__(self):
        return f"Matrix({self.rows})"


class Counter:
    def __init__(self):
        self.n = 0

    def __imatmul__(self, other):
        self.n += other
        return self


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a @ [1, 1], [1, 1] @ a)
c = a
c @= b
print(c, a, c is a)
k = Counter()
k @= 5
k @= 2
print(k.n)
for expr in ["2 @ 3", "a @ 'x'", "[1] @ [2]", "1.5 @ 2"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    x = 10
    try:
        exec(f"x {op} 'text'")
    except TypeError as e:
        print(f"{op:>4}", e)
items = [1, 2]
try:
    items -= [1]
except TypeError as e:
    print(e)
s = "abc"
try:
    s += 5
except TypeError as e:
    print(e)
n = 5
n @= a
