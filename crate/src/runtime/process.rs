//! Which process this interpreter is, how it starts children, and how a child
//! begins: CPython's "spawn" start method. A child imports the program afresh
//! as `__mp_main__` (so code under `if __name__ == "__main__":` does not run
//! again), then calls its target with its arguments, both sent encoded
//! (`transfer`).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::host::processes::{Child, ChildSpec, Mailbox};

use super::error::{ExcType, PyErr, PyResult};
use super::function::Args;
use super::output::SharedOutput;
use super::value::Value;
use super::{compiler, format_syntax_error, Interp, RunOptions, Stream};

/// Starts child processes for a run: in the browser through the owner of the
/// instance (`host::processes`), natively on threads (the runs layer).
pub trait ProcessHost: Send + Sync {
    /// Starts `spec`; what the child prints goes where `output` goes, what it
    /// sends goes to `inbox`.
    fn start(&self, spec: ChildSpec, output: &SharedOutput, inbox: Arc<Mailbox>) -> Arc<Child>;
    /// Ends child `pid` at once, as a signal would: its exit code is
    /// `exitcode` (`SIGTERM` or `SIGKILL`).
    fn terminate(&self, pid: u32, exitcode: i32);
    /// Sends child `pid` a message.
    fn send(&self, pid: u32, message: Vec<u8>);
}

/// A child's way to its parent.
pub trait ParentLink: Send + Sync {
    /// Sends the parent a message (it arrives in the child's `Child::inbox`).
    fn send(&self, message: Vec<u8>);
    /// What the parent sends.
    fn inbox(&self) -> Arc<Mailbox>;
}

/// This process, as `multiprocessing.current_process()` names it.
#[derive(Clone, Debug)]
pub struct Identity {
    pub name: String,
    pub pid: u32,
    /// CPython's `_identity`: the numbers of this process and of its
    /// ancestors below the main one (`Process-3:1` is the first child of the
    /// third); empty in the main process.
    pub numbers: Vec<u32>,
    /// The parent's name and pid, for a child.
    pub parent: Option<(String, u32)>,
    /// A daemonic child (a pool's workers are): it may not start children.
    pub daemon: bool,
}

impl Identity {
    /// The identity of the child `spec` starts.
    #[must_use]
    pub fn of_child(spec: &ChildSpec) -> Identity {
        Identity {
            name: spec.name.clone(),
            pid: spec.pid,
            numbers: spec.identity.clone(),
            parent: Some((spec.parent_name.clone(), spec.parent_pid)),
            daemon: spec.daemon,
        }
    }
}

impl Default for Identity {
    fn default() -> Self {
        Identity {
            name: "MainProcess".into(),
            pid: 1000,
            numbers: Vec::new(),
            parent: None,
            daemon: false,
        }
    }
}

/// A child's exit code when `terminate()` ended it (minus SIGTERM's number).
pub const SIGTERM: i32 = -15;
/// A child's exit code when `kill()` ended it (minus SIGKILL's number).
pub const SIGKILL: i32 = -9;

/// CPython's error for a child that starts a process while it is still
/// importing the main module (no `if __name__ == "__main__":` guard).
#[must_use]
pub fn bootstrapping_error() -> PyErr {
    PyErr::new(
        ExcType::RuntimeError,
        "\n        An attempt has been made to start a new process before the\n        \
         current process has finished its bootstrapping phase.\n\n        \
         This probably means that you are not using fork to start your\n        \
         child processes and you have forgotten to use the proper idiom\n        \
         in the main module:\n\n            \
         if __name__ == '__main__':\n                freeze_support()\n                ...\n\n        \
         The \"freeze_support()\" line can be omitted if the program\n        \
         is not going to be frozen to produce an executable.\n\n        \
         To fix this issue, refer to the \"Safe importing of main module\"\n        \
         section in https://docs.python.org/3/library/multiprocessing.html\n        ",
    )
}

impl Interp {
    /// Starts a child process that calls `target(*args, **kwargs)`, named
    /// `name`: the child's number and, later, its exit code.
    ///
    /// # Errors
    /// The bootstrapping RuntimeError in a child still importing the program;
    /// a target or argument that cannot be sent (CPython's pickling errors);
    /// RuntimeError where processes cannot start.
    pub fn start_process(
        &mut self,
        (name, identity): (&str, Vec<u32>),
        target: &Value,
        args: Value,
        kwargs: Value,
        daemon: bool,
    ) -> PyResult<Arc<Child>> {
        let bootstrap = Value::tuple(vec![target.clone(), args, kwargs]);
        self.start_child((name, identity), &bootstrap, daemon, Mailbox::new())
    }

    /// The identity of the next process this one makes (its own numbers and
    /// the next of its counter), and that identity as a name's suffix
    /// (`3:1`), as CPython numbers `Process-N` and `SpawnPoolWorker-N`.
    pub fn next_process_identity(&self) -> (Vec<u32>, String) {
        let number = self.rt.next_process_name.fetch_add(1, Ordering::Relaxed);
        let mut numbers = self.rt.identity.numbers.clone();
        numbers.push(number);
        let suffix = numbers
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(":");
        (numbers, suffix)
    }

    /// Starts a child process that runs `bootstrap` (see `call_target`),
    /// its messages going to `inbox`.
    ///
    /// # Errors
    /// As `start_process`.
    pub fn start_child(
        &mut self,
        (name, identity): (&str, Vec<u32>),
        bootstrap: &Value,
        daemon: bool,
        inbox: Arc<Mailbox>,
    ) -> PyResult<Arc<Child>> {
        if self.rt.bootstrapping.load(Ordering::Acquire) {
            return Err(bootstrapping_error());
        }
        if self.rt.identity.daemon {
            return Err(PyErr::new(
                ExcType::AssertionError,
                "daemonic processes are not allowed to have children",
            ));
        }
        let Some(host) = self.rt.processes.clone() else {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "can't start a process here: processes run in programs started with Run \
                 (on a page that is not cross-origin isolated, only in a browser that can \
                 pause WebAssembly: JSPI, Chromium 137 or later)",
            ));
        };
        let bootstrap = self.transferring(|i| super::transfer::encode_for_child(i, bootstrap))?;
        let counted = self.count_live_process()?;
        let n = self.rt.next_child.fetch_add(1, Ordering::Relaxed);
        let spec = ChildSpec {
            pid: self.rt.identity.pid.wrapping_mul(100).wrapping_add(n),
            name: name.to_string(),
            identity,
            daemon,
            parent_name: self.rt.identity.name.clone(),
            parent_pid: self.rt.identity.pid,
            source: self.rt.source.to_string(),
            bootstrap,
        };
        let child = host.start(spec, self.rt.output(), inbox);
        if counted {
            child.count_as_live();
        }
        if !daemon {
            super::value::lock(&self.rt.children).push(child.clone());
        }
        Ok(child)
    }

    /// Counts one more live process of the program, if it has a limit: whether
    /// it counted.
    ///
    /// # Errors
    /// RuntimeError past the limit.
    fn count_live_process(&mut self) -> PyResult<bool> {
        use crate::host::shared_region::{add, LIVE_PROCESSES};
        let Some(max) = self.rt.limits.max_processes else {
            return Ok(false);
        };
        let live = usize::try_from(add(LIVE_PROCESSES, 1)).unwrap_or(0);
        if live >= max {
            add(LIVE_PROCESSES, -1);
            return Err(PyErr::new(
                ExcType::RuntimeError,
                format!(
                    "can't start a new process (a program here may have at most {max} \
                     processes alive at once, besides its main one)"
                ),
            ));
        }
        Ok(true)
    }

    /// Waits for the non-daemonic children, as CPython does at exit.
    pub fn wait_for_children(&mut self) {
        let children = std::mem::take(&mut *super::value::lock(&self.rt.children));
        for child in children {
            self.allow_threads(crate::trace::State::WaitingLock, || child.wait(None));
        }
    }
}

/// Runs a child process to its end: imports `spec.source` as `__mp_main__`,
/// then calls the target. Its exit code: 0, 1 after an exception (its
/// traceback printed after "Process NAME:", as CPython's child prints it), or
/// the status of `sys.exit`.
pub fn run_child(spec: &ChildSpec, output: SharedOutput, options: RunOptions) -> super::Finished {
    let rt = super::shared::Runtime::new(output, &spec.source, options);
    let code = match compiler::compile_module(&spec.source, "main.py") {
        Ok(code) => code,
        Err(error) => {
            rt.write(
                Stream::Stderr,
                &format_syntax_error(&error, "main.py"),
                "MainThread",
            );
            rt.flush_output();
            return super::Finished::of(&rt, 1, Vec::new(), 0.0);
        }
    };
    let main = super::main_module(&rt, "__mp_main__");
    // Functions sent from the parent's `__main__` are found in `__mp_main__`.
    for name in ["__mp_main__", "__main__"] {
        super::value::lock(&rt.modules).insert(name.into(), Value::Module(main.clone()));
    }
    let function = Arc::new(super::function::Function::new(
        code,
        Vec::new(),
        Vec::new(),
        main,
    ));
    let mut interp = Interp::new(rt.clone(), 0, None);
    rt.gil.acquire(&mut interp.rec);
    rt.bootstrapping.store(true, Ordering::Release);
    let imported = interp.call_function(&function, Args::default());
    rt.bootstrapping.store(false, Ordering::Release);
    // An error while importing is the child's own; one in the target is
    // told as CPython's `Process._bootstrap` tells it, after its name.
    let (outcome, heading) = match imported {
        Err(error) => (Err(error), String::new()),
        Ok(_) => (
            call_target(&mut interp, &spec.bootstrap),
            format!("Process {}:\n", spec.name),
        ),
    };
    // Dropped as the target ended (a child ends with `os._exit`, so the
    // main module's instances are not finalized: CPython's neither).
    interp.run_finalizers();
    let exit_code = match outcome {
        Ok(()) => 0,
        Err(error) if matches!(error.kind(), Some(ExcType::SystemExit | ExcType::OsExit)) => {
            interp.exit_status(&error)
        }
        // Ended from outside (`terminate()`, `kill()`, Stop): as a signal, silently.
        Err(error)
            if error.kind() == Some(ExcType::KeyboardInterrupt)
                && interp.rt.interrupt.load(Ordering::Relaxed) =>
        {
            1
        }
        Err(error) => {
            let text = interp.format_exception(&error, &spec.source);
            interp.write_stderr(&format!("{heading}{text}"));
            1
        }
    };
    let waiting = rt.clone();
    interp.allow_threads(crate::trace::State::WaitingLock, || {
        waiting.wait_for_threads();
    });
    interp.wait_for_children();
    interp.allow_threads(crate::trace::State::WaitingLock, || {
        waiting.end_daemon_threads();
    });
    rt.gil.release_and_exit(&mut interp.rec);
    rt.flush_output();
    let mut spans = std::mem::take(&mut *super::value::lock(&rt.spans));
    spans.extend(interp.rec.finish());
    super::Finished::of(&rt, exit_code, spans, 0.0)
}

/// What a child does, from its encoded bootstrap: `(target, args, kwargs)`
/// calls `target(*args, **kwargs)`; `("pool", initializer, initargs)` serves
/// a pool's tasks (`serve_pool`), as does `("executor", …)` for a
/// `ProcessPoolExecutor`, whose failed initializer is logged, not raised.
fn call_target(interp: &mut Interp, bootstrap: &[u8]) -> PyResult<()> {
    let decoded = interp.transferring(|i| super::transfer::decode(i, bootstrap))?;
    let broken = || PyErr::new(ExcType::RuntimeError, "a broken process bootstrap");
    let Value::Tuple(parts) = decoded else {
        return Err(broken());
    };
    let [target, args, kwargs] = &parts[..] else {
        return Err(broken());
    };
    if let Value::Str(kind) = target {
        // The pool's initializer and its arguments.
        if !matches!(args, Value::None) {
            if let Err(error) = call(interp, args, kwargs, &Value::None) {
                if &**kind == "pool" {
                    return Err(error);
                }
                // An executor's worker logs it and ends: its pool is broken.
                let text = interp.format_exception(&error, &interp.rt.source.clone());
                interp.write_stderr(&format!("Exception in initializer:\n{text}"));
                return Ok(());
            }
        }
        return serve_pool(interp, &**kind == "pool");
    }
    if let Value::Instance(instance) = target {
        // A Process subclass's instance: it stands for this process (its
        // `name`, `pid`), and its `run()` is the work.
        let module = interp.import("multiprocessing")?;
        let current = interp.get_attr(&module, "current_process")?;
        let me = interp.call(&current, super::function::Args::default())?;
        *super::value::lock(&instance.base_object) = Some(me);
        let run = interp.get_attr(target, "run")?;
        interp.call(&run, super::function::Args::default())?;
        return Ok(());
    }
    call(interp, target, args, kwargs)?;
    Ok(())
}

/// `function(*args, **kwargs)`, `args` a tuple or list and `kwargs` a dict (or None).
fn call(interp: &mut Interp, function: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
    let positional = interp.collect(args)?;
    interp.call_spread(function, positional, kwargs)
}

/// How a pool task calls its function on each item: `f(item)`.
pub const CALL_ONE: i64 = 0;
/// `f(*item)`: starmap.
pub const CALL_STAR: i64 = 1;
/// `f(*item[0], **item[1])`: apply.
pub const CALL_APPLY: i64 = 2;

/// A task's outcome as the parent gets it: `(True, results)` or `(False,
/// (exception class name, args, traceback))`.
fn task_payload(interp: &mut Interp, outcome: PyResult<Vec<Value>>) -> (bool, Value) {
    match outcome {
        Ok(results) => (true, Value::list(results)),
        Err(error) => {
            let source = interp.rt.source.clone();
            let traceback = interp.format_exception(&error, &source);
            let (kind, args) = match &error.value {
                // A class of the program's own is found again by its name there.
                Value::Exception(e) => match &e.class {
                    Some(class) => (
                        Value::str(&format!("__main__.{}", class.qualname)),
                        Value::tuple(e.args()),
                    ),
                    None => (Value::str(e.kind.name()), Value::tuple(e.args())),
                },
                other => (Value::str("Exception"), Value::tuple(vec![other.clone()])),
            };
            (
                false,
                Value::tuple(vec![kind, args, Value::str(&traceback)]),
            )
        }
    }
}

/// The error payload (as `task_payload`'s) of a pool task whose `results`
/// could not be sent back because of `error`: CPython's MaybeEncodingError,
/// whose message shows the result and the error by their reprs.
fn maybe_encoding_error(interp: &mut Interp, results: &Value, error: &PyErr) -> Value {
    let shown = match results {
        Value::List(l) if super::value::lock(&l.items).len() == 1 => {
            super::value::lock(&l.items)[0].clone()
        }
        other => other.clone(),
    };
    let value = interp.repr(&shown).unwrap_or_default();
    let reason = interp.repr(&error.value).unwrap_or_default();
    let message = format!("Error sending result: '{value}'. Reason: '{reason}'");
    Value::tuple(vec![
        Value::str("multiprocessing.pool.MaybeEncodingError"),
        Value::tuple(vec![Value::str(&message)]),
        Value::None,
    ])
}

/// Bytes of a task's reply before its encoded payload: the task's id (8),
/// the worker's pid (4), whether it succeeded (1). The parent reads them
/// without an interpreter (`task_reply_header`).
const REPLY_HEADER: usize = 13;

fn task_reply(id: i64, pid: u32, ok: bool, payload: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(REPLY_HEADER + payload.len());
    bytes.extend_from_slice(&id.to_le_bytes());
    bytes.extend_from_slice(&pid.to_le_bytes());
    bytes.push(u8::from(ok));
    bytes.extend_from_slice(payload);
    bytes
}

/// A task reply's id, worker pid, success, and encoded payload (see `task_payload`).
#[must_use]
pub fn task_reply_header(bytes: &[u8]) -> Option<(i64, u32, bool, &[u8])> {
    if bytes.len() < REPLY_HEADER {
        return None;
    }
    let id = i64::from_le_bytes(bytes[..8].try_into().ok()?);
    let pid = u32::from_le_bytes(bytes[8..12].try_into().ok()?);
    Some((id, pid, bytes[12] == 1, &bytes[REPLY_HEADER..]))
}

/// Runs one task: `function` on each item, as `mode` says.
fn run_task(
    interp: &mut Interp,
    function: &Value,
    items: &Value,
    mode: &Value,
) -> PyResult<Vec<Value>> {
    let items = interp.collect(items)?;
    let mut results = Vec::with_capacity(items.len());
    for item in &items {
        results.push(match mode {
            Value::Int(CALL_STAR) => call(interp, function, item, &Value::None)?,
            Value::Int(CALL_APPLY) => match item {
                Value::Tuple(pair) if pair.len() == 2 => {
                    call(interp, function, &pair[0], &pair[1])?
                }
                _ => call(interp, function, item, &Value::None)?,
            },
            _ => interp.call(function, Args::new(vec![item.clone()]))?,
        });
    }
    Ok(results)
}

/// A pool worker's life: takes tasks from the parent, `(task id, function,
/// items, how to call)`, until it gets None (or nothing), and sends back each
/// task's outcome (`task_reply`). `pool`: a `Pool`'s worker (an executor's
/// otherwise), whose unsendable result is a MaybeEncodingError.
fn serve_pool(interp: &mut Interp, pool: bool) -> PyResult<()> {
    let Some(parent) = interp.rt.parent.clone() else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "a pool worker without a parent",
        ));
    };
    let inbox = parent.inbox();
    let pid = interp.rt.identity.pid;
    loop {
        let message = interp.allow_threads(crate::trace::State::WaitingLock, || inbox.take(None));
        // Ended by the pool (`terminate`): quietly, as a killed process.
        if interp.check_interrupt().is_err() {
            return Ok(());
        }
        let Some(message) = message.filter(|m| !m.is_empty()) else {
            return Ok(());
        };
        let Value::Tuple(task) = interp.transferring(|i| super::transfer::decode(i, &message))?
        else {
            return Ok(());
        };
        let [id, function, items, mode] = &task[..] else {
            return Ok(());
        };
        let Value::Int(id) = *id else {
            return Ok(());
        };
        let outcome = run_task(interp, function, items, mode);
        // `os._exit` in a task ends the worker (its pool then breaks).
        if let Err(error) = &outcome {
            if error.kind() == Some(ExcType::OsExit) {
                return Err(error.clone());
            }
        }
        let (ok, payload) = task_payload(interp, outcome);
        let bytes = match interp.transferring(|i| super::transfer::encode(i, &payload)) {
            Ok(bytes) => task_reply(id, pid, ok, &bytes),
            // A result that cannot be sent is the task's error; a pool's
            // says so in a MaybeEncodingError, as CPython's does.
            Err(error) if pool => {
                let payload = maybe_encoding_error(interp, &payload, &error);
                task_reply(id, pid, false, &super::transfer::encode(interp, &payload)?)
            }
            Err(error) => {
                let (_, payload) = task_payload(interp, Err(error));
                task_reply(id, pid, false, &super::transfer::encode(interp, &payload)?)
            }
        };
        parent.send(bytes);
    }
}
