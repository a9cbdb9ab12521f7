# Objects with __index__ stand for ints wherever CPython takes an index:
# bin/hex/oct/chr/range, operator.index, sequence repetition and slicing.
import operator


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


class Bad:
    def __index__(self):
        return "x"


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(bin(I(65)), hex(I(65)), oct(I(65)), chr(I(65)))
print(oct(I(-8)), hex(I(-255)), hex(MyInt(255)), bin(MyInt(3)), hex(True))
print(list(range(I(5))), list(range(I(1), I(10), I(3))), range(I(3)))
print(operator.index(I(7)), operator.index(True), type(operator.index(True)).__name__)
print([0] * I(3), I(2) * [1], (1,) * I(2), "ab" * I(2), I(2) * "x", b"a" * I(3))

l = list(range(10))
print(l[I(2)], l[I(1):I(5)], l[::I(2)], "abcdef"[I(1):I(3)], (1, 2, 3)[I(1)], "abc"[I(2)])
print(b"abc"[I(1)], range(10)[I(2)], range(10)[I(1):I(4)], range(10)[I(1):I(8):I(2)])
print([1, 2, 3][slice(I(1), None)], "abc"[slice(None, None, I(-1))])
l[I(0)] = 99
print(l)
del l[I(0)]
print(l)
l[I(0):I(2)] = [7]
print(l)
del l[I(0):I(2)]
print(l)

m = [1, 2, 3]
m *= I(2)
print(m)
s = "ab"
s *= I(2)
print(s)
ba = bytearray(b"xy")
ba *= I(2)
print(ba)
ba[I(0):I(1)] = b"QQ"
print(ba)
del ba[I(0)]
print(ba)
print(list(enumerate("ab", I(3))), round(1.2345, I(2)), int("ff", I(16)))

for bad in (1.5, "x"):
    for f in (bin, hex, oct, chr, operator.index):
        attempt(f.__name__, lambda: f(bad))
attempt("repeat by float", lambda: [0] * 1.5)
attempt("index by float", lambda: l[1.5])
attempt("slice by float", lambda: l[1.5:2])
attempt("slice by str", lambda: "abc"[I(1):"x"])
attempt("range of float", lambda: range(1.5))
attempt("__index__ returns str", lambda: bin(Bad()))
attempt("repeat by Bad", lambda: [1] * Bad())
