counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents if inc.__closure__ else None)
def outer():
    x = "outer"
    def inner():
        print(x)
    x = "changed"
    return inner
outer()()
fns = [lambda: i for i in range(3)]
print([f() for f in fns], [(lambda i=i: i)() for i in range(3)])
def bad():
    print(y)
    y = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, (b, c), *d = 1, (2, 3), 4, 5
print(first, rest, init, last, a, b, c, d)
head, *_ = range(5)
print(head, [*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, {*[1, 2], *(2, 3)})
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 7, "z": 0}))
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, c=3, d=4), pos_only(1, 2, 3, d=4))
for call in ["pos_only(a=1, b=2, c=3, d=4)", "pos_only(1, 2, 3, 4)", "f()", "f(1)", "f(1, c=1, c=2)" if False else "f(1, 2, c=3, a=9)", "len()", "len(1, 2)", "int('x', base=99)", "bump(1)", "(lambda: 0)(1)", "print(sep=1)", "sorted([1], key=1)", "dict(1)", "list(1, 2)", "max()", "max([])", "min(1)", "abs('x')", "round('x')", "divmod(1, 0)", "sum(['a'])", "'x'.join([1])", "[].pop()", "{}.pop('k')", "[1].index(2)", "(1,).index(2)", "set().remove(1)", "iter(5)", "next(iter([]))", "getattr(1, 'x')", "chr(-1)", "ord('ab')", "int(None)", "float('x')", "complex('x')", "tuple(1)", "hash([])", "1 < 'a'", "[] + ()", "None + 1", "'a' * 'b'", "-'a'", "~1.5", "1 @ 2", "{}[[]]", "'abc'[None:'x']", "x_undefined", "import_ = __import__('nosuchmod')", "range(1.5)", "bytes('abc')", "isinstance(1, 2)", "issubclass(1, int)", "super()", "object().x", "type('X', (), {})().y", "int.foo", "exec('1 +')", "eval('x y')", "compile('a b', 'f', 'exec')"]:
    try:
        print(repr(eval(call)))
    except Exception as e:
        print(f"{call}: {type(e).__name__}: {e}")
(x := 10)
print(x, [y for v in range(5) if (y := v * 2) > 4], y)
data = {"a": [1, 2], "b": [3]}
if (n := sum(len(v) for v in data.values())) > 2:
    print("total", n)
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)}, [[r * c for c in range(3)] for r in range(3)])
print(frozenset([1, 2]) | {3}, {1, 2} & frozenset([2, 3]), frozenset("ab") == {"a", "b"}, {frozenset([1]): "ok"}, {1, 2} ^ {2, 3}, {1, 2} - {1}, {1} <= {1, 2}, {1, 2}.issuperset([1]), {1}.isdisjoint({2}))
print(sorted({3, 1, 2}), sorted(frozenset({-1, 5, 0})), len(set("hello")), set(), frozenset(), repr(frozenset({1})))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], [row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2], sum(map(sum, matrix)))
print(list(map(lambda r: [v * 2 for v in r], matrix)), [[matrix[j][i] for j in range(3)] for i in range(3)][::-1])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident, [[sum(a * b for a, b in zip(row, col)) for col in zip(*ident)] for row in matrix] == matrix)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY")]
print(sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: p[2], reverse=True), sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1]))
import operator
print(sorted(people, key=operator.itemgetter(2, 1)), list(map(operator.itemgetter(0), people)), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
print(b"abc" + bytes([100]), bytearray(b"hi").upper(), b"a,b".split(b","), bytes(3), bytes(range(65, 70)), b"\x00\xff".hex(" "), list(b"AB"), b"abc"[1], b"abc"[1:], bytearray(5), b"%d-%s" % (5, b"x"))
ba = bytearray(b"hello"); ba[0] = ord("J"); ba.extend(b"!!"); ba.append(63); del ba[1]
print(ba, ba.decode(), bytes(ba), ba.find(b"l"), ba.replace(b"l", b"L"), len(ba), b"x" in ba, ba * 2, ba.count(b"!"), ba.pop(), ba)
print(int.from_bytes(b"\x00\x01", "big"), (1024).to_bytes(4, "little"), b"Hello".startswith(b"He"), b" x ".strip(), b"a".center(5, b"-"), bytes.fromhex("de ad"), b"abc".upper(), memoryview(b"abc")[1], repr(b"'\"\n\x7f"))
