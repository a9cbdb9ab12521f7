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
    let written = write_text(interp, stream, text)?;
    Ok(Value::Int(i64::try_from(written).unwrap_or(i64::MAX)))
}

/// `sys.stdout.writelines(lines)`: each str written as it is, no newline added.
fn writelines(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let stream = stream(this, "writelines")?;
    let [lines] = args else {
        return Err(type_error(format!(
            "_io._IOBase.writelines() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    for line in interp.collect(lines)? {
        write_text(interp, stream, &line)?;
    }
    Ok(Value::None)
}

/// Writes `text` to `stream`: the number of characters written.
fn write_text(interp: &mut Interp, stream: Stream, text: &Value) -> PyResult<usize> {
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
    Ok(text.chars().count())
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
    builtin!(method "TextIOWrapper.writelines", writelines),
    builtin!(method "TextIOWrapper.flush", flush),
    builtin!(method "TextIOWrapper.isatty", isatty),
    builtin!(method "TextIOWrapper.writable", writable),
    builtin!(method "TextIOWrapper.readable", readable),
];

/// `sys.stdin`: the page gives a program no keyboard input, so it reads as
/// CPython's stdin does at its end (`python3 prog.py < /dev/null`): every
/// read is empty, as `input()` raises EOFError.
#[derive(Debug)]
pub struct Stdin;

impl Native for Stdin {
    fn type_name(&self) -> &'static str {
        "_io.TextIOWrapper"
    }

    fn methods(&self) -> &'static [Builtin] {
        STDIN_METHODS
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "name" => Value::str("<stdin>"),
            "mode" => Value::str("r"),
            "encoding" => Value::str("utf-8"),
            "closed" => Value::Bool(false),
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>".to_string()
    }
}

/// `sys.stdin.read()`, `readline()`: nothing left to read.
fn read_nothing(_: &mut Interp, _: &Value, _: &mut [Value]) -> PyResult<Value> {
    Ok(Value::str(""))
}

/// `sys.stdin.readlines()`: no lines.
fn no_lines(_: &mut Interp, _: &Value, _: &mut [Value]) -> PyResult<Value> {
    Ok(Value::list(Vec::new()))
}

/// `for line in sys.stdin`: no lines.
fn iter_nothing(_: &mut Interp, _: &Value, _: &mut [Value]) -> PyResult<Value> {
    Ok(super::iter::Iter::items(Vec::new()))
}

fn stdin_false(_: &mut Interp, _: &Value, _: &mut [Value]) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stdin_true(_: &mut Interp, _: &Value, _: &mut [Value]) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

pub static STDIN_METHODS: &[Builtin] = &[
    builtin!(method "TextIOWrapper.read", read_nothing),
    builtin!(method "TextIOWrapper.readline", read_nothing),
    builtin!(method "TextIOWrapper.readlines", no_lines),
    builtin!(method "TextIOWrapper.__iter__", iter_nothing),
    builtin!(method "TextIOWrapper.isatty", stdin_false),
    builtin!(method "TextIOWrapper.writable", stdin_false),
    builtin!(method "TextIOWrapper.readable", stdin_true),
];
