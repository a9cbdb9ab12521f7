#!/usr/bin/env python3
"""Writes tests/objects_examples.rs: readable examples of the value
primitives, each expected value computed here by CPython 3.11.

Run from crate/:  python3 tests/cpython/gen_examples.py
(The bulk of the cases is in record.py; these are the ones a reader looks for.)
"""
import sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"


def rs_str(s):
    out = '"'
    for c in s:
        if c in '"\\':
            out += "\\" + c
        elif c == "\n":
            out += "\\n"
        elif c == "\t":
            out += "\\t"
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out += "\\u{%x}" % ord(c)
        else:
            out += c
    return out + '"'


def rs_float(x):
    r = repr(x)
    if r == "inf":
        return "f64::INFINITY"
    if r == "-inf":
        return "f64::NEG_INFINITY"
    if r == "nan":
        return "f64::NAN"
    if "e" not in r and "." not in r:
        r += ".0"
    return r + "_f64"


def rs_int(n):
    if -(2**63) < n < 2**63:
        return "&BigInt::from(%d_i64)" % n
    return "&big(%s)" % rs_str(str(n))


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return ("err", type(e).__name__, str(e))


lines = []


def emit(call, py_src, fn, ok_fmt):
    res = outcome(fn)
    if res[0] == "ok":
        lines.append("    // %s" % py_src)
        lines.append("    assert_eq!(%s.as_deref(), Ok(%s));" % (call, ok_fmt(res[1])))
    else:
        lines.append("    // %s  ->  %s: %s" % (py_src, res[1], res[2]))
        lines.append(
            "    assert_eq!(%s.map_err(|e| e.to_string()), Err(%s.to_string()));"
            % (call, rs_str("%s: %s" % (res[1], res[2])))
        )


def section(name, doc):
    lines.append("")
    lines.append("/// %s" % doc)
    lines.append("#[test]")
    lines.append("fn %s() {" % name)


def end():
    lines.append("}")


TRICKY = [0.1 + 0.2, 1e22, 5e-324, 1.7976931348623157e308, 2.5, -1.5, 1e16, 9999999999999998.0,
          0.30000000000000004, 1e-05, 1.5e-05, 123456789012345.0, 0.1, -0.0, float("inf"),
          float("-inf"), float("nan")]

section("float_repr_examples", "`repr(x)` of tricky floats.")
for x in TRICKY:
    res = repr(x)
    lines.append("    // repr(%s)" % res)
    lines.append("    assert_eq!(float_repr(%s), %s);" % (rs_float(x), rs_str(res)))
end()

section("fstring_examples", "The f-string examples of the task.")
x, n, s, v, r = 1234.5678, 1234567, "Title", 42, 0.4567
for spec in [".2f", "e", "g", "+.3f", "10.4"]:
    emit("float_format(%s, %s)" % (rs_float(x), rs_str(spec)), 'f"{%r:%s}"' % (x, spec),
         lambda: f"{x:{spec}}", rs_str)
for spec in [",", "05d", "x", "#b", "_"]:
    emit("int_format(%s, %s)" % (rs_int(n), rs_str(spec)), 'f"{%r:%s}"' % (n, spec),
         lambda: f"{n:{spec}}", rs_str)
for spec in [".<40", "^12", ">8"]:
    emit("str_format(%s, %s)" % (rs_str(s), rs_str(spec)), 'f"{%r:%s}"' % (s, spec),
         lambda: f"{s:{spec}}", rs_str)
emit("int_format(%s, %s)" % (rs_int(v), rs_str(">8")), 'f"{%r:>8}"' % v, lambda: f"{v:>8}", rs_str)
emit("float_format(%s, %s)" % (rs_float(r), rs_str(".1%")), 'f"{%r:.1%%}"' % r, lambda: f"{r:.1%}", rs_str)
end()

section("format_examples", "Big ints, signs, zero padding, grouping, alternate forms, and errors.")
for val, spec in [(10**30, ","), (-(2**100), "_"), (-(2**100), "#x"), (10**30, "e"), (-42, "=+08"),
                  (1234, "010,"), (255, "#010_b"), (65, "c"), (1.0, ""), (1e16, ""), (0.5, ".0f"),
                  (2.5, ".0f"), (-0.0, "z.1f"), (1234.5, ",.2f"), (1e-5, "g"), (123.0, ".3"),
                  ("abc", "010"), ("abc", "*^9"), (1.5, "d"), ("s", ","), (1, "."), (1, "5.2.3"),
                  ("s", "+"), (1, ",c"), (1, ".2"), (-1, "c"), (10**400, "f"), (1.0, ".3000000000f")]:
    fn = {int: "int_format", float: "float_format", str: "str_format"}[type(val)]
    arg = {int: rs_int, float: rs_float, str: rs_str}[type(val)](val)
    emit("%s(%s, %s)" % (fn, arg, rs_str(spec)), "format(%r, %r)" % (val, spec),
         lambda: format(val, spec), rs_str)
end()

section("arithmetic_examples", "Division, modulo, rounding and conversions, and their errors.")
for src, call, fmt in [
    ("-7.5 // 2.0", "float_floor_div(-7.5, 2.0)", rs_float),
    ("-7.5 % 2.0", "float_mod(-7.5, 2.0)", rs_float),
    ("7.5 % -2.0", "float_mod(7.5, -2.0)", rs_float),
    ("-0.0 % 5.0", "float_mod(-0.0, 5.0)", rs_float),
    ("1.0 // 0.0", "float_floor_div(1.0, 0.0)", rs_float),
    ("1.0 % 0.0", "float_mod(1.0, 0.0)", rs_float),
    ("divmod(1.0, 0.0)", "float_divmod(1.0, 0.0)", None),
    ("1.0 / 0.0", "float_div(1.0, 0.0)", rs_float),
    ("round(2.675, 2)", "round_float(2.675, 2)", rs_float),
    ("round(0.5, 0)", "round_float(0.5, 0)", rs_float),
    ("round(-0.4, 0)", "round_float(-0.4, 0)", rs_float),
    ("round(1.7976931348623157e308, -308)", "round_float(1.7976931348623157e308, -308)", rs_float),
    ("float(2**53 + 1)", "int_to_f64(&BigInt::from(9007199254740993_i64))", rs_float),
    ("float(10**400)", 'int_to_f64(&big("1%s"))' % ("0" * 400), rs_float),
    ("1 / 3", "int_true_divide(&BigInt::from(1), &BigInt::from(3))", rs_float),
    ("10**400 / 3", 'int_true_divide(&big("1%s"), &BigInt::from(3))' % ("0" * 400), rs_float),
    ("1 / 0", "int_true_divide(&BigInt::from(1), &BigInt::from(0))", rs_float),
]:
    res = outcome(lambda: eval(src))
    if res[0] == "ok" and fmt is not None:
        lines.append("    // %s" % src)
        lines.append("    assert_eq!(%s.map(f64::to_bits), Ok((%s).to_bits()));" % (call, fmt(res[1])))
    else:
        lines.append("    // %s  ->  %s: %s" % (src, res[1], res[2]))
        lines.append("    assert_eq!(%s.map_err(|e| e.to_string()), Err(%s.to_string()));"
                     % (call, rs_str("%s: %s" % (res[1], res[2]))))
for src, call in [
    ("-7 // 2", "int_floor_div(&BigInt::from(-7), &BigInt::from(2))"),
    ("-7 % 2", "int_mod(&BigInt::from(-7), &BigInt::from(2))"),
    ("7 % -2", "int_mod(&BigInt::from(7), &BigInt::from(-2))"),
    ("1 // 0", "int_floor_div(&BigInt::from(1), &BigInt::from(0))"),
    ("1 % 0", "int_mod(&BigInt::from(1), &BigInt::from(0))"),
    ("round(2.5)", "round_half_even_to_int(2.5)"),
    ("round(-1.5)", "round_half_even_to_int(-1.5)"),
    ("round(float('nan'))", "round_half_even_to_int(f64::NAN)"),
    ("round(float('inf'))", "round_half_even_to_int(f64::INFINITY)"),
    ("int(-2.9)", "float_to_int(-2.9)"),
    ("int(1e22)", "float_to_int(1e22)"),
    ("int('  -1_000 ')", 'parse_int("  -1_000 ", 10)'),
    ("int('0x_ff', 0)", 'parse_int("0x_ff", 0)'),
    ("int('abc')", 'parse_int("abc", 10)'),
    ("int('010', 0)", 'parse_int("010", 0)'),
    ("int('1', 37)", 'parse_int("1", 37)'),
]:
    res = outcome(lambda: eval(src))
    if res[0] == "ok":
        lines.append("    // %s" % src)
        lines.append("    assert_eq!(%s, Ok(big(%s)));" % (call, rs_str(str(res[1]))))
    else:
        lines.append("    // %s  ->  %s: %s" % (src, res[1], res[2]))
        lines.append("    assert_eq!(%s.map_err(|e| e.to_string()), Err(%s.to_string()));"
                     % (call, rs_str("%s: %s" % (res[1], res[2]))))
for text in [" 1_000.5 ", "-iNfInItY", "1e500", "abc", "1__0"]:
    src = "float(%r)" % text
    res = outcome(lambda: float(text))
    call = "parse_float(%s)" % rs_str(text)
    if res[0] == "ok":
        lines.append("    // %s" % src)
        lines.append("    assert_eq!(%s.map(f64::to_bits), Ok((%s).to_bits()));" % (call, rs_float(res[1])))
    else:
        lines.append("    // %s  ->  %s: %s" % (src, res[1], res[2]))
        lines.append("    assert_eq!(%s.map_err(|e| e.to_string()), Err(%s.to_string()));"
                     % (call, rs_str("%s: %s" % (res[1], res[2]))))
end()

header = '''//! Readable examples of the value primitives. Generated by
//! `python3 tests/cpython/gen_examples.py` (from crate/), which computes every
//! expected value with CPython 3.11; the comments show the Python source.

use gil_playground::objects::float_ops::{
    float_div, float_divmod, float_floor_div, float_mod, round_float, round_half_even_to_int,
};
use gil_playground::objects::float_repr::float_repr;
use gil_playground::objects::format_spec::{float_format, int_format, str_format};
use gil_playground::objects::int_ops::{
    float_to_int, int_floor_div, int_mod, int_to_f64, int_true_divide,
};
use gil_playground::objects::parse_number::{parse_float, parse_int};
use num_bigint::BigInt;

fn big(decimal: &str) -> BigInt {
    decimal.parse().expect("a decimal integer")
}
'''
with open("tests/objects_examples.rs", "w") as f:
    f.write(header + "\n".join(lines) + "\n")
print("wrote tests/objects_examples.rs")
