//! Python's `multiprocessing`, with CPython's "spawn" start method: each
//! `Process` is a child with an interpreter and memory of its own (in the
//! browser a Web Worker with its own instance and GIL) that imports the
//! program as `__mp_main__` and calls its target (`runtime::process`).

use crate::builtin;
use std::sync::{Arc, Mutex};

use crate::host::processes::Child;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::process::{SIGKILL, SIGTERM};
use crate::runtime::value::{lock, Native, Value};
use crate::runtime::Interp;
use crate::trace::State;

/// A `multiprocessing.Process`.
#[derive(Debug)]
pub struct PyProcess {
    state: Mutex<ProcessState>,
}

#[derive(Debug)]
struct ProcessState {
    name: String,
    daemon: bool,
    target: Value,
    args: Value,
    kwargs: Value,
    /// Once started.
    child: Option<Arc<Child>>,
}

impl Native for PyProcess {
    fn type_name(&self) -> &'static str {
        "Process"
    }

    fn methods(&self) -> &'static [Builtin] {
        PROCESS_METHODS
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        let s = lock(&self.state);
        Some(match name {
            "name" => Value::str(&s.name),
            "daemon" => Value::Bool(s.daemon),
            "pid" => match &s.child {
                Some(child) => Value::Int(i64::from(child.pid)),
                None => Value::None,
            },
            "ident" => match &s.child {
                Some(child) => Value::Int(i64::from(child.pid)),
                None => Value::None,
            },
            "exitcode" => match s.child.as_ref().and_then(|c| c.exitcode()) {
                Some(code) => Value::Int(i64::from(code)),
                None => Value::None,
            },
            _ => return None,
        })
    }

    fn set_attr(&self, name: &str, value: Value) -> bool {
        let mut s = lock(&self.state);
        match (name, value) {
            ("name", Value::Str(n)) => s.name = n.to_string(),
            ("daemon", Value::Bool(b)) => s.daemon = b,
            _ => return false,
        }
        true
    }

    fn repr(&self) -> String {
        let s = lock(&self.state);
        let status = match &s.child {
            None => "initial".to_string(),
            Some(child) => match child.exitcode() {
                None => "started".to_string(),
                Some(0) => "stopped".to_string(),
                Some(code) if code < 0 => format!("stopped[{}]", signal_name(code)),
                Some(code) => format!("stopped exitcode={code}"),
            },
        };
        let daemon = if s.daemon { " daemon" } else { "" };
        format!("<Process name='{}' {status}{daemon}>", s.name)
    }
}

fn signal_name(code: i32) -> &'static str {
    match -code {
        15 => "SIGTERM",
        9 => "SIGKILL",
        _ => "signal",
    }
}

fn this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<PyProcess>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires a 'Process' object")),
    }
}

fn process(native: &Arc<dyn Native>) -> &PyProcess {
    native
        .as_any()
        .downcast_ref::<PyProcess>()
        .expect("checked by `this`")
}

/// `Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)`
fn process_new(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let target = args.keyword("target").unwrap_or(Value::None);
    let name = args.keyword("name");
    let call_args = args
        .keyword("args")
        .unwrap_or_else(|| Value::tuple(Vec::new()));
    let kwargs = args.keyword("kwargs").unwrap_or(Value::None);
    let daemon = args.keyword("daemon");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "BaseProcess.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    if !args.positional.is_empty() {
        return Err(type_error(
            "Process() takes its arguments by keyword here: Process(target=f, args=(...))",
        ));
    }
    let call_args = Value::tuple(interp.collect(&call_args)?);
    let kwargs = match kwargs {
        Value::None => interp.new_dict(),
        dict @ Value::Dict(_) => dict,
        other => {
            return Err(type_error(format!(
                "kwargs must be a dict, not {}",
                other.type_name()
            )))
        }
    };
    let number = interp
        .rt
        .next_process_name
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = match name {
        Some(Value::Str(n)) => n.to_string(),
        None | Some(Value::None) => format!("Process-{number}"),
        Some(other) => interp.to_str(&other)?,
    };
    let daemon = matches!(daemon, Some(Value::Bool(true)));
    Ok(Value::Native(Arc::new(PyProcess {
        state: Mutex::new(ProcessState {
            name,
            daemon,
            target,
            args: call_args,
            kwargs,
            child: None,
        }),
    })))
}

fn start(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let p = process(&keep);
    let (name, target, call_args, kwargs, daemon) = {
        let s = lock(&p.state);
        if s.child.is_some() {
            return Err(PyErr::new(
                ExcType::AssertionError,
                "cannot start a process twice",
            ));
        }
        (
            s.name.clone(),
            s.target.clone(),
            s.args.clone(),
            s.kwargs.clone(),
            s.daemon,
        )
    };
    let child = interp.start_process(&name, &target, call_args, kwargs, daemon)?;
    lock(&p.state).child = Some(child);
    Ok(Value::None)
}

fn started_child(p: &PyProcess, what: &str) -> PyResult<Arc<Child>> {
    lock(&p.state).child.clone().ok_or_else(|| {
        PyErr::new(
            ExcType::AssertionError,
            format!("can only {what} a started process"),
        )
    })
}

fn join(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    let keep = this(&args)?;
    let child = started_child(process(&keep), "join")?;
    interp.allow_threads(State::WaitingLock, || {
        child.wait(timeout.map(|s| s * 1000.0))
    });
    interp.check_interrupt()?;
    Ok(Value::None)
}

fn is_alive(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let s = lock(&process(&keep).state);
    Ok(Value::Bool(
        s.child.as_ref().is_some_and(|c| c.exitcode().is_none()),
    ))
}

/// Ends the child at once with `exitcode` (`terminate`: SIGTERM, `kill`: SIGKILL).
fn signal(interp: &mut Interp, args: &Args, exitcode: i32) -> PyResult<Value> {
    let keep = this(args)?;
    if let Some(child) = lock(&process(&keep).state).child.clone() {
        if child.exitcode().is_none() {
            if let Some(host) = interp.rt.processes.clone() {
                host.terminate(child.pid, exitcode);
            }
        }
    }
    Ok(Value::None)
}

fn terminate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    signal(interp, &args, SIGTERM)
}

fn kill(interp: &mut Interp, args: Args) -> PyResult<Value> {
    signal(interp, &args, SIGKILL)
}

fn current_process(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(identity_process(
        &interp.rt.identity.name,
        interp.rt.identity.pid,
    ))
}

fn parent_process(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(match &interp.rt.identity.parent {
        Some((name, pid)) => identity_process(name, *pid),
        None => Value::None,
    })
}

/// A `Process` object standing for a process that exists already (this one,
/// or its parent).
fn identity_process(name: &str, pid: u32) -> Value {
    let child = Child::new(pid, crate::host::processes::Mailbox::new());
    Value::Native(Arc::new(PyProcess {
        state: Mutex::new(ProcessState {
            name: name.to_string(),
            daemon: false,
            target: Value::None,
            args: Value::tuple(Vec::new()),
            kwargs: Value::None,
            child: Some(child),
        }),
    }))
}

/// `cpu_count()`: the browser's `navigator.hardwareConcurrency` (natively, the machine's cores).
fn cpu_count(_: &mut Interp, _: Args) -> PyResult<Value> {
    let n = crate::host::workers::cores();
    Ok(Value::Int(i64::try_from(n).unwrap_or(1)))
}

/// `set_start_method(method, force=False)`: only "spawn" is possible in a browser.
fn set_start_method(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let force = matches!(args.keyword("force"), Some(Value::Bool(true)));
    let method = args
        .keyword("method")
        .or_else(|| args.positional.first().cloned());
    match method {
        Some(Value::Str(m)) if &*m == "spawn" => {}
        Some(Value::Str(m)) if &*m == "fork" || &*m == "forkserver" => {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!(
                    "cannot use start method '{m}' here: a browser cannot fork a process, \
                     so every process is spawned (use 'spawn')"
                ),
            ))
        }
        Some(Value::Str(m)) => {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("cannot find context for '{m}'"),
            ))
        }
        Some(Value::None) | None => {}
        Some(other) => {
            return Err(type_error(format!(
                "start method must be a str, not {}",
                other.type_name()
            )))
        }
    }
    let already = interp
        .rt
        .start_method_set
        .swap(true, std::sync::atomic::Ordering::AcqRel);
    if already && !force {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "context has already been set",
        ));
    }
    Ok(Value::None)
}

fn get_start_method(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::str("spawn"))
}

pub static PROCESS_METHODS: &[Builtin] = &[
    builtin!("Process.start", start),
    builtin!("Process.join", join),
    builtin!("Process.is_alive", is_alive),
    builtin!("Process.terminate", terminate),
    builtin!("Process.kill", kill),
];

static FUNCTIONS: &[Builtin] = &[
    builtin!(type "Process", process_new, methods PROCESS_METHODS),
    builtin!(type "Pool", super::multiprocessing_pool::pool_new, methods super::multiprocessing_pool::POOL_METHODS),
    builtin!("current_process", current_process),
    builtin!("parent_process", parent_process),
    builtin!("cpu_count", cpu_count),
    builtin!("set_start_method", set_start_method),
    builtin!("get_start_method", get_start_method),
];

#[must_use]
pub fn module() -> Arc<Module> {
    let module = Module::with_functions("multiprocessing", FUNCTIONS);
    {
        let mut names = module.names_mut();
        names.insert(
            "TimeoutError".into(),
            Value::ExcType(ExcType::ProcessTimeoutError),
        );
        for table in [
            super::multiprocessing_sync::FUNCTIONS,
            super::multiprocessing_sharedctypes::FUNCTIONS,
            super::multiprocessing_queues::FUNCTIONS,
        ] {
            for f in table {
                names.insert(Arc::from(f.name), Value::Builtin(f));
            }
        }
    }
    module
}
