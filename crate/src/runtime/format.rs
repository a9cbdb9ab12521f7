//! `format(value, spec)`: the format mini-language, for f-strings.

use super::error::{ExcType, PyErr, PyResult};
use super::value::Value;
use super::Interp;

/// Formats `v` by a non-empty `spec`.
///
/// # Errors
/// ValueError for a spec the value's type does not take.
pub fn format_value(interp: &mut Interp, v: &Value, spec: &str) -> PyResult<String> {
    let _ = (interp, v);
    Err(PyErr::new(
        ExcType::NotImplementedError,
        format!("format specs such as '{spec}' are not supported yet"),
    ))
}
