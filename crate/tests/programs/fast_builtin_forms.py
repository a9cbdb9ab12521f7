# The common call shapes of builtins and methods that take their arguments
# in place, and the unusual ones that go to their full forms: keywords,
# wrong types and counts, subclasses, comparisons that run Python code.

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

# min, max, sum
l = [5, 3, 8, 1, 9, 2]
attempt("min/max/sum of ints", lambda: (min(l), max(l), sum(l)))
attempt("floats", lambda: (min([2.5, -1.0, 3.0]), max((2.5, -1.0)), sum([0.1, 0.2, 0.3])))
attempt("-0.0 sum", lambda: sum([-0.0]))
attempt("nan first", lambda: (min([float("nan"), 1.0]), max([1.0, float("nan"), 0.5])))
attempt("strs", lambda: (min(["pear", "apple", "fig"]), max("b", "a", "c"), min(["é", "z", "a"])))
attempt("equal keeps first", lambda: min([1, 1.0, True]))
attempt("mixed", lambda: (min([3, 2.5, True]), max(1, 2.0), sum([1, 2.5, True])))
attempt("two args", lambda: (min(3, 4), max(3, 4), min(4, 3, 2)))
attempt("key", lambda: (min(l, key=lambda x: -x), max("a", "bb", key=len)))
attempt("default", lambda: (min([], default=7), max([], default=None)))
attempt("empty", lambda: min([]))
attempt("empty max", lambda: max(()))
attempt("none", lambda: min())
attempt("one int", lambda: max(1))
attempt("bad kw", lambda: min(l, x=1))
attempt("default and many", lambda: min(1, 2, default=0))
attempt("unorderable", lambda: max([1, "a"]))
attempt("big ints", lambda: (min([2**70, -2**70]), sum([2**62, 2**62, 2**62])))
attempt("i64 overflow sum", lambda: sum([9223372036854775807, 9223372036854775807]))
attempt("sum start", lambda: (sum(l, 10), sum([[1], [2]], []), sum([], start=5)))
attempt("sum str", lambda: sum(["a"], ""))
attempt("sum counts", lambda: sum())
attempt("sum 3", lambda: sum(1, 2, 3))
attempt("sum gen", lambda: sum(x * x for x in range(10)))
attempt("sum bad", lambda: sum([1, "a"]))
attempt("sum kw", lambda: sum([1], x=2))

class L(list):
    pass

class D(dict):
    pass

class S(str):
    pass

ll = L([4, 2, 6])
attempt("subclass list", lambda: (min(ll), max(ll), sum(ll), sorted(ll)))

# round, divmod, conversions
attempt("round", lambda: (round(2.5), round(3.5), round(2.675, 2), round(7), round(1234, -2)))
attempt("round None", lambda: round(2.5, None))
attempt("round kw", lambda: (round(number=2.5), round(2.567, ndigits=1)))
attempt("round bad kw", lambda: round(2.5, nd=1))
attempt("round 0", lambda: round())
attempt("round 3", lambda: round(1, 2, 3))
attempt("round twice", lambda: round(1.5, number=2))
attempt("round str", lambda: round("a"))
attempt("round inf", lambda: round(float("inf")))
attempt("divmod", lambda: (divmod(7, 2), divmod(-7, 2), divmod(7.5, 2)))
attempt("divmod 1", lambda: divmod(1))
attempt("divmod kw", lambda: divmod(1, x=2))
attempt("divmod 0", lambda: divmod(1.0, 0))
attempt("int", lambda: (int("42"), int(" -7 "), int(3.9), int(-3.9), int(True), int("ff", 16), int("0x1f", base=0)))
attempt("int bad", lambda: int("4.2"))
attempt("int nan", lambda: int(float("nan")))
attempt("int 3", lambda: int(1, 2, 3))
attempt("int kw", lambda: int(x=1))
attempt("int base only", lambda: int(base=10))
attempt("int base twice", lambda: int("1", 2, base=3))
attempt("float", lambda: (float(3), float("1e3"), float(" inf "), float(True)))
attempt("float bad", lambda: float("x"))
attempt("float kw", lambda: float(x=1))
attempt("float 2", lambda: float(1, 2))
attempt("str", lambda: (str(5), str(2.5), str(None), str(S("s"))))
attempt("str kw", lambda: (str(object=5), str(b"a", encoding="ascii"), str(b"\xff", errors="replace"), str()))
attempt("str bad kw", lambda: str(x=1))
attempt("str 4", lambda: str(1, 2, 3, 4))

# sorted, enumerate, zip, range, print
attempt("sorted", lambda: (sorted([3, 1, 2]), sorted("bca"), sorted({3: 0, 1: 0})))
attempt("sorted kw", lambda: (sorted([3, 1, 2], reverse=True), sorted(["bb", "a"], key=len)))
attempt("sorted 0", lambda: sorted())
attempt("sorted 2", lambda: sorted([1], [2]))
attempt("sorted bad", lambda: sorted([1, "a"]))
attempt("enumerate", lambda: (list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1))))
attempt("enumerate bad", lambda: enumerate(1))
attempt("enumerate start", lambda: enumerate("ab", "x"))
attempt("enumerate 0", lambda: enumerate())
attempt("enumerate 3", lambda: enumerate(1, 2, 3))
attempt("enumerate kw", lambda: list(enumerate(iterable="ab", start=2)))
attempt("enumerate bad kw", lambda: enumerate("ab", x=1))
attempt("zip", lambda: (list(zip("ab", [1, 2, 3])), list(zip()), list(zip("ab", "cd", strict=True))))
attempt("zip bad", lambda: zip("ab", 1))
attempt("zip first bad", lambda: zip(1))
attempt("zip strict", lambda: list(zip("ab", "c", strict=True)))
attempt("range", lambda: (list(range(3)), list(range(1, 7, 2)), range(5)[-1]))
attempt("range kw", lambda: range(x=1))
attempt("range 0", lambda: range(0, 1, 0))
attempt("range str", lambda: range("a"))
attempt("range 4", lambda: range(1, 2, 3, 4))
print("print", 1, 2.5, None, "s")
print()
print("a", "b", sep="-", end="!\n")

# list methods
items = [1, 2, 3, 2, 1.0, True]
attempt("index", lambda: (items.index(2), items.index(1), items.index(2, 2), items.index(1, -3), items.index(True)))
attempt("index float", lambda: ([1.0, 2.0].index(2), [1, 2].index(2.0), [2**70].index(2**70)))
nan = float("nan")
attempt("index same nan", lambda: [nan].index(nan))
attempt("index str", lambda: ["a", "b", None].index(None))
attempt("index missing", lambda: items.index(7))
attempt("index missing str", lambda: ["a"].index("b"))
attempt("index bounds", lambda: items.index(3, 0, 2))
attempt("index 0", lambda: items.index())
attempt("index 4", lambda: items.index(1, 2, 3, 4))
attempt("index kw", lambda: items.index(x=1))
attempt("index bad bound", lambda: items.index(1, "a"))
attempt("count", lambda: (items.count(1), items.count(2), items.count("x"), items.count(None)))
attempt("count 0", lambda: items.count())
attempt("count tuple", lambda: [(1, 2), (1, 2)].count((1, 2)))
attempt("subclass index", lambda: (ll.index(6), ll.count(2)))
attempt("via type", lambda: (list.index([5, 6], 6), list.count([5, 5], 5)))
attempt("via type wrong", lambda: list.index("ab", "b"))
attempt("via type none", lambda: list.count())

class Eq:
    def __init__(self, target, n):
        self.target, self.n = target, n
    def __eq__(self, other):
        # Changes the list it is searched in (a few times: CPython's
        # search goes on to the list's new end).
        if len(self.target) < 6:
            self.target.append(self.n)
        return other == self.n
    __hash__ = None

grow = [1, 2, 3]
attempt("eq mutates index", lambda: grow.index(Eq(grow, 3)))
print(grow)
grow = [1, 2, 3]
attempt("eq mutates count", lambda: grow.count(Eq(grow, 2)))
print(grow)
grow = [1, 2, 3]
attempt("eq mutates remove", lambda: grow.remove(Eq(grow, 2)))
print(grow)

class Shrink:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False

shrink = [1, Shrink(None), 3, 4]
shrink[1].target = shrink
attempt("eq clears index", lambda: shrink.index(4))
print(shrink)

r = [1, 2, 3, 2]
r.remove(2)
print(r)
attempt("remove missing", lambda: r.remove(9))
attempt("remove 0", lambda: r.remove())
attempt("remove str", lambda: ["a", 1].remove("a"))
attempt("remove mixed", lambda: [(1,), 1.0, 1].remove(1))
e = [1]
e.extend([2, 3]); e.extend((4,)); e.extend("ab"); e.extend(range(2)); e.extend(e)
print(e)
attempt("extend bad", lambda: e.extend(1))
attempt("extend 0", lambda: e.extend())
attempt("extend kw", lambda: e.extend(x=1))
c = e.copy()
c.append("new")
print(len(e), len(c), c is e)
attempt("copy 1", lambda: e.copy(1))
attempt("copy via type", lambda: list.copy(ll))
attempt("copy via type none", lambda: list.copy())

# dict methods
d = {"a": 1}
attempt("setdefault", lambda: (d.setdefault("a", 5), d.setdefault("b", 5), d.setdefault("c"), d))
attempt("setdefault 0", lambda: d.setdefault())
attempt("setdefault kw", lambda: d.setdefault(k=1))
attempt("setdefault unhashable", lambda: d.setdefault([], 1))
attempt("pop", lambda: (d.pop("a"), d.pop("zz", 0), d))
attempt("pop missing", lambda: d.pop("zz"))
attempt("pop 0", lambda: d.pop())
attempt("pop 3", lambda: d.pop(1, 2, 3))
attempt("pop kw", lambda: d.pop(k=1))
d.update({"x": 1}); d.update(); d.update([("y", 2)]); d.update(z=3); d.update({"w": 0}, v=9)
print(d)
attempt("update 2", lambda: d.update({}, {}))
attempt("update bad", lambda: d.update(1))
attempt("update pairs", lambda: d.update([(1, 2, 3)]))
dd = D(a=1)
dd.update({"b": 2}); dd.setdefault("c", 3)
print(dd, dd.pop("a"), dict.pop(dd, "b"))
attempt("dict.get", lambda: (d.get("x"), d.get("nope", "dflt")))

# str methods
s = "banana"
attempt("replace", lambda: (s.replace("a", "o"), s.replace("a", "o", 2), s.replace("a", "o", -1), s.replace("x", "y"), s.replace("", "-")))
attempt("replace 1", lambda: s.replace("a"))
attempt("replace 4", lambda: s.replace("a", "b", 1, 2))
attempt("replace int", lambda: s.replace(1, "b"))
attempt("replace None", lambda: s.replace("a", None))
attempt("replace count str", lambda: s.replace("a", "b", "c"))
attempt("replace count float", lambda: s.replace("a", "b", 1.5))
attempt("replace kw", lambda: s.replace(old="a", new="b"))
attempt("find", lambda: (s.find("n"), s.find("n", 3), s.find("n", 3, 4), s.find("z"), s.rfind("a"), s.index("b"), s.rindex("n")))
attempt("find 0", lambda: s.find())
attempt("find 4", lambda: s.find("a", 1, 2, 3))
attempt("find int", lambda: s.find(1))
attempt("index missing", lambda: s.index("z"))
attempt("count", lambda: (s.count("a"), s.count("an"), s.count(""), s.count("a", 2), s.count("a", 0, 3)))
attempt("count 0", lambda: s.count())
attempt("count kw", lambda: s.count(x="a"))
attempt("format", lambda: ("{} and {}".format(1, "b"), "{0}{0}".format("x"), "{a}".format(a=1), "{:>4}|{!r}".format(7, "q")))
attempt("format missing", lambda: "{} {}".format(1))
attempt("format key", lambda: "{a}".format(1))
attempt("predicates", lambda: ("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), " ".isspace(), "Ab".istitle(), "AB".isupper(), "x1".isalnum(), "٣".isdecimal()))
attempt("isdigit 1", lambda: "1".isdigit(1))
attempt("isdigit kw", lambda: "1".isdigit(x=1))
attempt("isdigit via type", lambda: str.isdigit(5))
attempt("capitalize", lambda: ("hello WORLD".capitalize(), "ß".capitalize(), "".capitalize(), "ǆx".capitalize()))
attempt("capitalize 1", lambda: "a".capitalize(1))
attempt("upper", lambda: ("abc".upper(), "ß".upper()))
attempt("encode", lambda: ("hé".encode(), "hé".encode("latin-1"), "hé".encode("ascii", "replace"), "hé".encode(errors="ignore", encoding="ascii")))
attempt("encode bad", lambda: "hé".encode("ascii"))
attempt("encode int", lambda: "a".encode(1))
attempt("encode 3", lambda: "a".encode("a", "b", "c"))
attempt("encode kw", lambda: "a".encode(x=1))
attempt("encode unknown", lambda: "a".encode("nope"))
ss = S("hello")
attempt("subclass str", lambda: (ss.replace("l", "L"), ss.find("l"), ss.count("l"), ss.upper(), ss.isalpha(), ss.capitalize(), ss.encode(), "{}!".format(ss)))
attempt("str via type", lambda: (str.replace("aa", "a", "b"), str.find("ab", "b"), str.count("aa", "a")))
attempt("str via type wrong", lambda: str.replace(1, "a", "b"))
attempt("str via type none", lambda: str.upper())

# Lists that hold themselves, comparisons that raise, mixed kinds of items.
me = [1]; me.append(me)
attempt("self index", lambda: (me.index(me), me.count(me), me.count(1)))
class Boom:
    def __eq__(self, o): raise RuntimeError("boom")
attempt("raise", lambda: [1, Boom(), 3].index(3))
attempt("raise x", lambda: [1, 2].index(Boom()))
attempt("bools", lambda: (min([True, False]), sum([True, 1]), max([1, 2**70]), sum((1.5, 2))))
attempt("min of empty str", lambda: min(""))
class Half:
    def __eq__(self, o): return o == 2
attempt("inst x", lambda: ([1, 2, 3].index(Half()), [2, 2, 1].count(Half())))
r = [1, 2, 3]; r.remove(Half()); print(r)
attempt("tuples", lambda: ([(1, 2), 3].index(3), [(1,), (1,)].count((1,)), [1, (1,)].remove((1,))))
attempt("float int", lambda: ([1.0, 2.0].count(1), [1, 1.0, True].count(1), [2**64].index(2.0**64), [0.1].index(0.1)))
attempt("neg bounds", lambda: ([1, 2, 3, 1].index(1, -1), [1, 2, 3].index(3, -10, 100)))
attempt("start past end", lambda: [1, 2].index(1, 5))
attempt("big bounds", lambda: [1, 2].index(2, 0, 2**80))
attempt("min mixed", lambda: (min(3, 2.5), max("a", "b", "ab"), min([-0.0, 0.0]), max([0.0, -0.0])))
attempt("min nan", lambda: (min([1.0, float("nan")]), max([float("nan"), 5.0, 7.0])))
attempt("sum big", lambda: sum([2**63 - 1] * 4))
attempt("sum floats", lambda: sum([1e100, 1.0, -1e100]))
attempt("sum tuple", lambda: sum((1, 2, 3), 10))
attempt("round neg", lambda: (round(-2.5), round(0.5), round(1.5), round(12345, -2), round(2.5, 0)))

# Padding, partitions and prefixes.
attempt("pad", lambda: ("ab".ljust(5, "*"), "ab".rjust(5), "ab".center(7, "-"), "abc".center(6), "ab".ljust(1), "é".rjust(3, "ü")))
attempt("pad 0", lambda: "ab".ljust())
attempt("pad 3", lambda: "ab".ljust(1, " ", 2))
attempt("pad fill", lambda: "ab".center(5, "xy"))
attempt("pad fill int", lambda: "ab".center(5, 1))
attempt("pad width", lambda: "ab".rjust("5"))
attempt("pad kw", lambda: "ab".rjust(width=5))
attempt("partition", lambda: ("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x")))
attempt("partition empty", lambda: "abc".partition(""))
attempt("partition int", lambda: "abc".partition(1))
attempt("partition 0", lambda: "abc".rpartition())
attempt("affix", lambda: ("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "x".removeprefix(""), "x".removesuffix("y")))
attempt("affix None", lambda: "x".removeprefix(None))
attempt("affix 2", lambda: "x".removesuffix("a", "b"))
attempt("pad via type", lambda: (str.ljust(S("ab"), 4, "."), str.partition(S("a-b"), "-")))
attempt("pad via type wrong", lambda: str.center(5, 9))

# Sets, dict copies, tuples.
st = {1, 2, 3}
st.discard(2); st.discard(9); st.remove(3)
print(sorted(st))
attempt("set remove missing", lambda: st.remove(9))
attempt("set remove unhashable", lambda: st.remove([]))
attempt("set discard set", lambda: {frozenset({1})}.discard({1}))
attempt("set discard 0", lambda: st.discard())
attempt("set discard frozen", lambda: set.discard(frozenset({1}), 1))
attempt("frozenset remove", lambda: frozenset({1}).remove(1))
dc = {"a": [1]}
cp = dc.copy(); cp["b"] = 2
print(dc, cp, cp["a"] is dc["a"])
attempt("dict copy 1", lambda: dc.copy(1))
dc.clear()
print(dc, D(x=1).copy(), type(D(x=1).copy()).__name__)
attempt("dict clear via type", lambda: dict.clear([]))
tp = (1, 2, 3, 2, 1.0)
attempt("tuple", lambda: (tp.index(2), tp.index(2, 2), tp.index(1, -1), tp.count(1), tp.count(2), tp.count("x")))
attempt("tuple missing", lambda: tp.index(9))
attempt("tuple 0", lambda: tp.index())
attempt("tuple count 2", lambda: tp.count(1, 2))
attempt("tuple via type", lambda: tuple.index([1], 1))
fs = {frozenset({1}), frozenset({2})}
fs.remove({1}); fs.discard({2})
print(fs)
attempt("set remove set missing", lambda: fs.remove({3}))
