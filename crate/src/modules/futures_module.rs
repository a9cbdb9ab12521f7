//! `concurrent.futures`: `ThreadPoolExecutor` (workers are Python threads of
//! the program, under its GIL), `Future`, `as_completed`. Processes come later.

use crate::builtin;
use crate::host::pause::Condvar;
use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::threading_module::PyThread;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::iter::{Iter, NativeIter};
use crate::runtime::object::Module;
use crate::runtime::shared::Runtime;
use crate::runtime::value::{lock, Native, Value};
use crate::runtime::Interp;
use crate::trace::State;

const POLL: Duration = Duration::from_millis(50);

/// Signalled whenever any future completes (for `as_completed`).
static COMPLETED: (Mutex<u64>, Condvar) = (Mutex::new(0), Condvar::new());

/// A `Future`: a call's result, once a worker has run it.
#[derive(Debug, Default)]
pub struct PyFuture {
    state: Mutex<FutureState>,
    done: Condvar,
}

#[derive(Debug, Default)]
struct FutureState {
    running: bool,
    outcome: Option<Result<Value, PyErr>>,
    /// An outcome that arrived where no interpreter was at hand (a process
    /// pool's result, still encoded): made by the first who asks for it.
    deferred: Option<Deferred>,
    /// When it completed, in completion order.
    completed: u64,
    cancelled: bool,
    /// `add_done_callback`s not yet called: called with the future by the
    /// first who finds it done with an interpreter at hand.
    callbacks: Vec<Value>,
}

/// Makes a future's outcome, given an interpreter.
pub type MakeOutcome = Box<dyn FnOnce(&mut Interp) -> Result<Value, PyErr> + Send>;

/// An outcome not yet made (see `FutureState::deferred`), and whether it is
/// an exception (for `wait(return_when=FIRST_EXCEPTION)`).
pub struct Deferred {
    pub make: MakeOutcome,
    pub failed: bool,
}

impl std::fmt::Debug for Deferred {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Deferred")
    }
}

impl PyFuture {
    fn finish(&self, outcome: Result<Value, PyErr>) {
        self.complete(|s| s.outcome = Some(outcome));
    }

    /// Marks the future done with an outcome that `deferred` makes when asked.
    pub fn finish_deferred(&self, deferred: Deferred) {
        self.complete(|s| s.deferred = Some(deferred));
    }

    fn complete(&self, set: impl FnOnce(&mut FutureState)) {
        let mut order = lock(&COMPLETED.0);
        *order += 1;
        {
            let mut s = lock(&self.state);
            if s.outcome.is_some() || s.deferred.is_some() {
                return;
            }
            set(&mut s);
            s.completed = *order;
        }
        self.done.notify_all();
        COMPLETED.1.notify_all();
    }

    /// A future done with `error` (a call that could not be sent).
    #[must_use]
    pub fn failed(error: PyErr) -> Arc<PyFuture> {
        let future = PyFuture::pending();
        future.finish(Err(error));
        future
    }

    /// A future not yet done (a process pool's call).
    #[must_use]
    pub fn pending() -> Arc<PyFuture> {
        Arc::new(PyFuture::default())
    }

    /// Marks the call as running (a worker took it, or is about to).
    pub fn set_running(&self) {
        lock(&self.state).running = true;
    }

    /// Marks the call as running unless it was cancelled (or is done):
    /// whether a worker may run it. One look under the lock, so that a
    /// `cancel()` at the same moment either wins or returns False.
    pub fn try_set_running(&self) -> bool {
        let mut s = lock(&self.state);
        if s.cancelled || s.outcome.is_some() || s.deferred.is_some() {
            return false;
        }
        s.running = true;
        true
    }

    /// `cancel()`: a call not yet running never runs, and its future is done
    /// (CancelledError); whether it is cancelled.
    pub fn cancel(&self) -> bool {
        {
            let mut s = lock(&self.state);
            if s.cancelled {
                return true;
            }
            if s.running || s.outcome.is_some() || s.deferred.is_some() {
                return false;
            }
            s.cancelled = true;
        }
        self.finish(Err(PyErr::new(ExcType::CancelledError, "")));
        true
    }

    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        lock(&self.state).cancelled
    }

    /// Calls the `add_done_callback`s due, once it is done; `me` is this future.
    ///
    /// # Errors
    /// None: a callback's exception is printed, as CPython logs it.
    pub fn run_callbacks(&self, interp: &mut Interp, me: &Value) -> PyResult<()> {
        if !self.is_done() {
            return Ok(());
        }
        let callbacks = std::mem::take(&mut lock(&self.state).callbacks);
        for callback in callbacks {
            if let Err(error) = interp.call(&callback, Args::new(vec![me.clone()])) {
                if error.kind() == Some(ExcType::KeyboardInterrupt) {
                    return Err(error);
                }
                let source = interp.rt.source.clone();
                let text = interp.format_exception(&error, &source);
                let future = interp.repr(me)?;
                interp.write_stderr(&format!("exception calling callback for {future}\n{text}"));
            }
        }
        Ok(())
    }

    /// Whether it completed (its outcome may still be being made, by the
    /// thread that first asked for a deferred one).
    #[must_use]
    pub fn is_done(&self) -> bool {
        lock(&self.state).completed > 0
    }

    /// Waits (GIL released) for the outcome; `None` on timeout.
    ///
    /// # Errors
    /// KeyboardInterrupt (Stop).
    pub fn wait(
        &self,
        interp: &mut Interp,
        timeout: Option<f64>,
    ) -> PyResult<Option<Result<Value, PyErr>>> {
        interp.wait_until(&self.state, &self.done, timeout, |s| {
            s.outcome.is_some() || s.deferred.is_some()
        })?;
        let deferred = lock(&self.state).deferred.take();
        if let Some(Deferred { make, .. }) = deferred {
            let outcome = make(interp);
            lock(&self.state).outcome = Some(outcome);
            // Another thread may have found it done, and wait for the outcome.
            self.done.notify_all();
        } else if lock(&self.state).outcome.is_none() && self.is_done() {
            // Another thread makes the outcome now.
            interp.wait_until(&self.state, &self.done, None, |s| s.outcome.is_some())?;
        }
        Ok(lock(&self.state).outcome.clone())
    }
}

impl Native for PyFuture {
    fn type_name(&self) -> &'static str {
        "Future"
    }

    fn methods(&self) -> &'static [Builtin] {
        FUTURE_METHODS
    }

    fn repr(&self) -> String {
        let s = lock(&self.state);
        match &s.outcome {
            None if s.running => "<Future at 0x0 state=running>".into(),
            None => "<Future at 0x0 state=pending>".into(),
            Some(Ok(v)) => format!("<Future at 0x0 state=finished returned {}>", v.type_name()),
            Some(Err(e)) => format!(
                "<Future at 0x0 state=finished raised {}>",
                e.value.type_name()
            ),
        }
    }
}

/// A `ThreadPoolExecutor`: a queue of calls and up to `max_workers` threads.
#[derive(Debug)]
pub struct Executor {
    max_workers: usize,
    prefix: String,
    queue: Mutex<Work>,
    available: Condvar,
}

#[derive(Debug, Default)]
struct Work {
    items: VecDeque<(Arc<PyFuture>, Value, Args)>,
    /// Workers started, and still running.
    workers: usize,
    alive: usize,
    /// Workers that finished a call and wait for the next (CPython's idle semaphore).
    idle: usize,
    shutdown: bool,
}

impl Native for Executor {
    fn type_name(&self) -> &'static str {
        "ThreadPoolExecutor"
    }

    fn methods(&self) -> &'static [Builtin] {
        EXECUTOR_METHODS
    }

    fn repr(&self) -> String {
        "<concurrent.futures.thread.ThreadPoolExecutor object>".into()
    }
}

fn receiver<T: 'static>(args: &Args, what: &str) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<T>() => Ok(n.clone()),
        _ => Err(type_error(format!("descriptor requires a '{what}' object"))),
    }
}

fn new_executor(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let max = args
        .keyword("max_workers")
        .or_else(|| args.positional.first().cloned());
    let prefix = args.keyword("thread_name_prefix");
    let max_workers = match max {
        None | Some(Value::None) => {
            // CPython: min(32, os.cpu_count() + 4).
            let cpus = crate::host::workers::cores();
            (cpus + 4).min(32)
        }
        Some(Value::Int(n)) if n > 0 => usize::try_from(n).unwrap_or(1),
        Some(Value::Int(_)) => {
            return Err(PyErr::new(
                ExcType::ValueError,
                "max_workers must be greater than 0",
            ))
        }
        Some(other) => {
            return Err(type_error(format!(
                "max_workers must be an int, not {}",
                other.type_name()
            )))
        }
    };
    let prefix = match prefix {
        Some(Value::Str(p)) if !p.is_empty() => p.to_string(),
        _ => format!(
            "ThreadPoolExecutor-{}",
            interp.rt.next_executor.fetch_add(1, Ordering::Relaxed)
        ),
    };
    Ok(Value::Native(Arc::new(Executor {
        max_workers,
        prefix,
        queue: Mutex::new(Work::default()),
        available: Condvar::new(),
    })))
}

fn submit_to(
    interp: &mut Interp,
    executor: &Arc<dyn Native>,
    function: Value,
    args: Args,
) -> PyResult<Arc<PyFuture>> {
    let pool = executor
        .as_any()
        .downcast_ref::<Executor>()
        .ok_or_else(|| type_error("not an executor"))?;
    let future = Arc::new(PyFuture::default());
    let start_worker = {
        let mut work = lock(&pool.queue);
        if work.shutdown {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "cannot schedule new futures after shutdown",
            ));
        }
        work.items.push_back((future.clone(), function, args));
        // CPython's _adjust_thread_count: take an idle worker, else start one.
        let start = if work.idle > 0 {
            work.idle -= 1;
            false
        } else {
            work.workers < pool.max_workers
        };
        if start {
            work.workers += 1;
            work.alive += 1;
        }
        start.then_some(work.workers - 1)
    };
    pool.available.notify_one();
    if let Some(number) = start_worker {
        start_worker_thread(interp, executor.clone(), number)?;
    }
    Ok(future)
}

fn start_worker_thread(
    interp: &mut Interp,
    executor: Arc<dyn Native>,
    number: usize,
) -> PyResult<()> {
    let rt = interp.rt.clone();
    let trace_id = rt.next_trace_id();
    let name = match executor.as_any().downcast_ref::<Executor>() {
        Some(pool) => format!("{}_{number}", pool.prefix),
        None => return Ok(()),
    };
    rt.thread_started(false)?;
    let job_rt = rt.clone();
    (rt.spawn)(Box::new(move || {
        worker(&job_rt, trace_id, &executor, &name)
    }));
    Ok(())
}

/// A worker: takes calls from the queue and runs them until shutdown.
fn worker(rt: &Arc<Runtime>, trace_id: u32, executor: &Arc<dyn Native>, name: &str) {
    let Some(pool) = executor.as_any().downcast_ref::<Executor>() else {
        return;
    };
    let mut interp = Interp::new(
        rt.clone(),
        trace_id,
        Some(PyThread::started(name, true, trace_id)),
    );
    interp.rec.set(State::Startup);
    rt.gil.acquire(&mut interp.rec);
    loop {
        let interrupt = rt.interrupt.clone();
        let item = interp.allow_threads(State::WaitingLock, || {
            let mut work = lock(&pool.queue);
            loop {
                if let Some(item) = work.items.pop_front() {
                    return Some(item);
                }
                if work.shutdown
                    || interrupt.load(Ordering::Relaxed)
                    || rt.main_ended.load(Ordering::Relaxed)
                {
                    return None;
                }
                work = crate::host::pause::wait_timeout(&pool.available, &pool.queue, work, POLL).0;
            }
        });
        let Some((future, function, args)) = item else {
            break;
        };
        if future.is_cancelled() {
            lock(&pool.queue).idle += 1;
            continue;
        }
        lock(&future.state).running = true;
        let outcome = interp.call(&function, args);
        future.finish(outcome);
        let me = Value::Native(future.clone());
        if future.run_callbacks(&mut interp, &me).is_err() {
            break;
        }
        lock(&pool.queue).idle += 1;
    }
    {
        let mut work = lock(&pool.queue);
        work.alive -= 1;
        work.idle = work.idle.min(work.alive);
    }
    // `shutdown(wait=True)` waits for the last worker to end.
    pool.available.notify_all();
    rt.gil.release_and_exit(&mut interp.rec);
    let spans = std::mem::replace(&mut interp.rec, crate::trace::Recorder::new(trace_id)).finish();
    lock(&rt.spans).extend(spans);
    rt.thread_finished(false);
}

fn submit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let executor = receiver::<Executor>(&args, "ThreadPoolExecutor")?;
    let mut positional = args.positional.into_iter().skip(1);
    let Some(function) = positional.next() else {
        return Err(type_error("submit expected at least 1 argument, got 0"));
    };
    let call = Args {
        positional: positional.collect(),
        keywords: args.keywords,
    };
    let future = submit_to(interp, &executor, function, call)?;
    Ok(Value::Native(future))
}

/// `executor.map(fn, *iterables)`: every call submitted now, results in order.
fn map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let executor = receiver::<Executor>(&args, "ThreadPoolExecutor")?;
    let mut positional = args.positional.into_iter().skip(1);
    let Some(function) = positional.next() else {
        return Err(type_error(
            "map() missing 1 required positional argument: 'fn'",
        ));
    };
    let columns: Vec<Vec<Value>> = positional
        .map(|it| interp.collect(&it))
        .collect::<PyResult<_>>()?;
    let rows = columns.iter().map(Vec::len).min().unwrap_or(0);
    let mut futures = Vec::with_capacity(rows);
    for row in 0..rows {
        let call = Args::new(columns.iter().map(|c| c[row].clone()).collect());
        futures.push(submit_to(interp, &executor, function.clone(), call)?);
    }
    Ok(Iter::Native(Arc::new(Results {
        futures: Mutex::new(futures.into()),
    }))
    .value())
}

/// The results of `executor.map`, in order.
#[derive(Debug)]
struct Results {
    futures: Mutex<VecDeque<Arc<PyFuture>>>,
}

impl NativeIter for Results {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let Some(future) = lock(&self.futures).pop_front() else {
            return Ok(None);
        };
        match future.wait(interp, None)? {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) => Err(e),
            None => Err(PyErr::bare(ExcType::KeyboardInterrupt)),
        }
    }
}

/// `as_completed(futures)`: each future once it is done, in completion order.
#[derive(Debug)]
struct AsCompleted {
    pending: Mutex<Vec<Arc<PyFuture>>>,
}

impl NativeIter for AsCompleted {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let pending = lock(&self.pending).clone();
        let first = first_done(interp, &pending)?;
        let mut pending = lock(&self.pending);
        Ok(first.map(|i| Value::Native(pending.remove(i) as Arc<dyn Native>)))
    }
}

/// Waits until one of `futures` is done: the index of the one that completed
/// first (None for no futures).
///
/// # Errors
/// KeyboardInterrupt (Stop).
pub fn first_done(interp: &mut Interp, futures: &[Arc<PyFuture>]) -> PyResult<Option<usize>> {
    let any_done = |_: &u64| futures.is_empty() || futures.iter().any(|f| f.is_done());
    interp.wait_until(&COMPLETED.0, &COMPLETED.1, None, any_done)?;
    Ok(futures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_done())
        .min_by_key(|(_, f)| lock(&f.state).completed)
        .map(|(i, _)| i))
}

fn as_completed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(futures) = args.positional.first() else {
        return Err(type_error(
            "as_completed() missing 1 required positional argument: 'fs'",
        ));
    };
    let mut pending = Vec::new();
    for f in interp.collect(futures)? {
        match &f {
            Value::Native(n) => pending.push(downcast_future(n)?),
            _ => return Err(type_error("as_completed() takes futures")),
        }
    }
    Ok(Iter::Native(Arc::new(AsCompleted {
        pending: Mutex::new(pending),
    }))
    .value())
}

/// An `Arc<PyFuture>` from its `Native` handle.
fn downcast_future(n: &Arc<dyn Native>) -> PyResult<Arc<PyFuture>> {
    n.clone()
        .into_any()
        .downcast::<PyFuture>()
        .map_err(|_| type_error("not a Future"))
}

/// The future's outcome, waiting at most `timeout` seconds (None: not
/// done), its callbacks called.
fn outcome_of(
    interp: &mut Interp,
    args: &Args,
    timeout: Option<f64>,
) -> PyResult<Option<Result<Value, PyErr>>> {
    let native = receiver::<PyFuture>(args, "Future")?;
    let future = downcast_future(&native)?;
    let outcome = future.wait(interp, timeout)?;
    future.run_callbacks(interp, &args.positional[0])?;
    Ok(outcome)
}

fn result(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    match outcome_of(interp, &args, timeout)? {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(e),
        None => Err(PyErr::bare(ExcType::TimeoutError)),
    }
}

fn exception(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    match outcome_of(interp, &args, timeout)? {
        Some(Err(e)) if e.kind() == Some(ExcType::CancelledError) => Err(e),
        Some(Err(e)) => Ok(e.into_raised().value),
        Some(Ok(_)) => Ok(Value::None),
        None => Err(PyErr::bare(ExcType::TimeoutError)),
    }
}

fn done(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let native = receiver::<PyFuture>(&args, "Future")?;
    let future = downcast_future(&native)?;
    let done = future.is_done();
    if done {
        outcome_of(interp, &args, Some(0.0))?;
    }
    Ok(Value::Bool(done))
}

fn running(_: &mut Interp, args: Args) -> PyResult<Value> {
    let native = receiver::<PyFuture>(&args, "Future")?;
    let future = downcast_future(&native)?;
    let s = lock(&future.state);
    Ok(Value::Bool(
        s.running && s.outcome.is_none() && s.deferred.is_none(),
    ))
}

/// `cancel()`: a cancelled future is done, so its callbacks are called now.
fn cancel(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let native = receiver::<PyFuture>(&args, "Future")?;
    let future = downcast_future(&native)?;
    let cancelled = future.cancel();
    if cancelled {
        future.run_callbacks(interp, &args.positional[0])?;
    }
    Ok(Value::Bool(cancelled))
}

fn cancelled(_: &mut Interp, args: Args) -> PyResult<Value> {
    let native = receiver::<PyFuture>(&args, "Future")?;
    Ok(Value::Bool(downcast_future(&native)?.is_cancelled()))
}

/// `add_done_callback(fn)`: `fn(future)` once it is done (at once if it is).
fn add_done_callback(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let native = receiver::<PyFuture>(&args, "Future")?;
    let future = downcast_future(&native)?;
    let Some(callback) = args.positional.get(1).cloned() else {
        return Err(type_error(
            "add_done_callback() missing 1 required positional argument: 'fn'",
        ));
    };
    lock(&future.state).callbacks.push(callback);
    future.run_callbacks(interp, &args.positional[0])?;
    Ok(Value::None)
}

/// `wait(fs, timeout=None, return_when=ALL_COMPLETED)`: `(done, not_done)`, two sets.
fn wait(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    let return_when = match args
        .keyword("return_when")
        .or_else(|| args.positional.get(2).cloned())
    {
        Some(Value::Str(s)) => s.to_string(),
        None => "ALL_COMPLETED".into(),
        Some(other) => {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("Invalid return condition: {}", interp.repr(&other)?),
            ))
        }
    };
    if !matches!(
        return_when.as_str(),
        "FIRST_COMPLETED" | "FIRST_EXCEPTION" | "ALL_COMPLETED"
    ) {
        return Err(PyErr::new(
            ExcType::ValueError,
            format!("Invalid return condition: '{return_when}'"),
        ));
    }
    let Some(fs) = args.positional.first().cloned() else {
        return Err(type_error(
            "wait() missing 1 required positional argument: 'fs'",
        ));
    };
    let values = interp.collect(&fs)?;
    let mut futures = Vec::with_capacity(values.len());
    for value in &values {
        match value {
            Value::Native(n) => futures.push(downcast_future(n)?),
            _ => return Err(type_error("wait() takes futures")),
        }
    }
    let failed = |f: &Arc<PyFuture>| {
        let s = lock(&f.state);
        let raised =
            matches!(&s.outcome, Some(Err(e)) if e.kind() != Some(ExcType::CancelledError));
        raised || s.deferred.as_ref().is_some_and(|d| d.failed)
    };
    let ready = |_: &u64| match return_when.as_str() {
        "FIRST_COMPLETED" => futures.is_empty() || futures.iter().any(|f| f.is_done()),
        "FIRST_EXCEPTION" => futures.iter().all(|f| f.is_done()) || futures.iter().any(&failed),
        _ => futures.iter().all(|f| f.is_done()),
    };
    interp.wait_until(&COMPLETED.0, &COMPLETED.1, timeout, ready)?;
    let (mut done, mut not_done) = (Vec::new(), Vec::new());
    for (value, future) in values.into_iter().zip(&futures) {
        if future.is_done() {
            future.run_callbacks(interp, &value)?;
            done.push(value);
        } else {
            not_done.push(value);
        }
    }
    Ok(Value::tuple(vec![
        interp.new_set(done)?,
        interp.new_set(not_done)?,
    ]))
}

fn shutdown(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let wait = args.flag(interp, "wait", Some(1), true)?;
    let native = receiver::<Executor>(&args, "ThreadPoolExecutor")?;
    let Some(pool) = native.as_any().downcast_ref::<Executor>() else {
        return Err(type_error("not an executor"));
    };
    lock(&pool.queue).shutdown = true;
    pool.available.notify_all();
    if wait {
        // The queued calls run first; then every worker ends.
        interp.wait_until(&pool.queue, &pool.available, None, |w| w.alive == 0)?;
    }
    Ok(Value::None)
}

/// Methods of `ThreadPoolExecutor` objects.
pub static EXECUTOR_METHODS: &[Builtin] = &[
    builtin!("ThreadPoolExecutor.submit", submit),
    builtin!("ThreadPoolExecutor.map", map),
    builtin!("ThreadPoolExecutor.shutdown", shutdown),
    builtin!("ThreadPoolExecutor.__enter__", |_, a| Ok(a
        .positional
        .first()
        .cloned()
        .unwrap_or(Value::None))),
    builtin!("ThreadPoolExecutor.__exit__", |interp, a| {
        let receiver = Args::new(a.positional.into_iter().take(1).collect());
        shutdown(interp, receiver)?;
        Ok(Value::Bool(false))
    }),
];

/// Methods of `Future` objects.
pub static FUTURE_METHODS: &[Builtin] = &[
    builtin!("Future.result", result),
    builtin!("Future.exception", exception),
    builtin!("Future.done", done),
    builtin!("Future.running", running),
    builtin!("Future.cancel", cancel),
    builtin!("Future.cancelled", cancelled),
    builtin!("Future.add_done_callback", add_done_callback),
];

static FUNCTIONS: &[Builtin] = &[
    builtin!(type "ThreadPoolExecutor", new_executor, methods EXECUTOR_METHODS),
    builtin!(type "ProcessPoolExecutor", super::multiprocessing_pool::executor_new, methods super::multiprocessing_pool::EXECUTOR_METHODS),
    builtin!("as_completed", as_completed),
    builtin!("wait", wait),
];

#[must_use]
pub fn module() -> Arc<Module> {
    let m = Module::with_functions("concurrent.futures", FUNCTIONS);
    {
        let mut names = m.names_mut();
        for when in ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"] {
            names.insert(when.into(), Value::str(when));
        }
        names.insert(
            "CancelledError".into(),
            Value::ExcType(ExcType::CancelledError),
        );
        // Since 3.11 the builtin one.
        names.insert("TimeoutError".into(), Value::ExcType(ExcType::TimeoutError));
        names.insert(
            "BrokenExecutor".into(),
            Value::ExcType(ExcType::BrokenProcessPool),
        );
    }
    m
}

static PROCESS_FUNCTIONS: &[Builtin] = &[builtin!(
    type "ProcessPoolExecutor",
    super::multiprocessing_pool::executor_new,
    methods super::multiprocessing_pool::EXECUTOR_METHODS
)];

/// `concurrent.futures.process`: the process pool and its error.
#[must_use]
pub fn process_module() -> Arc<Module> {
    let m = Module::with_functions("concurrent.futures.process", PROCESS_FUNCTIONS);
    m.names_mut().insert(
        "BrokenProcessPool".into(),
        Value::ExcType(ExcType::BrokenProcessPool),
    );
    m
}
