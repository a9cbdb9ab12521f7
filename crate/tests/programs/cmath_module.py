# The cmath module: each function on ordinary arguments, on its branch
# cuts (the sign of a zero imaginary part chooses the side), its errors,
# and the constants. Results of transcendental functions are rounded to 12
# digits: C libraries may differ in the last one.
import cmath
import math


def r(x):
    """A result rounded, a complex part by part (a zero keeps its sign)."""
    if isinstance(x, complex):
        return complex(r(x.real), r(x.imag))
    if isinstance(x, float) and math.isfinite(x) and x != 0:
        return round(x, 12) + 0.0 if abs(x) >= 1e-12 else x
    return x


def show(label, thunk):
    try:
        print(label, repr(r(thunk())))
    except Exception as e:
        print(label, type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.isnan(cmath.nanj))

arguments = [0j, 1, -1, 2.5, 1j, -1j, 1 + 1j, -1 - 1j, 3 - 4j, -2 + 0.5j, 0.5 + 0.5j,
             0.25 - 0.75j, 10 + 10j, -10 + 0.1j, 1e-5 + 1e-5j, complex(-4, 0.0),
             complex(-4, -0.0), complex(2, 0.0), complex(2, -0.0), complex(0.0, 2),
             complex(-0.0, 2), complex(-0.0, -2), complex(0.5, 0.0), complex(-0.5, -0.0)]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar",
         "isfinite", "isinf", "isnan"]
for name in names:
    f = getattr(cmath, name)
    print("--", name)
    for z in arguments:
        if name == "polar":
            show(repr(z), lambda: tuple(r(x) for x in f(z)))
        else:
            show(repr(z), lambda: f(z))

print("-- exact results")
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)),
      cmath.sqrt(3 + 4j), cmath.sqrt(0j), cmath.sqrt(complex(0.0, -0.0)), cmath.exp(0),
      cmath.log(1), cmath.log(-1), cmath.log10(100), cmath.log(8, 2), cmath.phase(-1),
      cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2),
      cmath.rect(2, 0), cmath.rect(0, 3))
print("-- special values")
inf, nan = float("inf"), float("nan")
for z in [complex(inf, 0), complex(-inf, 1), complex(-inf, -1), complex(inf, nan),
          complex(nan, inf), complex(nan, nan), complex(1, inf), complex(-inf, nan),
          complex(nan, 0)]:
    show("sqrt " + repr(z), lambda: cmath.sqrt(z))
    show("log " + repr(z), lambda: cmath.log(z))
for z in [complex(-inf, 0), complex(inf, 0), complex(-inf, 2), complex(nan, 0),
          complex(0, inf), complex(nan, 1)]:
    show("exp " + repr(z), lambda: cmath.exp(z))
for z in [complex(inf, 0), complex(1, nan), complex(nan, inf), 1e308j, complex(1e308, 1e308)]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print("-- log with a base")
for z, base in [(100, 10), (8, 2), (1j, 1j), (-1, 2), (2 + 3j, 1 - 1j), (10, 0.5), (2, True)]:
    show(f"log({z!r}, {base!r})", lambda: cmath.log(z, base))

print("-- rect")
for args in [(1, 0), (2, math.pi / 2), (1, math.pi), (-1, 0.5), (3, -2.5), (0, 1), (1e300, 1)]:
    show(f"rect{args}", lambda: cmath.rect(*args))

print("-- isclose")
for args, kwargs in [((1j, 1j), {}), ((1 + 1j, 1 + 1.0000000001j), {}), ((1j, 1.01j), {}),
                     ((1j, 1.01j), {"rel_tol": 0.1}), ((0j, 1e-10j), {}),
                     ((0j, 1e-10j), {"abs_tol": 1e-9}), ((complex(inf, 0), complex(inf, 0)), {}),
                     ((complex(inf, 0), complex(inf, 1)), {}), ((complex(nan, 0), complex(nan, 0)), {}),
                     ((1, 1.0 + 0j), {}), ((2, 2.0000000001), {})]:
    show(f"isclose{args} {kwargs}", lambda: cmath.isclose(*args, **kwargs))


class WithComplex:
    def __complex__(self):
        return 1j


class WithFloat:
    def __float__(self):
        return 4.0


print("-- arguments and errors")
for label, thunk in [
    ("sqrt(WithComplex())", lambda: cmath.sqrt(WithComplex())),
    ("sqrt(WithFloat())", lambda: cmath.sqrt(WithFloat())),
    ("sqrt(True)", lambda: cmath.sqrt(True)),
    ("sqrt(2**80)", lambda: cmath.sqrt(2**80)),
    ("sqrt('x')", lambda: cmath.sqrt("x")),
    ("sqrt(None)", lambda: cmath.sqrt(None)),
    ("sqrt()", lambda: cmath.sqrt()),
    ("sqrt(1, 2)", lambda: cmath.sqrt(1, 2)),
    ("sqrt(x=1)", lambda: cmath.sqrt(x=1)),
    ("phase()", lambda: cmath.phase()),
    ("log()", lambda: cmath.log()),
    ("log(1, 2, 3)", lambda: cmath.log(1, 2, 3)),
    ("log(0)", lambda: cmath.log(0)),
    ("log(0j)", lambda: cmath.log(0j)),
    ("log10(0)", lambda: cmath.log10(0)),
    ("log(2, 1)", lambda: cmath.log(2, 1)),
    ("log(1, 0)", lambda: cmath.log(1, 0)),
    ("log(1j, 'x')", lambda: cmath.log(1j, "x")),
    ("exp(1000)", lambda: cmath.exp(1000)),
    ("exp(710 + 1j)", lambda: cmath.exp(710 + 1j)),
    ("cosh(1000)", lambda: cmath.cosh(1000)),
    ("sinh(-1000)", lambda: cmath.sinh(-1000)),
    ("cos(1000j)", lambda: cmath.cos(1000j)),
    ("sin(1000j)", lambda: cmath.sin(1000j)),
    ("tanh(1000)", lambda: cmath.tanh(1000)),
    ("tanh(-1000 + 1j)", lambda: cmath.tanh(-1000 + 1j)),
    ("tan(1000j)", lambda: cmath.tan(1000j)),
    ("atanh(1)", lambda: cmath.atanh(1)),
    ("atanh(-1)", lambda: cmath.atanh(-1)),
    ("atan(1j)", lambda: cmath.atan(1j)),
    ("atan(-1j)", lambda: cmath.atan(-1j)),
    ("rect(1)", lambda: cmath.rect(1)),
    ("rect(1, inf)", lambda: cmath.rect(1, inf)),
    ("rect(0, inf)", lambda: cmath.rect(0, inf)),
    ("rect(1j, 1)", lambda: cmath.rect(1j, 1)),
    ("polar(1e308+1e308j)", lambda: cmath.polar(1e308 + 1e308j)),
    ("isclose(1j)", lambda: cmath.isclose(1j)),
    ("isclose(1, 1, rel_tol=-1)", lambda: cmath.isclose(1, 1, rel_tol=-1)),
    ("isclose(1, 1, foo=1)", lambda: cmath.isclose(1, 1, foo=1)),
    ("isclose(a=1, b=1)", lambda: cmath.isclose(a=1, b=1)),
    ("isclose(1, 2, 3)", lambda: cmath.isclose(1, 2, 3)),
    ("isfinite('a')", lambda: cmath.isfinite("a")),
    ("math.sqrt(1j)", lambda: math.sqrt(1j)),
]:
    show(label, thunk)

print("-- identities")
for z in [0.3 + 0.4j, -1.5 + 2j, 2 - 0.5j]:
    print(cmath.isclose(cmath.exp(cmath.log(z)), z), cmath.isclose(cmath.sin(cmath.asin(z)), z),
          cmath.isclose(cmath.cos(cmath.acos(z)), z), cmath.isclose(cmath.tan(cmath.atan(z)), z),
          cmath.isclose(cmath.sinh(cmath.asinh(z)), z), cmath.isclose(cmath.cosh(cmath.acosh(z)), z),
          cmath.isclose(cmath.tanh(cmath.atanh(z)), z), cmath.isclose(cmath.sqrt(z) ** 2, z),
          cmath.isclose(cmath.rect(*cmath.polar(z)), z))
