# memoryview of bytes and bytearray: indexing, slicing, writing through, release.
mv = memoryview(b"abc")
print(mv[0], mv[-1], len(mv), mv.tobytes(), mv.tolist(), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.nbytes, mv.shape, mv.strides)
s = mv[1:]
print(type(s).__name__, s.tobytes(), s[0], mv == b"abc", mv == b"abd", s == b"bc", b"bc" == s, mv == mv[:], mv != b"x")
print(list(mv), [b for b in mv[::2]], bytes(mv[::-1]), bytearray(mv), mv.hex(), isinstance(mv, memoryview), type(mv) is memoryview)
ba = bytearray(b"hello")
m = memoryview(ba)
m[0] = 72
m[1:3] = b"EL"
print(ba, m.readonly, m[::2].tolist(), m.obj is ba)
m2 = m[1:4]
m2[0] = 33
print(ba)
for bad in [lambda: mv.__setitem__(0, 1), lambda: m.__setitem__(0, 300), lambda: m.__setitem__(0, "a"),
            lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: mv[10], lambda: memoryview("str"),
            lambda: mv["a"], lambda: memoryview(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"xyz") as v:
    print(v[1])
try:
    v[0]
except ValueError as e:
    print("ValueError", e)
v2 = memoryview(b"q")
v2.release()
try:
    len(v2)
except ValueError as e:
    print("ValueError", e)
print(b"".join([memoryview(b"ab"), b"c"]), b"%s" % memoryview(b"mv"))
print(memoryview(memoryview(b"nest")).tobytes(), memoryview(object=b"kw")[0])
print(bytes(memoryview(ba)[1:]).decode())
