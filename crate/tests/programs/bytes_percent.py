# printf-style formatting of bytes and bytearray.
print(b"%d: %s" % (1, b"x"))
print(b"%r %a" % (b"q", "é"))
print(b"%x %X %o %05.2f %c %c" % (255, 255, 8, 3.14159, 65, b"B"))
print(b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2})
print(b"100%%")
print(bytearray(b"%d-%s") % (5, bytearray(b"z")))
print(b"%s" % memoryview(b"mv") if False else b"%s" % b"mv")
print(b"%e %g %i %u" % (1234.5, 0.0001, 7, 8))
print(b"%-6d|%+d|% d" % (3, 3, 3))
print(b"%.3s" % b"abcdef")
for bad in [lambda: b"%s" % "str", lambda: b"%d" % "x", lambda: b"%c" % 300, lambda: b"%c" % b"ab",
            lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"), lambda: b"%z" % 1, lambda: b"%c" % "a"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self): return b"BB"
print(b"%s" % B())
print(b"%b" % b"bb")
print(type(bytearray(b"%s") % b"x"))
for f in [lambda: b"%(a)s" % {"a": 1}, lambda: b"%s" % [1], lambda: b"%5c|%-3c|" % (65, b"x"),
          lambda: b"%#x %#o %.3d %10.4e" % (255, 8, 5, 12345.678), lambda: b"%s" % bytearray(b"ba"),
          lambda: b"%d%%" % 50, lambda: b"%" % (), lambda: b"%(x" % {b"x": 1}, lambda: b"%*d" % (5, 3),
          lambda: b"abc" % (), lambda: b"abc" % 5, lambda: b"%r" % "ü", lambda: b"%s" % 3.5, lambda: b"%i" % True]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"%d")
ba %= 7
print(ba)
x = b"%s"
x %= b"y"
print(x)
