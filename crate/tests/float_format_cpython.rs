//! `repr(float)` and `format(int|float|str, spec)` against CPython 3.11's
//! answers, recorded by tests/cpython/record.py (`record_float_repr`,
//! `record_format`) into tests/cpython/float_repr.jsonl and format.jsonl.

mod common;

use common::{check, from_err, Py};
use gil_playground::objects::float_repr::float_repr;
use gil_playground::objects::format_spec::{float_format, int_format, str_format};

#[test]
fn float_repr_matches_cpython() {
    let n = check(include_str!("cpython/float_repr.jsonl"), |case| {
        Py::Str(float_repr(case.args[0].float()))
    });
    assert!(n > 3000, "{n} cases");
}

#[test]
fn format_matches_cpython() {
    let n = check(include_str!("cpython/format.jsonl"), |case| {
        let spec = case.args[1].str();
        let result = match case.f.as_str() {
            "format_int" => int_format(&case.args[0].int(), spec),
            "format_float" => float_format(case.args[0].float(), spec),
            "format_str" => str_format(case.args[0].str(), spec),
            other => panic!("unknown function {other}"),
        };
        result.map_or_else(from_err, Py::Str)
    });
    assert!(n > 10_000, "{n} cases");
}
