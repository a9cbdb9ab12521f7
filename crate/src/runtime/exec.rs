//! `compile()`, `exec()` and `eval()`: Python source given as a string, run
//! in the caller's scope or in dicts given for its globals and locals.
//!
//! Without dicts, the code runs in the calling frame's module (a name it
//! binds at module level is a global of the program) and reads a function's
//! local variables from a snapshot of them, as CPython's `locals()` is one
//! (so it cannot change them, as in CPython). With dicts, it runs in a
//! module made of the globals dict and a namespace made of the locals dict,
//! and what it bound is written back to them when it ends.

use std::sync::Arc;

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::eval::Flow;
use super::frame::Frame;
use super::function::{Args, Builtin};
use super::object::Module;
use super::value::{lock, Exception, Native, Value};
use super::Interp;
use crate::builtin;
use crate::compiler::{self, Code, SyntaxError};

pub(crate) static EXEC: Builtin = builtin!("exec", |i, a| exec(i, None, a));
pub(crate) static EVAL: Builtin = builtin!("eval", |i, a| eval(i, None, a));
pub(crate) static COMPILE: Builtin = builtin!("compile", compile);

/// What `compile()` makes: code to give `exec` or `eval`.
#[derive(Debug)]
struct CodeObject {
    code: Arc<Code>,
}

impl Native for CodeObject {
    fn type_name(&self) -> &'static str {
        "code"
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "co_filename" => Value::Str(self.code.filename.clone()),
            "co_name" => Value::Str(self.code.name.clone()),
            "co_firstlineno" => Value::Int(i64::from(self.code.first_line)),
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        format!(
            "<code object {} at 0x{:012x}, file \"{}\", line {}>",
            self.code.name,
            std::ptr::addr_of!(*self) as usize,
            self.code.filename,
            self.code.first_line
        )
    }
}

/// The Python SyntaxError (or IndentationError) for a compile error in
/// source from `filename`, with CPython's arguments and attributes.
#[must_use]
pub fn syntax_error(error: &SyntaxError, filename: &str) -> PyErr {
    let kind = match error.kind {
        compiler::CompileErrorKind::Indentation => ExcType::IndentationError,
        compiler::CompileErrorKind::Tab => ExcType::TabError,
        compiler::CompileErrorKind::Recursion => {
            return PyErr::new(ExcType::RecursionError, error.message.clone())
        }
        compiler::CompileErrorKind::Memory => return PyErr::new(ExcType::MemoryError, ""),
        compiler::CompileErrorKind::Syntax => ExcType::SyntaxError,
    };
    let line = Value::Int(i64::from(error.line));
    let column = Value::Int(i64::from(error.column));
    // CPython's -1: no part of the line to show.
    let end_column = Value::Int(if error.end_column == 0 {
        -1
    } else {
        i64::from(error.end_column)
    });
    let text = Value::str(&error.text);
    let details = [
        ("filename", Value::str(filename)),
        ("lineno", line.clone()),
        ("offset", column.clone()),
        ("text", text),
        ("end_lineno", line),
        ("end_offset", end_column),
    ];
    let exception = Exception::new(
        kind,
        vec![
            Value::str(&error.message),
            Value::tuple(details.iter().map(|(_, v)| v.clone()).collect()),
        ],
    );
    {
        let mut attributes = lock(&exception.attributes);
        attributes.insert("msg".into(), Value::str(&error.message));
        for (name, value) in details {
            attributes.insert(name.into(), value);
        }
        attributes.insert("print_file_and_line".into(), Value::None);
    }
    PyErr::raised(Value::Exception(exception), Vec::new())
}

/// The source of `compile`/`exec`/`eval`'s first argument: a str, or bytes
/// read as UTF-8.
fn source_text(function: &str, source: &Value) -> PyResult<String> {
    match source {
        Value::Str(s) => Ok(s.to_string()),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let bytes = super::bytes::bytes_like(source).unwrap_or_default();
            String::from_utf8(bytes.to_vec()).map_err(|_| {
                PyErr::new(
                    ExcType::SyntaxError,
                    "source code cannot be decoded as UTF-8",
                )
            })
        }
        _ if function == "compile" => Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        )),
        _ => Err(type_error(format!(
            "{function}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// Compiles `source` in `mode` ("exec", "eval" or "single").
fn compile_source(source: &str, filename: &str, mode: &str) -> PyResult<CodeObject> {
    // A NUL cannot be in source code (CPython's words).
    if source.contains('\0') {
        return Err(PyErr::new(
            ExcType::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    match mode {
        "exec" | "single" => compiler::compile_module(source, filename)
            .map(|code| CodeObject { code })
            .map_err(|e| syntax_error(&e, filename)),
        "eval" => {
            // `eval` leaves out the spaces and tabs an expression starts with.
            let trimmed = source.trim_start_matches([' ', '\t']);
            compiler::compile_expression(trimmed, filename)
                .map(|code| CodeObject { code })
                .map_err(|e| syntax_error(&e, filename))
        }
        _ => Err(PyErr::new(
            ExcType::ValueError,
            "compile() mode must be 'exec', 'eval' or 'single'",
        )),
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`
fn compile(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let mut take = |index: usize, name: &str| {
        args.keyword(name)
            .or_else(|| args.positional.get(index).cloned())
    };
    let (Some(source), Some(filename), Some(mode)) =
        (take(0, "source"), take(1, "filename"), take(2, "mode"))
    else {
        return Err(type_error(
            "compile() missing required argument 'source' (pos 1)",
        ));
    };
    let source = source_text("compile", &source)?;
    let Value::Str(filename) = filename else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            filename.type_name()
        )));
    };
    let Value::Str(mode) = mode else {
        return Err(type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            mode.type_name()
        )));
    };
    Ok(Value::Native(Arc::new(compile_source(
        &source, &filename, &mode,
    )?)))
}

/// The code `exec` or `eval` (`function`, compiling in `mode`) runs: a code
/// object, or source compiled now.
fn code_of(function: &str, mode: &str, source: &Value) -> PyResult<Arc<Code>> {
    if let Some(native) = source.as_native() {
        if let Some(code) = native.as_any().downcast_ref::<CodeObject>() {
            return Ok(code.code.clone());
        }
    }
    let text = source_text(function, source)?;
    Ok(compile_source(&text, "<string>", mode)?.code)
}

/// `exec(source, globals=None, locals=None)`: runs it; None.
pub(super) fn exec(interp: &mut Interp, frame: Option<&Frame>, args: Args) -> PyResult<Value> {
    let (source, globals, locals) = arguments("exec", args)?;
    let code = code_of("exec", "exec", &source)?;
    run(interp, frame, code, (globals, locals), "exec")?;
    Ok(Value::None)
}

/// `eval(source, globals=None, locals=None)`: the value of the expression.
pub(super) fn eval(interp: &mut Interp, frame: Option<&Frame>, args: Args) -> PyResult<Value> {
    let (source, globals, locals) = arguments("eval", args)?;
    // An "exec" code object evaluates to None, as in CPython.
    let code = code_of("eval", "eval", &source)?;
    run(interp, frame, code, (globals, locals), "eval")
}

/// The source and the globals and locals (None when not given) of a call
/// to `function`.
fn arguments(function: &str, args: Args) -> PyResult<(Value, Value, Value)> {
    if let Some((name, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "{function}() takes no keyword arguments: '{name}'"
        )));
    }
    let mut given = args.positional.into_iter();
    let count = given.len();
    match (given.next(), count) {
        (Some(source), 1..=3) => Ok((
            source,
            given.next().unwrap_or(Value::None),
            given.next().unwrap_or(Value::None),
        )),
        (None, _) => Err(type_error(format!(
            "{function} expected at least 1 argument, got 0"
        ))),
        _ => Err(type_error(format!(
            "{function} expected at most 3 arguments, got {count}"
        ))),
    }
}

/// A module holding the str keys of `dict` (the other keys cannot be names).
fn module_of_dict(dict: &Value, name: &str) -> Arc<Module> {
    let module = Module::new(name);
    if let Value::Dict(d) = dict {
        let mut names = module.names_mut();
        for (key, value) in lock(&d.map).values() {
            if let Value::Str(key) = key {
                names.insert(key.clone(), value.clone());
            }
        }
    }
    module
}

/// Writes `module`'s names back into `dict`, which they came from: what the
/// code bound, changed or deleted shows there.
fn write_back(interp: &mut Interp, module: &Module, dict: &Value) -> PyResult<()> {
    let Value::Dict(d) = dict else {
        return Ok(());
    };
    let items: Vec<(Arc<str>, Value)> = module
        .names()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    // Keys that are not names stay as they were.
    lock(&d.map).retain(|_, (key, _)| !matches!(key, Value::Str(_)));
    for (key, value) in items {
        interp.dict_set(dict, Value::Str(key), value)?;
    }
    Ok(())
}

/// Runs `code` with the given globals and locals (None: the caller's).
fn run(
    interp: &mut Interp,
    frame: Option<&Frame>,
    code: Arc<Code>,
    (globals, locals): (Value, Value),
    function: &str,
) -> PyResult<Value> {
    let (module, globals_dict) = match globals {
        Value::None => (super::introspect::global_module(interp, frame), None),
        dict @ Value::Dict(_) => {
            let key = Value::str("__builtins__");
            if !interp.contains(&dict, &key)? {
                let builtins = interp.import("builtins")?;
                interp.dict_set(&dict, key, builtins)?;
            }
            let Value::Dict(d) = &dict else {
                unreachable!("matched a dict")
            };
            let name = match interp.dict_get(d, &Value::str("__name__"))? {
                Some(Value::Str(name)) => name.to_string(),
                _ => "builtins".to_string(),
            };
            (Some(module_of_dict(&dict, &name)), Some(dict))
        }
        _ if function == "eval" => {
            return Err(type_error(
                "globals must be a real dict; try eval(expr, {}, mapping)",
            ))
        }
        other => {
            return Err(type_error(format!(
                "exec() globals must be a dict, not {}",
                other.type_name()
            )))
        }
    };
    let Some(module) = module else {
        return Err(PyErr::new(ExcType::RuntimeError, "no module to run in"));
    };
    let (namespace, locals_dict) = match locals {
        // The caller's locals: a function's as a snapshot, a class body's
        // namespace itself; at module level (or with globals given), the
        // globals.
        Value::None if globals_dict.is_none() => (super::introspect::local_namespace(frame), None),
        Value::None => (None, None),
        dict @ Value::Dict(_) => (Some(module_of_dict(&dict, "<locals>")), Some(dict)),
        _ if function == "eval" => return Err(type_error("locals must be a mapping")),
        other => {
            return Err(type_error(format!(
                "locals must be a mapping or None, not {}",
                other.type_name()
            )))
        }
    };
    let mut inner = Frame::new(code, module.clone(), &[]);
    inner.namespace.clone_from(&namespace);
    let outcome = interp.run_frame(&mut inner, None);
    if let Some(dict) = &globals_dict {
        write_back(interp, &module, dict)?;
    }
    if let (Some(dict), Some(namespace)) = (&locals_dict, &namespace) {
        write_back(interp, namespace, dict)?;
    }
    match outcome? {
        Flow::Return(value) | Flow::Yield(value) => Ok(value),
    }
}

/// The lines CPython prints for an uncaught SyntaxError raised by `exec`,
/// `eval` or `compile` (file, line, the line's text, a caret, the message),
/// when `value` is one with its details.
#[must_use]
pub fn syntax_error_display(value: &Value) -> Option<String> {
    let Value::Exception(e) = value else {
        return None;
    };
    if e.class.is_some() || !e.kind.is_subclass(ExcType::SyntaxError) {
        return None;
    }
    let attributes = lock(&e.attributes);
    let (
        Some(Value::Str(filename)),
        Some(Value::Int(line)),
        Some(Value::Int(column)),
        Some(Value::Str(text)),
        Some(Value::Str(message)),
    ) = (
        attributes.get("filename"),
        attributes.get("lineno"),
        attributes.get("offset"),
        attributes.get("text"),
        attributes.get("msg"),
    )
    else {
        return None;
    };
    let end_column = match attributes.get("end_offset") {
        Some(Value::Int(end)) => u32::try_from(*end).unwrap_or(0),
        _ => 0,
    };
    let error = SyntaxError {
        kind: match e.kind {
            ExcType::IndentationError => compiler::CompileErrorKind::Indentation,
            ExcType::TabError => compiler::CompileErrorKind::Tab,
            _ => compiler::CompileErrorKind::Syntax,
        },
        message: message.to_string(),
        line: u32::try_from(*line).ok()?,
        column: u32::try_from(*column).ok()?,
        end_column,
        text: text.to_string(),
    };
    Some(super::format_syntax_error(&error, filename))
}
