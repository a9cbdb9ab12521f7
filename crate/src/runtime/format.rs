//! `format(value, spec)`: the format mini-language (`objects::format_spec`),
//! for f-strings and `format()`.

use super::error::{ExcType, PyErr, PyResult};
use super::value::Value;
use crate::objects::format_spec::{complex_format, float_format, int_format, str_format};

/// Formats `v` by a non-empty `spec`.
///
/// # Errors
/// ValueError for a spec the value's type does not take.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Int(i) => int_format(&(*i).into(), spec).map_err(PyErr::from),
        Value::BigInt(b) => int_format(b, spec).map_err(PyErr::from),
        // bool formats as an int with a spec (format(True, 'd') == '1').
        Value::Bool(b) => int_format(&i64::from(*b).into(), spec).map_err(PyErr::from),
        Value::Float(f) => float_format(*f, spec).map_err(PyErr::from),
        Value::Complex(z) => complex_format(z.re, z.im, spec).map_err(PyErr::from),
        Value::Str(s) => str_format(s, spec).map_err(PyErr::from),
        other => {
            // object.__format__: only the empty spec is allowed.
            Err(PyErr::new(
                ExcType::TypeError,
                format!(
                    "unsupported format string passed to {}.__format__",
                    other.type_name()
                ),
            ))
        }
    }
}
