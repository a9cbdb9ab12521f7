//! Python's `sys` module: the switch interval of the GIL, whether there is a
//! GIL, the version, `stdout` and `stderr`, `exit`, `argv` and `platform`.

use crate::builtin;
use std::sync::Arc;

use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::ops::as_real;
use crate::runtime::value::{Native, Value};
use crate::runtime::{Interp, Stream};

/// `sys.stdout` and `sys.stderr` (CPython's `_io.TextIOWrapper`): what is
/// written to them goes out as `print`'s output does.
#[derive(Debug)]
pub struct TextIo {
    pub stream: Stream,
}

impl TextIo {
    fn name(&self) -> &'static str {
        match self.stream {
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }

    /// The stream of `v`, if it is `sys.stdout` or `sys.stderr` (or
    /// `sys.__stdout__`, `sys.__stderr__`).
    #[must_use]
    pub fn stream_of(v: &Value) -> Option<Stream> {
        match v {
            Value::Native(n) => n.as_any().downcast_ref::<TextIo>().map(|t| t.stream),
            _ => None,
        }
    }
}

impl Native for TextIo {
    fn type_name(&self) -> &'static str {
        "_io.TextIOWrapper"
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "name" => Value::str(self.name()),
            "mode" => Value::str("w"),
            "encoding" => Value::str("utf-8"),
            "closed" => Value::Bool(false),
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        format!(
            "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
            self.name()
        )
    }
}

/// The stream of a `TextIOWrapper` method's receiver.
fn stream(this: &Value, method: &str) -> PyResult<Stream> {
    TextIo::stream_of(this).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for '_io.TextIOWrapper' objects doesn't apply to a '{}' object",
            this.type_name()
        ))
    })
}

/// `sys.stdout.write(s)`: the number of characters written.
fn write(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let stream = stream(this, "write")?;
    let [text] = args else {
        return Err(type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let Value::Str(text) = text else {
        // CPython's argument checks name None as "None".
        let kind = match text {
            Value::None => "None".to_string(),
            other => other.type_name(),
        };
        return Err(type_error(format!(
            "write() argument must be str, not {kind}"
        )));
    };
    match stream {
        Stream::Stdout => interp.write_stdout(text),
        Stream::Stderr => interp.write_stderr(text),
    }
    Ok(Value::Int(
        i64::try_from(text.chars().count()).unwrap_or(i64::MAX),
    ))
}

/// A `TextIOWrapper` method of no arguments.
fn no_arguments(this: &Value, args: &[Value], method: &str) -> PyResult<()> {
    stream(this, method)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "TextIOWrapper.{method}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn flush(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    no_arguments(this, args, "flush")?;
    interp.rt.flush_output();
    Ok(Value::None)
}

fn isatty(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    no_arguments(this, args, "isatty")?;
    Ok(Value::Bool(false))
}

fn writable(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    no_arguments(this, args, "writable")?;
    Ok(Value::Bool(true))
}

fn readable(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    no_arguments(this, args, "readable")?;
    Ok(Value::Bool(false))
}

pub static TEXT_IO_METHODS: &[Builtin] = &[
    builtin!(method "TextIOWrapper.write", write),
    builtin!(method "TextIOWrapper.flush", flush),
    builtin!(method "TextIOWrapper.isatty", isatty),
    builtin!(method "TextIOWrapper.writable", writable),
    builtin!(method "TextIOWrapper.readable", readable),
];

/// `sys.exit([status])`: raises SystemExit (see `run_streaming` for what
/// the program's exit status then is).
fn exit(_: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("exit() takes no keyword arguments"));
    }
    if args.positional.len() > 1 {
        return Err(type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    Err(PyErr::raised(
        Value::Exception(Arc::new(crate::runtime::value::Exception {
            kind: ExcType::SystemExit,
            args: args.positional,
        })),
        Vec::new(),
    ))
}

fn setswitchinterval(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [v] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "setswitchinterval() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let seconds = as_real(v)?;
    if seconds <= 0.0 {
        return Err(PyErr::new(
            ExcType::ValueError,
            "switch interval must be strictly positive",
        ));
    }
    interp.rt.gil.set_switch_interval_ms(seconds * 1000.0);
    Ok(Value::None)
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("exit", exit),
    builtin!("setswitchinterval", setswitchinterval),
    builtin!("getswitchinterval", |interp, _| Ok(Value::Float(
        interp.rt.gil.switch_interval_ms() / 1000.0
    ))),
    builtin!("_is_gil_enabled", |interp, _| Ok(Value::Bool(
        interp.rt.gil.enabled()
    ))),
    builtin!("getrecursionlimit", |interp, _| Ok(Value::Int(
        i64::try_from(interp.rt.limits.recursion_limit).unwrap_or(i64::MAX)
    ))),
];

#[must_use]
pub fn module() -> Arc<Module> {
    let m = Module::with_functions("sys", FUNCTIONS);
    {
        let mut names = m.names_mut();
        names.insert(
            "version".into(),
            Value::str("3.11.7 (GIL Playground: Python in WebAssembly)"),
        );
        names.insert(
            "version_info".into(),
            Value::tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ]),
        );
        names.insert("maxsize".into(), Value::Int(i64::MAX));
        for (name, stream) in [("stdout", Stream::Stdout), ("stderr", Stream::Stderr)] {
            let file = Value::Native(Arc::new(TextIo { stream }));
            names.insert(name.into(), file.clone());
            names.insert(format!("__{name}__").into(), file);
        }
        // The program runs as `python3 main.py` would.
        names.insert("argv".into(), Value::list(vec![Value::str("main.py")]));
        // What CPython in a browser (Pyodide, PyScript, CPython's own
        // Emscripten build) says: a program that checks it learns that it
        // runs in a browser, with no processes, sockets or files.
        names.insert("platform".into(), Value::str("emscripten"));
    }
    m
}
