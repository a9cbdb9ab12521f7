def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class P:
    x = 5
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, spec): return "P<" + spec + ">"

w, p = 10, 3
t("nested", lambda: "{:{w}.{p}f}".format(3.14159, w=w, p=p))
t("nested pos", lambda: "{:{}.{}f}".format(3.14159, 10, 2))
t("nested fill", lambda: "{:{fill}^{w}}".format("x", fill="*", w=7))
t("!r", lambda: "{!r}".format("hi"))
t("!a", lambda: "{!a}".format("héllo"))
t("!s", lambda: "{!s:>6}".format(P()))
t("!r spec", lambda: "{!r:>10}".format("hi"))
t("key", lambda: "{0[key]}".format({"key": "v"}))
t("index", lambda: "{0[1]}".format([5, 6]))
t("attr", lambda: "{0.x}".format(P()))
t("attr chain", lambda: "{0.real.imag}".format(3))
t("kw idx", lambda: "{d[a]} {d[b]}".format(d={"a": 1, "b": 2}))
t("format dunder", lambda: "{:abc}".format(P()))
t("format dunder f", lambda: f"{P():xyz}")
t("braces", lambda: "{{}} {}".format(1))
t("auto/manual", lambda: "{} {1}".format(1, 2))
t("missing idx", lambda: "{2}".format(1))
t("missing key", lambda: "{a}".format(b=1))
t("unmatched", lambda: "{".format())
t("unmatched }", lambda: "}".format())
t("bad conv", lambda: "{!x}".format(1))
# ints
for spec in [",", "_", "#x", "#X", "#o", "#b", "x", "08x", "+d", " d", "=+8d", "=8", "<8", ">8", "^8", "*^9,", "010,", "_b", "_x", "c", "n", "e", "g", "%", ".2f", "#08b", "-d", "08,d", "0=10"]:
    t("int " + spec, lambda: format(1234567, spec))
    t("neg int " + spec, lambda: format(-255, spec))
for spec in ["", ",", "_", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", "=+12.2f", "012.3f", "n", ".10g", "^+12.2e", ",.2f", "_.3f", ".2", "10", "r"]:
    for v in [1234567.891, -0.000012345, 0.0, -0.0, 1e22, float("inf"), float("nan"), 100.0, 1.5, 2.5]:
        t("float " + spec + " " + repr(v), lambda: format(v, spec))
for spec in ["", "10", "<10", ">10", "^10", ".2", "*^9.3", "x", "=10", "010", ",", "s"]:
    t("str " + spec, lambda: format("hello", spec))
t("bool fmt", lambda: format(True, ""))
t("bool fmt d", lambda: format(True, "d"))
t("bool fmt >5", lambda: format(True, ">5"))
t("int x on float", lambda: format(1.5, "x"))
t("int , and _", lambda: format(1, ",_"))
t("int .2", lambda: format(5, ".2"))
t("int c big", lambda: format(0x110000, "c"))
t("none fmt", lambda: format(None, ""))
t("none fmt >5", lambda: format(None, ">5"))
t("list fmt", lambda: format([1], ">5"))
t("complex", lambda: format(1+2j, ".2f"))
t("complex2", lambda: format(1+2j, ""))
t("complex3", lambda: format(-1.5j, ">10"))
x = 42; name = "bob"; fl = 3.14159
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r:>10}")
print(f"{fl=:.2f}")
print(f"{x*2=}")
print(f"{x + 1 = }")
print(f"{'a'!r:^7}")
print(f"{x:{w}}|{fl:{w}.{p}}")
print(f"{x!r}")
print(f"{{x}} {x:#06x}")
print(f"{[1,2]=}")
print(f"{P()=}")
print(f"{P()!s:>8}")
print("%s %r %d %5.2f %-5d| %x %o %e %g %%" % ("a", "b", 42, 3.14159, 7, 255, 8, 12345.678, 0.0001))
print("%(a)s %(b)05d" % {"a": 1, "b": 2})
print("%c%c" % (65, "B"))
print("%+.3e %#x %#o %10.4s|" % (12345.6789, 255, 8, "abcdefg"))
t("% bad", lambda: "%d" % "a")
t("% few", lambda: "%s %s" % (1,))
t("% many", lambda: "%s" % (1, 2))
print("{:,}".format(10**20), "{:_x}".format(2**40))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159))
print(format(1e16, ""), format(1e15, ""), format(123456789.0, ".12g"), str(1e16), repr(1.0e-5))
print(format(0.1, ".20f"), format(1/3, ".17g"))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5, -1), round(1234, -2), round(5.55, 1))
