//! Python's `sys` module: the switch interval of the GIL, whether there is a
//! GIL, the recursion limit, the version, `stdout` and `stderr`, `exit`,
//! `argv`, `platform`, and CPython's facts about its numbers (`float_info`,
//! `int_info`, `maxsize`, `byteorder`).

use crate::builtin;
use std::sync::Arc;

use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::ops::as_real;
use crate::runtime::stdio::TextIo;
use crate::runtime::str_methods::as_index;
use crate::runtime::struct_seq::struct_sequence;
use crate::runtime::traceback_objects::traceback_value;
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

/// `sys.exc_info()`: `(type, value, traceback)` of the exception this
/// thread is handling (in the calling frame or those that called it), or
/// `(None, None, None)`.
fn exc_info(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(type_error(format!(
            "sys.exc_info() takes no arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )));
    }
    let Some(value) = interp.handled.last().map(|h| h.value.clone()) else {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    };
    let traceback = match &value {
        Value::Exception(e) => traceback_value(interp, &e.traceback()),
        _ => Value::None,
    };
    let kind = crate::runtime::builtins::type_of(interp, &value);
    Ok(Value::tuple(vec![kind, value, traceback]))
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

/// `sys.setrecursionlimit(n)`: for every thread, from the next call on.
fn setrecursionlimit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(
            "sys.setrecursionlimit() takes no keyword arguments",
        ));
    }
    let [v] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "sys.setrecursionlimit() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let Some(n) = as_index(interp, v)? else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )));
    };
    // A C int.
    let Some(limit) = n.as_bigint().and_then(|n| i32::try_from(n).ok()) else {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C int",
        ));
    };
    let Ok(limit) = usize::try_from(limit) else {
        return Err(too_low());
    };
    if limit < 1 {
        return Err(too_low());
    }
    // CPython counts this call too: at module level the depth is 2.
    let depth = interp.depth + 1;
    if depth >= limit {
        return Err(PyErr::new(
            ExcType::RecursionError,
            format!(
                "cannot set the recursion limit to {limit} at the recursion depth {depth}: \
                 the limit is too low"
            ),
        ));
    }
    interp
        .rt
        .recursion_limit
        .store(limit, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

fn too_low() -> PyErr {
    PyErr::new(
        ExcType::ValueError,
        "recursion limit must be greater or equal than 1",
    )
}

/// `sys.float_info`: the double's limits, as C's `<float.h>` gives them.
fn float_info() -> Value {
    struct_sequence(
        "sys",
        "float_info",
        vec![
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    )
}

/// `sys.int_info`: CPython's (30-bit digits), whose 4300-digit limit on
/// `str(int)` the interpreter keeps too.
fn int_info() -> Value {
    struct_sequence(
        "sys",
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    )
}

/// `sys.version_info`: the CPython release the interpreter follows.
fn version_info() -> Value {
    struct_sequence(
        "sys",
        "version_info",
        vec![
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    )
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("exit", exit),
    builtin!("exc_info", exc_info),
    builtin!("setswitchinterval", setswitchinterval),
    builtin!("getswitchinterval", |interp, _| Ok(Value::Float(
        interp.rt.gil.switch_interval_ms() / 1000.0
    ))),
    builtin!("_is_gil_enabled", |interp, _| Ok(Value::Bool(
        interp.rt.gil.enabled()
    ))),
    builtin!("getrecursionlimit", |interp, _| Ok(Value::Int(
        i64::try_from(interp.recursion_limit()).unwrap_or(i64::MAX)
    ))),
    builtin!("setrecursionlimit", setrecursionlimit),
    builtin!("get_int_max_str_digits", |_, _| Ok(Value::Int(4300))),
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
        names.insert("version_info".into(), version_info());
        // 3.11.7 final, as CPython packs it.
        names.insert("hexversion".into(), Value::Int(0x030b_07f0));
        names.insert("float_info".into(), float_info());
        names.insert("int_info".into(), int_info());
        names.insert("float_repr_style".into(), Value::str("short"));
        // A 64-bit CPython's: ints of the page are 64-bit too.
        names.insert("maxsize".into(), Value::Int(i64::MAX));
        names.insert("maxunicode".into(), Value::Int(0x10_ffff));
        // wasm is little-endian, as x86 and ARM are.
        names.insert("byteorder".into(), Value::str("little"));
        for (name, stream) in [("stdout", Stream::Stdout), ("stderr", Stream::Stderr)] {
            let file = Value::Native(Arc::new(TextIo { stream }));
            names.insert(name.into(), file.clone());
            names.insert(format!("__{name}__").into(), file);
        }
        let stdin = Value::Native(Arc::new(crate::runtime::stdio::Stdin));
        names.insert("stdin".into(), stdin.clone());
        names.insert("__stdin__".into(), stdin);
        // Where imports are looked for, as CPython in a browser (Pyodide) has it.
        names.insert(
            "path".into(),
            Value::list(vec![
                Value::str("/home/pyodide"),
                Value::str("/lib/python311.zip"),
                Value::str("/lib/python3.11"),
            ]),
        );
        // The program runs as `python3 main.py` would.
        names.insert(
            "_getframe".into(),
            Value::Builtin(&crate::runtime::live_frames::GETFRAME),
        );
        names.insert("argv".into(), Value::list(vec![Value::str("main.py")]));
        // What CPython in a browser (Pyodide, PyScript, CPython's own
        // Emscripten build) says: a program that checks it learns that it
        // runs in a browser, with no processes, sockets or files.
        names.insert("platform".into(), Value::str("emscripten"));
    }
    m
}
