//! The standard streams as objects (CPython's `_io.TextIOWrapper`):
//! `sys.stdout` and `sys.stderr` are made by the `sys` module, and `print`
//! writes straight to the stream one of them stands for.

use crate::builtin;

use super::error::{type_error, PyResult};
use super::function::Builtin;
use super::value::{Native, Value};
use super::{Interp, Stream};

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

    fn methods(&self) -> &'static [Builtin] {
        TEXT_IO_METHODS
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
