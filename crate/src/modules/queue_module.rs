//! Python's `queue.Queue`: a FIFO shared by threads; `get` and a full `put`
//! wait with the GIL released, as in CPython.

use crate::builtin;
use crate::host::pause::Condvar;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::{lock, Native, Value};
use crate::runtime::Interp;

/// A `queue.Queue`.
#[derive(Debug)]
pub struct PyQueue {
    /// 0: unbounded.
    maxsize: usize,
    state: Mutex<QueueState>,
    changed: Condvar,
}

#[derive(Debug, Default)]
struct QueueState {
    items: VecDeque<Value>,
    /// Items put and not yet marked done (`task_done`), for `join`.
    unfinished: usize,
}

impl Native for PyQueue {
    fn type_name(&self) -> &'static str {
        "Queue"
    }

    fn methods(&self) -> &'static [Builtin] {
        QUEUE_METHODS
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        let count = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
        match name {
            "maxsize" => Some(count(self.maxsize)),
            "unfinished_tasks" => Some(count(lock(&self.state).unfinished)),
            _ => None,
        }
    }

    fn repr(&self) -> String {
        "<queue.Queue object>".into()
    }
}

/// The queue a method was called on.
fn this(args: &Args) -> PyResult<Arc<PyQueue>> {
    match args.positional.first() {
        Some(Value::Native(n)) => n
            .clone()
            .into_any()
            .downcast::<PyQueue>()
            .map_err(|_| type_error("not a Queue")),
        _ => Err(type_error("descriptor requires a 'Queue' object")),
    }
}

/// `block` and `timeout` of `get`/`put` (positional after `skip`, or by keyword).
fn block_timeout(
    interp: &mut Interp,
    args: &mut Args,
    skip: usize,
) -> PyResult<(bool, Option<f64>)> {
    let block = args.flag(interp, "block", Some(skip), true)?;
    let timeout = args.timeout(skip + 1)?;
    if timeout.is_some_and(|t| t < 0.0) {
        return Err(PyErr::new(
            ExcType::ValueError,
            "'timeout' must be a non-negative number",
        ));
    }
    Ok((block, timeout))
}

fn put(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let q = this(&args)?;
    let (block, timeout) = block_timeout(interp, &mut args, 2)?;
    let Some(item) = args.positional.get(1).cloned() else {
        return Err(type_error(
            "Queue.put() missing 1 required positional argument: 'item'",
        ));
    };
    let full = |s: &QueueState| q.maxsize > 0 && s.items.len() >= q.maxsize;
    if full(&lock(&q.state))
        && (!block || !interp.wait_until(&q.state, &q.changed, timeout, |s| !full(s))?)
    {
        return Err(PyErr::bare(ExcType::QueueFull));
    }
    {
        let mut s = lock(&q.state);
        s.items.push_back(item);
        s.unfinished += 1;
    }
    q.changed.notify_all();
    Ok(Value::None)
}

fn get(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let q = this(&args)?;
    let (block, timeout) = block_timeout(interp, &mut args, 1)?;
    loop {
        if let Some(item) = lock(&q.state).items.pop_front() {
            q.changed.notify_all();
            return Ok(item);
        }
        if !block || !interp.wait_until(&q.state, &q.changed, timeout, |s| !s.items.is_empty())? {
            return Err(PyErr::bare(ExcType::QueueEmpty));
        }
    }
}

fn task_done(_: &mut Interp, args: Args) -> PyResult<Value> {
    let q = this(&args)?;
    let mut s = lock(&q.state);
    if s.unfinished == 0 {
        return Err(PyErr::new(
            ExcType::ValueError,
            "task_done() called too many times",
        ));
    }
    s.unfinished -= 1;
    drop(s);
    q.changed.notify_all();
    Ok(Value::None)
}

fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let q = this(&args)?;
    interp.wait_until(&q.state, &q.changed, None, |s| s.unfinished == 0)?;
    Ok(Value::None)
}

/// Methods of `Queue` objects.
pub static QUEUE_METHODS: &[Builtin] = &[
    builtin!("Queue.put", put),
    builtin!("Queue.get", get),
    builtin!("Queue.put_nowait", |interp, a| {
        let mut positional = a.positional;
        positional.push(Value::Bool(false));
        put(interp, Args::new(positional))
    }),
    builtin!("Queue.get_nowait", |interp, a| {
        let mut positional = a.positional;
        positional.push(Value::Bool(false));
        get(interp, Args::new(positional))
    }),
    builtin!("Queue.task_done", task_done),
    builtin!("Queue.join", join),
    builtin!("Queue.qsize", |_, a| Ok(Value::Int(
        i64::try_from(lock(&this(&a)?.state).items.len()).unwrap_or(0)
    ))),
    builtin!("Queue.empty", |_, a| Ok(Value::Bool(
        lock(&this(&a)?.state).items.is_empty()
    ))),
    builtin!("Queue.full", |_, a| {
        let q = this(&a)?;
        let full = q.maxsize > 0 && lock(&q.state).items.len() >= q.maxsize;
        Ok(Value::Bool(full))
    }),
];

fn new_queue(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let maxsize = args
        .keyword("maxsize")
        .or_else(|| args.positional.first().cloned());
    let maxsize = match maxsize {
        None => 0,
        Some(Value::Int(n)) => usize::try_from(n.max(0)).unwrap_or(0),
        Some(other) => {
            return Err(type_error(format!(
                "maxsize must be an int, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::Native(Arc::new(PyQueue {
        maxsize,
        state: Mutex::new(QueueState::default()),
        changed: Condvar::new(),
    })))
}

#[must_use]
pub fn module() -> Arc<Module> {
    static FUNCTIONS: &[Builtin] = &[builtin!(type "Queue", new_queue, methods QUEUE_METHODS)];
    let m = Module::with_functions("_queue", FUNCTIONS);
    {
        let mut names = m.names_mut();
        names.insert("Empty".into(), Value::ExcType(ExcType::QueueEmpty));
        names.insert("Full".into(), Value::ExcType(ExcType::QueueFull));
    }
    m
}
