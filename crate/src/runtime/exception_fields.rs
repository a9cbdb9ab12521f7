//! What some built-in exceptions know besides their arguments, as CPython
//! 3.10+'s do: an AttributeError the name it did not find and the object it
//! was looked up on (`name`, `obj`: set as it leaves an attribute lookup,
//! whatever raised it), a NameError the name (`name`). Each is None until
//! set, and may be given by keyword (`AttributeError(msg, name=…, obj=…)`).
//! The "Did you mean" of a traceback reads them (`suggestions.rs`).

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::Args;
use super::value::{lock, Exception, Value};

/// The fields an exception of `kind` has.
#[must_use]
pub fn fields(kind: ExcType) -> &'static [&'static str] {
    if kind.is_subclass(ExcType::AttributeError) {
        &["name", "obj"]
    } else if kind.is_subclass(ExcType::NameError) && kind != ExcType::UnboundLocalError {
        &["name"]
    } else {
        &[]
    }
}

/// `Kind(*args, name=…)`: an exception given its fields by keyword; other
/// keywords are refused with CPython's messages.
pub(super) fn with_keywords(kind: ExcType, args: Args) -> PyResult<Value> {
    let known = fields(kind);
    if known.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            kind.name()
        )));
    }
    if let Some((bad, _)) = args.keywords.iter().find(|(k, _)| !known.contains(&&**k)) {
        return Err(type_error(format!(
            "'{bad}' is an invalid keyword argument for {}()",
            kind.name()
        )));
    }
    let exception = Exception::new(kind, args.positional);
    lock(&exception.attributes).extend(args.keywords);
    Ok(Value::Exception(exception))
}

/// A NameError for `name`, which it keeps.
#[must_use]
pub fn name_error(name: &str) -> PyErr {
    let error = PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"));
    if let Value::Exception(e) = &error.value {
        lock(&e.attributes).insert("name".into(), Value::str(name));
    }
    error
}

/// `error` leaving a lookup of attribute `name` on `object`: an
/// AttributeError not yet told them learns both.
#[cold]
#[inline(never)]
pub(super) fn attach(error: PyErr, object: &Value, name: &str) -> PyErr {
    let Value::Exception(e) = &error.value else {
        return error;
    };
    if !e.kind.is_subclass(ExcType::AttributeError) {
        return error;
    }
    {
        let mut attributes = lock(&e.attributes);
        let set = |field: &str| !matches!(attributes.get(field), None | Some(Value::None));
        if !set("name") && !set("obj") {
            attributes.insert("name".into(), Value::str(name));
            attributes.insert("obj".into(), object.clone());
        }
    }
    error
}

/// An exception's field when it has that field: what was set, else None.
#[must_use]
pub fn field(e: &Exception, name: &str) -> Option<Value> {
    if !fields(e.kind).contains(&name) {
        return None;
    }
    Some(lock(&e.attributes).get(name).cloned().unwrap_or(Value::None))
}
