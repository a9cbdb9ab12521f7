//! `int(text, base)` and `float(text)` against CPython 3.11's answers,
//! recorded by tests/cpython/record.py (`record_parse`) into
//! tests/cpython/parse.jsonl, with every ValueError text.

mod common;

use common::{check, from_err, Py};
use gil_playground::objects::parse_number::{parse_float, parse_int};
use num_traits::ToPrimitive;

#[test]
fn int_and_float_parsing_match_cpython() {
    let n = check(include_str!("cpython/parse.jsonl"), |case| {
        let a = &case.args;
        match case.f.as_str() {
            "parse_int" => {
                let base = a[1].int().to_i64().expect("base");
                // A negative base is refused with the out-of-range text.
                let base = u32::try_from(base).unwrap_or(1);
                parse_int(a[0].str(), base).map_or_else(from_err, Py::Int)
            }
            "parse_float" => parse_float(a[0].str()).map_or_else(from_err, Py::Float),
            other => panic!("unknown function {other}"),
        }
    });
    assert!(n > 5_000, "{n} cases");
}
