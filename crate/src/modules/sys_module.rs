//! Python's `sys` module: the switch interval of the GIL, whether there is a
//! GIL, the version, `stdout` and `stderr`, `exit`, `argv` and `platform`.

use crate::builtin;
use std::sync::Arc;

use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::ops::as_real;
use crate::runtime::stdio::TextIo;
use crate::runtime::value::Value;
use crate::runtime::{Interp, Stream};

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
        Value::Exception(crate::runtime::value::Exception::new(
            ExcType::SystemExit,
            args.positional,
        )),
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
