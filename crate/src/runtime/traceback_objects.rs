//! `e.__traceback__`: CPython's traceback, frame and code objects, made on
//! demand from the entries a caught exception keeps (`Exception::traceback`),
//! with the attributes the `traceback` module and learners read: `tb_next`,
//! `tb_lineno`, `tb_frame.f_code.co_name`, `co_filename`, `f_lineno`.
//!
//! Raising and catching make none of these: only reading `__traceback__`
//! (or `sys.exc_info()`) does.

use std::sync::Arc;

use super::error::{type_error, PyResult, TraceEntry};
use super::function::Builtin;
use super::value::{Exception, Native, Value};
use super::Interp;
use crate::builtin;

/// One frame's line in a traceback, with the line number it shows.
#[derive(Debug)]
struct Shown {
    entry: TraceEntry,
    line: u32,
}

/// A traceback object: entry `index` of a traceback (innermost first, as a
/// `PyErr` keeps it); its `tb_next` is the entry before.
#[derive(Debug)]
pub struct Traceback {
    entries: Arc<[Shown]>,
    index: usize,
}

impl Traceback {
    /// This traceback and those after it, innermost first (what an exception
    /// raised with it goes on from).
    #[must_use]
    pub fn entries(&self) -> Vec<TraceEntry> {
        self.entries[..=self.index]
            .iter()
            .map(|s| s.entry.clone())
            .collect()
    }
}

/// The traceback object of `entries` (innermost first): None when empty.
#[must_use]
pub fn traceback_value(interp: &Interp, entries: &[TraceEntry]) -> Value {
    if entries.is_empty() {
        return Value::None;
    }
    let program = interp.rt.source.clone();
    let shown: Arc<[Shown]> = entries
        .iter()
        .map(|entry| Shown {
            entry: entry.clone(),
            line: interp.format_entry(entry, &program).0,
        })
        .collect();
    Value::Native(Arc::new(Traceback {
        index: shown.len() - 1,
        entries: shown,
    }))
}

/// The traceback object `value` is, if it is one.
#[must_use]
pub fn as_traceback(value: &Value) -> Option<&Traceback> {
    match value {
        Value::Native(n) => n.as_any().downcast_ref::<Traceback>(),
        _ => None,
    }
}

impl Native for Traceback {
    fn type_name(&self) -> &'static str {
        "traceback"
    }
    fn get_attr(&self, name: &str) -> Option<Value> {
        let shown = &self.entries[self.index];
        Some(match name {
            "tb_next" if self.index == 0 => Value::None,
            "tb_next" => Value::Native(Arc::new(Traceback {
                entries: self.entries.clone(),
                index: self.index - 1,
            })),
            "tb_lineno" => Value::Int(i64::from(shown.line)),
            "tb_frame" => Value::Native(Arc::new(FrameObject {
                entry: shown.entry.clone(),
                line: shown.line,
            })),
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        format!("<traceback object at {:#x}>", self as *const Self as usize)
    }
}

/// `tb.tb_frame`: where a frame was as the exception passed through it.
#[derive(Debug)]
struct FrameObject {
    entry: TraceEntry,
    line: u32,
}

impl Native for FrameObject {
    fn type_name(&self) -> &'static str {
        "frame"
    }
    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "f_lineno" => Value::Int(i64::from(self.line)),
            "f_code" => Value::Native(Arc::new(CodeObject {
                name: self.entry.function.clone(),
                filename: self.entry.filename.clone(),
            })),
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const Self as usize, self.entry.filename, self.line, self.entry.function
        )
    }
}

/// The code object of function `name` in `filename` (`frame.f_code`).
pub(super) fn code_object(name: &Arc<str>, filename: &Arc<str>) -> Value {
    Value::Native(Arc::new(CodeObject {
        name: name.clone(),
        filename: filename.clone(),
    }))
}

/// `frame.f_code`: a function's name and file.
#[derive(Debug)]
struct CodeObject {
    name: Arc<str>,
    filename: Arc<str>,
}

impl Native for CodeObject {
    fn type_name(&self) -> &'static str {
        "code"
    }
    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "co_name" => Value::Str(self.name.clone()),
            "co_filename" => Value::Str(self.filename.clone()),
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        format!(
            "<code object {} at {:#x}, file \"{}\">",
            self.name, self as *const Self as usize, self.filename
        )
    }
}

/// `e.__traceback__ = tb` (or None).
///
/// # Errors
/// TypeError for what is neither.
pub fn set_traceback(exception: &Exception, value: &Value) -> PyResult<()> {
    match value {
        Value::None => exception.set_traceback(&[]),
        _ => match as_traceback(value) {
            Some(tb) => exception.set_traceback(&tb.entries()),
            None => return Err(type_error("__traceback__ must be a traceback or None")),
        },
    }
    Ok(())
}

/// `e.with_traceback(tb)`: sets `__traceback__`, gives back `e`.
pub(crate) static WITH_TRACEBACK: Builtin = builtin!("with_traceback", |_, args| {
    match args.positional.as_slice() {
        [Value::Exception(e), tb] => {
            set_traceback(e, tb)?;
            Ok(Value::Exception(e.clone()))
        }
        [Value::Exception(_), ..] => Err(type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.positional.len() - 1
        ))),
        _ => Err(type_error(
            "descriptor 'with_traceback' requires a 'BaseException' object",
        )),
    }
});
