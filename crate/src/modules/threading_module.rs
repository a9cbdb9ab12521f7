//! Python's `threading`: each `Thread` is a real thread (natively a std thread,
//! in the browser a wasm thread) running its own interpreter over the shared
//! objects, under the program's GIL (or none). Blocking waits (`join`, a
//! `Lock` held by another thread, `Event.wait`) release the GIL, as in CPython.

use crate::builtin;
use crate::host::pause::Condvar;
use std::sync::{Arc, Mutex};

use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::{lock, Native, Value};
use crate::runtime::Interp;
use crate::trace::State;

/// A `threading.Thread`.
#[derive(Debug)]
pub struct PyThread {
    state: Mutex<ThreadState>,
    done: Condvar,
}

#[derive(Debug)]
struct ThreadState {
    name: String,
    daemon: bool,
    target: Option<Value>,
    args: Vec<Value>,
    kwargs: Vec<(Arc<str>, Value)>,
    started: bool,
    finished: bool,
    /// The trace lane of the thread once started.
    ident: Option<u32>,
}

impl PyThread {
    fn new(
        name: String,
        daemon: bool,
        target: Option<Value>,
        args: Vec<Value>,
        kwargs: Vec<(Arc<str>, Value)>,
    ) -> Arc<PyThread> {
        Arc::new(PyThread {
            state: Mutex::new(ThreadState {
                name,
                daemon,
                target,
                args,
                kwargs,
                started: false,
                finished: false,
                ident: None,
            }),
            done: Condvar::new(),
        })
    }

    /// A thread object for a thread the runtime started itself (an executor's worker).
    #[must_use]
    pub fn started(name: &str, daemon: bool, trace_id: u32) -> Value {
        let t = PyThread::new(name.into(), daemon, None, Vec::new(), Vec::new());
        {
            let mut s = lock(&t.state);
            s.started = true;
            s.ident = Some(trace_id);
        }
        Value::Native(t)
    }

    /// The main thread's object (`threading.main_thread()`).
    #[must_use]
    pub fn main() -> Value {
        let t = PyThread::new("MainThread".into(), false, None, Vec::new(), Vec::new());
        {
            let mut s = lock(&t.state);
            s.started = true;
            s.ident = Some(0);
        }
        Value::Native(t)
    }
}

impl Native for PyThread {
    fn type_name(&self) -> &'static str {
        "Thread"
    }

    fn methods(&self) -> &'static [Builtin] {
        THREAD_METHODS
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        let s = lock(&self.state);
        match name {
            "name" => Some(Value::str(&s.name)),
            "daemon" => Some(Value::Bool(s.daemon)),
            "ident" | "native_id" => Some(
                s.ident
                    .map_or(Value::None, |i| Value::Int(i64::from(i) + 1)),
            ),
            _ => None,
        }
    }

    fn set_attr(&self, name: &str, value: Value) -> bool {
        let mut s = lock(&self.state);
        match (name, value) {
            ("name", Value::Str(n)) => s.name = n.to_string(),
            ("daemon", Value::Bool(d)) => s.daemon = d,
            _ => return false,
        }
        true
    }

    fn repr(&self) -> String {
        let s = lock(&self.state);
        let status = if s.finished {
            "stopped"
        } else if s.started {
            "started"
        } else {
            "initial"
        };
        let daemon = if s.daemon { " daemon" } else { "" };
        match s.ident {
            Some(i) if s.started => format!("<Thread({}, {status}{daemon} {})>", s.name, i + 1),
            _ => format!("<Thread({}, {status}{daemon})>", s.name),
        }
    }
}

/// The `Native` receiver of a method (its first argument): the object, or
/// the one an instance of a subclass (`class Worker(Thread)`) is made of.
fn receiver(args: &Args, what: &str) -> PyResult<Arc<dyn Native>> {
    match args.positional.first().and_then(Value::as_native) {
        Some(n) => Ok(n),
        None => Err(type_error(format!("descriptor requires a '{what}' object"))),
    }
}

/// The receiver as the Rust type `T`.
fn downcast<'a, T: 'static>(native: &'a Arc<dyn Native>, what: &str) -> PyResult<&'a T> {
    native
        .as_any()
        .downcast_ref::<T>()
        .ok_or_else(|| type_error(format!("descriptor requires a '{what}' object")))
}

/// `Thread(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)`
fn thread_new(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let target = args.keyword("target");
    let name = args.keyword("name");
    let call_args = args.keyword("args");
    let kwargs = args.keyword("kwargs");
    let daemon = args.keyword("daemon");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "Thread.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    if !args.positional.is_empty() {
        return Err(type_error(
            "Thread() takes its arguments by keyword here: Thread(target=f, args=(...))",
        ));
    }
    let target = target.filter(|t| !matches!(t, Value::None));
    let name = match name {
        Some(Value::Str(n)) => n.to_string(),
        Some(Value::None) | None => {
            // CPython 3.10+: "Thread-N (target)".
            let n = interp.rt.next_thread_number();
            match &target {
                Some(Value::Function(f)) => format!("Thread-{n} ({})", f.code.name),
                Some(Value::Builtin(b)) => format!("Thread-{n} ({})", b.name),
                _ => format!("Thread-{n}"),
            }
        }
        Some(other) => interp.to_str(&other)?,
    };
    let call_args = match call_args {
        Some(v) => interp.collect(&v)?,
        None => Vec::new(),
    };
    let kwargs = match kwargs {
        Some(Value::Dict(d)) => lock(&d.map)
            .values()
            .filter_map(|(k, v)| match k {
                Value::Str(k) => Some((k.clone(), v.clone())),
                _ => None,
            })
            .collect(),
        Some(Value::None) | None => Vec::new(),
        Some(other) => {
            return Err(type_error(format!(
                "kwargs must be a dict, not {}",
                other.type_name()
            )))
        }
    };
    let daemon = match daemon {
        Some(Value::None) | None => current_thread_daemon(interp),
        Some(d) => interp.truthy(&d)?,
    };
    Ok(Value::Native(PyThread::new(
        name, daemon, target, call_args, kwargs,
    )))
}

fn current_thread_daemon(interp: &mut Interp) -> bool {
    match interp.thread.as_ref().and_then(Value::as_native) {
        Some(n) => n
            .as_any()
            .downcast_ref::<PyThread>()
            .is_some_and(|t| lock(&t.state).daemon),
        None => false,
    }
}

fn start(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "Thread")?;
    let thread = downcast::<PyThread>(&keep, "Thread")?;
    let trace_id = interp.rt.next_trace_id();
    {
        let mut s = lock(&thread.state);
        if s.started {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "threads can only be started once",
            ));
        }
        s.started = true;
        s.ident = Some(trace_id);
    }
    let rt = interp.rt.clone();
    // The thread object as the program has it (a `Thread` subclass's
    // instance, whose `run` the thread calls).
    let me = args.positional[0].clone();
    rt.thread_started(lock(&thread.state).daemon)?;
    lock(&rt.live_threads).push(me.clone());
    let job_rt = rt.clone();
    (rt.spawn)(Box::new(move || run_thread(&job_rt, trace_id, me)));
    Ok(Value::None)
}

/// The body of a started thread: take the GIL, run the target, report an
/// exception as CPython does, release the GIL for good.
fn run_thread(rt: &Arc<crate::runtime::shared::Runtime>, trace_id: u32, me: Value) {
    let Some(native) = me.as_native() else { return };
    let Some(thread) = native.as_any().downcast_ref::<PyThread>() else {
        return;
    };
    let mut interp = Interp::new(rt.clone(), trace_id, Some(me.clone()));
    interp.rec.set(State::Startup);
    rt.gil.acquire(&mut interp.rec);
    let name = lock(&thread.state).name.clone();
    // `run()`: the subclass's, or Thread's own, which calls the target.
    let result = interp
        .get_attr(&me, "run")
        .and_then(|run| interp.call(&run, Args::default()));
    if let Err(error) = result {
        report_thread_exception(&mut interp, &error, &name, &me);
    }
    interp.run_finalizers();
    rt.gil.release_and_exit(&mut interp.rec);
    let spans = std::mem::replace(&mut interp.rec, crate::trace::Recorder::new(trace_id)).finish();
    lock(&rt.spans).extend(spans);
    // No longer counted by active_count() or listed by enumerate() when join() returns.
    lock(&rt.live_threads).retain(|t| !t.is(&me));
    rt.thread_finished(lock(&thread.state).daemon);
    lock(&thread.state).finished = true;
    thread.done.notify_all();
}

/// A thread ended by `error`: `threading.excepthook` when the program
/// replaced it, else the default's text, which is CPython's (the
/// traceback too, which the default written in Python could not show).
fn report_thread_exception(interp: &mut Interp, error: &PyErr, name: &str, me: &Value) {
    // A daemon thread stopped because the program ended says nothing.
    let stopped = interp
        .rt
        .shutting_down
        .load(std::sync::atomic::Ordering::Relaxed);
    if stopped || matches!(error.kind(), Some(ExcType::OsExit)) {
        return;
    }
    let threading = lock(&interp.rt.modules).get("threading").cloned();
    let hooks = threading.as_ref().and_then(|module| {
        let hook = interp.get_attr(module, "excepthook").ok()?;
        let default = interp.get_attr(module, "__excepthook__").ok()?;
        let make = interp.get_attr(module, "ExceptHookArgs").ok()?;
        (!hook.is(&default)).then_some((hook, make))
    });
    let outcome = match hooks {
        Some((hook, make)) => {
            let value = error.value.clone();
            let kind = crate::runtime::builtins::type_of(interp, &value);
            // Where it was raised: the frames of the thread's run().
            let mut raised = error.clone();
            raised.restore_traceback();
            let traceback =
                crate::runtime::traceback_objects::traceback_value(interp, &raised.traceback);
            interp
                .call(&make, Args::new(vec![kind, value, traceback, me.clone()]))
                .and_then(|args| interp.call(&hook, Args::new(vec![args])))
                .map(|_| ())
        }
        None if matches!(error.kind(), Some(ExcType::SystemExit)) => Ok(()),
        None => {
            let source = interp.rt.source.clone();
            let text = format!(
                "Exception in thread {name}:\n{}",
                interp.format_exception(error, &source)
            );
            interp.write_stderr(&text);
            Ok(())
        }
    };
    // A hook that fails: its own error, as CPython prints it.
    if let Err(failure) = outcome {
        let source = interp.rt.source.clone();
        let text = format!(
            "Exception in threading.excepthook:\n{}",
            interp.format_exception(&failure, &source)
        );
        interp.write_stderr(&text);
    }
}

/// `Thread.run()`: calls the target with its arguments (once).
fn run(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "Thread")?;
    let thread = downcast::<PyThread>(&keep, "Thread")?;
    let (target, args, kwargs) = {
        let mut s = lock(&thread.state);
        (
            s.target.take(),
            std::mem::take(&mut s.args),
            std::mem::take(&mut s.kwargs),
        )
    };
    if let Some(target) = target {
        interp.call(
            &target,
            Args {
                positional: args,
                keywords: kwargs,
            },
        )?;
    }
    Ok(Value::None)
}

fn join(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    let keep = receiver(&args, "Thread")?;
    let thread = downcast::<PyThread>(&keep, "Thread")?;
    {
        let s = lock(&thread.state);
        if !s.started {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "cannot join thread before it is started",
            ));
        }
    }
    if let (Some(me), Some(n)) = (
        interp.thread.as_ref().and_then(Value::as_native),
        args.positional.first().and_then(Value::as_native),
    ) {
        if Arc::ptr_eq(&me, &n) {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "cannot join current thread",
            ));
        }
    }
    interp.wait_until(&thread.state, &thread.done, timeout, |s| s.finished)?;
    Ok(Value::None)
}

fn is_alive(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "Thread")?;
    let thread = downcast::<PyThread>(&keep, "Thread")?;
    let s = lock(&thread.state);
    Ok(Value::Bool(s.started && !s.finished))
}

fn current_thread(interp: &mut Interp, _: Args) -> PyResult<Value> {
    if let Some(thread) = &interp.thread {
        return Ok(thread.clone());
    }
    let main = main_thread(interp);
    interp.thread = Some(main.clone());
    Ok(main)
}

/// The run's one main-thread object (`main_thread() is current_thread()` in it).
fn main_thread(interp: &Interp) -> Value {
    interp.rt.main_thread.get_or_init(PyThread::main).clone()
}

/// `threading.enumerate()`: the main thread and every thread started and not finished.
fn enumerate(interp: &mut Interp, _: Args) -> PyResult<Value> {
    let mut threads = vec![main_thread(interp)];
    threads.extend(lock(&interp.rt.live_threads).iter().cloned());
    Ok(Value::list(threads))
}

/// `threading.Semaphore(value=1)` and `BoundedSemaphore(value=1)`.
#[derive(Debug)]
pub struct PySemaphore {
    value: Mutex<u64>,
    /// A BoundedSemaphore's initial value, which `release` may not pass.
    bound: Option<u64>,
    released: Condvar,
}

impl Native for PySemaphore {
    fn type_name(&self) -> &'static str {
        if self.bound.is_some() {
            "BoundedSemaphore"
        } else {
            "Semaphore"
        }
    }

    fn methods(&self) -> &'static [Builtin] {
        SEMAPHORE_METHODS
    }

    fn repr(&self) -> String {
        let value = *lock(&self.value);
        match self.bound {
            Some(bound) => format!("<threading.BoundedSemaphore at 0x0: value={value}/{bound}>"),
            None => format!("<threading.Semaphore at 0x0: value={value}>"),
        }
    }
}

fn new_semaphore(mut args: Args, bounded: bool) -> PyResult<Value> {
    let value = match args
        .keyword("value")
        .or_else(|| args.positional.first().cloned())
    {
        None => 1,
        Some(Value::Int(n)) if n >= 0 => n.unsigned_abs(),
        Some(Value::Int(_)) => {
            return Err(PyErr::new(
                ExcType::ValueError,
                "semaphore initial value must be >= 0",
            ))
        }
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    Ok(Value::Native(Arc::new(PySemaphore {
        value: Mutex::new(value),
        bound: bounded.then_some(value),
        released: Condvar::new(),
    })))
}

/// `acquire(blocking=True, timeout=None)`: whether it was acquired.
fn semaphore_acquire(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(2)?;
    let blocking = args.flag(interp, "blocking", Some(1), true)?;
    if !blocking && timeout.is_some() {
        return Err(PyErr::new(
            ExcType::ValueError,
            "can't specify timeout for non-blocking acquire",
        ));
    }
    let keep = receiver(&args, "Semaphore")?;
    let sem = downcast::<PySemaphore>(&keep, "Semaphore")?;
    loop {
        {
            let mut value = lock(&sem.value);
            if *value > 0 {
                *value -= 1;
                return Ok(Value::Bool(true));
            }
        }
        if !blocking {
            return Ok(Value::Bool(false));
        }
        if !interp.wait_until(&sem.value, &sem.released, timeout, |v| *v > 0)? {
            return Ok(Value::Bool(false));
        }
    }
}

/// `release(n=1)`
fn semaphore_release(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let n = match args
        .keyword("n")
        .or_else(|| args.positional.get(1).cloned())
    {
        None => 1,
        Some(Value::Int(n)) if n >= 1 => n.unsigned_abs(),
        Some(_) => return Err(PyErr::new(ExcType::ValueError, "n must be one or more")),
    };
    let keep = receiver(&args, "Semaphore")?;
    let sem = downcast::<PySemaphore>(&keep, "Semaphore")?;
    let mut value = lock(&sem.value);
    if sem.bound.is_some_and(|bound| *value + n > bound) {
        return Err(PyErr::new(
            ExcType::ValueError,
            "Semaphore released too many times",
        ));
    }
    *value += n;
    sem.released.notify_all();
    Ok(Value::None)
}

/// Methods of `Semaphore` and `BoundedSemaphore` objects.
pub static SEMAPHORE_METHODS: &[Builtin] = &[
    builtin!("Semaphore.acquire", semaphore_acquire),
    builtin!("Semaphore.release", semaphore_release),
    builtin!("Semaphore.__enter__", semaphore_acquire),
    builtin!("Semaphore.__exit__", |interp, a| {
        let receiver = Args::new(a.positional.into_iter().take(1).collect());
        semaphore_release(interp, receiver)
    }),
];

/// `threading.Lock()` (and `RLock()`, re-entrant: its owner may take it again).
#[derive(Debug)]
pub struct PyLock {
    reentrant: bool,
    state: Mutex<LockState>,
    released: Condvar,
}

#[derive(Debug, Default)]
struct LockState {
    /// The trace id of the holder, and how many times it holds it (RLock).
    owner: Option<u32>,
    count: u32,
}

impl Native for PyLock {
    fn type_name(&self) -> &'static str {
        if self.reentrant {
            "RLock"
        } else {
            "lock"
        }
    }

    fn methods(&self) -> &'static [Builtin] {
        LOCK_METHODS
    }

    fn repr(&self) -> String {
        let s = lock(&self.state);
        let state = if s.owner.is_some() {
            "locked"
        } else {
            "unlocked"
        };
        if self.reentrant {
            format!("<unlocked _thread.RLock object owner=0 count={}>", s.count)
                .replace("unlocked", state)
        } else {
            format!("<{state} _thread.lock object>")
        }
    }
}

fn new_lock(reentrant: bool) -> Value {
    Value::Native(Arc::new(PyLock {
        reentrant,
        state: Mutex::new(LockState::default()),
        released: Condvar::new(),
    }))
}

fn acquire(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(2)?;
    let blocking = args.flag(interp, "blocking", Some(1), true)?;
    let keep = receiver(&args, "lock")?;
    let l = downcast::<PyLock>(&keep, "lock")?;
    let me = interp.rec.thread();
    let timeout = timeout.filter(|t| *t >= 0.0);
    loop {
        {
            let mut s = lock(&l.state);
            if s.owner.is_none() || (l.reentrant && s.owner == Some(me)) {
                s.owner = Some(me);
                s.count += 1;
                return Ok(Value::Bool(true));
            }
            if !blocking {
                return Ok(Value::Bool(false));
            }
        }
        // Another thread may take it between the wake-up and the retry: loop.
        if !interp.wait_until(&l.state, &l.released, timeout, |s| s.owner.is_none())? {
            return Ok(Value::Bool(false));
        }
    }
}

fn release(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "lock")?;
    let l = downcast::<PyLock>(&keep, "lock")?;
    let me = interp.rec.thread();
    let mut s = lock(&l.state);
    match s.owner {
        None => {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                if l.reentrant {
                    "cannot release un-acquired lock"
                } else {
                    "release unlocked lock"
                },
            ))
        }
        Some(owner) if l.reentrant && owner != me => {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "cannot release un-acquired lock",
            ))
        }
        _ => {}
    }
    s.count -= 1;
    if s.count == 0 || !l.reentrant {
        s.owner = None;
        s.count = 0;
        l.released.notify_all();
    }
    Ok(Value::None)
}

fn locked(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "lock")?;
    let l = downcast::<PyLock>(&keep, "lock")?;
    let held = lock(&l.state).owner.is_some();
    Ok(Value::Bool(held))
}

/// `threading.Event()`
#[derive(Debug, Default)]
pub struct PyEvent {
    flag: Mutex<bool>,
    changed: Condvar,
}

impl Native for PyEvent {
    fn type_name(&self) -> &'static str {
        "Event"
    }

    fn methods(&self) -> &'static [Builtin] {
        EVENT_METHODS
    }

    fn repr(&self) -> String {
        format!(
            "<threading.Event at 0x0: {}>",
            if *lock(&self.flag) { "set" } else { "unset" }
        )
    }
}

fn event_wait(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    let keep = receiver(&args, "Event")?;
    let e = downcast::<PyEvent>(&keep, "Event")?;
    let set = interp.wait_until(&e.flag, &e.changed, timeout, |f| *f)?;
    Ok(Value::Bool(set))
}

fn event_set(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "Event")?;
    let e = downcast::<PyEvent>(&keep, "Event")?;
    *lock(&e.flag) = true;
    e.changed.notify_all();
    Ok(Value::None)
}

fn event_clear(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "Event")?;
    let e = downcast::<PyEvent>(&keep, "Event")?;
    *lock(&e.flag) = false;
    Ok(Value::None)
}

fn event_is_set(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "Event")?;
    let e = downcast::<PyEvent>(&keep, "Event")?;
    let set = *lock(&e.flag);
    Ok(Value::Bool(set))
}

/// Methods of `Thread` objects.
pub static THREAD_METHODS: &[Builtin] = &[
    builtin!("Thread.start", start),
    builtin!("Thread.run", run),
    builtin!("Thread.join", join),
    builtin!("Thread.is_alive", is_alive),
];

/// `lock._is_owned()`: whether this thread holds it (what `Condition`
/// checks before `wait` and `notify`).
fn is_owned(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "lock")?;
    let l = downcast::<PyLock>(&keep, "lock")?;
    let me = interp.rec.thread();
    let s = lock(&l.state);
    Ok(Value::Bool(if l.reentrant {
        s.owner == Some(me)
    } else {
        s.owner.is_some()
    }))
}

/// `lock._release_save()`: releases it however many times this thread
/// took it, and returns that count for `_acquire_restore` (`Condition.wait`
/// lets go of an RLock held at any depth).
fn release_save(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = receiver(&args, "lock")?;
    let l = downcast::<PyLock>(&keep, "lock")?;
    let me = interp.rec.thread();
    let mut s = lock(&l.state);
    if s.owner.is_none() || (l.reentrant && s.owner != Some(me)) {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "cannot release un-acquired lock",
        ));
    }
    let count = s.count;
    s.owner = None;
    s.count = 0;
    l.released.notify_all();
    Ok(Value::Int(i64::from(count)))
}

/// `lock._acquire_restore(count)`: takes it again as `_release_save` left it.
fn acquire_restore(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let count = args
        .positional
        .get(1)
        .and_then(crate::runtime::containers::as_i64)
        .unwrap_or(1);
    let first = args.positional.first().cloned().unwrap_or(Value::None);
    acquire(interp, Args::new(vec![first.clone()]))?;
    let keep = receiver(&Args::new(vec![first]), "lock")?;
    let l = downcast::<PyLock>(&keep, "lock")?;
    if l.reentrant {
        lock(&l.state).count = u32::try_from(count).unwrap_or(1).max(1);
    }
    Ok(Value::None)
}

/// Methods of `Lock` and `RLock` objects.
pub static LOCK_METHODS: &[Builtin] = &[
    builtin!("lock._is_owned", is_owned),
    builtin!("lock._release_save", release_save),
    builtin!("lock._acquire_restore", acquire_restore),
    builtin!("lock.acquire", acquire),
    builtin!("lock.release", release),
    builtin!("lock.locked", locked),
    builtin!("lock.__enter__", acquire),
    builtin!("lock.__exit__", |interp, a| {
        let receiver = Args::new(a.positional.into_iter().take(1).collect());
        release(interp, receiver)
    }),
];

/// Methods of `Event` objects.
pub static EVENT_METHODS: &[Builtin] = &[
    builtin!("Event.wait", event_wait),
    builtin!("Event.set", event_set),
    builtin!("Event.clear", event_clear),
    builtin!("Event.is_set", event_is_set),
];

static FUNCTIONS: &[Builtin] = &[
    builtin!(type "Thread", thread_new, methods THREAD_METHODS),
    builtin!("Lock", |_, _| Ok(new_lock(false))),
    builtin!("RLock", |_, _| Ok(new_lock(true))),
    builtin!(type "Event", |_, _| Ok(Value::Native(Arc::new(PyEvent::default()))), methods EVENT_METHODS),
    builtin!("current_thread", current_thread),
    builtin!("main_thread", |interp, _| Ok(main_thread(interp))),
    builtin!("enumerate", enumerate),
    builtin!(type "Semaphore", |_, a| new_semaphore(a, false), methods SEMAPHORE_METHODS),
    builtin!(type "BoundedSemaphore", |_, a| new_semaphore(a, true), methods SEMAPHORE_METHODS),
    builtin!("active_count", |interp, _| Ok(Value::Int(
        i64::from(interp.rt.running()) + 1
    ))),
    builtin!("get_ident", |interp, _| Ok(Value::Int(
        i64::from(interp.rec.thread()) + 1
    ))),
];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("_threading", FUNCTIONS)
}
