//! `multiprocessing.Pool` and `ProcessPoolExecutor`: worker processes
//! (`SpawnPoolWorker-N`, `SpawnProcess-N`) that take tasks from their parent
//! and send back results (`runtime::process`'s pool worker). A call splits
//! its items into chunks (tasks), each with a future; an idle worker gets the
//! next task at once, the others wait in the pool's queue. A collector thread
//! (CPython's result handler, in Rust, without the GIL) takes the workers'
//! replies as they come, completes their futures (decoded by whoever asks for
//! the result) and hands the worker its next task. So `submit` and the
//! `_async` methods return at once, and their calls run in parallel.

use crate::builtin;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use super::futures_module::{Deferred, PyFuture};
use crate::host::processes::{Child, Mailbox};
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::iter::{Iter, NativeIter};
use crate::runtime::object::{BuiltinBase, Class};
use crate::runtime::process::{task_reply_header, ProcessHost};
use crate::runtime::process::{CALL_APPLY, CALL_ONE, CALL_STAR};
use crate::runtime::transfer;
use crate::runtime::value::{lock, Exception, Native, Value};
use crate::runtime::Interp;
use crate::trace::State;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PoolState {
    Open,
    Closed,
    Terminated,
}

/// A `multiprocessing.Pool`.
#[derive(Debug)]
pub struct Pool {
    workers: Vec<Arc<Child>>,
    state: Mutex<PoolState>,
    /// A `ProcessPoolExecutor`'s (its errors are CPython's executor's).
    executor: bool,
    dispatch: Arc<Dispatch>,
    /// Callbacks of `_async` calls not yet called (`fire_callbacks`).
    callbacks: Mutex<Vec<Arc<AsyncResult>>>,
}

/// The pool's tasks: who runs which, and which wait.
struct Dispatch {
    host: Arc<dyn ProcessHost>,
    tasks: Mutex<Tasks>,
}

impl std::fmt::Debug for Dispatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Dispatch")
    }
}

#[derive(Default)]
struct Tasks {
    next_id: i64,
    /// Tasks no worker has taken yet, in order, encoded.
    queued: VecDeque<(i64, Vec<u8>)>,
    /// Workers without a task.
    idle: Vec<u32>,
    /// The task each busy worker runs, by worker.
    running: FxHashMap<u32, i64>,
    /// Every task not yet done, by id, and whether its future is its one
    /// result rather than the list of its results (`executor.submit`).
    futures: FxHashMap<i64, (Arc<PyFuture>, bool)>,
    /// A worker ended while it had a task (exit code): the pool is broken.
    broken: Option<i32>,
}

impl Dispatch {
    /// Adds a task: a worker takes it now if one is idle.
    fn add(&self, id: i64, bytes: Vec<u8>, future: Arc<PyFuture>, unwrap_single: bool) {
        let mut tasks = lock(&self.tasks);
        tasks.futures.insert(id, (future.clone(), unwrap_single));
        if let Some(pid) = tasks.idle.pop() {
            tasks.running.insert(pid, id);
            future.set_running();
            drop(tasks);
            self.host.send(pid, bytes);
        } else {
            // The next task to go is already "running", as in CPython's call
            // queue (one more than the workers): it can no longer be cancelled.
            if tasks.queued.is_empty() {
                future.set_running();
            }
            tasks.queued.push_back((id, bytes));
        }
    }

    /// A worker is free: it takes the next queued task, if any.
    fn next_for(&self, pid: u32) {
        let mut tasks = lock(&self.tasks);
        tasks.running.remove(&pid);
        // Cancelled tasks are dropped, not run.
        while let Some((id, bytes)) = tasks.queued.pop_front() {
            let Some((future, _)) = tasks.futures.get(&id).cloned() else {
                continue;
            };
            if !future.try_set_running() {
                tasks.futures.remove(&id);
                continue;
            }
            if let Some((id, _)) = tasks.queued.front() {
                if let Some((next, _)) = tasks.futures.get(id) {
                    next.set_running();
                }
            }
            tasks.running.insert(pid, id);
            drop(tasks);
            self.host.send(pid, bytes);
            return;
        }
        tasks.idle.push(pid);
    }

    /// `shutdown(cancel_futures=True)`: cancels every task not yet running.
    fn cancel_queued(&self) {
        let futures: Vec<Arc<PyFuture>> = {
            let tasks = lock(&self.tasks);
            tasks
                .queued
                .iter()
                .filter_map(|(id, _)| tasks.futures.get(id).map(|(f, _)| f.clone()))
                .collect()
        };
        for future in futures {
            future.cancel();
        }
    }
}

impl Native for Pool {
    fn type_name(&self) -> &'static str {
        "Pool"
    }

    fn methods(&self) -> &'static [Builtin] {
        POOL_METHODS
    }

    fn repr(&self) -> String {
        let state = match *lock(&self.state) {
            PoolState::Open => "RUN",
            PoolState::Closed => "CLOSE",
            PoolState::Terminated => "TERMINATE",
        };
        format!(
            "<multiprocessing.pool.Pool state={state} pool_size={}>",
            self.workers.len()
        )
    }
}

fn this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<Pool>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires a 'Pool' object")),
    }
}

fn pool(native: &Arc<dyn Native>) -> &Pool {
    native
        .as_any()
        .downcast_ref::<Pool>()
        .expect("checked by `this`")
}

/// `Pool(processes=None, initializer=None, initargs=())`
pub fn pool_new(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let mut positional = std::mem::take(&mut args.positional).into_iter();
    let processes = args.keyword("processes").or_else(|| positional.next());
    let initializer = args.keyword("initializer").or_else(|| positional.next());
    let initargs = args.keyword("initargs").or_else(|| positional.next());
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "Pool.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    let count = worker_count(processes, "Number of processes must be at least 1")?;
    let initializer = initializer.unwrap_or(Value::None);
    let initargs = initargs_of(interp, initargs)?;
    Ok(Value::Native(Arc::new(start_pool(
        interp,
        count,
        initializer,
        initargs,
        "SpawnPoolWorker",
    )?)))
}

/// How many workers a pool is asked for: the machine's cores by default.
fn worker_count(asked: Option<Value>, too_few: &str) -> PyResult<usize> {
    match asked {
        None | Some(Value::None) => Ok(crate::host::workers::cores()),
        Some(Value::Int(n)) if n >= 1 => Ok(usize::try_from(n).unwrap_or(1)),
        Some(Value::Int(_)) => Err(PyErr::new(ExcType::ValueError, too_few)),
        Some(other) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// The initializer's arguments, as a tuple.
fn initargs_of(interp: &mut Interp, initargs: Option<Value>) -> PyResult<Value> {
    Ok(match initargs {
        None | Some(Value::None) => Value::tuple(Vec::new()),
        Some(v) => Value::tuple(interp.collect(&v)?),
    })
}

/// `count` worker processes named `prefix-N`, each running
/// `initializer(*initargs)` first, and the collector of their replies.
fn start_pool(
    interp: &mut Interp,
    count: usize,
    initializer: Value,
    initargs: Value,
    prefix: &str,
) -> PyResult<Pool> {
    let Some(host) = interp.rt.processes.clone() else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "can't start a process here: processes run in programs started with Run \
             (on a page that is not cross-origin isolated, only in a browser that can \
             pause WebAssembly: JSPI, Chromium 137 or later)",
        ));
    };
    // A Pool's worker and an executor's tell a failed initializer apart.
    let kind = if prefix == "SpawnPoolWorker" {
        "pool"
    } else {
        "executor"
    };
    let bootstrap = Value::tuple(vec![Value::str(kind), initializer, initargs]);
    let results = Mailbox::new();
    let mut workers = Vec::with_capacity(count);
    for _ in 0..count {
        let (identity, suffix) = interp.next_process_identity();
        let name = format!("{prefix}-{suffix}");
        workers.push(interp.start_child((&name, identity), &bootstrap, true, results.clone())?);
    }
    let dispatch = Arc::new(Dispatch {
        host,
        tasks: Mutex::new(Tasks {
            idle: workers.iter().map(|w| w.pid).collect(),
            ..Tasks::default()
        }),
    });
    let executor = prefix == "SpawnProcess";
    // The collector keeps the pool's tasks alive: a future outlives a pool
    // object the program dropped (`Pool(1).apply_async(f).get()`).
    let collector = dispatch.clone();
    let watched = workers.clone();
    (interp.rt.spawn)(Box::new(move || {
        collect(&results, &collector, &watched, executor);
    }));
    Ok(Pool {
        workers,
        state: Mutex::new(PoolState::Open),
        executor,
        dispatch,
        callbacks: Mutex::new(Vec::new()),
    })
}

/// The collector: completes each task's future as its reply comes, and gives
/// the worker its next task; fails the pool's tasks when a worker ends with
/// one. It ends when every worker has ended, or the pool is gone.
fn collect(results: &Mailbox, dispatch: &Dispatch, workers: &[Arc<Child>], executor: bool) {
    loop {
        let reply = results.take(Some(250.0));
        if let Some(bytes) = reply {
            let Some((id, pid, ok, payload)) = task_reply_header(&bytes) else {
                continue;
            };
            let payload = payload.to_vec();
            let future = lock(&dispatch.tasks).futures.remove(&id);
            // The worker is free before its result is seen: a pool whose
            // last result was taken is idle (`exit` ends it gently then).
            dispatch.next_for(pid);
            if let Some((future, unwrap_single)) = future {
                future.finish_deferred(Deferred {
                    failed: !ok,
                    make: Box::new(move |interp| {
                        let payload = interp.transferring(|i| transfer::decode(i, &payload))?;
                        match (ok, &payload) {
                            (true, Value::List(results)) if unwrap_single => {
                                Ok(lock(&results.items).first().cloned().unwrap_or(Value::None))
                            }
                            (true, _) => Ok(payload),
                            (false, _) => Err(remote_error(interp, &payload, executor)),
                        }
                    }),
                });
            }
            continue;
        }
        // Nothing for a while: has a worker with a task ended (crashed, or
        // ran out of memory)? It will never answer.
        let ended = |pid: &u32| {
            workers
                .iter()
                .find(|w| w.pid == *pid)
                .and_then(|w| w.exitcode())
        };
        let all_ended = workers.iter().all(|w| w.exitcode().is_some());
        let failed = {
            let mut tasks = lock(&dispatch.tasks);
            let code = tasks.running.keys().find_map(ended);
            match code {
                Some(code) => {
                    tasks.broken = Some(code);
                    tasks.queued.clear();
                    tasks.running.clear();
                    Some((
                        code,
                        tasks
                            .futures
                            .drain()
                            .map(|(_, (f, _))| f)
                            .collect::<Vec<_>>(),
                    ))
                }
                // Ended without work (terminated): nothing waiting will run.
                // Ended without work (terminated, or died idle): nothing
                // waiting will run, and nothing more can be sent.
                None if all_ended => {
                    tasks.broken.get_or_insert(-15);
                    Some((-15, tasks.futures.drain().map(|(_, (f, _))| f).collect()))
                }
                None => None,
            }
        };
        if let Some((code, futures)) = failed {
            for future in futures {
                future.finish_deferred(Deferred {
                    failed: true,
                    make: Box::new(move |_| Err(broken(executor, code))),
                });
            }
        }
        if all_ended {
            return;
        }
    }
}

/// Sends `function` over `items` to the pool's workers, `chunksize` items a
/// task, each called as `mode` says: a future for each task's results (a
/// list; with `unwrap_single`, a one-item task's result itself), in order.
fn submit_tasks(
    interp: &mut Interp,
    pool: &Pool,
    function: &Value,
    items: Vec<Value>,
    chunksize: Option<usize>,
    mode: i64,
    unwrap_single: bool,
) -> PyResult<Vec<Arc<PyFuture>>> {
    let broken_code = lock(&pool.dispatch.tasks).broken;
    match (*lock(&pool.state), broken_code) {
        (PoolState::Open, None) => {}
        (PoolState::Open | PoolState::Terminated, _) if pool.executor => {
            return Err(PyErr::new(
                ExcType::BrokenProcessPool,
                "A child process terminated abruptly, the process pool is not usable anymore",
            ))
        }
        (PoolState::Open, Some(code)) => return Err(broken(false, code)),
        _ => return Err(PyErr::new(ExcType::ValueError, "Pool not running")),
    }
    if items.is_empty() {
        return Ok(Vec::new());
    }
    // CPython's default: about four chunks a worker.
    let chunksize = chunksize.unwrap_or_else(|| {
        let per = items.len().div_ceil(pool.workers.len() * 4);
        per.max(1)
    });
    // Encoded up front. A task that cannot be sent fails its own future, as
    // CPython's does in the thread that feeds the workers: `map` raises the
    // error, `apply_async(…).get()` and `Future.result()` do.
    let mut tasks = Vec::new();
    for chunk in items.chunks(chunksize) {
        let id = {
            let mut t = lock(&pool.dispatch.tasks);
            t.next_id += 1;
            t.next_id
        };
        let task = Value::tuple(vec![
            Value::Int(id),
            function.clone(),
            Value::list(chunk.to_vec()),
            Value::Int(mode),
        ]);
        let encoded = interp.transferring(|i| transfer::encode(i, &task));
        tasks.push((id, encoded));
    }
    let mut futures = Vec::with_capacity(tasks.len());
    for (id, encoded) in tasks {
        match encoded {
            Ok(bytes) => {
                let future = PyFuture::pending();
                pool.dispatch.add(id, bytes, future.clone(), unwrap_single);
                futures.push(future);
            }
            Err(error) if error.kind() == Some(ExcType::KeyboardInterrupt) => return Err(error),
            Err(error) => {
                let error = if pool.executor {
                    // The feeder thread's traceback, as the error's cause.
                    let text = format!(
                        "Traceback (most recent call last):\n{}",
                        interp.format_exception(&error, "")
                    );
                    caused_by_remote(error, &text, true)
                } else {
                    error
                };
                futures.push(PyFuture::failed(error));
            }
        }
    }
    Ok(futures)
}

/// The results of `futures` (each a task's list), in order, waiting for each
/// at most until `deadline`: None when the time ran out.
///
/// # Errors
/// The first failed task's exception; KeyboardInterrupt (Stop).
fn gather(
    interp: &mut Interp,
    futures: &[Arc<PyFuture>],
    deadline: Option<f64>,
) -> PyResult<Option<Vec<Value>>> {
    let mut results = Vec::new();
    for future in futures {
        let left = deadline.map(|d| ((d - crate::host::clock::now_ms()) / 1000.0).max(0.0));
        match future.wait(interp, left)? {
            None => return Ok(None),
            Some(Ok(list)) => results.extend(interp.collect(&list)?),
            Some(Err(error)) => return Err(error),
        }
    }
    Ok(Some(results))
}

/// The error of a pool one of whose workers ended while it had a task:
/// CPython's BrokenProcessPool for an executor; a pool's `map` would wait for
/// ever in CPython, so here it says what happened.
fn broken(executor: bool, exitcode: i32) -> PyErr {
    if executor {
        PyErr::new(
            ExcType::BrokenProcessPool,
            "A process in the process pool was terminated abruptly while the future was running or pending.",
        )
    } else {
        PyErr::new(
            ExcType::RuntimeError,
            format!(
                "a worker process of the pool ended (exit code {exitcode}) while it ran a task"
            ),
        )
    }
}

/// The exception a worker sent: raised here with its class and arguments,
/// caused by the worker's traceback (CPython's `RemoteTraceback`, named as
/// a pool's or an executor's).
fn remote_error(interp: &mut Interp, payload: &Value, executor: bool) -> PyErr {
    let Value::Tuple(parts) = payload else {
        return PyErr::new(ExcType::RuntimeError, "a worker failed");
    };
    let [Value::Str(kind), args, traceback] = &parts[..] else {
        return PyErr::new(ExcType::RuntimeError, "a worker failed");
    };
    let error = raise_remote(interp, kind, args);
    match traceback {
        Value::Str(text) => caused_by_remote(error, text, executor),
        _ => error,
    }
}

/// `error`, caused by a traceback printed in another process or thread
/// (`text`): CPython's `RemoteTraceback`, named as a pool's or an executor's.
fn caused_by_remote(mut error: PyErr, text: &str, executor: bool) -> PyErr {
    let class = remote_traceback_class(executor);
    let tb = format!("\n\"\"\"\n{text}\"\"\"");
    error.cause_text = Some(format!("{}.{}: {tb}\n", class.module, class.name).into());
    // `e.__cause__`: the traceback as an exception, as CPython's.
    if let Value::Exception(e) = &error.value {
        let cause = Exception::of_class(ExcType::Exception, vec![Value::str(&tb)], Some(class));
        lock(&e.attributes).insert("__cause__".into(), Value::Exception(cause));
    }
    error
}

/// CPython's `multiprocessing.pool.RemoteTraceback` and
/// `concurrent.futures.process._RemoteTraceback`: exceptions whose str is
/// a worker's traceback.
fn remote_traceback_class(executor: bool) -> Arc<Class> {
    if executor {
        library_exception_class("_RemoteTraceback", "concurrent.futures.process")
    } else {
        library_exception_class("RemoteTraceback", "multiprocessing.pool")
    }
}

/// An exception class of CPython's library (derived from Exception), made
/// once per name for the run's life.
fn library_exception_class(name: &'static str, module: &'static str) -> Arc<Class> {
    static CLASSES: Mutex<Vec<Arc<Class>>> = Mutex::new(Vec::new());
    let mut classes = lock(&CLASSES);
    if let Some(found) = classes
        .iter()
        .find(|c| &*c.name == name && &*c.module == module)
    {
        return found.clone();
    }
    let class = Arc::new(Class {
        metaclass: None,
        name: name.into(),
        qualname: name.into(),
        module: module.into(),
        attributes: Mutex::default(),
        bases: vec![Value::ExcType(ExcType::Exception)],
        ancestors: Vec::new(),
        builtin_at: 0,
        builtin: BuiltinBase::Exception(ExcType::Exception),
        plain_stores: std::sync::atomic::AtomicU64::new(0),
        finalizes: std::sync::atomic::AtomicBool::new(false),
        constructor: Default::default(),
        subclasses: Mutex::default(),
    });
    classes.push(class.clone());
    class
}

/// The exception of class `kind` (a builtin's name, or `__main__.` and the
/// qualified name of the program's own class) with `args`, made as pickle
/// makes it: `kind(*args)`.
fn raise_remote(interp: &mut Interp, kind: &str, args: &Value) -> PyErr {
    if kind == "multiprocessing.pool.MaybeEncodingError" {
        let class = library_exception_class("MaybeEncodingError", "multiprocessing.pool");
        let args = interp.collect(args).unwrap_or_default();
        let exception = Exception::of_class(ExcType::Exception, args, Some(class));
        return PyErr::raised(Value::Exception(exception), Vec::new());
    }
    let class = match kind.strip_prefix("__main__.") {
        Some(qualname) => match transfer::find_global(interp, "__main__", qualname) {
            Ok(class) => class,
            Err(error) => return error,
        },
        None => interp
            .builtins
            .get(kind)
            .cloned()
            .unwrap_or(Value::ExcType(ExcType::Exception)),
    };
    let args = interp.collect(args).unwrap_or_default();
    match interp.call(&class, Args::new(args)) {
        Ok(exception) => PyErr::raised(exception, Vec::new()),
        Err(error) => error,
    }
}

fn chunksize_of(args: &mut Args, index: usize) -> PyResult<Option<usize>> {
    match args
        .keyword("chunksize")
        .or_else(|| args.positional.get(index).cloned())
    {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) if n >= 1 => Ok(Some(usize::try_from(n).unwrap_or(1))),
        Some(Value::Int(_)) => Err(PyErr::new(
            ExcType::ValueError,
            "Chunksize must be 1+, not 0",
        )),
        Some(other) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `pool.map(func, iterable, chunksize=None)` and `starmap` (`mode`), and
/// their `_async` forms: the tasks, sent (their futures), and the callbacks.
fn map_tasks(interp: &mut Interp, mut args: Args, mode: i64) -> PyResult<Sent> {
    let chunksize = chunksize_of(&mut args, 3)?;
    let callbacks = Callbacks::of(&mut args);
    let keep = this(&args)?;
    let (Some(function), Some(iterable)) = (
        args.positional.get(1).cloned(),
        args.positional.get(2).cloned(),
    ) else {
        return Err(type_error(
            "map() missing required arguments: 'func' and 'iterable'",
        ));
    };
    let items = interp.collect(&iterable)?;
    fire_callbacks(interp, pool(&keep))?;
    let futures = submit_tasks(
        interp,
        pool(&keep),
        &function,
        items,
        chunksize,
        mode,
        false,
    )?;
    Ok((keep, futures, callbacks))
}

fn map_with(interp: &mut Interp, args: Args, mode: i64) -> PyResult<Value> {
    let (_keep, futures, _) = map_tasks(interp, args, mode)?;
    Ok(Value::list(
        gather(interp, &futures, None)?.unwrap_or_default(),
    ))
}

fn map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_with(interp, args, CALL_ONE)
}

fn starmap(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_with(interp, args, CALL_STAR)
}

/// `pool.apply(func, args=(), kwds={})` as one task: sent, its future.
fn apply_task(interp: &mut Interp, mut args: Args) -> PyResult<Sent> {
    let callbacks = Callbacks::of(&mut args);
    let keep = this(&args)?;
    let function = args
        .positional
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("apply() missing required argument: 'func'"))?;
    let call_args = args
        .keyword("args")
        .or_else(|| args.positional.get(2).cloned())
        .unwrap_or_else(|| Value::tuple(Vec::new()));
    let kwds = args
        .keyword("kwds")
        .or_else(|| args.positional.get(3).cloned())
        .unwrap_or_else(|| interp.new_dict());
    let call_args = Value::tuple(interp.collect(&call_args)?);
    let item = Value::tuple(vec![call_args, kwds]);
    fire_callbacks(interp, pool(&keep))?;
    let futures = submit_tasks(
        interp,
        pool(&keep),
        &function,
        vec![item],
        Some(1),
        CALL_APPLY,
        false,
    )?;
    Ok((keep, futures, callbacks))
}

fn apply(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_keep, futures, _) = apply_task(interp, args)?;
    let mut results = gather(interp, &futures, None)?.unwrap_or_default();
    Ok(results.pop().unwrap_or(Value::None))
}

/// A call sent to the pool: the pool (kept alive), its tasks' futures, and
/// its callbacks.
type Sent = (Arc<dyn Native>, Vec<Arc<PyFuture>>, Callbacks);

/// An `_async` call's `callback` and `error_callback`.
#[derive(Debug, Default)]
struct Callbacks {
    callback: Option<Value>,
    error_callback: Option<Value>,
}

impl Callbacks {
    fn of(args: &mut Args) -> Callbacks {
        Callbacks {
            callback: args
                .keyword("callback")
                .filter(|c| !matches!(c, Value::None)),
            error_callback: args
                .keyword("error_callback")
                .filter(|c| !matches!(c, Value::None)),
        }
    }
}

/// What the `_async` methods hand back (`ApplyResult`, `MapResult`): the
/// call's tasks, running. Its callback is called once it is done, by the
/// first who finds it done (`get`, `wait`, `ready`, or the pool's `join`).
#[derive(Debug)]
pub struct AsyncResult {
    futures: Vec<Arc<PyFuture>>,
    /// One call's result (`apply_async`), not a list (`map_async`).
    single: bool,
    callbacks: Mutex<Option<Callbacks>>,
}

impl Native for AsyncResult {
    fn type_name(&self) -> &'static str {
        if self.single {
            "ApplyResult"
        } else {
            "MapResult"
        }
    }

    fn methods(&self) -> &'static [Builtin] {
        ASYNC_RESULT_METHODS
    }

    fn repr(&self) -> String {
        format!(
            "<multiprocessing.pool.{} object at 0x{:012x}>",
            self.type_name(),
            std::ptr::from_ref(self) as usize
        )
    }
}

impl AsyncResult {
    fn is_ready(&self) -> bool {
        self.futures.iter().all(|f| f.is_done())
    }

    /// The outcome, waiting at most `timeout` seconds (None: not ready),
    /// and the callback called if it had not been.
    fn outcome(
        &self,
        interp: &mut Interp,
        timeout: Option<f64>,
    ) -> PyResult<Option<PyResult<Value>>> {
        let deadline = timeout.map(|t| crate::host::clock::now_ms() + t.max(0.0) * 1000.0);
        let outcome = match gather(interp, &self.futures, deadline) {
            Ok(None) => return Ok(None),
            Ok(Some(mut results)) if self.single => Ok(results.pop().unwrap_or(Value::None)),
            Ok(Some(results)) => Ok(Value::list(results)),
            Err(error) if error.kind() == Some(ExcType::KeyboardInterrupt) => return Err(error),
            Err(error) => Err(error),
        };
        let callbacks = lock(&self.callbacks).take();
        if let Some(callbacks) = callbacks {
            match (&outcome, callbacks) {
                (
                    Ok(value),
                    Callbacks {
                        callback: Some(callback),
                        ..
                    },
                ) => {
                    interp.call(&callback, Args::new(vec![value.clone()]))?;
                }
                (
                    Err(error),
                    Callbacks {
                        error_callback: Some(callback),
                        ..
                    },
                ) => {
                    interp.call(&callback, Args::new(vec![error.value.clone()]))?;
                }
                _ => {}
            }
        }
        Ok(Some(outcome))
    }
}

/// An `AsyncResult` for `futures`; one with callbacks is kept by the pool
/// until they are called.
fn async_result(
    pool: &Pool,
    futures: Vec<Arc<PyFuture>>,
    single: bool,
    callbacks: Callbacks,
) -> Value {
    let has_callbacks = callbacks.callback.is_some() || callbacks.error_callback.is_some();
    let result = Arc::new(AsyncResult {
        futures,
        single,
        callbacks: Mutex::new(Some(callbacks)),
    });
    if has_callbacks {
        lock(&pool.callbacks).push(result.clone());
    }
    Value::Native(result)
}

/// Calls the callbacks of every `_async` call that is done (as CPython's
/// result handler would have by now).
fn fire_callbacks(interp: &mut Interp, pool: &Pool) -> PyResult<()> {
    let ready: Vec<Arc<AsyncResult>> = {
        let mut waiting = lock(&pool.callbacks);
        let (ready, left) = std::mem::take(&mut *waiting)
            .into_iter()
            .partition(|r| r.is_ready());
        *waiting = left;
        ready
    };
    for result in ready {
        result.outcome(interp, Some(0.0))?;
    }
    Ok(())
}

/// After the workers ended (`join`): every `_async` call's callback that is
/// due, once the collector has taken the last replies.
fn fire_last_callbacks(interp: &mut Interp, pool: &Pool) -> PyResult<()> {
    let waiting = std::mem::take(&mut *lock(&pool.callbacks));
    for result in waiting {
        if *lock(&pool.state) != PoolState::Terminated || result.is_ready() {
            result.outcome(interp, None)?;
        }
    }
    Ok(())
}

fn apply_async(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (keep, futures, callbacks) = apply_task(interp, args)?;
    Ok(async_result(pool(&keep), futures, true, callbacks))
}

fn map_async_with(interp: &mut Interp, args: Args, mode: i64) -> PyResult<Value> {
    let (keep, futures, callbacks) = map_tasks(interp, args, mode)?;
    Ok(async_result(pool(&keep), futures, false, callbacks))
}

fn map_async(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_async_with(interp, args, CALL_ONE)
}

fn starmap_async(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_async_with(interp, args, CALL_STAR)
}

/// The results of `imap` as they come: in order, or (`imap_unordered`) each
/// task's as it is done.
#[derive(Debug)]
struct ImapResults {
    futures: Mutex<Vec<Arc<PyFuture>>>,
    /// Results of the task taken last, not yet handed out.
    ready: Mutex<VecDeque<Value>>,
    ordered: bool,
}

impl NativeIter for ImapResults {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        loop {
            if let Some(value) = lock(&self.ready).pop_front() {
                return Ok(Some(value));
            }
            let futures = lock(&self.futures).clone();
            if futures.is_empty() {
                return Ok(None);
            }
            let index = if self.ordered {
                0
            } else {
                super::futures_module::first_done(interp, &futures)?.unwrap_or(0)
            };
            let future = lock(&self.futures).remove(index);
            let results = gather(interp, &[future], None)?.unwrap_or_default();
            lock(&self.ready).extend(results);
        }
    }
}

fn imap_with(interp: &mut Interp, mut args: Args, ordered: bool) -> PyResult<Value> {
    // imap's chunksize is 1 by default.
    if args.positional.len() < 4 && !args.keywords.iter().any(|(k, _)| &**k == "chunksize") {
        args.keywords.push((Arc::from("chunksize"), Value::Int(1)));
    }
    let (_keep, futures, _) = map_tasks(interp, args, CALL_ONE)?;
    Ok(Iter::Native(Arc::new(ImapResults {
        futures: Mutex::new(futures),
        ready: Mutex::new(VecDeque::new()),
        ordered,
    }))
    .value())
}

fn imap(interp: &mut Interp, args: Args) -> PyResult<Value> {
    imap_with(interp, args, true)
}

fn imap_unordered(interp: &mut Interp, args: Args) -> PyResult<Value> {
    imap_with(interp, args, false)
}

fn async_this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<AsyncResult>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires an 'ApplyResult' object")),
    }
}

fn async_of(native: &Arc<dyn Native>) -> &AsyncResult {
    native
        .as_any()
        .downcast_ref::<AsyncResult>()
        .expect("checked by `async_this`")
}

/// `get(timeout=None)`: the result, or the call's exception; TimeoutError.
fn async_get(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    let keep = async_this(&args)?;
    match async_of(&keep).outcome(interp, timeout)? {
        Some(outcome) => outcome,
        None => Err(PyErr::new(ExcType::ProcessTimeoutError, "")),
    }
}

fn async_ready(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = async_this(&args)?;
    let result = async_of(&keep);
    let ready = result.is_ready();
    if ready {
        result.outcome(interp, Some(0.0))?;
    }
    Ok(Value::Bool(ready))
}

fn async_successful(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = async_this(&args)?;
    let result = async_of(&keep);
    if !result.is_ready() {
        return Err(PyErr::new(
            ExcType::ValueError,
            format!("{} not ready", interp.repr(&args.positional[0])?),
        ));
    }
    let outcome = result.outcome(interp, Some(0.0))?;
    Ok(Value::Bool(matches!(outcome, Some(Ok(_)))))
}

fn async_wait(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    let keep = async_this(&args)?;
    async_of(&keep).outcome(interp, timeout)?;
    Ok(Value::None)
}

fn close(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let mut state = lock(&pool(&keep).state);
    if *state == PoolState::Open {
        *state = PoolState::Closed;
    }
    Ok(Value::None)
}

/// Ends every worker at once.
fn terminate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let p = pool(&keep);
    *lock(&p.state) = PoolState::Terminated;
    if let Some(host) = interp.rt.processes.clone() {
        for worker in &p.workers {
            if worker.exitcode().is_none() {
                host.terminate(worker.pid, crate::runtime::process::SIGTERM);
            }
        }
    }
    Ok(Value::None)
}

/// Waits for the workers to end, after `close()` (they finish what they
/// have, then end) or `terminate()`.
fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let p = pool(&keep);
    if *lock(&p.state) == PoolState::Open {
        return Err(PyErr::new(ExcType::ValueError, "Pool is still running"));
    }
    wait_for_workers(interp, p)?;
    fire_last_callbacks(interp, p)?;
    Ok(Value::None)
}

/// Lets the workers finish every task sent, then tells each there is no more
/// work, and waits for them to end.
fn wait_for_workers(interp: &mut Interp, p: &Pool) -> PyResult<()> {
    loop {
        let busy = {
            let tasks = lock(&p.dispatch.tasks);
            tasks.broken.is_none() && !(tasks.queued.is_empty() && tasks.running.is_empty())
        };
        if !busy || *lock(&p.state) == PoolState::Terminated {
            break;
        }
        interp.allow_threads(State::WaitingLock, || crate::host::clock::sleep_ms(5.0));
        interp.check_interrupt()?;
    }
    if let Some(host) = interp.rt.processes.clone() {
        for worker in &p.workers {
            // None: no more tasks.
            host.send(worker.pid, transfer::encode(interp, &Value::None)?);
        }
    }
    for worker in &p.workers {
        let worker = worker.clone();
        interp.allow_threads(State::WaitingLock, move || worker.wait(None));
    }
    Ok(())
}

fn enter(_: &mut Interp, args: Args) -> PyResult<Value> {
    this(&args)?;
    Ok(args.positional[0].clone())
}

/// `with Pool() as pool:` ends with `terminate()`, as CPython's does.
/// A pool whose workers are all idle ends them gently (each then reports how
/// it ran, for the timeline); the program sees no difference.
fn exit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let receiver = Args::new(args.positional.into_iter().take(1).collect());
    let keep = this(&receiver)?;
    let p = pool(&keep);
    // The callbacks of calls already done run before the workers go.
    fire_callbacks(interp, p)?;
    let idle = {
        let tasks = lock(&p.dispatch.tasks);
        tasks.queued.is_empty() && tasks.running.is_empty()
    };
    if idle && *lock(&p.state) != PoolState::Terminated {
        wait_for_workers(interp, p)?;
        *lock(&p.state) = PoolState::Terminated;
    } else {
        terminate(interp, receiver)?;
    }
    Ok(Value::Bool(false))
}

pub static POOL_METHODS: &[Builtin] = &[
    builtin!("Pool.map", map),
    builtin!("Pool.starmap", starmap),
    builtin!("Pool.apply", apply),
    builtin!("Pool.apply_async", apply_async),
    builtin!("Pool.map_async", map_async),
    builtin!("Pool.starmap_async", starmap_async),
    builtin!("Pool.imap", imap),
    builtin!("Pool.imap_unordered", imap_unordered),
    builtin!("Pool.close", close),
    builtin!("Pool.terminate", terminate),
    builtin!("Pool.join", join),
    builtin!("Pool.__enter__", enter),
    builtin!("Pool.__exit__", exit),
];

pub static ASYNC_RESULT_METHODS: &[Builtin] = &[
    builtin!("ApplyResult.get", async_get),
    builtin!("ApplyResult.ready", async_ready),
    builtin!("ApplyResult.successful", async_successful),
    builtin!("ApplyResult.wait", async_wait),
];

/// A `concurrent.futures.ProcessPoolExecutor`: a pool of `SpawnProcess-N`
/// workers. A submitted call runs when it is submitted; its future is done
/// when `submit` returns.
#[derive(Debug)]
pub struct ProcessExecutor {
    pool: Pool,
}

impl Native for ProcessExecutor {
    fn type_name(&self) -> &'static str {
        "ProcessPoolExecutor"
    }

    fn methods(&self) -> &'static [Builtin] {
        EXECUTOR_METHODS
    }

    fn repr(&self) -> String {
        "<concurrent.futures.process.ProcessPoolExecutor object>".into()
    }
}

fn executor(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<ProcessExecutor>() => Ok(n.clone()),
        _ => Err(type_error(
            "descriptor requires a 'ProcessPoolExecutor' object",
        )),
    }
}

fn executor_pool(native: &Arc<dyn Native>) -> &Pool {
    &native
        .as_any()
        .downcast_ref::<ProcessExecutor>()
        .expect("checked by `executor`")
        .pool
}

/// `ProcessPoolExecutor(max_workers=None, mp_context=None, initializer=None, initargs=())`
pub fn executor_new(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let mut positional = std::mem::take(&mut args.positional).into_iter();
    let max_workers = args.keyword("max_workers").or_else(|| positional.next());
    let _context = args.keyword("mp_context").or_else(|| positional.next());
    let initializer = args.keyword("initializer").or_else(|| positional.next());
    let initargs = args.keyword("initargs").or_else(|| positional.next());
    let _ = args.keyword("max_tasks_per_child");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "ProcessPoolExecutor.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    let count = worker_count(max_workers, "max_workers must be greater than 0")?;
    let initargs = initargs_of(interp, initargs)?;
    let pool = start_pool(
        interp,
        count,
        initializer.unwrap_or(Value::None),
        initargs,
        "SpawnProcess",
    )?;
    Ok(Value::Native(Arc::new(ProcessExecutor { pool })))
}

/// `executor.submit(fn, /, *args, **kwargs)`: a future, done.
fn submit(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let keep = executor(&args)?;
    if args.positional.len() < 2 {
        return Err(type_error("submit expected at least 1 argument, got 0"));
    }
    let function = args.positional[1].clone();
    let call_args = Value::tuple(args.positional.split_off(2));
    let kwargs = interp.new_dict();
    for (name, value) in std::mem::take(&mut args.keywords) {
        interp.dict_set(&kwargs, Value::Str(name), value)?;
    }
    match *lock(&executor_pool(&keep).state) {
        PoolState::Open => {}
        PoolState::Terminated => {
            return Err(PyErr::new(
                ExcType::BrokenProcessPool,
                "A child process terminated abruptly, the process pool is not usable anymore",
            ))
        }
        PoolState::Closed => {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "cannot schedule new futures after shutdown",
            ))
        }
    }
    let item = Value::tuple(vec![call_args, kwargs]);
    let pool = executor_pool(&keep);
    let sent = submit_tasks(
        interp,
        pool,
        &function,
        vec![item],
        Some(1),
        CALL_APPLY,
        true,
    );
    match sent {
        Ok(mut futures) => Ok(Value::Native(
            futures.pop().unwrap_or_else(PyFuture::pending),
        )),
        // A call that cannot be sent (a lambda, say) fails at result(), as in CPython.
        Err(error) if error.kind() != Some(ExcType::BrokenProcessPool) => {
            let future = PyFuture::pending();
            future.finish_deferred(Deferred {
                failed: true,
                make: Box::new(move |_| Err(error)),
            });
            Ok(Value::Native(future))
        }
        Err(error) => Err(error),
    }
}

/// `executor.map(fn, *iterables, timeout=None, chunksize=1)`: an iterator over the results.
fn executor_map(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let _ = args.keyword("timeout");
    let chunksize = match args.keyword("chunksize") {
        None | Some(Value::None) => 1,
        Some(Value::Int(n)) if n >= 1 => usize::try_from(n).unwrap_or(1),
        Some(_) => return Err(PyErr::new(ExcType::ValueError, "chunksize must be >= 1.")),
    };
    let keep = executor(&args)?;
    if args.positional.len() < 2 {
        return Err(type_error("map() missing required argument: 'fn'"));
    }
    let function = args.positional[1].clone();
    let mut columns = Vec::new();
    for iterable in &args.positional[2..] {
        columns.push(interp.collect(iterable)?);
    }
    let rows = columns.iter().map(Vec::len).min().unwrap_or(0);
    let items = (0..rows)
        .map(|i| Value::tuple(columns.iter().map(|c| c[i].clone()).collect()))
        .collect();
    let futures = submit_tasks(
        interp,
        executor_pool(&keep),
        &function,
        items,
        Some(chunksize),
        CALL_STAR,
        false,
    )?;
    Ok(Iter::Native(Arc::new(ImapResults {
        futures: Mutex::new(futures),
        ready: Mutex::new(VecDeque::new()),
        ordered: true,
    }))
    .value())
}

/// `executor.shutdown(wait=True, *, cancel_futures=False)`
fn executor_shutdown(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let cancel_futures = args.flag(interp, "cancel_futures", None, false)?;
    let wait = args
        .keyword("wait")
        .or_else(|| args.positional.get(1).cloned());
    let keep = executor(&args)?;
    let p = executor_pool(&keep);
    {
        let mut state = lock(&p.state);
        if *state != PoolState::Open {
            return Ok(Value::None);
        }
        *state = PoolState::Closed;
    }
    if cancel_futures {
        p.dispatch.cancel_queued();
    }
    if !matches!(wait, Some(Value::Bool(false))) {
        wait_for_workers(interp, p)?;
    }
    Ok(Value::None)
}

pub static EXECUTOR_METHODS: &[Builtin] = &[
    builtin!("ProcessPoolExecutor.submit", submit),
    builtin!("ProcessPoolExecutor.map", executor_map),
    builtin!("ProcessPoolExecutor.shutdown", executor_shutdown),
    builtin!("ProcessPoolExecutor.__enter__", |_, a| Ok(a
        .positional
        .first()
        .cloned()
        .unwrap_or(Value::None))),
    builtin!("ProcessPoolExecutor.__exit__", |interp, a| {
        let receiver = Args::new(a.positional.into_iter().take(1).collect());
        executor_shutdown(interp, receiver)?;
        Ok(Value::Bool(false))
    }),
];
