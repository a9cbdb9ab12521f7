//! `multiprocessing`'s `Lock`, `RLock`, `Semaphore`, `BoundedSemaphore` and
//! `Event`: words in the memory the program's processes share
//! (`host::shared_region`), so a child that acquires a lock its parent holds
//! waits for it, wherever each runs. A waiter sleeps on the word (a futex)
//! with the GIL released; Stop wakes it.

use std::sync::Arc;

use crate::builtin;
use crate::host::shared_region as region;
use crate::runtime::blocking::Attempt;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::value::{Native, Reduce, Value};
use crate::runtime::Interp;

/// Takes `bytes` of the shared region for a new object.
///
/// # Errors
/// A page without shared memory; the region full (MemoryError).
pub fn region_alloc(bytes: u32) -> PyResult<u32> {
    if !region::available() {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "multiprocessing's shared objects (Value, Array, Lock, Queue…) need memory \
             shared between processes, which this page does not have: it is not \
             cross-origin isolated",
        ));
    }
    region::alloc(bytes).ok_or_else(|| {
        PyErr::new(
            ExcType::MemoryError,
            format!(
                "the memory shared between processes ({} MB) is full",
                region::size_bytes() >> 20
            ),
        )
    })
}

/// Bits of a lock's owner word that name the thread (the rest name the process).
const THREAD_BITS: u32 = 20;

/// Who holds a lock: this process and thread, as one non-zero word. A
/// thread's number is unique in its process (up to a million threads over a
/// program's life); a process's is its pid folded into 11 bits, so two
/// processes of a program share one only by a rare coincidence.
fn owner_id(interp: &Interp) -> i32 {
    let pid = interp.rt.identity.pid % 2039;
    let thread = (interp.rec.thread() + 1) & ((1 << THREAD_BITS) - 1);
    i32::try_from((pid << THREAD_BITS) | thread).unwrap_or(1)
}

/// `owner` as CPython's reprs name a holder.
fn owner_name(interp: &Interp, owner: i32) -> String {
    if owner == owner_id(interp) {
        let mut name = interp.rt.identity.name.clone();
        let thread = interp.thread_name();
        if thread != "MainThread" {
            name = format!("{name}|{thread}");
        }
        name
    } else if owner >> THREAD_BITS == owner_id(interp) >> THREAD_BITS {
        "SomeOtherThread".into()
    } else {
        "SomeOtherProcess".into()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Lock,
    RLock,
    Semaphore,
    BoundedSemaphore,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Lock => "Lock",
            Kind::RLock => "RLock",
            Kind::Semaphore => "Semaphore",
            Kind::BoundedSemaphore => "BoundedSemaphore",
        }
    }

    fn code(self) -> i64 {
        match self {
            Kind::Lock => 0,
            Kind::RLock => 1,
            Kind::Semaphore => 2,
            Kind::BoundedSemaphore => 3,
        }
    }

    fn of_code(code: i64) -> Option<Kind> {
        Some(match code {
            0 => Kind::Lock,
            1 => Kind::RLock,
            2 => Kind::Semaphore,
            3 => Kind::BoundedSemaphore,
            _ => return None,
        })
    }
}

/// A lock or semaphore: two words. Lock and RLock: the holder (0: free) and,
/// for an RLock, how many times it holds it. Semaphores: the value and the
/// bound (BoundedSemaphore).
#[derive(Debug)]
pub struct SharedLock {
    kind: Kind,
    /// Word index of the first word.
    word: u32,
}

impl SharedLock {
    fn make(kind: Kind, value: i32) -> PyResult<Value> {
        let at = region_alloc(8)?;
        let word = at / 4;
        if matches!(kind, Kind::Semaphore | Kind::BoundedSemaphore) {
            region::store(word, value);
            region::store(word + 1, value);
        }
        Ok(Value::Native(Arc::new(SharedLock { kind, word })))
    }

    /// A new `RLock`, as a shared value's default lock.
    ///
    /// # Errors
    /// As `region_alloc`.
    pub fn new_rlock() -> PyResult<Value> {
        SharedLock::make(Kind::RLock, 0)
    }

    /// One try to acquire, for `interp`'s thread.
    fn try_acquire(&self, me: i32) -> Attempt<()> {
        let word = self.word;
        match self.kind {
            Kind::Lock | Kind::RLock => {
                let held = region::compare_exchange(word, 0, me);
                if held == 0 {
                    region::store(word + 1, 1);
                    Attempt::Done(())
                } else if held == me && self.kind == Kind::RLock {
                    region::add(word + 1, 1);
                    Attempt::Done(())
                } else {
                    Attempt::Wait { word, seen: held }
                }
            }
            Kind::Semaphore | Kind::BoundedSemaphore => {
                let value = region::load(word);
                if value > 0 && region::compare_exchange(word, value, value - 1) == value {
                    Attempt::Done(())
                } else {
                    Attempt::Wait { word, seen: value }
                }
            }
        }
    }

    fn release(&self, interp: &Interp) -> PyResult<()> {
        let word = self.word;
        match self.kind {
            Kind::Lock => {
                if region::load(word) == 0 {
                    return Err(released_too_many_times());
                }
                region::store(word + 1, 0);
                region::store(word, 0);
                region::notify(word, 1);
            }
            Kind::RLock => {
                if region::load(word) != owner_id(interp) {
                    return Err(PyErr::new(
                        ExcType::AssertionError,
                        "attempt to release recursive lock not owned by thread",
                    ));
                }
                if region::add(word + 1, -1) == 1 {
                    region::store(word, 0);
                    region::notify(word, 1);
                }
            }
            Kind::Semaphore => {
                region::add(word, 1);
                region::notify(word, 1);
            }
            Kind::BoundedSemaphore => loop {
                let value = region::load(word);
                if value >= region::load(word + 1) {
                    return Err(released_too_many_times());
                }
                if region::compare_exchange(word, value, value + 1) == value {
                    region::notify(word, 1);
                    break;
                }
            },
        }
        Ok(())
    }
}

fn released_too_many_times() -> PyErr {
    PyErr::new(
        ExcType::ValueError,
        "semaphore or lock released too many times",
    )
}

impl Native for SharedLock {
    fn type_name(&self) -> &'static str {
        self.kind.name()
    }

    fn methods(&self) -> &'static [Builtin] {
        LOCK_METHODS
    }

    fn repr(&self) -> String {
        // The holder's name needs the interpreter: see `lock_repr`.
        match self.kind {
            Kind::Semaphore => format!("<Semaphore(value={})>", region::load(self.word)),
            Kind::BoundedSemaphore => format!(
                "<BoundedSemaphore(value={}, maxvalue={})>",
                region::load(self.word),
                region::load(self.word + 1)
            ),
            Kind::Lock | Kind::RLock => self.describe(None),
        }
    }

    fn reduce(&self) -> Option<Reduce> {
        Some(Reduce {
            module: "multiprocessing",
            function: "_rebuild_lock",
            args: vec![
                Value::Int(self.kind.code()),
                Value::Int(i64::from(self.word)),
            ],
            inherit_only: Some(self.kind.name()),
        })
    }
}

impl SharedLock {
    /// A Lock's or RLock's repr, naming the holder when `interp` can tell.
    fn describe(&self, interp: Option<&Interp>) -> String {
        let owner = region::load(self.word);
        let name = match (owner, interp) {
            (0, _) => "None".to_string(),
            (_, Some(interp)) => owner_name(interp, owner),
            (_, None) => "SomeOtherThread".to_string(),
        };
        if self.kind == Kind::Lock {
            format!("<Lock(owner={name})>")
        } else if owner == 0 {
            "<RLock(None, 0)>".into()
        } else if interp.is_some_and(|i| owner == owner_id(i)) {
            format!("<RLock({name}, {})>", region::load(self.word + 1))
        } else {
            format!("<RLock({name}, nonzero)>")
        }
    }
}

fn this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<SharedLock>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires a multiprocessing lock")),
    }
}

fn shared_lock(native: &Arc<dyn Native>) -> &SharedLock {
    native
        .as_any()
        .downcast_ref::<SharedLock>()
        .expect("checked by `this`")
}

/// `acquire(block=True, timeout=None)`: whether it was acquired.
pub(super) fn acquire(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(2)?;
    let block = args.flag(interp, "block", Some(1), true)?;
    let keep = this(&args)?;
    let lock = shared_lock(&keep);
    acquire_lock(interp, lock, block, timeout)
}

fn acquire_lock(
    interp: &mut Interp,
    lock: &SharedLock,
    block: bool,
    timeout: Option<f64>,
) -> PyResult<Value> {
    let me = owner_id(interp);
    if !block {
        return Ok(Value::Bool(matches!(
            lock.try_acquire(me),
            Attempt::Done(())
        )));
    }
    let got = interp.wait_in_region(timeout, || lock.try_acquire(me))?;
    Ok(Value::Bool(got.is_some()))
}

/// Acquires `lock` (a `SharedLock`) for ever: a shared value's `with`.
///
/// # Errors
/// KeyboardInterrupt (Stop); TypeError for what is not a shared lock.
pub fn acquire_value(interp: &mut Interp, lock: &Value) -> PyResult<()> {
    acquire(interp, Args::new(vec![lock.clone()])).map(|_| ())
}

/// Releases `lock` (a `SharedLock`).
///
/// # Errors
/// As `release` on the lock.
pub fn release_value(interp: &mut Interp, lock: &Value) -> PyResult<()> {
    release(interp, Args::new(vec![lock.clone()])).map(|_| ())
}

/// Whether `value` is one of these locks (a shared value's `lock=`).
#[must_use]
pub fn is_shared_lock(value: &Value) -> bool {
    matches!(value, Value::Native(n) if n.as_any().is::<SharedLock>())
}

fn release(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    // What was printed before shows before what another process prints after.
    interp.rt.flush_output();
    shared_lock(&keep).release(interp)?;
    Ok(Value::None)
}

fn get_value(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let lock = shared_lock(&keep);
    if !matches!(lock.kind, Kind::Semaphore | Kind::BoundedSemaphore) {
        return Err(PyErr::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute 'get_value'", lock.kind.name()),
        ));
    }
    Ok(Value::Int(i64::from(region::load(lock.word))))
}

fn lock_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let lock = shared_lock(&keep);
    Ok(Value::str(&match lock.kind {
        Kind::Lock | Kind::RLock => lock.describe(Some(interp)),
        _ => lock.repr(),
    }))
}

/// Methods of the locks and semaphores.
pub static LOCK_METHODS: &[Builtin] = &[
    builtin!("Lock.acquire", acquire),
    builtin!("Lock.release", release),
    builtin!("Lock.get_value", get_value),
    builtin!("Lock.__enter__", |interp, a| {
        let receiver = Args::new(a.positional.into_iter().take(1).collect());
        acquire(interp, receiver)
    }),
    builtin!("Lock.__exit__", |interp, a| {
        let receiver = Args::new(a.positional.into_iter().take(1).collect());
        release(interp, receiver)
    }),
    builtin!("Lock.__repr__", lock_repr),
];

/// `multiprocessing.Event()`: one word, the flag.
#[derive(Debug)]
pub struct SharedEvent {
    word: u32,
}

impl Native for SharedEvent {
    fn type_name(&self) -> &'static str {
        "Event"
    }

    fn methods(&self) -> &'static [Builtin] {
        EVENT_METHODS
    }

    fn repr(&self) -> String {
        let state = if region::load(self.word) == 0 {
            "unset"
        } else {
            "set"
        };
        format!("<Event at 0x{:012x} {state}>", self.word * 4)
    }

    fn reduce(&self) -> Option<Reduce> {
        Some(Reduce {
            module: "multiprocessing",
            function: "_rebuild_event",
            args: vec![Value::Int(i64::from(self.word))],
            // CPython's Event is made of a Condition, which is what refuses.
            inherit_only: Some("Condition"),
        })
    }
}

fn event(args: &Args) -> PyResult<u32> {
    match args.positional.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<SharedEvent>()
            .map(|e| e.word)
            .ok_or_else(|| type_error("descriptor requires an 'Event' object")),
        _ => Err(type_error("descriptor requires an 'Event' object")),
    }
}

fn event_wait(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let timeout = args.timeout(1)?;
    let word = event(&args)?;
    let set = interp.wait_in_region(timeout, || match region::load(word) {
        0 => Attempt::Wait { word, seen: 0 },
        _ => Attempt::Done(()),
    })?;
    Ok(Value::Bool(set.is_some()))
}

fn event_set(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let word = event(&args)?;
    interp.rt.flush_output();
    region::store(word, 1);
    region::notify(word, u32::MAX);
    Ok(Value::None)
}

fn event_clear(_: &mut Interp, args: Args) -> PyResult<Value> {
    region::store(event(&args)?, 0);
    Ok(Value::None)
}

fn event_is_set(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(region::load(event(&args)?) != 0))
}

/// Methods of `Event` objects.
pub static EVENT_METHODS: &[Builtin] = &[
    builtin!("Event.wait", event_wait),
    builtin!("Event.set", event_set),
    builtin!("Event.clear", event_clear),
    builtin!("Event.is_set", event_is_set),
];

/// The initial value of a semaphore: `value=1`, at least 0.
fn semaphore_value(args: &mut Args) -> PyResult<i32> {
    let value = args
        .keyword("value")
        .or_else(|| args.positional.first().cloned());
    match value {
        None => Ok(1),
        Some(Value::Int(n)) if n >= 0 => {
            i32::try_from(n).map_err(|_| PyErr::new(ExcType::OverflowError, "value too large"))
        }
        Some(Value::Int(_)) => Err(PyErr::new(
            ExcType::ValueError,
            "semaphore initial value must be >= 0",
        )),
        Some(other) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn new_semaphore(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let value = semaphore_value(&mut args)?;
    SharedLock::make(Kind::Semaphore, value)
}

fn new_bounded_semaphore(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let value = semaphore_value(&mut args)?;
    SharedLock::make(Kind::BoundedSemaphore, value)
}

fn new_event(_: &mut Interp, _: Args) -> PyResult<Value> {
    let at = region_alloc(4)?;
    Ok(Value::Native(Arc::new(SharedEvent { word: at / 4 })))
}

/// `_rebuild_lock(kind, word)`: a lock sent to this process.
fn rebuild_lock(_: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.as_slice() {
        [Value::Int(kind), Value::Int(word)] => {
            let kind = Kind::of_code(*kind).ok_or_else(|| type_error("not a lock kind"))?;
            let word = u32::try_from(*word).map_err(|_| type_error("not a word"))?;
            Ok(Value::Native(Arc::new(SharedLock { kind, word })))
        }
        _ => Err(type_error("_rebuild_lock(kind, word)")),
    }
}

fn rebuild_event(_: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.as_slice() {
        [Value::Int(word)] => {
            let word = u32::try_from(*word).map_err(|_| type_error("not a word"))?;
            Ok(Value::Native(Arc::new(SharedEvent { word })))
        }
        _ => Err(type_error("_rebuild_event(word)")),
    }
}

/// The module functions that make these objects.
pub static FUNCTIONS: &[Builtin] = &[
    builtin!(type "Lock", |_, _| SharedLock::make(Kind::Lock, 0), methods LOCK_METHODS),
    builtin!(type "RLock", |_, _| SharedLock::make(Kind::RLock, 0), methods LOCK_METHODS),
    builtin!(type "Semaphore", new_semaphore, methods LOCK_METHODS),
    builtin!(type "BoundedSemaphore", new_bounded_semaphore, methods LOCK_METHODS),
    builtin!(type "Event", new_event, methods EVENT_METHODS),
    builtin!("_rebuild_lock", rebuild_lock),
    builtin!("_rebuild_event", rebuild_event),
];
