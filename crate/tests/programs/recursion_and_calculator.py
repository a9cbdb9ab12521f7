import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
class Parser:
    """expr := term (('+'|'-') term)*; term := factor (('*'|'/'|'%') factor)*; factor := unary ('^' factor)?; unary := '-' unary | atom; atom := NUM | '(' expr ')' | NAME '(' expr ')'"""
    import math as _m
    FUNCS = {"sqrt": _m.sqrt, "abs": abs, "sin": _m.sin}
    def __init__(self, text):
        self.tokens = self.tokenize(text)
        self.pos = 0
    @staticmethod
    def tokenize(text):
        import re
        tokens = []
        for num, name, op, bad in re.findall(r"\s*(?:(\d+\.?\d*)|([a-z]+)|([-+*/%^()])|(\S))", text):
            if bad:
                raise SyntaxError(f"unexpected character {bad!r}")
            tokens.append(float(num) if num else name or op)
        return tokens
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self, expected=None):
        tok = self.peek()
        if expected is not None and tok != expected:
            raise SyntaxError(f"expected {expected!r}, got {tok!r}")
        self.pos += 1
        return tok
    def parse(self):
        v = self.expr()
        if self.peek() is not None:
            raise SyntaxError(f"trailing {self.peek()!r}")
        return v
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        b = self.unary()
        if self.peek() == "^":
            self.take()
            return b ** self.factor()
        return b
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if isinstance(tok, float):
            return tok
        if tok == "(":
            v = self.expr()
            self.take(")")
            return v
        if isinstance(tok, str) and tok in self.FUNCS:
            self.take("(")
            v = self.expr()
            self.take(")")
            return self.FUNCS[tok](v)
        raise SyntaxError(f"unexpected {tok!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1", "7 % 3", "sqrt(16) + abs(-3)", "2 * (3 + 4", "1 / 0", "3 $ 4", "", "sin(0)", "1 2", "((((5))))", "-(-(-1))", "sqrt(-1)"]:
    try:
        print(f"{src!r:22} = {Parser(src).parse()!r}")
    except SyntaxError as e:
        print(f"{src!r:22} ! SyntaxError: {e}")
    except (ZeroDivisionError, ValueError) as e:
        print(f"{src!r:22} ! {type(e).__name__}: {e}")
def memo_fib(n, memo={}):
    if n in memo: return memo[n]
    memo[n] = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    return memo[n]
print(memo_fib(200))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(1500))
def binary_search(xs, t, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi: return -1
    mid = (lo + hi) // 2
    if xs[mid] == t: return mid
    return binary_search(xs, t, mid + 1, hi) if xs[mid] < t else binary_search(xs, t, lo, mid - 1)
xs = list(range(0, 100, 3))
print([binary_search(xs, t) for t in (0, 33, 34, 99, 98)])
def merge_sort(a):
    if len(a) < 2: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))
def quick(a):
    return a if len(a) < 2 else quick([x for x in a[1:] if x < a[0]]) + [a[0]] + quick([x for x in a[1:] if x >= a[0]])
print(quick([3, 6, 1, 8, 2, 9, 2]))
