//! `multiprocessing.Queue`, `JoinableQueue` and `SimpleQueue`: a ring of
//! encoded items (`runtime::transfer`, as pickled items travel in a pipe) in
//! the memory the program's processes share (`host::shared_region`), behind a
//! short mutex. Who waits (an empty `get`, a full `put`, `join`) sleeps on
//! the queue's change counter with the GIL released.
//!
//! The ring holds `RING_BYTES`; an unbounded queue whose ring is full makes
//! `put` wait, as a full pipe does in CPython.

use std::sync::Arc;

use crate::builtin;
use crate::host::shared_region as region;
use crate::runtime::blocking::Attempt;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::transfer;
use crate::runtime::value::{Native, Reduce, Value};
use crate::runtime::Interp;

use super::multiprocessing_sync::region_alloc;

/// The bytes of encoded items one queue holds at once.
const RING_BYTES: u32 = 1 << 20;

// The queue's words, from its first.
const MUTEX: u32 = 0;
const CHANGES: u32 = 1;
const COUNT: u32 = 2;
const HEAD: u32 = 3;
const USED: u32 = 4;
const MAXSIZE: u32 = 5;
const UNFINISHED: u32 = 6;
/// A pipe's ring: how many connections in any process may still send to it.
const WRITERS: u32 = 7;
const HEADER_BYTES: u32 = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Queue,
    Joinable,
    Simple,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Queue => "Queue",
            Kind::Joinable => "JoinableQueue",
            Kind::Simple => "SimpleQueue",
        }
    }
}

/// A queue: its header words, then its ring.
#[derive(Debug)]
pub struct SharedQueue {
    kind: Kind,
    /// Byte offset of the header.
    at: u32,
}

/// Bytes a record of `len` bytes takes in the ring: its length, then it,
/// padded to a word.
fn record_bytes(len: usize) -> Option<u32> {
    let len = u32::try_from(len).ok()?;
    Some(4 + len.checked_add(3)? / 4 * 4)
}

impl SharedQueue {
    fn word(&self, field: u32) -> u32 {
        self.at / 4 + field
    }

    fn ring(&self) -> u32 {
        self.at + HEADER_BYTES
    }

    fn load(&self, field: u32) -> i32 {
        region::load(self.word(field))
    }

    fn field(&self, field: u32) -> u32 {
        u32::try_from(self.load(field)).unwrap_or(0)
    }

    /// Runs `f` holding the queue's mutex (held only for a copy).
    fn with_mutex<T>(&self, f: impl FnOnce() -> T) -> T {
        let mutex = self.word(MUTEX);
        while region::compare_exchange(mutex, 0, 1) != 0 {
            region::wait(mutex, 1, 1.0);
        }
        let result = f();
        region::store(mutex, 0);
        region::notify(mutex, 1);
        result
    }

    /// Tells every waiter that the queue changed.
    fn changed(&self) {
        region::add(self.word(CHANGES), 1);
        region::notify(self.word(CHANGES), u32::MAX);
    }

    fn wait_for_change(&self) -> Attempt<Vec<u8>> {
        Attempt::Wait {
            word: self.word(CHANGES),
            seen: self.load(CHANGES),
        }
    }

    /// Copies `bytes` into the ring at ring position `pos`, wrapping round.
    fn ring_write(&self, pos: u32, bytes: &[u8]) {
        let first = ((RING_BYTES - pos) as usize).min(bytes.len());
        region::write(self.ring() + pos, &bytes[..first]);
        if first < bytes.len() {
            region::write(self.ring(), &bytes[first..]);
        }
    }

    fn ring_read(&self, pos: u32, out: &mut [u8]) {
        let first = ((RING_BYTES - pos) as usize).min(out.len());
        region::read(self.ring() + pos, &mut out[..first]);
        if first < out.len() {
            region::read(self.ring(), &mut out[first..]);
        }
    }

    /// One try to add `item` (its record takes `needed` bytes).
    fn try_put(&self, item: &[u8], needed: u32) -> Attempt<Vec<u8>> {
        // A change made between the look and the sleep makes the sleep return at once.
        let before = self.wait_for_change();
        let done = self.with_mutex(|| {
            let count = self.field(COUNT);
            let maxsize = self.field(MAXSIZE);
            let used = self.field(USED);
            if (maxsize > 0 && count >= maxsize) || used + needed > RING_BYTES {
                return false;
            }
            let tail = (self.field(HEAD) + used) % RING_BYTES;
            let len = u32::try_from(item.len()).unwrap_or(0);
            self.ring_write(tail, &len.to_le_bytes());
            self.ring_write((tail + 4) % RING_BYTES, item);
            region::store(self.word(USED), i32::try_from(used + needed).unwrap_or(0));
            region::add(self.word(COUNT), 1);
            region::add(self.word(UNFINISHED), 1);
            true
        });
        if done {
            self.changed();
            Attempt::Done(Vec::new())
        } else {
            before
        }
    }

    /// One try to take the first item.
    fn try_get(&self) -> Attempt<Vec<u8>> {
        let before = self.wait_for_change();
        let taken = self.with_mutex(|| {
            if self.field(COUNT) == 0 {
                return None;
            }
            let head = self.field(HEAD);
            let mut len = [0; 4];
            self.ring_read(head, &mut len);
            let len = u32::from_le_bytes(len);
            let mut item = vec![0; len as usize];
            self.ring_read((head + 4) % RING_BYTES, &mut item);
            let needed = record_bytes(item.len()).unwrap_or(4);
            let head = (head + needed) % RING_BYTES;
            region::store(self.word(HEAD), i32::try_from(head).unwrap_or(0));
            region::add(self.word(USED), -i32::try_from(needed).unwrap_or(0));
            region::add(self.word(COUNT), -1);
            Some(item)
        });
        match taken {
            Some(item) => {
                self.changed();
                Attempt::Done(item)
            }
            None => before,
        }
    }
}

impl Native for SharedQueue {
    fn type_name(&self) -> &'static str {
        self.kind.name()
    }

    fn methods(&self) -> &'static [Builtin] {
        match self.kind {
            Kind::Queue => QUEUE_METHODS,
            Kind::Joinable => JOINABLE_METHODS,
            Kind::Simple => SIMPLE_METHODS,
        }
    }

    fn repr(&self) -> String {
        format!(
            "<multiprocessing.queues.{} object at 0x{:012x}>",
            self.kind.name(),
            self.at
        )
    }

    fn reduce(&self) -> Option<Reduce> {
        let kind = match self.kind {
            Kind::Queue => 0,
            Kind::Joinable => 1,
            Kind::Simple => 2,
        };
        Some(Reduce {
            module: "multiprocessing",
            function: "_rebuild_queue",
            args: vec![Value::Int(kind), Value::Int(i64::from(self.at))],
            inherit_only: Some(self.kind.name()),
        })
    }
}

fn this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<SharedQueue>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires a multiprocessing queue")),
    }
}

fn queue(native: &Arc<dyn Native>) -> &SharedQueue {
    native
        .as_any()
        .downcast_ref::<SharedQueue>()
        .expect("checked by `this`")
}

/// `block` (positional `index` or keyword) and `timeout` (the next).
fn block_and_timeout(
    interp: &mut Interp,
    args: &mut Args,
    index: usize,
) -> PyResult<(bool, Option<f64>)> {
    let timeout = args.timeout(index + 1)?;
    let block = args.flag(interp, "block", Some(index), true)?;
    Ok((block, timeout))
}

/// `put(obj, block=True, timeout=None)`
fn put(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let item = args
        .keyword("obj")
        .or_else(|| args.positional.get(1).cloned())
        .ok_or_else(|| type_error("put() missing 1 required positional argument: 'obj'"))?;
    let (block, timeout) = block_and_timeout(interp, &mut args, 2)?;
    let keep = this(&args)?;
    match put_item(interp, queue(&keep), &item, block, timeout)? {
        true => Ok(Value::None),
        false => Err(PyErr::bare(ExcType::QueueFull)),
    }
}

/// Puts `item` in `q`, waiting for room (if `block`) at most `timeout`
/// seconds: whether it went in.
///
/// # Errors
/// An item that cannot be pickled, or that is larger than a queue holds;
/// KeyboardInterrupt (Stop).
pub(super) fn put_item(
    interp: &mut Interp,
    q: &SharedQueue,
    item: &Value,
    block: bool,
    timeout: Option<f64>,
) -> PyResult<bool> {
    let bytes = interp.transferring(|i| transfer::encode(i, item))?;
    // What was printed before shows before what the taker prints after.
    interp.rt.flush_output();
    let needed = record_bytes(bytes.len())
        .filter(|n| *n <= RING_BYTES)
        .ok_or_else(|| {
            PyErr::new(
                ExcType::ValueError,
                format!(
                    "an item of {} bytes is more than a multiprocessing queue here holds ({} MB)",
                    bytes.len(),
                    RING_BYTES >> 20
                ),
            )
        })?;
    let done = if block {
        interp.wait_in_region(timeout, || q.try_put(&bytes, needed))?
    } else {
        match q.try_put(&bytes, needed) {
            Attempt::Done(nothing) => Some(nothing),
            Attempt::Wait { .. } => None,
        }
    };
    Ok(done.is_some())
}

/// `get(block=True, timeout=None)`
fn get(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let (block, timeout) = block_and_timeout(interp, &mut args, 1)?;
    let keep = this(&args)?;
    get_item(interp, queue(&keep), block, timeout)?.ok_or_else(|| PyErr::bare(ExcType::QueueEmpty))
}

/// Takes the first item of `q`, waiting for one (if `block`) at most
/// `timeout` seconds.
///
/// # Errors
/// KeyboardInterrupt (Stop); an item this process cannot make again.
pub(super) fn get_item(
    interp: &mut Interp,
    q: &SharedQueue,
    block: bool,
    timeout: Option<f64>,
) -> PyResult<Option<Value>> {
    let taken = if block {
        interp.wait_in_region(timeout, || q.try_get())?
    } else {
        match q.try_get() {
            Attempt::Done(item) => Some(item),
            Attempt::Wait { .. } => None,
        }
    };
    match taken {
        Some(bytes) => interp
            .transferring(|i| transfer::decode(i, &bytes))
            .map(Some),
        None => Ok(None),
    }
}

/// Whether `q` has an item, waiting for one at most `timeout` seconds (`poll`).
///
/// # Errors
/// KeyboardInterrupt (Stop).
pub(super) fn wait_for_item(
    interp: &mut Interp,
    q: &SharedQueue,
    timeout: Option<f64>,
) -> PyResult<bool> {
    let ready = interp.wait_in_region(timeout, || {
        let before = q.wait_for_change();
        if q.load(COUNT) > 0 {
            Attempt::Done(Vec::new())
        } else {
            before
        }
    })?;
    Ok(ready.is_some())
}

/// A new queue of no bound, for a pipe's direction.
///
/// # Errors
/// As `region_alloc`.
pub(super) fn new_ring() -> PyResult<SharedQueue> {
    let at = region_alloc(HEADER_BYTES + RING_BYTES)?;
    Ok(SharedQueue {
        kind: Kind::Simple,
        at,
    })
}

/// The queue at byte offset `at` (a pipe's, sent to this process).
pub(super) fn ring_at(at: u32) -> SharedQueue {
    SharedQueue {
        kind: Kind::Simple,
        at,
    }
}

impl SharedQueue {
    /// Where it is in the shared region (to send it to another process).
    pub(super) fn offset(&self) -> u32 {
        self.at
    }

    /// Counts `n` more (or, negative, fewer) connections that send to this
    /// pipe's ring, and wakes its receivers (that may now see its end).
    pub(super) fn add_writers(&self, n: i32) {
        region::add(self.word(WRITERS), n);
        self.changed();
    }

    /// The first item, or `Done(None)` when the ring is empty and nothing
    /// may send to it any more (the end of the pipe: EOFError).
    pub(super) fn try_get_or_end(&self) -> Attempt<Option<Vec<u8>>> {
        // Read before taking: a sender's last item goes in before its count
        // goes down, so an empty ring seen after no senders stays empty.
        let no_writers = self.load(WRITERS) <= 0;
        match self.try_get() {
            Attempt::Done(item) => Attempt::Done(Some(item)),
            Attempt::Wait { .. } if no_writers => Attempt::Done(None),
            Attempt::Wait { word, seen } => Attempt::Wait { word, seen },
        }
    }
}

fn put_nowait(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut args = Args::new(args.positional.into_iter().take(2).collect());
    args.positional.push(Value::Bool(false));
    put(interp, args)
}

fn get_nowait(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = Args::new(vec![args.positional[0].clone(), Value::Bool(false)]);
    get(interp, args)
}

fn qsize(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    Ok(Value::Int(i64::from(queue(&keep).load(COUNT))))
}

fn empty(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    Ok(Value::Bool(queue(&keep).load(COUNT) == 0))
}

fn full(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let q = queue(&keep);
    let maxsize = q.field(MAXSIZE);
    Ok(Value::Bool(maxsize > 0 && q.field(COUNT) >= maxsize))
}

/// `task_done()` (JoinableQueue)
fn task_done(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    interp.rt.flush_output();
    let q = queue(&keep);
    let ok = q.with_mutex(|| {
        if q.load(UNFINISHED) <= 0 {
            return false;
        }
        region::add(q.word(UNFINISHED), -1);
        true
    });
    if !ok {
        return Err(PyErr::new(
            ExcType::ValueError,
            "task_done() called too many times",
        ));
    }
    q.changed();
    Ok(Value::None)
}

/// `join()` (JoinableQueue): until every item put has had its `task_done()`.
fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let q = queue(&keep);
    interp.wait_in_region(None, || {
        let before = q.wait_for_change();
        if q.load(UNFINISHED) == 0 {
            Attempt::Done(Vec::new())
        } else {
            before
        }
    })?;
    Ok(Value::None)
}

fn nothing(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn new_queue(kind: Kind, args: &mut Args) -> PyResult<Value> {
    let maxsize = match args
        .keyword("maxsize")
        .or_else(|| args.positional.first().cloned())
    {
        None => 0,
        Some(Value::Int(n)) => n.max(0),
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let at = region_alloc(HEADER_BYTES + RING_BYTES)?;
    let q = SharedQueue { kind, at };
    region::store(q.word(MAXSIZE), i32::try_from(maxsize).unwrap_or(i32::MAX));
    Ok(Value::Native(Arc::new(q)))
}

/// `_rebuild_queue(kind, at)`: a queue sent to this process.
fn rebuild(_: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.as_slice() {
        [Value::Int(kind), Value::Int(at)] => {
            let kind = match kind {
                0 => Kind::Queue,
                1 => Kind::Joinable,
                _ => Kind::Simple,
            };
            let at = u32::try_from(*at).map_err(|_| type_error("bad offset"))?;
            Ok(Value::Native(Arc::new(SharedQueue { kind, at })))
        }
        _ => Err(type_error("_rebuild_queue(kind, at)")),
    }
}

static QUEUE_METHODS: &[Builtin] = &[
    builtin!("Queue.put", put),
    builtin!("Queue.get", get),
    builtin!("Queue.put_nowait", put_nowait),
    builtin!("Queue.get_nowait", get_nowait),
    builtin!("Queue.qsize", qsize),
    builtin!("Queue.empty", empty),
    builtin!("Queue.full", full),
    builtin!("Queue.close", nothing),
    builtin!("Queue.join_thread", nothing),
    builtin!("Queue.cancel_join_thread", nothing),
];

static JOINABLE_METHODS: &[Builtin] = &[
    builtin!("JoinableQueue.put", put),
    builtin!("JoinableQueue.get", get),
    builtin!("JoinableQueue.put_nowait", put_nowait),
    builtin!("JoinableQueue.get_nowait", get_nowait),
    builtin!("JoinableQueue.qsize", qsize),
    builtin!("JoinableQueue.empty", empty),
    builtin!("JoinableQueue.full", full),
    builtin!("JoinableQueue.close", nothing),
    builtin!("JoinableQueue.join_thread", nothing),
    builtin!("JoinableQueue.cancel_join_thread", nothing),
    builtin!("JoinableQueue.task_done", task_done),
    builtin!("JoinableQueue.join", join),
];

static SIMPLE_METHODS: &[Builtin] = &[
    builtin!("SimpleQueue.put", put),
    builtin!("SimpleQueue.get", get),
    builtin!("SimpleQueue.empty", empty),
    builtin!("SimpleQueue.close", nothing),
];

/// The module functions that make these objects.
pub static FUNCTIONS: &[Builtin] = &[
    builtin!(type "Queue", |_, mut a| new_queue(Kind::Queue, &mut a), methods QUEUE_METHODS),
    builtin!(type "JoinableQueue", |_, mut a| new_queue(Kind::Joinable, &mut a), methods JOINABLE_METHODS),
    builtin!(type "SimpleQueue", |_, mut a| new_queue(Kind::Simple, &mut a), methods SIMPLE_METHODS),
    builtin!("_rebuild_queue", rebuild),
];
