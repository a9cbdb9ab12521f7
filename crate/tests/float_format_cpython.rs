//! `repr(float)` against CPython 3.11's answers, recorded by
//! tests/cpython/record.py (`record_float_repr`) into
//! tests/cpython/float_repr.jsonl.

mod common;

use common::{check, Py};
use gil_playground::objects::float_repr::float_repr;

#[test]
fn float_repr_matches_cpython() {
    let n = check(include_str!("cpython/float_repr.jsonl"), |case| {
        Py::Str(float_repr(case.args[0].float()))
    });
    assert!(n > 3000, "{n} cases");
}
