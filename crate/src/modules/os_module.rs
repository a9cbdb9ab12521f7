//! Python's `os`, the part a program about threads and processes uses: the
//! process's number and its parent's, the core count, `_exit`, and a few
//! constants. There is no file system or environment here: `getcwd()` is
//! "/", `environ` is empty and `getenv` gives its default.

use std::sync::Arc;

use crate::builtin;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::Value;
use crate::runtime::Interp;

/// The parent's number that the main process reports (a shell's, in CPython).
const MAIN_PARENT_PID: u32 = 1;

fn getpid(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(interp.rt.identity.pid)))
}

fn getppid(interp: &mut Interp, _: Args) -> PyResult<Value> {
    let parent = interp
        .rt
        .identity
        .parent
        .as_ref()
        .map_or(MAIN_PARENT_PID, |(_, pid)| *pid);
    Ok(Value::Int(i64::from(parent)))
}

fn cpu_count(_: &mut Interp, _: Args) -> PyResult<Value> {
    let n = crate::host::workers::cores();
    Ok(Value::Int(i64::try_from(n).unwrap_or(1)))
}

/// `_exit(n)`: ends the process at once with status `n`: no handler,
/// `finally` or `with` runs on the way (see `ExcType::OsExit`).
fn exit(_: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.as_slice() {
        [Value::Int(_) | Value::Bool(_)] => Err(PyErr::raised(
            Value::Exception(crate::runtime::value::Exception::new(
                ExcType::OsExit,
                args.positional,
            )),
            Vec::new(),
        )),
        [other] => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
        _ => Err(type_error(format!(
            "_exit() takes exactly one argument ({} given)",
            args.positional.len()
        ))),
    }
}

/// `getenv(key, default=None)`: the environment is empty here.
fn getenv(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let default = args
        .keyword("default")
        .or_else(|| args.positional.get(1).cloned());
    match args.positional.first() {
        Some(Value::Str(_)) => Ok(default.unwrap_or(Value::None)),
        Some(other) => Err(type_error(format!(
            "str expected, not {}",
            other.type_name()
        ))),
        None => Err(type_error(
            "getenv() missing 1 required positional argument: 'key'",
        )),
    }
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("getpid", getpid),
    builtin!("getppid", getppid),
    builtin!("cpu_count", cpu_count),
    builtin!("_exit", exit),
    builtin!("getenv", getenv),
    builtin!("getcwd", |_, _| Ok(Value::str("/"))),
];

#[must_use]
pub fn module() -> Arc<Module> {
    let m = Module::with_functions("_os", FUNCTIONS);
    {
        let mut names = m.names_mut();
        names.insert("name".into(), Value::str("posix"));
        names.insert("sep".into(), Value::str("/"));
        names.insert("linesep".into(), Value::str("\n"));
        names.insert(
            "environ".into(),
            Value::Dict(Arc::new(crate::runtime::value::Dict::default())),
        );
    }
    m
}
