//! Float and int arithmetic against CPython 3.11's answers, recorded by
//! tests/cpython/record.py (`record_ops`) into tests/cpython/ops.jsonl:
//! division, floor division, modulo, divmod, power, round, int(float),
//! float(int), int / int, with every ZeroDivisionError / OverflowError /
//! ValueError text.

mod common;

use common::{check, from_err, Py};
use gil_playground::objects::error::ObjectResult;
use gil_playground::objects::float_ops::{
    float_div, float_divmod, float_floor_div, float_mod, float_pow, round_float,
    round_half_even_to_int, FloatPow,
};
use gil_playground::objects::int_ops::{
    float_to_int, i64_floor_div, i64_mod, i64_true_divide, int_divmod, int_floor_div, int_mod,
    int_pow, int_to_f64, int_true_divide, IntPow,
};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

fn py<T>(result: ObjectResult<T>, ok: impl FnOnce(T) -> Py) -> Py {
    result.map_or_else(from_err, ok)
}

fn float_pair((a, b): (f64, f64)) -> Py {
    Py::Tuple(vec![Py::Float(a), Py::Float(b)])
}

fn int_pair((a, b): (BigInt, BigInt)) -> Py {
    Py::Tuple(vec![Py::Int(a), Py::Int(b)])
}

#[test]
fn float_and_int_operations_match_cpython() {
    let n = check(include_str!("cpython/ops.jsonl"), |case| {
        let a = &case.args;
        match case.f.as_str() {
            "float_div" => py(float_div(a[0].float(), a[1].float()), Py::Float),
            "float_floor_div" => py(float_floor_div(a[0].float(), a[1].float()), Py::Float),
            "float_mod" => py(float_mod(a[0].float(), a[1].float()), Py::Float),
            "float_divmod" => py(float_divmod(a[0].float(), a[1].float()), float_pair),
            "float_pow" => py(float_pow(a[0].float(), a[1].float()), |p| match p {
                FloatPow::Real(x) => Py::Float(x),
                FloatPow::Complex => Py::Complex,
            }),
            "round_float" => {
                let n = a[1].int().to_i64().expect("ndigits");
                py(round_float(a[0].float(), n), Py::Float)
            }
            "round_half_even_to_int" => py(round_half_even_to_int(a[0].float()), Py::Int),
            "float_to_int" => py(float_to_int(a[0].float()), Py::Int),
            "int_to_f64" => py(int_to_f64(&a[0].int()), Py::Float),
            "int_true_divide" => py(int_true_divide(&a[0].int(), &a[1].int()), Py::Float),
            "int_floor_div" => py(int_floor_div(&a[0].int(), &a[1].int()), Py::Int),
            "int_mod" => py(int_mod(&a[0].int(), &a[1].int()), Py::Int),
            "int_divmod" => py(int_divmod(&a[0].int(), &a[1].int()), int_pair),
            "int_pow" => py(int_pow(&a[0].int(), &a[1].int()), |p| match p {
                IntPow::Int(n) => Py::Int(n),
                IntPow::Float(x) => Py::Float(x),
            }),
            other => panic!("unknown function {other}"),
        }
    });
    assert!(n > 10_000, "{n} cases");
}

/// The `i64` fast paths agree with the `BigInt` functions (which the test
/// above checks against CPython) wherever both apply.
#[test]
fn small_int_fast_paths_agree_with_big_ints() {
    let values: Vec<i64> = vec![
        0,
        1,
        -1,
        2,
        -2,
        3,
        -3,
        7,
        -7,
        10,
        -10,
        1 << 53,
        (1 << 53) + 1,
        -(1 << 53) - 1,
        i64::MAX,
        i64::MIN,
        i64::MAX - 1,
        i64::MIN + 1,
        123_456_789_012_345,
        -987_654_321,
    ];
    for &a in &values {
        for &b in &values {
            let (ba, bb) = (BigInt::from(a), BigInt::from(b));
            let big_q = int_floor_div(&ba, &bb);
            match i64_floor_div(a, b) {
                Ok(Some(q)) => assert_eq!(Ok(BigInt::from(q)), big_q, "{a} // {b}"),
                Ok(None) => assert_eq!((a, b), (i64::MIN, -1)),
                Err(e) => assert_eq!(Err(e), big_q),
            }
            assert_eq!(
                i64_mod(a, b).map(BigInt::from),
                int_mod(&ba, &bb),
                "{a} % {b}"
            );
            let (fast, big) = (i64_true_divide(a, b), int_true_divide(&ba, &bb));
            assert_eq!(fast.map(f64::to_bits), big.map(f64::to_bits), "{a} / {b}");
        }
    }
}
