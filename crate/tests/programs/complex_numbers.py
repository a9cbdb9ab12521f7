# complex numbers: literals, complex(), repr and format, arithmetic mixed
# with ints and floats, comparisons, hashes and keys, attributes, errors.
import pickle


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- literals and repr")
for z in [2j, 1.5e3J, 1 + 2j, 1 - 2j, -2j, -0.0 - 1j, 0j, -0j, 1e100j, 1e-5j,
          1.5 + 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
          complex(float("nan"), float("inf")), complex(float("-inf"), float("nan")),
          1e16 + 1e16j, 123456789012345678j, 0.1 + 0.2j, 3 + 1e-310j]:
    print(repr(z), str(z), z)
print(type(2j), type(2j).__name__, isinstance(2j, complex), isinstance(2, complex),
      isinstance(2j, (int, float)), issubclass(complex, object))

print("-- the constructor")
for args in [(), (1,), (2.5,), (True,), (1, 2), (1.5, -2.5), (1j,), (1, 2j), (1j, 1j),
             (1j, 2), (0.0, -0.0), (-0.0,), (2**60, 1)]:
    show(f"complex{args}", lambda: complex(*args))
show("complex(real=3)", lambda: complex(real=3))
show("complex(imag=2.5)", lambda: complex(imag=2.5))
show("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
for text in ["1+2j", " (1-2j) ", "2j", "-j", "+J", "j", "1+j", "1-J", "infj",
             "-inf+nanj", "1e3J", "1.j", ".5j", "(  j )", "\t1+2j\n", "NaN",
             "infinityj", "1e500j", "1_000+2_5j", "+1.5e-3-2.5E+2j", "-1.5",
             "1e", "1ej", "1 + 2j", "1+2jj", "()", "(1+2j", "1+2j)", "", " ",
             "1__2", "_1j", "abc", "1+2i", "١+٢j", "1\x002j"]:
    show(f"complex({text!r})", lambda: complex(text))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 5


show("complex(WithComplex())", lambda: complex(WithComplex()))
show("complex(WithFloat())", lambda: complex(WithFloat()))
show("complex(WithIndex())", lambda: complex(WithIndex()))
show("complex(WithFloat(), WithComplex())", lambda: complex(WithFloat(), WithComplex()))
show("complex(BadComplex())", lambda: complex(BadComplex()))
show("complex('1', 2)", lambda: complex("1", 2))
show("complex(1, '2')", lambda: complex(1, "2"))
show("complex(None)", lambda: complex(None))
show("complex(1, None)", lambda: complex(1, None))
show("complex([])", lambda: complex([]))
show("complex(1, 2, 3)", lambda: complex(1, 2, 3))
show("complex(x=1)", lambda: complex(x=1))
show("complex('1+2j', imag=1)", lambda: complex("1+2j", imag=1))
show("complex(2**2000)", lambda: complex(2**2000))

print("-- arithmetic")
z, w = 1 + 2j, 3 - 4j
for label, thunk in [
    ("z + w", lambda: z + w), ("z - w", lambda: z - w), ("z * w", lambda: z * w),
    ("z / w", lambda: z / w), ("z ** 2", lambda: z ** 2), ("z ** -2", lambda: z ** -2),
    ("z ** 0", lambda: z ** 0), ("z ** 10", lambda: z ** 10), ("1j ** 2", lambda: 1j ** 2),
    ("z + 1", lambda: z + 1), ("1 + z", lambda: 1 + z), ("z - 2.5", lambda: z - 2.5),
    ("2.5 - z", lambda: 2.5 - z), ("z * 2", lambda: z * 2), ("2 * z", lambda: 2 * z),
    ("z * True", lambda: z * True), ("z / 2", lambda: z / 2), ("2 / z", lambda: 2 / z),
    ("1 / 1j", lambda: 1 / 1j), ("z * 2**70", lambda: z * 2**70),
    ("-z", lambda: -z), ("+z", lambda: +z), ("-0j", lambda: -0j), ("-(0j)", lambda: -(0j)),
    ("abs(3+4j)", lambda: abs(3 + 4j)), ("abs(-5j)", lambda: abs(-5j)),
    ("abs(complex(inf, nan))", lambda: abs(complex(float("inf"), float("nan")))),
    ("abs(complex(1e308, 1e308))", lambda: abs(complex(1e308, 1e308))),
    ("z.conjugate()", lambda: z.conjugate()), ("(2j) ** 0.5", lambda: (2j) ** 0.5),
    ("(-8) ** 0.5", lambda: (-8) ** 0.5), ("(-8.0) ** (1/3)", lambda: (-8.0) ** (1 / 3)),
    ("2 ** 1j", lambda: 2 ** 1j), ("1j ** 1j", lambda: 1j ** 1j), ("z ** w (rounded)", lambda: complex(round((z ** w).real, 9), round((z ** w).imag, 9))),
    ("z ** 2.5", lambda: z ** 2.5), ("pow(z, 3)", lambda: pow(z, 3)),
    ("pow(z, 2, 3)", lambda: pow(z, 2, 3)), ("(1e200+1e200j) ** 2", lambda: (1e200 + 1e200j) ** 2),
    ("(1e200+1j) ** 2", lambda: (1e200 + 1j) ** 2), ("1e300j * 1e300j", lambda: 1e300j * 1e300j),
    ("2.0 * complex(inf, 1)", lambda: 2.0 * complex(float("inf"), 1)),
    ("(1+1j) ** 1000", lambda: (1 + 1j) ** 1000), ("(1e10+0j) ** 100.5", lambda: (1e10 + 0j) ** 100.5),
    ("0j ** 0", lambda: 0j ** 0), ("0j ** 2", lambda: 0j ** 2), ("0j ** 2.5", lambda: 0j ** 2.5),
    ("0j ** -1", lambda: 0j ** -1), ("0j ** 1j", lambda: 0j ** 1j), ("0 ** 1j", lambda: 0 ** 1j),
    ("0j ** -2.5", lambda: 0j ** -2.5),
    ("1 / 0j", lambda: 1 / 0j), ("1j / 0", lambda: 1j / 0), ("1j / 0.0", lambda: 1j / 0.0),
    ("z // 2", lambda: z // 2), ("z % 2", lambda: z % 2), ("2 // z", lambda: 2 // z),
    ("divmod(z, 2)", lambda: divmod(z, 2)), ("z << 1", lambda: z << 1), ("z & 1", lambda: z & 1),
    ("~z", lambda: ~z), ("z + 'a'", lambda: z + "a"), ("z * [1]", lambda: z * [1]),
    ("[1] * z", lambda: [1] * z), ("z + None", lambda: z + None),
]:
    show(label, thunk)
acc = 1j
acc += 1
acc *= 2j
acc -= 0.5
acc /= 2
acc **= 2
print("augmented", acc)
print("sum", sum([1j, 2, 3.5]), sum([1 + 1j, 2 - 1j], 0j), sum([0.5j] * 4, 1))

print("-- comparisons")
for label, thunk in [
    ("1+0j == 1", lambda: 1 + 0j == 1), ("1 == 1+0j", lambda: 1 == 1 + 0j),
    ("1.5+0j == 1.5", lambda: 1.5 + 0j == 1.5), ("1j == 1", lambda: 1j == 1),
    ("z == z", lambda: z == 1 + 2j), ("z != w", lambda: z != w), ("z != 1", lambda: z != 1),
    ("complex(2**53, 0) == 2**53 + 1", lambda: complex(2**53, 0) == 2**53 + 1),
    ("0j == False", lambda: 0j == False), ("1j == '1j'", lambda: 1j == "1j"),
    ("nan == nan", lambda: complex(float("nan"), 0) == complex(float("nan"), 0)),
    ("1j in [1, 1j]", lambda: 1j in [1, 1j]), ("[1j] == [1j]", lambda: [1j] == [1j]),
    ("(1j, 2) == (1j, 2)", lambda: (1j, 2) == (1j, 2)),
    ("1j < 2j", lambda: 1j < 2j), ("1j < 1", lambda: 1j < 1), ("1j >= 2.0", lambda: 1j >= 2.0),
    ("2 > 1j", lambda: 2 > 1j), ("sorted([1j, 2j])", lambda: sorted([1j, 2j])),
    ("max(1j, 2j)", lambda: max(1j, 2j)),
    ("bool(0j)", lambda: bool(0j)), ("bool(-0.0j)", lambda: bool(-0.0j)),
    ("bool(1e-300j)", lambda: bool(1e-300j)), ("bool(complex(nan, 0))", lambda: bool(complex(float("nan"), 0))),
    ("not 0j", lambda: not 0j),
]:
    show(label, thunk)

print("-- hashes and keys")
for value in [0j, 1 + 0j, 1 + 2j, -1.5 + 0.25j, 1e300j, complex(2**62, 0), -1 + 0j,
              complex(float("inf"), 0), complex(float("inf"), float("-inf")), 2.5 + 0j, -2.5 - 3.5j]:
    print(repr(value), hash(value))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0))
print(hash(1.5), hash(-2.5), hash(0.1), hash(1e300), hash(2**62), hash(-1), hash(2**61 - 1),
      hash(2**61), hash(-(2**64)), hash(1e-300), hash(float("inf")), hash(5e-324))
d = {1: "int", 2.5: "float", 3j: "complex"}
print(d[1 + 0j], d[complex(2.5, 0)], d[3j], 3j in d, 4j in d, complex(1, 0) in {1})
d[1 + 0j] = "replaced"
print(d)
s = set()
for value in [1j, 1j, 1, 1 + 0j, 1.0, 2j, complex(0, 2.0)]:
    s.add(value)
print(len(s), 1j in s, 2j in s, 1 in s)
print({0j: "zero"}[0], {-0.0j: "z"}[0j])

print("-- attributes")
print(z.real, z.imag, type(z.real), type(z.imag), (-0.0j).imag)
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate(),
      True.real, True.imag, (2**70).real, (2**70).imag)
print(complex.conjugate(3 + 4j), (1j).conjugate())
show("complex.conjugate(1)", lambda: complex.conjugate(1))
show("(1j).conjugate(1)", lambda: (1j).conjugate(1))
show("(1j).real = 1", lambda: setattr(1j, "real", 1))
show("(1j).foo", lambda: (1j).foo)
show("int(1j)", lambda: int(1j))
show("float(1j)", lambda: float(1j))
show("round(1j)", lambda: round(1j))
show("round(1j, 2)", lambda: round(1j, 2))
print((1j).__add__(1), (1j).__radd__(2.5), (1j).__lt__(2j), (1 + 0j).__eq__(1),
      (1j).__mul__("x"), complex.__neg__(1j), (1j).__abs__(), (2j).__pow__(2))
print(dir(1j))

print("-- format")
for spec in ["", ">20", "<20", "^20", "*^20", "10", ".2", ".2f", "+.3e", " g", "*^20.1f",
             ",.2f", "_", "#", "#.0f", "z.1f", "n", "G", "E", "F", "%", "010", "0>10",
             "=10", "d", ".0", "x", "s", ",n", "-", "+"]:
    for v in [1 + 2j, 2j, -0.0 - 1j, complex(-0.0, 0.0), 1e20 + 3.5j,
              complex(float("nan"), float("inf")), 1234567.5 - 2j]:
        show(f"format({v!r}, {spec!r})", lambda: format(v, spec))
print(f"{z}|{z!r}|{z:.2f}|{z:>12}|{z:<12}|{2j:+}|{z:e}")
print("%s %r" % (z, w), "%s" % 1j)
show("'%f' % 1j", lambda: "%f" % 1j)
show("'%d' % 1j", lambda: "%d" % 1j)
show("'%x' % 1j", lambda: "%x" % 1j)
show("'%e' % (1j,)", lambda: "%e" % (1j,))
print("{} {:.1f} {!r:>10}".format(z, w, 1j))

print("-- pickle")
values = [1 + 2j, -0.0j, complex(-0.0, -0.0), complex(float("inf"), float("-inf")),
          {1j: [2j, (3 + 0j,)]}]
back = pickle.loads(pickle.dumps(values))
print(back, back == values, repr(back[1]), repr(back[2]))
print(repr(pickle.loads(pickle.dumps(complex(float("nan"), 1)))))
