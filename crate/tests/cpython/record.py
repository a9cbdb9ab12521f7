#!/usr/bin/env python3
"""Records CPython's answers for the value primitives' tests (crate/tests/*_cpython.rs).

Run from crate/ with CPython 3.11 (the reference):  python3 tests/cpython/record.py
Writes one JSON object per line to tests/cpython/<name>.jsonl:
  {"f": <function under test>, "a": [<arguments>], "r": <result>}
Values are encoded so that nothing is lost:
  {"float": "<16 hex digits of the IEEE bits>"}, {"int": "<hexadecimal, with '-' if negative>"},
  {"str": "..."}, {"tuple": [...]}, {"complex": true}  (a complex result),
  {"err": ["ValueError", "message"]}.
"""
import json
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"

OUT_DIR = "tests/cpython/"


def enc(v):
    if isinstance(v, bool):
        raise TypeError("no bools here")
    if isinstance(v, float):
        return {"float": struct.pack(">d", v).hex()}
    if isinstance(v, int):
        return {"int": format(v, "x")}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, complex):
        return {"complex": True}
    raise TypeError(type(v))


def call(fn):
    try:
        return enc(fn())
    except Exception as e:  # the exception is the expected answer
        return {"err": [type(e).__name__, str(e)]}


class Recorder:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def case(self, f, args, fn):
        self.lines.append(json.dumps({"f": f, "a": [enc(a) for a in args], "r": call(fn)}))

    def write(self):
        with open(OUT_DIR + self.name + ".jsonl", "w") as out:
            out.write("\n".join(self.lines) + "\n")
        print(self.name, len(self.lines), "cases")


rng = random.Random(20240611)


def random_floats(n):
    """Random doubles of every magnitude, and 'nice' short decimals."""
    out = []
    for _ in range(n):
        kind = rng.randrange(4)
        if kind == 0:
            bits = rng.getrandbits(64)
            x = struct.unpack(">d", bits.to_bytes(8, "big"))[0]
            if math.isnan(x):
                continue
        elif kind == 1:
            x = rng.uniform(-1e6, 1e6)
        elif kind == 2:
            x = float(f"{rng.randrange(1, 10**rng.randrange(1, 17))}e{rng.randrange(-30, 30)}")
        else:
            x = rng.randrange(-(10**6), 10**6) / 8 + rng.choice([0, 0.5, 0.25, 1e-9])
        out.append(x)
    return out


TRICKY_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.30000000000000004, 0.5, 1.5, 2.5, -1.5, -2.5,
    0.125, 0.375, 2.675, 1e22, 1e23, 1e16, 1e15, 1e17, 9999999999999998.0, 123456789012345.0,
    1234567890123456.0, 12345678901234567.0, 5e-324, -5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 1e-5, 1.5e-05, 1e-4, 0.0001234, 0.001,
    1e100, 1e-100, 3.141592653589793, -2.718281828459045, 100.0, 1234.5678, -1234.5678,
    999999.5, 0.5e-4, 12345678.9, 4.35, 0.045, 1e300, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64,
    math.inf, -math.inf, math.nan,
]


def tie_floats(n):
    """Doubles exactly halfway between two shortest 17-digit strings."""
    out = []
    for _ in range(n):
        out.append(float(rng.randrange(10**15, 2**50)) + rng.choice([0.25, 0.75]))
        out.append(float(rng.randrange(2**50, 2**51)) + rng.choice([0.25, 0.75]))
        out.append(float(rng.randrange(2**53, 2**62) * 5 // 5 * 2**rng.randrange(1, 12)))
    return out


def record_float_repr():
    r = Recorder("float_repr")
    floats = TRICKY_FLOATS + random_floats(3000) + [float(f"1e{e}") for e in range(-330, 310)]
    for x in floats + tie_floats(300) + [2.0**e for e in range(-1074, 1024)]:
        r.case("float_repr", [x], lambda: repr(x))
    r.write()


INT_SPECS = [
    "", "d", "5", "05", "05d", "<5", ">5", "^5", "=5", "^6", "+", "-", " ", "+05", " 5", "-5",
    ",", "_", ",d", "_d", "10,", "010,", "015,d", "09_", "011_d", "_b", "_x", "_o", "_X",
    "#b", "#o", "#x", "#X", "#010x", "#_x", "#_b", "#_o", "010_b", "020_x", "#012_X", "b", "o",
    "x", "X", "c", "5c", "<3c", "n", "5n", "e", "E", "f", "F", "g", "G", "%", ".2f", ".3e",
    ".1%", "10.3g", ",.2f", "*^10", "*<10", "*>10", "*=10", "0<10", "0>10", "0^10", "0=10",
    "x<+#012_x", "+#x", "-#o", " #b", "=+10", "é>5", "\t>4", "\x00^5", "+=8", " =8",
    ",c", ",x", ",b", ",o", ",X", ",n", "_n", "_c", ",_", "_,", ",,", ".2", ".0", ".", "5.2.3",
    "ab", "q", "s", "i", ",q", "_q", "é", "\x01", " ", ",s", "z", "zd", "z.2", "+z", ".2z", "+c",
    "#c", " c", "-c", "99999999999999999999", ".99999999999999999999", "=", "<", "0", "00", "000",
    "010", "-010", "+010", " 010", "#", "#d", "#n", "#_X", "#,", "#,d", "<06", ">06", "^06",
    "+#010_b", "1_000", "10_000,", "#10.2", "z,", "\u3000^9", "0,", "0_", "0_x",
]
INT_VALUES = [
    0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, -1234567, 10**30, -(2**100),
    2**63, -(2**63), 65, 0x10FFFF, 9007199254740993,
]
INT_EXTRA = [
    (0x110000, "c"), (-1, "c"), (2**64, "c"), (-(2**64), "c"), (0xE9, "c"), (0x1F600, "^5c"),
    (10**400, "f"), (10**400, "e"), (10**400, "%"), (-(10**400), "g"), (2**1024 - 2**970, "e"),
    (2**1024 - 2**970 - 1, "e"), (10**4300, "d"), (10**4300, ","), (10**4300, "n"),
    (10**4300 - 1, "_"), (-(10**4299), ">5"), (10**4300, "c"), (10**4300, ".2"),
]

FLOAT_SPECS = [
    "", "f", ".2f", ".0f", "#.0f", ".1f", ".10f", ".20f", ".50f", "e", ".0e", "#.0e", ".3e", ".17e",
    "E", "g", ".0g", ".1g", ".2g", ".3g", ".10g", ".16g", ".17g", "#g", "#.3g", "#.0g", "G", "#G",
    "%", ".1%", ".0%", "#.0%", "n", ".3n", ",n", ".3", ".0", ".1", ".2", ".16", ".17", "#.3", "#",
    "#.0", "10.4", "10", "<10", ">10", "^12", "=12", "=+12.3f", "+.3f", " .3f", "-.3f", "+", " ",
    "z", "z.1f", "z.0f", "z.3e", "z.2%", "zg", "z.2", "z.3n", "+z.1f", ",", ",.2f", "_.2f",
    "_", ",e", ",g", ",%", ",.3", ",.0f", "015,.2f", "012_", "010", "010.3e", "+010.2f",
    "0=+10.2f", "*^15,.3f", "x", "d", "c", "s", "b", "_f", "F", "#F", "+e", ".3000000000f",
    ".2147483648f", "+#012,.1f", "\u00b7<9.3", "0^9", "0<9", ".6", ".15", "#.17", "#,.0f",
    "_e", "<+012_.3f", "15", "z=10", "z<010", "z#.0f", "5.2.3", ",_", "_,", ".", "ab",
]
FLOAT_VALUES = TRICKY_FLOATS + [-0.0001, -0.004, 0.004, -0.5, 0.05, 1e-7, -1e-300]

STR_SPECS = [
    "", "s", "10", "<10", ">10", "^10", "^11", ".3", "10.3", ".0", "*^12", "é<6", "=10", "+", "-",
    " ", "#", "z", ",", "_", "010", "0<10", "05s", "d", "x", "e", ",s", "_s", "=^9", ".<40", ">8",
    "^12", "5.2.3", ".", "ab", "\x00>4", "\U0001F600^7", "<0", ".1", "1.1", "+s", "#s", "z>5",
    "99999999999999999999", ",d", "é",
]
STR_VALUES = ["", "abc", "hello world", "é", "日本語", "a'b", "abcdefghijkl", "\U0001F600x"]


def record_format():
    r = Recorder("format")
    for v in INT_VALUES:
        for s in INT_SPECS:
            r.case("format_int", [v, s], lambda: format(v, s))
    for v, s in INT_EXTRA:
        r.case("format_int", [v, s], lambda: format(v, s))
    for v in FLOAT_VALUES:
        for s in FLOAT_SPECS:
            r.case("format_float", [v, s], lambda: format(v, s))
    for v, s in [(0.1, ".1000g"), (0.1, ".1000e"), (5e-324, ".1100f"), (1e-300, ".1200f"),
                 (0.1, "#.900g"), (1.7976931348623157e308, ".1000e"), (2.0**-1074, ".800g"),
                 (1e22, ".30g"), (0.1, ".55g")]:
        r.case("format_float", [v, s], lambda: format(v, s))
    for v in random_floats(600):
        for s in ["", ".17g", ".3e", ".5f", "g", ".0f", ".12", "%", ".25e", ".30f"]:
            r.case("format_float", [v, s], lambda: format(v, s))
    for v in STR_VALUES:
        for s in STR_SPECS:
            r.case("format_str", [v, s], lambda: format(v, s))
    # The examples of the task, as f-strings.
    x, n, s_, v, r_ = 3.14159, 1234567, "title", 42, 0.4567
    for spec in [".2f", "e", "g", "+.3f", "10.4"]:
        r.case("format_float", [x, spec], lambda: f"{x:{spec}}")
    for spec in [",", "05d", "x", "#b", "_"]:
        r.case("format_int", [n, spec], lambda: f"{n:{spec}}")
    for spec in [".<40", "^12", ">8"]:
        r.case("format_str", [s_, spec], lambda: f"{s_:{spec}}")
    r.case("format_int", [v, ">8"], lambda: f"{v:>8}")
    r.case("format_float", [r_, ".1%"], lambda: f"{r_:.1%}")
    r.write()


PAIR_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.5, 7.5, -7.5, 1e300, -1e300, 5e-324, 1e-300, 0.1, 3.7,
    -2.2, 2.0**53, math.inf, -math.inf, math.nan,
]
POW_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -1.5, 10.0, 1e300, -1e300,
    1e-300, 1024.0, -1075.0, 0.1, 2.0**53 + 1, math.inf, -math.inf, math.nan,
]
ROUND_DIGITS = [-400, -309, -308, -307, -20, -5, -2, -1, 0, 1, 2, 3, 5, 10, 15, 16, 17, 20, 300, 323, 324, 400]
PAIR_INTS = [
    0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**53 + 1, 2**64, -(2**64), 10**30, -(10**30),
    2**100 - 1, -(2**100), 10**400, -(10**400), 3**500, 2**63 - 1, -(2**63),
]


def random_int(max_bits):
    n = rng.getrandbits(rng.randrange(1, max_bits))
    return -n if rng.random() < 0.5 else n


def complex_or_float_pow(x, y):
    """x ** y; a negative base to a fractional power goes to complex_pow in
    CPython, which is not ours: any such answer is recorded as complex."""
    try:
        return x**y
    except OverflowError as e:
        if str(e) == "complex exponentiation":
            return 1j
        raise


def record_ops():
    r = Recorder("ops")
    for x in PAIR_FLOATS:
        for y in PAIR_FLOATS:
            r.case("float_div", [x, y], lambda: x / y)
            r.case("float_floor_div", [x, y], lambda: x // y)
            r.case("float_mod", [x, y], lambda: x % y)
            r.case("float_divmod", [x, y], lambda: divmod(x, y))
    for x in POW_FLOATS:
        for y in POW_FLOATS:
            r.case("float_pow", [x, y], lambda: complex_or_float_pow(x, y))
    for x in TRICKY_FLOATS + random_floats(200) + [0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 2**52 + 0.5, 1e-320]:
        r.case("round_half_even_to_int", [x], lambda: round(x))
        r.case("float_to_int", [x], lambda: int(x))
        for n in ROUND_DIGITS:
            r.case("round_float", [x, n], lambda: round(x, n))
    for x, n in [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (0.125, 2), (0.375, 2),
                 (1.7976931348623157e308, -308), (-1.7976931348623157e308, -308), (5e-324, 323),
                 (5e-324, 324), (1e22, -22), (123.456, -1), (-0.4, 0), (0.05, 1), (0.15, 1),
                 (0.25, 1), (0.35, 1), (1.0000000000000002, 15), (1e-310, 310)]:
        r.case("round_float", [x, n], lambda: round(x, n))
    big_ints = PAIR_INTS + [2**53, 2**53 + 2, 2**54 + 2, 2**1024 - 2**970, 2**1024 - 2**970 - 1,
                            2**1024, -(2**1024 - 2**970 - 1), 10**22, 10**23, 3**600]
    for a in big_ints + [random_int(1100) for _ in range(300)]:
        r.case("int_to_f64", [a], lambda: float(a))
    for a in PAIR_INTS:
        for b in PAIR_INTS:
            r.case("int_true_divide", [a, b], lambda: a / b)
            r.case("int_floor_div", [a, b], lambda: a // b)
            r.case("int_mod", [a, b], lambda: a % b)
            r.case("int_divmod", [a, b], lambda: divmod(a, b))
    for _ in range(400):
        a, b = random_int(1200), random_int(1200)
        r.case("int_true_divide", [a, b], lambda: a / b)
    for _ in range(200):
        a, b = random_int(300), random_int(300)
        r.case("int_floor_div", [a, b], lambda: a // b)
        r.case("int_mod", [a, b], lambda: a % b)
    # Quotients near the subnormal range and the overflow threshold.
    for a, b in [(1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1), (2**1024, 1),
                 (2**1024 - 1, 1), (2**1025, 2), (2**1025 - 2**971, 2), (1, 10**400),
                 (-1, 10**400), (0, -5), (0, 5), (10**400, 10**399), (10**400, 3)]:
        r.case("int_true_divide", [a, b], lambda: a / b)
    bases = [0, 1, -1, 2, -2, 3, 10, -10, 7, 2**64, 10**400]
    exps = [0, 1, 2, 3, 10, 63, 64, 100, -1, -2, -3, -1074, -1075, 1023, 1024, 2**70]
    for a in bases:
        for b in exps:
            if abs(a) > 1 and b > 1024:
                continue
            if a == 10**400 and b > 2:
                continue
            r.case("int_pow", [a, b], lambda: a**b)
    r.write()


INT_TEXTS = [
    "0", "123", "-123", "+123", " 42 ", "\t42\n", "\x0b\x0c\r42", "1_000", "1__000", "_1", "1_",
    "0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "0b_101", "0x_1f", "0x__1", "0_0", "00",
    "000", "010", "0_10", "0x", "0xg", "abc", "ABC", "", " ", "z", "Z", "zz", "1e5", "1.0",
    "+-1", "- 1", "--1", "+", "-", "\u0661\u0662\u0663", "1\x00", "\x1c1", "\u30001\u3000",
    "\xa012\x85", "12 34", "0b2", "0b1", "0x10", "0o8", "0_x1", "7fffffffffffffff",
    "-8000000000000000", "18446744073709551616", "99999999999999999999999999999", "1\u2028",
    "12\x7f", "١_٢", "0" * 700 + "1", "+0", "-0", "-0x10", "  -0b11  ", "0b", "0o", "_", "1_2_3",
    "a'b", 'a"b', "\x01", "é",
]
INT_BASES = [0, 2, 8, 10, 16, 36]
FLOAT_TEXTS = [
    "1.5", " 1.5 ", "1_000.5", "1e5", "1E5", "1e+5", "1e-5", ".5", "5.", ".", "e5", "1e", "1e+",
    "inf", "-inf", "+inf", "Infinity", "-iNfInItY", "nan", "-nan", "+NaN", "infinit", "nanx",
    "in", "1__0", "_1", "1_", "1_e5", "1e_5", "1e5_0", "1._5", "1_.5", "0x10", "1,5", "", " ",
    "abc", "\u0661.\u0665", "1.5\x00", "\x1c1.5", "\u30001.5\u3000", "1e500", "-1e500", "1e-400",
    "-0", "-0.0", "00.5", "0.30000000000000004", "9007199254740993", "2.2250738585072011e-308",
    "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1" * 400,
    "0." + "0" * 400 + "1", "+.5e-3", "1.e5", "1e0005", "1e99999999999999", "0e99999999999",
    "1 5", "x" * 300, "'quote'", "a\"b'c", "1.5\t", "\t", "1.5é", "1_0.0_1e1_0", "+-1", "--1",
    "1e--5", "1.5e+-3", "infinity_", "inf inity", " -nan ", "1.7976931348623157e308",
    "1.7976931348623158e308", "1.7976931348623159e308", "12\x7f", "١_٢", "-_1", "+_1",
]


def record_parse():
    r = Recorder("parse")
    for t in INT_TEXTS:
        for b in INT_BASES:
            r.case("parse_int", [t, b], lambda: int(t, b))
    for t, b in [("1", 1), ("1", 37), ("1", -1), ("z", 36), ("Z", 36), ("0x10", 36),
                 ("1" * 5000, 10), ("1_" * 4300 + "1", 10), ("0" * 4301, 10), ("1" * 4300, 10),
                 ("9" * 4301, 7), ("1" * 5000 + "x", 10), ("1" * 641 + "x", 10), ("f" * 5000, 16),
                 ("1" * 5000, 8), ("z" * 5000, 36), ("1__" + "1" * 5000, 10), ("x" * 300, 10),
                 ("é" * 150, 10), ("\u3000" * 300, 10)]:
        r.case("parse_int", [t, b], lambda: int(t, b))
    for t in FLOAT_TEXTS:
        r.case("parse_float", [t], lambda: float(t))
    for x in random_floats(1500):
        for t in [repr(x), "%.20e" % x, "%.3g" % x, " %r_" % x if False else "%.25f" % x]:
            r.case("parse_float", [t], lambda: float(t))
    r.write()


if __name__ == "__main__":
    record_float_repr()
    record_format()
    record_ops()
    record_parse()
