import operator
from operator import attrgetter, itemgetter, methodcaller


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


# arithmetic and bitwise
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 2.5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.pow(2, -1))
print(operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.inv(5), operator.invert(-1))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.add("ab", "cd"))
print(operator.mul([0], 3), operator.mod("%s-%d", ("a", 1)), operator.or_({1}, {2}))
print(operator.index(7), operator.index(True), type(operator.index(True)).__name__)
show("add('a', 1)", lambda: operator.add("a", 1))
show("truediv(1, 0)", lambda: operator.truediv(1, 0))
show("neg('a')", lambda: operator.neg("a"))
show("index(2.0)", lambda: operator.index(2.0))
show("index('a')", lambda: operator.index("a"))
class Idx:
    def __index__(self):
        return 42
print(operator.index(Idx()))
class BadIdx:
    def __index__(self):
        return "x"
show("bad __index__", lambda: operator.index(BadIdx()))
show("matmul(1, 2)", lambda: operator.matmul(1, 2))
class Mat:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Mat(self.v * other.v)
    def __rmatmul__(self, other):
        return Mat(other * self.v)
print(operator.matmul(Mat(2), Mat(3)).v, operator.matmul(4, Mat(5)).v, operator.imatmul(Mat(2), Mat(2)).v)

# comparisons and truth
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"))
print(operator.ge(1, 2), operator.gt(3, 2), operator.lt("a", "b"), operator.eq([1], [1]))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(3))
print(operator.is_(None, None), operator.is_not(None, 0), operator.is_([], []))
show("lt(1, 'a')", lambda: operator.lt(1, "a"))

# sequences
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)))
show("concat(1, 2)", lambda: operator.concat(1, 2))
show("concat([1], (2,))", lambda: operator.concat([1], (2,)))
show("concat({}, {})", lambda: operator.concat({}, {}))
print(operator.contains([1, 2], 2), operator.contains("abc", "bc"), operator.contains({"k": 1}, "v"))
print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.countOf("banana", "a"))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf("xyz", "y"))
show("indexOf missing", lambda: operator.indexOf([1, 2], 3))
show("countOf(1, 2)", lambda: operator.countOf(1, 2))
show("indexOf(1, 2)", lambda: operator.indexOf(1, 2))
lst = [1, 2, 3]
print(operator.getitem(lst, 1), operator.getitem(lst, slice(0, 2)), operator.getitem({"a": 1}, "a"))
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst)
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
show("getitem([], 0)", lambda: operator.getitem([], 0))
show("getitem([1], 'a')", lambda: operator.getitem([1], "a"))
show("delitem({}, 1)", lambda: operator.delitem({}, 1))

# length_hint
print(operator.length_hint([1, 2, 3]), operator.length_hint("ab"), operator.length_hint(5))
print(operator.length_hint(5, 9), operator.length_hint({}, 4), operator.length_hint(range(10)))
class Hint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        return self.value
class Sized:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 99
print(operator.length_hint(Hint(7)), operator.length_hint(Hint(NotImplemented), 2), operator.length_hint(Sized()))
show("hint 'x'", lambda: operator.length_hint(Hint("x")))
show("hint -1", lambda: operator.length_hint(Hint(-1)))
show("default 'a'", lambda: operator.length_hint(3, "a"))

# itemgetter / attrgetter / methodcaller
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}))
print(itemgetter(slice(1, None))([1, 2, 3]), list(map(itemgetter(0), rows)))
print(itemgetter(1), itemgetter(1, "a"), itemgetter(slice(None, 2)))
show("itemgetter()", lambda: itemgetter())
show("itemgetter(5)([])", lambda: itemgetter(5)([]))
show("itemgetter(1)(5)", lambda: itemgetter(1)(5))
show("itemgetter(1)()", lambda: itemgetter(1)())
show("itemgetter(1)(a, b)", lambda: itemgetter(1)([1, 2], 3))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def shifted(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Segment:
    def __init__(self, a, b):
        self.start = a
        self.end = b
s = Segment(Point(1, 2), Point(3, 4))
print(attrgetter("x")(Point(5, 6)), attrgetter("x", "y")(Point(5, 6)))
print(attrgetter("start.x", "end.y")(s), attrgetter("end")(s))
print(sorted([Point(2, 1), Point(1, 2)], key=attrgetter("x")))
print(attrgetter("x"), attrgetter("start.x", "end"))
show("attrgetter()", lambda: attrgetter())
show("attrgetter(1)", lambda: attrgetter(1))
show("attrgetter('z')", lambda: attrgetter("z")(Point(1, 2)))
show("attrgetter('start.z')", lambda: attrgetter("start.z")(s))
show("attrgetter('x')(a, b)", lambda: attrgetter("x")(1, 2))

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("shifted", 1, dy=5)(Point(0, 0)))
print(list(map(methodcaller("strip", "x"), ["xax", "bx"])))
print(methodcaller("upper"), methodcaller("f", 1, "two", k=[3]))
show("methodcaller()", lambda: methodcaller())
show("methodcaller(1)", lambda: methodcaller(1))
show("methodcaller('nope')", lambda: methodcaller("nope")(1))
show("methodcaller('upper')(a, b)", lambda: methodcaller("upper")("a", "b"))

# in-place
a = [1]
b = operator.iadd(a, [2])
print(a, b, b is a, operator.iadd(1, 2), operator.iadd("a", "b"))
print(operator.isub(5, 2), operator.imul(3, 4), operator.itruediv(7, 2), operator.ifloordiv(7, 2))
print(operator.imod(7, 4), operator.ipow(2, 5), operator.ilshift(1, 4), operator.irshift(32, 2))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.iconcat([1], [2]))
s1 = {1}
print(operator.ior(s1, {2}), s1)
show("iconcat(1, 2)", lambda: operator.iconcat(1, 2))

# call and dunder aliases
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True))
print(operator.__add__(1, 2), operator.__getitem__("ab", 1), operator.__not__(1))
print(operator.__lt__ is operator.lt, operator.__inv__(0))

# with functools and itertools
import functools
import itertools
print(functools.reduce(operator.mul, range(1, 8)), list(itertools.accumulate([1, 2, 3], operator.mul)))
print(list(itertools.starmap(operator.pow, [(2, 3), (3, 2)])))
s2 = {1, 2}
print(operator.iand(s2, {2, 3}), operator.isub(s2, {5}), operator.ixor(s2, {4}), s2)
d2 = {"a": 1}
print(operator.ior(d2, {"b": 2}), d2)
l2 = [1, 2]
print(operator.imul(l2, 2), l2, operator.imul([1], 0))
