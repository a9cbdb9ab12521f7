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
    /// `Process`, or `SpawnProcess` for a spawn context's.
    class: &'static str,
    name: String,
    /// CPython's `_identity` (see `runtime::process::Identity::numbers`).
    identity: Vec<u32>,
    daemon: bool,
    target: Value,
    args: Value,
    kwargs: Value,
    /// Once started.
    child: Option<Arc<Child>>,
    /// The process that made it (`parent=` in its repr; None for the main process).
    parent_pid: Option<u32>,
    /// For a process that exists already (`current_process()`,
    /// `parent_process()`): its class's name and status, as CPython shows them.
    existing: Option<(&'static str, &'static str)>,
    /// After `close()`: most of it is gone.
    closed: bool,
}

impl Native for PyProcess {
    fn type_name(&self) -> &'static str {
        let s = lock(&self.state);
        s.existing.map_or(s.class, |(class, _)| class)
    }

    fn methods(&self) -> &'static [Builtin] {
        PROCESS_METHODS
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        let s = lock(&self.state);
        if s.closed && matches!(name, "pid" | "ident" | "exitcode") {
            // `__getattr__` raises CPython's ValueError.
            return None;
        }
        Some(match name {
            "name" => Value::str(&s.name),
            "daemon" => Value::Bool(s.daemon),
            "_identity" => Value::tuple(
                s.identity
                    .iter()
                    .map(|&n| Value::Int(i64::from(n)))
                    .collect(),
            ),
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
            // Once started, `__setattr__` raises CPython's AssertionError.
            ("daemon", Value::Bool(b)) if s.child.is_none() => s.daemon = b,
            _ => return false,
        }
        true
    }

    /// As CPython's: `<Process name='Process-1' pid=… parent=… stopped exitcode=-SIGTERM daemon>`.
    fn repr(&self) -> String {
        let s = lock(&self.state);
        let parent = s
            .parent_pid
            .map_or("None".to_string(), |pid| pid.to_string());
        if let Some((class, status)) = s.existing {
            let daemon = if s.daemon { " daemon" } else { "" };
            return format!(
                "<{class} name='{}' parent={parent} {status}{daemon}>",
                s.name
            );
        }
        let mut info = vec![format!("{} name='{}'", s.class, s.name)];
        if s.closed {
            info.push(format!("parent={parent}"));
            info.push("closed".into());
        } else {
            if let Some(child) = &s.child {
                info.push(format!("pid={}", child.pid));
            }
            info.push(format!("parent={parent}"));
            match s.child.as_ref().map(|c| c.exitcode()) {
                None => info.push("initial".into()),
                Some(None) => info.push("started".into()),
                Some(Some(code)) => {
                    info.push("stopped".into());
                    info.push(format!("exitcode={}", exitcode_name(code)));
                }
            }
        }
        if s.daemon {
            info.push("daemon".into());
        }
        format!("<{}>", info.join(" "))
    }
}

/// An exit code as CPython's repr shows it: a signal by its name (`-SIGTERM`).
fn exitcode_name(code: i32) -> String {
    match code {
        -15 => "-SIGTERM".into(),
        -9 => "-SIGKILL".into(),
        -2 => "-SIGINT".into(),
        _ => code.to_string(),
    }
}

/// CPython's error for a closed process.
fn check_open(p: &PyProcess) -> PyResult<()> {
    if lock(&p.state).closed {
        return Err(PyErr::new(ExcType::ValueError, "process object is closed"));
    }
    Ok(())
}

/// The process a method is called on: a `Process`, or an instance of a
/// subclass (`class Squarer(Process)`), which is made of one.
fn this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first().and_then(Value::as_native) {
        Some(n) if n.as_any().is::<PyProcess>() => Ok(n),
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
fn process_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    new_process(interp, args, "Process")
}

/// A spawn context's `Process`: a `SpawnProcess` (`SpawnProcess-N`).
fn spawn_process_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    new_process(interp, args, "SpawnProcess")
}

fn new_process(interp: &mut Interp, mut args: Args, class: &'static str) -> PyResult<Value> {
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
    let (identity, suffix) = interp.next_process_identity();
    let name = match name {
        Some(Value::Str(n)) => n.to_string(),
        None | Some(Value::None) => format!("{class}-{suffix}"),
        Some(other) => interp.to_str(&other)?,
    };
    let daemon = matches!(daemon, Some(Value::Bool(true)));
    Ok(Value::Native(Arc::new(PyProcess {
        state: Mutex::new(ProcessState {
            class,
            name,
            identity,
            daemon,
            target,
            args: call_args,
            kwargs,
            child: None,
            parent_pid: Some(interp.rt.identity.pid),
            existing: None,
            closed: false,
        }),
    })))
}

fn start(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let p = process(&keep);
    check_open(p)?;
    let (name, target, call_args, kwargs, daemon) = {
        let s = lock(&p.state);
        if s.child.is_some() {
            return Err(PyErr::new(
                ExcType::AssertionError,
                "cannot start a process twice",
            ));
        }
        (
            (s.name.clone(), s.identity.clone()),
            s.target.clone(),
            s.args.clone(),
            s.kwargs.clone(),
            s.daemon,
        )
    };
    // A subclass's instance goes to the child whole, which calls its `run()`.
    let (target, call_args, kwargs) = match &args.positional[0] {
        instance @ Value::Instance(_) => (instance.clone(), Value::tuple(Vec::new()), Value::None),
        _ => (target, call_args, kwargs),
    };
    let child = interp.start_process((&name.0, name.1), &target, call_args, kwargs, daemon)?;
    lock(&p.state).child = Some(child);
    lock(&interp.rt.started_processes).push(args.positional[0].clone());
    Ok(Value::None)
}

/// Whether a started process has not finished yet.
fn running(process_object: &Value) -> bool {
    process_object
        .as_native()
        .and_then(|n| {
            let p = n.as_any().downcast_ref::<PyProcess>()?;
            let s = lock(&p.state);
            Some(s.child.as_ref().is_some_and(|c| c.exitcode().is_none()))
        })
        .unwrap_or(false)
}

/// `active_children()`: the children started and still running (the
/// finished ones are forgotten, as CPython's reaping forgets them).
fn active_children(interp: &mut Interp, _: Args) -> PyResult<Value> {
    let mut started = lock(&interp.rt.started_processes);
    started.retain(running);
    Ok(Value::list(started.clone()))
}

/// `run()`: calls the target with its arguments, here (a subclass
/// overrides it; `start()` runs it in a child).
fn run(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let (target, call_args, kwargs) = {
        let s = lock(&process(&keep).state);
        (s.target.clone(), s.args.clone(), s.kwargs.clone())
    };
    if matches!(target, Value::None) {
        return Ok(Value::None);
    }
    let positional = interp.collect(&call_args)?;
    let mut keywords = Vec::new();
    if let Value::Dict(d) = &kwargs {
        for (k, v) in lock(&d.map).values() {
            if let Value::Str(k) = k {
                keywords.push((k.clone(), v.clone()));
            }
        }
    }
    interp.call(
        &target,
        Args {
            positional,
            keywords,
        },
    )?;
    Ok(Value::None)
}

fn started_child(p: &PyProcess, what: &str) -> PyResult<Arc<Child>> {
    check_open(p)?;
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
    check_open(process(&keep))?;
    let s = lock(&process(&keep).state);
    Ok(Value::Bool(
        s.child.as_ref().is_some_and(|c| c.exitcode().is_none()),
    ))
}

/// Ends the child at once with `exitcode` (`terminate`: SIGTERM, `kill`: SIGKILL).
fn signal(interp: &mut Interp, args: &Args, exitcode: i32) -> PyResult<Value> {
    let keep = this(args)?;
    check_open(process(&keep))?;
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

/// `close()`: frees the process object; a running one cannot be closed.
fn close(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let mut s = lock(&process(&keep).state);
    if s.child.as_ref().is_some_and(|c| c.exitcode().is_none()) {
        return Err(PyErr::new(
            ExcType::ValueError,
            "Cannot close a process while it is still running. You should first call join() or terminate().",
        ));
    }
    s.closed = true;
    Ok(Value::None)
}

/// Attributes that `get_attr` cannot give: those of a closed process.
fn process_getattr(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    match args.positional.get(1) {
        Some(Value::Str(name)) if matches!(&**name, "pid" | "ident" | "exitcode") => {
            Err(PyErr::new(ExcType::ValueError, "process object is closed"))
        }
        Some(Value::Str(name)) => Err(PyErr::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute '{name}'", keep.type_name()),
        )),
        _ => Err(type_error("attribute name must be string")),
    }
}

/// Attributes that `set_attr` refuses: `daemon` once started.
fn process_setattr(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    match args.positional.get(1) {
        Some(Value::Str(name)) if &**name == "daemon" => {
            if lock(&process(&keep).state).child.is_some() {
                Err(PyErr::new(
                    ExcType::AssertionError,
                    "process has already started",
                ))
            } else {
                Err(type_error("daemon must be True or False here"))
            }
        }
        Some(Value::Str(name)) => Err(PyErr::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute '{name}'", keep.type_name()),
        )),
        _ => Err(type_error("attribute name must be string")),
    }
}

fn current_process(interp: &mut Interp, _: Args) -> PyResult<Value> {
    let identity = &interp.rt.identity;
    // A pool's worker is a SpawnProcess; a child started by Process, a Process.
    let class = match &identity.parent {
        None => "_MainProcess",
        Some(_) if identity.name.contains("PoolWorker") => "SpawnProcess",
        Some(_) => "Process",
    };
    Ok(identity_process(
        &identity.name,
        identity.pid,
        identity.parent.as_ref().map(|(_, pid)| *pid),
        (class, "started"),
        (identity.daemon, identity.numbers.clone()),
    ))
}

fn parent_process(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(match &interp.rt.identity.parent {
        Some((name, pid)) => identity_process(
            name,
            *pid,
            None,
            ("_ParentProcess", "unknown"),
            (false, Vec::new()),
        ),
        None => Value::None,
    })
}

/// A `Process` object standing for a process that exists already (this one,
/// or its parent), shown as `existing` says (its class and status), with
/// its daemon flag and `_identity`.
fn identity_process(
    name: &str,
    pid: u32,
    parent_pid: Option<u32>,
    existing: (&'static str, &'static str),
    (daemon, identity): (bool, Vec<u32>),
) -> Value {
    let child = Child::new(pid, crate::host::processes::Mailbox::new());
    Value::Native(Arc::new(PyProcess {
        state: Mutex::new(ProcessState {
            class: "Process",
            identity,
            name: name.to_string(),
            daemon,
            target: Value::None,
            args: Value::tuple(Vec::new()),
            kwargs: Value::None,
            child: Some(child),
            parent_pid,
            existing: Some(existing),
            closed: false,
        }),
    }))
}

/// `get_context("spawn")`: the spawn context, whose attributes are the
/// module's (every process here is spawned).
#[derive(Debug)]
struct SpawnContext;

impl Native for SpawnContext {
    fn type_name(&self) -> &'static str {
        "SpawnContext"
    }

    fn methods(&self) -> &'static [Builtin] {
        CONTEXT_METHODS
    }

    fn repr(&self) -> String {
        "<multiprocessing.context.SpawnContext object>".into()
    }
}

fn context_getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let module = interp.import("multiprocessing")?;
    match args.positional.get(1) {
        Some(Value::Str(name)) if &**name == "Process" => Ok(Value::Builtin(&SPAWN_PROCESS)),
        Some(Value::Str(name)) => interp.get_attr(&module, name).map_err(|_| {
            PyErr::new(
                ExcType::AttributeError,
                format!("'SpawnContext' object has no attribute '{name}'"),
            )
        }),
        _ => Err(type_error("attribute name must be string")),
    }
}

static CONTEXT_METHODS: &[Builtin] = &[builtin!("SpawnContext.__getattr__", context_getattr)];

/// `get_context(method=None)`
fn get_context(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let method = args
        .keyword("method")
        .or_else(|| args.positional.first().cloned());
    check_method(method)?;
    Ok(Value::Native(Arc::new(SpawnContext)))
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
    check_method(method)?;
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

/// A start method this page can use: "spawn" (or None, the default).
fn check_method(method: Option<Value>) -> PyResult<()> {
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
    Ok(())
}

fn get_start_method(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::str("spawn"))
}

pub static PROCESS_METHODS: &[Builtin] = &[
    builtin!("Process.start", start),
    builtin!("Process.run", run),
    builtin!("Process.join", join),
    builtin!("Process.is_alive", is_alive),
    builtin!("Process.terminate", terminate),
    builtin!("Process.kill", kill),
    builtin!("Process.close", close),
    builtin!("Process.__getattr__", process_getattr),
    builtin!("Process.__setattr__", process_setattr),
];

/// A spawn context's `Process` class.
static SPAWN_PROCESS: Builtin =
    builtin!(type "SpawnProcess", spawn_process_new, methods PROCESS_METHODS);

static FUNCTIONS: &[Builtin] = &[
    builtin!(type "Process", process_new, methods PROCESS_METHODS),
    builtin!(type "Pool", super::multiprocessing_pool::pool_new, methods super::multiprocessing_pool::POOL_METHODS),
    builtin!("current_process", current_process),
    builtin!("parent_process", parent_process),
    builtin!("active_children", active_children),
    builtin!("cpu_count", cpu_count),
    builtin!("set_start_method", set_start_method),
    builtin!("get_start_method", get_start_method),
    // The start methods this platform has: a browser can only spawn.
    builtin!("get_all_start_methods", |_, _| Ok(Value::list(vec![
        Value::str("spawn")
    ]))),
    builtin!("get_context", get_context),
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
            super::multiprocessing_pipe::FUNCTIONS,
        ] {
            for f in table {
                names.insert(Arc::from(f.name), Value::Builtin(f));
            }
        }
    }
    module
}
