//! `_traceback`: what the frozen `traceback` module (python/traceback.py)
//! needs from the interpreter, so that its text is the text an uncaught
//! exception prints: each frame's lines with their carets, and an
//! exception's last line.

use crate::builtin;
use std::sync::Arc;

use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::traceback_objects::as_traceback;
use crate::runtime::value::Value;
use crate::runtime::Interp;

/// `frames(tb)`: for each frame of traceback `tb`, outermost first,
/// `(filename, lineno, name, line, text)`: `text` is what a traceback
/// prints for it (with carets), `line` the source line, stripped.
fn frames(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [tb] = args.positional.as_slice() else {
        return Err(type_error("frames() takes exactly one argument"));
    };
    let Some(tb) = as_traceback(tb) else {
        return Err(type_error(format!(
            "a traceback object is required, not {}",
            tb.type_name()
        )));
    };
    let program = interp.rt.source.clone();
    let mut out = Vec::new();
    for entry in tb.entries().iter().rev() {
        if crate::runtime::hidden_frame(&entry.filename) {
            continue;
        }
        let (line, text) = interp.format_entry(entry, &program);
        out.push(Value::tuple(vec![
            Value::Str(entry.filename.clone()),
            Value::Int(i64::from(line)),
            Value::Str(entry.function.clone()),
            Value::str(&interp.entry_source_line(entry, line)),
            Value::str(&text),
        ]));
    }
    Ok(Value::list(out))
}

/// `exception_only(e)`: the last line of exception `e`'s traceback (the
/// lines of a SyntaxError's display), as an uncaught one prints it.
fn exception_only(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [value @ Value::Exception(_)] = args.positional.as_slice() else {
        return Err(type_error("exception_only() takes one exception"));
    };
    Ok(Value::str(&interp.format_exception_only(value)))
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("frames", frames),
    builtin!("exception_only", exception_only),
];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("_traceback", FUNCTIONS)
}
