//! Python's `pickle`: `dumps`/`loads` (and `dump`/`load` to a file object's
//! `write`/`read`) of the values that cross between the page's processes,
//! with the errors CPython's pickle gives for what it refuses (a lambda, a
//! nested function, a lock, a generator, a module).
//!
//! The bytes are the page's own encoding (`runtime::transfer`), framed as a
//! pickle is (protocol header, STOP): they round-trip here, but are not
//! CPython's wire format, and `loads` takes only what `dumps` made here.

use std::sync::Arc;

use crate::builtin;
use crate::runtime::bytes::bytes_like;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::transfer;
use crate::runtime::value::Value;
use crate::runtime::Interp;

const HIGHEST_PROTOCOL: i64 = 5;
const DEFAULT_PROTOCOL: i64 = 4;
/// Pickle's PROTO opcode, which starts every pickle of protocol 2 or more.
const PROTO: u8 = 0x80;
/// Pickle's STOP opcode, which ends every pickle.
const STOP: u8 = b'.';

/// The protocol asked for (`protocol=`, positional or keyword), checked.
fn protocol(args: &mut Args, at: usize) -> PyResult<u8> {
    let given = args
        .keyword("protocol")
        .or_else(|| args.positional.get(at).cloned());
    let n = match given {
        None | Some(Value::None) => DEFAULT_PROTOCOL,
        Some(Value::Int(n)) if n < 0 => HIGHEST_PROTOCOL,
        Some(Value::Int(n)) if n <= HIGHEST_PROTOCOL => n,
        Some(Value::Int(_)) => {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("pickle protocol must be <= {HIGHEST_PROTOCOL}"),
            ))
        }
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    Ok(u8::try_from(n).unwrap_or(4))
}

fn pickled(interp: &mut Interp, value: &Value, protocol: u8) -> PyResult<Vec<u8>> {
    let body = interp.transferring(|i| transfer::encode(i, value))?;
    let mut out = Vec::with_capacity(body.len() + 3);
    out.extend_from_slice(&[PROTO, protocol]);
    out.extend_from_slice(&body);
    out.push(STOP);
    Ok(out)
}

fn unpickled(interp: &mut Interp, data: &[u8]) -> PyResult<Value> {
    let error = |message: String| PyErr::new(ExcType::UnpicklingError, message);
    match data.first() {
        None => return Err(PyErr::new(ExcType::EOFError, "Ran out of input")),
        Some(&PROTO) => {}
        Some(&b) => {
            let shown = if b.is_ascii_graphic() || b == b' ' {
                char::from(b).to_string()
            } else {
                format!("\\x{b:02x}")
            };
            return Err(error(format!("invalid load key, '{shown}'.")));
        }
    }
    let body = match data {
        [_, _, body @ .., STOP] => body,
        _ => return Err(error("pickle data was truncated".into())),
    };
    interp
        .transferring(|i| transfer::decode(i, body))
        .map_err(|e| {
            if e.kind() == Some(ExcType::ValueError) {
                error("pickle data was truncated".into())
            } else {
                e
            }
        })
}

/// `dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None)`
fn dumps(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let protocol = protocol(&mut args, 1)?;
    let value = args
        .positional
        .first()
        .cloned()
        .ok_or_else(|| type_error("dumps() missing required argument 'obj' (pos 1)"))?;
    Ok(Value::Bytes(pickled(interp, &value, protocol)?.into()))
}

/// `loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict")`
fn loads(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let data = args.positional.first().cloned().unwrap_or(Value::None);
    let bytes = bytes_like(&data).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            data.type_name()
        ))
    })?;
    unpickled(interp, &bytes)
}

/// `dump(obj, file, protocol=None)`: the pickle written with `file.write`.
fn dump(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let protocol = protocol(&mut args, 2)?;
    let (Some(value), Some(file)) = (args.positional.first(), args.positional.get(1)) else {
        return Err(type_error(
            "dump() missing required argument 'file' (pos 2)",
        ));
    };
    let bytes = Value::Bytes(pickled(interp, value, protocol)?.into());
    let write = interp
        .get_attr(file, "write")
        .map_err(|_| type_error("file must have a 'write' attribute"))?;
    interp.call(&write, Args::new(vec![bytes]))?;
    Ok(Value::None)
}

/// `load(file)`: the pickle `file.read()` returns.
fn load(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let file = args.positional.first().cloned().unwrap_or(Value::None);
    let read = interp
        .get_attr(&file, "read")
        .map_err(|_| type_error("file must have 'read' and 'readline' attributes"))?;
    let data = interp.call(&read, Args::default())?;
    loads(interp, Args::new(vec![data]))
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("dumps", dumps),
    builtin!("loads", loads),
    builtin!("dump", dump),
    builtin!("load", load),
];

#[must_use]
pub fn module() -> Arc<Module> {
    let m = Module::with_functions("pickle", FUNCTIONS);
    {
        let mut names = m.names_mut();
        names.insert("HIGHEST_PROTOCOL".into(), Value::Int(HIGHEST_PROTOCOL));
        names.insert("DEFAULT_PROTOCOL".into(), Value::Int(DEFAULT_PROTOCOL));
        names.insert(
            "PicklingError".into(),
            Value::ExcType(ExcType::PicklingError),
        );
        names.insert(
            "UnpicklingError".into(),
            Value::ExcType(ExcType::UnpicklingError),
        );
        names.insert("PickleError".into(), Value::ExcType(ExcType::PickleError));
    }
    m
}
