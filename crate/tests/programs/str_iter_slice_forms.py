s = "héllo wörld"
print(list(s), type(iter(s)).__name__, type(iter("abc")).__name__)
for i, c in enumerate(s):
    print(i, c, end=";")
print()
for a, b in zip("abc", [1, 2, 3, 4]):
    print(a, b)
for a, b, c in zip("ab", range(5), (7, 8)):
    print(a, b, c)
def g():
    yield 1; yield 2
for a, b in zip(g(), "xyz"):
    print(a, b)
for a, b in zip("xyz", g()):
    print(a, b)
try:
    for a, b in zip("xyz", g(), strict=True):
        print(a, b)
except ValueError as e:
    print(e)
try:
    for a, b in zip(g(), "xyz", strict=True):
        print(a, b)
except ValueError as e:
    print(e)
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print(e)
print(list(zip()), list(enumerate("ab", 5)), list(zip("ab")))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
it = iter("abc"); next(it)
print(list(it), list(it))
e = enumerate(range(3))
for i, v in e:
    print(i, v)
try:
    for a, b in enumerate([(1,2)]): pass
    for a, b, c in enumerate("ab"): pass
except ValueError as ex:
    print(ex)
z = zip([1,2],[3,4])
print(next(z), list(z))
print("Hello World".capitalize(), "hELLO wORLD".swapcase(), "they're bill's".title(), "ABC".casefold(), "ÀB".lower(), "x".upper(), "A".lower(), "".capitalize(), "ß".upper())
print("hello world".title(), "a1b2 c".title(), "MiXeD".lower(), "x".capitalize())
s = "abcdefghijklmnopqrstuvwxyz"
u = "héllo wörld ñ 日本語"
for t in (s, u, "", "x"):
    for a in (None, -100, -3, 0, 1, 5, 100):
        for b in (None, -100, -2, 0, 3, 7, 100):
            for c in (None, 1, 2, -1, -2, 5, -7):
                assert t[a:b:c] == "".join(list(t)[a:b:c]), (t, a, b, c)
                print(t[a:b:c], end="|")
    print()
print(s[:] is s, u[:] is u, s[0:] is s, s[::1] is s)
t = (1, 2, 3, 4, 5)
print(t[:] is t, t[1:3], t[::-1], t[::2], t[5:1:-2], t[10:], t[-2:])
l = [1, 2, 3, 4, 5]
print(l[:] is l, l[:], l[1:3], l[::-1], l[::2], l[5:1:-2], l[10:], l[-2:])
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s["a":]
except TypeError as e:
    print(e)
print(s[True:3], u[2:5], u[-3:], u[::-1], u[1::3])
class C:
    def __getitem__(self, k):
        return ("got", k.start, k.stop, k.step) if isinstance(k, slice) else k
class I:
    def __index__(self): return 2
print(C()[1:2], C()[::3], C()["a":"b":None])
print("abcdef"[I():], [1,2,3,4][I():3], (1,2,3)[:I()])
print(b"abcdef"[1:4], bytearray(b"xyz")[::-1], range(10)[2:8:2], memoryview(b"abcd")[1:3].tobytes())
class S(str): pass
print(S("hello")[1:3], type(S("hello")[1:3]).__name__)
class L(list): pass
print(L([1,2,3])[1:], type(L([1,2,3])[1:]).__name__)
try:
    n = 5; n[1:2]
except TypeError as e:
    print(e)
try:
    {}[1:2]
except TypeError as e:
    print(e)
try:
    x = [1,2][1:"a"]
except TypeError as e:
    print(e)
try:
    y = None
    z = y[1:2]
except TypeError as e:
    print(e)
