//! What some built-in exceptions know besides their arguments, as CPython
//! 3.10+'s do: an AttributeError the name it did not find and the object it
//! was looked up on (`name`, `obj`: set as it leaves an attribute lookup,
//! whatever raised it), a NameError the name (`name`), an OSError the parts
//! of its arguments (`errno`, `strerror`, `filename`, `filename2`). Each is
//! None until set; the first two may be given by keyword
//! (`AttributeError(msg, name=…, obj=…)`).
//! The "Did you mean" of a traceback reads them (`suggestions.rs`).

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::Args;
use super::value::{lock, Exception, Value};
use crate::builtin;
use std::sync::Arc;

/// The fields an exception of `kind` has.
#[must_use]
pub fn fields(kind: ExcType) -> &'static [&'static str] {
    if kind.is_subclass(ExcType::AttributeError) {
        &["name", "obj"]
    } else if kind.is_subclass(ExcType::NameError) && kind != ExcType::UnboundLocalError {
        &["name"]
    } else if kind.is_subclass(ExcType::OSError) {
        &["errno", "strerror", "filename", "filename2"]
    } else if kind.is_subclass(ExcType::BaseExceptionGroup) {
        &["message", "exceptions"]
    } else {
        &[]
    }
}

/// `Kind(*args, name=…)`: an exception given its fields by keyword; other
/// keywords are refused with CPython's messages.
pub(super) fn with_keywords(kind: ExcType, args: Args) -> PyResult<Value> {
    let known = fields(kind);
    if known.is_empty() || kind.is_subclass(ExcType::OSError) {
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
    Some(
        lock(&e.attributes)
            .get(name)
            .cloned()
            .unwrap_or(Value::None),
    )
}

/// The OSError subclass that `OSError(errno, …)` makes for `errno` (the
/// Linux numbers), as CPython picks it.
fn os_error_kind(errno: &Value) -> Option<ExcType> {
    let Value::Int(errno) = errno else {
        return None;
    };
    Some(match errno {
        11 | 114 | 115 => ExcType::BlockingIOError,
        10 => ExcType::ChildProcessError,
        32 | 108 => ExcType::BrokenPipeError,
        103 => ExcType::ConnectionAbortedError,
        111 => ExcType::ConnectionRefusedError,
        104 => ExcType::ConnectionResetError,
        17 => ExcType::FileExistsError,
        2 => ExcType::FileNotFoundError,
        21 => ExcType::IsADirectoryError,
        20 => ExcType::NotADirectoryError,
        4 => ExcType::InterruptedError,
        1 | 13 => ExcType::PermissionError,
        3 => ExcType::ProcessLookupError,
        110 => ExcType::TimeoutError,
        _ => return None,
    })
}

/// `OSError(*args)` or one of its subclasses called: of the subclass its
/// errno stands for when it is `OSError` itself, its fields set from
/// `args` (`os_fields`).
#[must_use]
pub fn os_error(kind: ExcType, args: Vec<Value>) -> Arc<Exception> {
    let kind = match (kind, args.as_slice()) {
        (ExcType::OSError, [errno, _, ..]) if args.len() <= 5 => {
            os_error_kind(errno).unwrap_or(kind)
        }
        _ => kind,
    };
    let exception = Exception::new(kind, args);
    os_fields(&exception);
    exception
}

/// An OSError's fields from its arguments `(errno, strerror[, filename[,
/// winerror[, filename2]]])`: two to five of them set `errno` and
/// `strerror`, and those there of the others; with a filename, its
/// `args` are the first two alone. Other counts leave them None.
pub fn os_fields(e: &Exception) {
    let args = e.args();
    if !(2..=5).contains(&args.len()) {
        return;
    }
    let mut attributes = lock(&e.attributes);
    attributes.insert("errno".into(), args[0].clone());
    attributes.insert("strerror".into(), args[1].clone());
    if let Some(filename) = args.get(2) {
        attributes.insert("filename".into(), filename.clone());
    }
    if let Some(filename2) = args.get(4) {
        attributes.insert("filename2".into(), filename2.clone());
    }
    drop(attributes);
    if args.get(2).is_some_and(|f| !matches!(f, Value::None)) {
        e.set_args(args[..2].to_vec());
    }
}

/// The arguments that make `e` again (as pickle's `__reduce__` gives
/// them): an OSError's with its filename (and filename2) put back.
#[must_use]
pub fn reduce_args(e: &Exception) -> Vec<Value> {
    let mut args = e.args();
    if !e.kind.is_subclass(ExcType::OSError) || args.len() != 2 {
        return args;
    }
    let attributes = lock(&e.attributes);
    let given = |name: &str| attributes.get(name).filter(|v| !matches!(v, Value::None));
    if let Some(filename) = given("filename") {
        args.push(filename.clone());
        if let Some(filename2) = given("filename2") {
            args.push(Value::None);
            args.push(filename2.clone());
        }
    }
    args
}

/// `e.add_note(note)` (3.11): `note` appended to the list `e.__notes__`,
/// made on the first note; a traceback prints each note after the message.
pub(crate) static ADD_NOTE: super::function::Builtin = builtin!("add_note", |_, args| {
    let [Value::Exception(e), note] = args.positional.as_slice() else {
        return Err(type_error(match args.positional.first() {
            Some(Value::Exception(_)) => format!(
                "BaseException.add_note() takes exactly one argument ({} given)",
                args.positional.len() - 1
            ),
            _ => "descriptor 'add_note' requires a 'BaseException' object".to_string(),
        }));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            note.type_name()
        )));
    }
    let mut attributes = lock(&e.attributes);
    match attributes.get("__notes__") {
        Some(Value::List(notes)) => lock(&notes.items).push(note.clone()),
        Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
        None => {
            attributes.insert("__notes__".into(), Value::list(vec![note.clone()]));
        }
    }
    Ok(Value::None)
});

/// The lines of `value`'s notes (`add_note`), each ending in a newline, as a
/// traceback prints them after the exception's message.
#[must_use]
pub fn notes(value: &Value) -> String {
    let Value::Exception(e) = value else {
        return String::new();
    };
    let Some(Value::List(notes)) = lock(&e.attributes).get("__notes__").cloned() else {
        return String::new();
    };
    let notes = lock(&notes.items).clone().into_vec();
    let mut out = String::new();
    for note in notes {
        if let Value::Str(text) = note {
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}
