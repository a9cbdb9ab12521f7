//! `multiprocessing.Pool`: worker processes (`SpawnPoolWorker-N`) that take
//! tasks from their parent and send back results (`runtime::process`'s pool
//! worker). A call splits its items into chunks, gives each idle worker one,
//! and the next as it finishes, until every chunk is back.
//!
//! The `_async` methods and `imap` compute their results when called (as the
//! blocking methods do) and hand back an object that holds them.

use crate::builtin;
use std::sync::{Arc, Mutex};

use crate::host::processes::{Child, Mailbox};
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::process::{CALL_APPLY, CALL_ONE, CALL_STAR};
use crate::runtime::transfer;
use crate::runtime::value::{lock, Native, Value};
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
    /// Where every worker's results arrive.
    results: Arc<Mailbox>,
    state: Mutex<PoolState>,
    /// A `ProcessPoolExecutor`'s (its errors are CPython's executor's).
    executor: bool,
    /// One call at a time hands out tasks and collects their results.
    busy: Mutex<u64>,
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
/// `initializer(*initargs)` first.
fn start_pool(
    interp: &mut Interp,
    count: usize,
    initializer: Value,
    initargs: Value,
    prefix: &str,
) -> PyResult<Pool> {
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
        let number = interp
            .rt
            .next_process_name
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("{prefix}-{number}");
        workers.push(interp.start_child(&name, &bootstrap, true, results.clone())?);
    }
    Ok(Pool {
        workers,
        results,
        state: Mutex::new(PoolState::Open),
        executor: prefix == "SpawnProcess",
        busy: Mutex::new(0),
    })
}

/// Runs `function` over `items` on the pool's workers, `chunksize` items a
/// task, each called as `mode` says: the results in order, or the first
/// task's exception.
fn run(
    interp: &mut Interp,
    pool: &Pool,
    function: &Value,
    items: Vec<Value>,
    chunksize: Option<usize>,
    mode: i64,
) -> PyResult<Vec<Value>> {
    match *lock(&pool.state) {
        PoolState::Open => {}
        PoolState::Terminated if pool.executor => {
            return Err(PyErr::new(
                ExcType::BrokenProcessPool,
                "A child process terminated abruptly, the process pool is not usable anymore",
            ))
        }
        _ => return Err(PyErr::new(ExcType::ValueError, "Pool not running")),
    }
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let Some(host) = interp.rt.processes.clone() else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "can't start a process here",
        ));
    };
    // CPython's default: about four chunks a worker.
    let chunksize = chunksize.unwrap_or_else(|| {
        let per = items.len().div_ceil(pool.workers.len() * 4);
        per.max(1)
    });
    let chunks: Vec<Vec<Value>> = items.chunks(chunksize).map(<[Value]>::to_vec).collect();
    // Encoded up front: a function or item that cannot be sent fails here.
    let mut tasks = Vec::with_capacity(chunks.len());
    let mut serial = lock(&pool.busy);
    for chunk in chunks {
        *serial += 1;
        let id = i64::try_from(*serial).unwrap_or(i64::MAX);
        let task = Value::tuple(vec![
            Value::Int(id),
            function.clone(),
            Value::list(chunk),
            Value::Int(mode),
        ]);
        tasks.push((id, transfer::encode(interp, &task)?));
    }
    let first_id = tasks.first().map_or(0, |(id, _)| *id);
    let mut results: Vec<Option<Vec<Value>>> = vec![None; tasks.len()];
    let mut failure: Option<PyErr> = None;
    let mut pending = tasks.into_iter();
    // The workers with a task, by number: each has one at a time.
    let mut busy: Vec<u32> = Vec::new();
    for worker in &pool.workers {
        let Some((_, bytes)) = pending.next() else {
            break;
        };
        host.send(worker.pid, bytes);
        busy.push(worker.pid);
    }
    while !busy.is_empty() {
        let inbox = pool.results.clone();
        let message = interp.allow_threads(State::WaitingLock, || inbox.take(Some(250.0)));
        interp.check_interrupt()?;
        let Some(message) = message else {
            // A worker that ended with a task (it crashed, or ran out of
            // memory) will never answer.
            let died = pool
                .workers
                .iter()
                .find(|w| busy.contains(&w.pid) && w.exitcode().is_some());
            if let Some(worker) = died {
                let code = worker.exitcode().unwrap_or(1);
                *lock(&pool.state) = PoolState::Terminated;
                return Err(broken(pool.executor, code));
            }
            continue;
        };
        let reply = transfer::decode(interp, &message)?;
        let Value::Tuple(reply) = reply else { continue };
        let [Value::Int(id), Value::Int(pid), Value::Bool(ok), payload] = &reply[..] else {
            continue;
        };
        let pid = u32::try_from(*pid).unwrap_or(0);
        busy.retain(|p| *p != pid);
        let at = usize::try_from(id - first_id).unwrap_or(usize::MAX);
        if *ok {
            if let Some(slot) = results.get_mut(at) {
                *slot = Some(interp.collect(payload)?);
            }
        } else if failure.is_none() {
            failure = Some(remote_error(interp, payload));
        }
        if let Some((_, bytes)) = pending.next() {
            host.send(pid, bytes);
            busy.push(pid);
        }
    }
    drop(serial);
    if let Some(error) = failure {
        return Err(error);
    }
    Ok(results.into_iter().flatten().flatten().collect())
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

/// The exception a worker sent: raised here with its class and arguments.
fn remote_error(interp: &mut Interp, payload: &Value) -> PyErr {
    let Value::Tuple(parts) = payload else {
        return PyErr::new(ExcType::RuntimeError, "a worker failed");
    };
    let [Value::Str(kind), args, _traceback] = &parts[..] else {
        return PyErr::new(ExcType::RuntimeError, "a worker failed");
    };
    let class = interp
        .builtins
        .get(&**kind)
        .cloned()
        .unwrap_or(Value::ExcType(ExcType::Exception));
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

/// `pool.map(func, iterable, chunksize=None)` and `starmap` (`mode`).
fn map_with(interp: &mut Interp, mut args: Args, mode: i64) -> PyResult<Vec<Value>> {
    let chunksize = chunksize_of(&mut args, 3)?;
    let callback = args.keyword("callback");
    let error_callback = args.keyword("error_callback");
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
    let outcome = run(interp, pool(&keep), &function, items, chunksize, mode);
    after(
        interp,
        outcome.as_ref().map(|v| Value::list(v.clone())),
        callback,
        error_callback,
    );
    outcome
}

/// Calls `callback(result)` or `error_callback(exception)`, as the async methods do.
fn after(
    interp: &mut Interp,
    outcome: Result<Value, &PyErr>,
    callback: Option<Value>,
    error_callback: Option<Value>,
) {
    match (outcome, callback, error_callback) {
        (Ok(value), Some(callback), _) => {
            let _ = interp.call(&callback, Args::new(vec![value]));
        }
        (Err(error), _, Some(error_callback)) => {
            let _ = interp.call(&error_callback, Args::new(vec![error.value.clone()]));
        }
        _ => {}
    }
}

fn map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::list(map_with(interp, args, CALL_ONE)?))
}

fn starmap(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::list(map_with(interp, args, CALL_STAR)?))
}

/// `pool.apply(func, args=(), kwds={})`: the result of one call, in a worker.
fn apply_outcome(
    interp: &mut Interp,
    mut args: Args,
) -> (PyResult<Value>, Option<Value>, Option<Value>) {
    let callback = args.keyword("callback");
    let error_callback = args.keyword("error_callback");
    let outcome = (|| {
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
        let mut results = run(
            interp,
            pool(&keep),
            &function,
            vec![item],
            Some(1),
            CALL_APPLY,
        )?;
        Ok(results.pop().unwrap_or(Value::None))
    })();
    (outcome, callback, error_callback)
}

fn apply(interp: &mut Interp, args: Args) -> PyResult<Value> {
    apply_outcome(interp, args).0
}

/// The object the `_async` methods hand back: what the call gave, already.
#[derive(Debug)]
pub struct AsyncResult {
    outcome: Mutex<Result<Value, Value>>,
}

impl Native for AsyncResult {
    fn type_name(&self) -> &'static str {
        "ApplyResult"
    }

    fn methods(&self) -> &'static [Builtin] {
        ASYNC_RESULT_METHODS
    }

    fn repr(&self) -> String {
        "<multiprocessing.pool.ApplyResult object>".into()
    }
}

fn async_result(
    interp: &mut Interp,
    outcome: PyResult<Value>,
    callback: Option<Value>,
    error_callback: Option<Value>,
) -> Value {
    let seen = match &outcome {
        Ok(value) => Ok(value.clone()),
        Err(error) => Err(error),
    };
    after(interp, seen, callback, error_callback);
    Value::Native(Arc::new(AsyncResult {
        outcome: Mutex::new(outcome.map_err(|e| e.value.clone())),
    }))
}

fn apply_async(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (outcome, callback, error_callback) = apply_outcome(interp, args);
    Ok(async_result(interp, outcome, callback, error_callback))
}

fn map_async_with(interp: &mut Interp, mut args: Args, mode: i64) -> PyResult<Value> {
    let callback = args.keyword("callback");
    let error_callback = args.keyword("error_callback");
    let outcome = map_with(interp, args, mode).map(Value::list);
    Ok(async_result(interp, outcome, callback, error_callback))
}

fn map_async(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_async_with(interp, args, CALL_ONE)
}

fn starmap_async(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_async_with(interp, args, CALL_STAR)
}

/// `imap` and `imap_unordered`: an iterator over the results (in order).
fn imap(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let results = Value::list(map_with(interp, args, CALL_ONE)?);
    interp.iter(&results)
}

fn async_this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<AsyncResult>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires an 'ApplyResult' object")),
    }
}

fn async_get(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = async_this(&args)?;
    let result = keep
        .as_any()
        .downcast_ref::<AsyncResult>()
        .expect("checked");
    let outcome = lock(&result.outcome).clone();
    outcome.map_err(|value| PyErr::raised(value, Vec::new()))
}

fn async_ready(_: &mut Interp, args: Args) -> PyResult<Value> {
    async_this(&args)?;
    Ok(Value::Bool(true))
}

fn async_successful(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = async_this(&args)?;
    let result = keep
        .as_any()
        .downcast_ref::<AsyncResult>()
        .expect("checked");
    let ok = lock(&result.outcome).is_ok();
    Ok(Value::Bool(ok))
}

fn async_wait(_: &mut Interp, args: Args) -> PyResult<Value> {
    async_this(&args)?;
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
    Ok(Value::None)
}

/// Tells each worker there is no more work, and waits for them to end.
fn wait_for_workers(interp: &mut Interp, p: &Pool) -> PyResult<()> {
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
fn exit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let receiver = Args::new(args.positional.into_iter().take(1).collect());
    terminate(interp, receiver)?;
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
    builtin!("Pool.imap_unordered", imap),
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
    // A call that cannot be sent (a lambda, say) fails at result(), as in CPython.
    let outcome = run(
        interp,
        executor_pool(&keep),
        &function,
        vec![item],
        Some(1),
        CALL_APPLY,
    )
    .map(|mut results| results.pop().unwrap_or(Value::None));
    Ok(super::futures_module::PyFuture::completed(outcome))
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
    let results = run(
        interp,
        executor_pool(&keep),
        &function,
        items,
        Some(chunksize),
        CALL_STAR,
    )?;
    interp.iter(&Value::list(results))
}

/// `executor.shutdown(wait=True, *, cancel_futures=False)`
fn executor_shutdown(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let _ = args.keyword("cancel_futures");
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
