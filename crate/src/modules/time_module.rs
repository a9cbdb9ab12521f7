//! Python's `time` module: `sleep` is a real wait that burns no CPU; the clocks
//! read the page's common clock.

use crate::builtin;
use std::sync::Arc;

use crate::host::clock;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::Value;
use crate::runtime::Interp;

fn seconds(args: &Args, name: &str) -> PyResult<f64> {
    if args.positional.len() != 1 || !args.keywords.is_empty() {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    }
    match &args.positional[0] {
        Value::Float(f) => Ok(*f),
        #[allow(clippy::cast_precision_loss)]
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn sleep(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = seconds(&args, "sleep")?;
    if s.is_nan() {
        return Err(PyErr::new(
            ExcType::ValueError,
            "Invalid value NaN (not a number)",
        ));
    }
    if s < 0.0 {
        return Err(PyErr::new(
            ExcType::ValueError,
            "sleep length must be non-negative",
        ));
    }
    interp.sleep(s)?;
    Ok(Value::None)
}

fn no_arguments(args: &Args, name: &str) -> PyResult<()> {
    if args.positional.is_empty() && args.keywords.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )))
    }
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("sleep", sleep),
    builtin!("time", |_, a| {
        no_arguments(&a, "time")?;
        Ok(Value::Float(clock::now_ms() / 1000.0))
    }),
    builtin!("perf_counter", |_, a| {
        no_arguments(&a, "perf_counter")?;
        Ok(Value::Float(clock::now_ms() / 1000.0))
    }),
    builtin!("monotonic", |_, a| {
        no_arguments(&a, "monotonic")?;
        Ok(Value::Float(clock::now_ms() / 1000.0))
    }),
    // The page has one clock: the CPU times are the elapsed time too.
    builtin!("process_time", |_, a| {
        no_arguments(&a, "process_time")?;
        Ok(Value::Float(clock::now_ms() / 1000.0))
    }),
    builtin!("thread_time", |_, a| {
        no_arguments(&a, "thread_time")?;
        Ok(Value::Float(clock::now_ms() / 1000.0))
    }),
    builtin!("time_ns", |_, a| nanoseconds(&a, "time_ns")),
    builtin!("perf_counter_ns", |_, a| nanoseconds(&a, "perf_counter_ns")),
    builtin!("monotonic_ns", |_, a| nanoseconds(&a, "monotonic_ns")),
    builtin!("process_time_ns", |_, a| nanoseconds(&a, "process_time_ns")),
    builtin!("__getattr__", calendar_function),
    builtin!("__dir__", names),
];

/// `dir(time)`: its clocks and its calendar functions, not the
/// `__getattr__` that finds the latter.
fn names(interp: &mut Interp, _: Args) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    for module in ["time", "_time_calendar"] {
        if let Value::Module(m) = interp.import(module)? {
            let public = module == "time";
            names.extend(
                m.names()
                    .keys()
                    .filter(|n| {
                        if public {
                            !matches!(&***n, "__getattr__" | "__dir__")
                        } else {
                            !n.starts_with('_')
                        }
                    })
                    .map(ToString::to_string),
            );
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
}

/// `time.strftime`, `time.localtime`…: the calendar functions, written in
/// Python (`_time_calendar`), compiled the first time a program asks for
/// one, so that `import time` (in every process) compiles nothing.
fn calendar_function(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = match args.positional.as_slice() {
        [Value::Str(name)] => name.clone(),
        _ => return Err(type_error("__getattr__() takes one str")),
    };
    let calendar = interp.import("_time_calendar")?;
    let found = match &calendar {
        Value::Module(m) if !name.starts_with('_') => m.names().get(&*name).cloned(),
        _ => None,
    };
    found.ok_or_else(|| {
        PyErr::new(
            ExcType::AttributeError,
            format!("module 'time' has no attribute '{name}'"),
        )
    })
}

/// The clock in whole nanoseconds (`time_ns()` and its kin).
fn nanoseconds(args: &Args, name: &str) -> PyResult<Value> {
    no_arguments(args, name)?;
    #[allow(clippy::cast_possible_truncation)]
    Ok(Value::Int((clock::now_ms() * 1e6) as i64))
}

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("time", FUNCTIONS)
}
