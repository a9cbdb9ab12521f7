//! `__del__`: an instance's finalizer, called when its last reference goes,
//! as CPython calls it; and the `close()` of a generator dropped while
//! suspended in a `try` or `with` block, so that its `finally` runs.
//!
//! The last reference goes anywhere in Rust code (inside a list's method,
//! with a lock held), where Python cannot run. So the drop of an instance
//! whose class has `__del__` moves what it holds into a new instance, marked
//! finalized (the object "resurrected", which CPython allows too), and
//! queues that on this thread. The interpreter calls the queued finalizers
//! right after the op that let the reference go (a store, a `del`, a `pop`,
//! a return: see `Interp::settle_finalizers`' callers) and at every call
//! and backward jump, so that `del r; print(count)` sees what `__del__` did.
//! Once called, the instance is dropped for good when its last reference
//! goes again: `__del__` runs once per object (PEP 442).
//!
//! At the program's end, the instances still reachable from the main module
//! are finalized in the order their names were bound, with every global
//! still in place, as CPython's last collection finalizes them (see
//! `finalize_main`). Instances in reference cycles are not collected (there
//! is no cycle collector): their `__del__` runs at the end if the main
//! module reaches them, else never.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use super::error::ExcType;
use super::object::{Class, Instance, Module};
use super::value::{lock, Value};
use super::Interp;

thread_local! {
    /// Whether `QUEUE` has instances (a flag is cheaper to test than the queue).
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Instances dropped on this thread whose `__del__` is still to run.
    /// Empty between runs of the finalizers (so never dropped itself: no
    /// destructor to register for the thread).
    static QUEUE: RefCell<ManuallyDrop<Vec<Value>>> =
        const { RefCell::new(ManuallyDrop::new(Vec::new())) };
}

/// Whether any class with `__del__` was ever made: the end of a program
/// looks for instances to finalize only then.
static EVER: AtomicBool = AtomicBool::new(false);

/// Whether any class has had `__del__`: only then do exceptions keep the
/// locals of the frames they leave (see `Exception::keep_locals`).
#[inline(always)]
#[must_use]
pub fn ever() -> bool {
    EVER.load(Ordering::Relaxed)
}

/// Whether finalizers wait on this thread.
#[inline(always)]
#[must_use]
pub fn pending() -> bool {
    PENDING.get()
}

/// Notes that `class` has `__del__` (its own or an ancestor's): the drop of
/// each of its instances queues it from now on.
pub fn class_finalizes(class: &Class) {
    class.finalizes.store(true, Ordering::Relaxed);
    EVER.store(true, Ordering::Relaxed);
}

/// Called by the drop of `instance` when its class has `__del__` and it was
/// not finalized yet: what it holds moves into a new instance that waits on
/// this thread's queue for its `__del__`.
pub(super) fn resurrect(instance: &mut Instance) {
    let revived = Instance {
        class: instance.class.clone(),
        attributes: Mutex::new(taken(&mut instance.attributes)),
        base_object: Mutex::new(taken(&mut instance.base_object)),
        finalized: AtomicBool::new(true),
    };
    queue(Value::Instance(Arc::new(revived)));
}

/// Queues `object` (an instance, or a generator to close) for its finalizer.
pub(super) fn queue(object: Value) {
    QUEUE.with_borrow_mut(|queue| queue.push(object));
    PENDING.set(true);
}

/// What `mutex` holds, taken out.
fn taken<T: Default>(mutex: &mut Mutex<T>) -> T {
    std::mem::take(mutex.get_mut().unwrap_or_else(PoisonError::into_inner))
}

/// The instances waiting for their `__del__` on this thread, in the order
/// they were dropped, taken off the queue.
fn take_queued() -> Vec<Value> {
    PENDING.set(false);
    QUEUE.with_borrow_mut(|queue| std::mem::take(&mut **queue))
}

impl Interp {
    /// Runs the finalizers waiting on this thread, if any: called right
    /// after an op that may have dropped an object's last reference.
    #[inline(always)]
    pub(super) fn settle_finalizers(&mut self) {
        if pending() {
            self.run_finalizers();
        }
    }

    /// Calls the `__del__` of each instance queued on this thread, in the
    /// order they were dropped (those its `__del__` drops in turn come next).
    #[inline(never)]
    pub fn run_finalizers(&mut self) {
        while pending() {
            for instance in take_queued() {
                self.finalize(&instance);
            }
        }
    }

    /// Calls `instance.__del__()`, or closes a generator. What it raises is
    /// printed, as CPython's "Exception ignored in" (never raised where the
    /// drop happened).
    fn finalize(&mut self, object: &Value) {
        let (outcome, culprit) = match object {
            Value::Instance(instance) => {
                let Some(method) = instance.class.lookup("__del__") else {
                    return;
                };
                let args = super::function::Args::new(vec![object.clone()]);
                (self.call(&method, args).map(|_| ()), method)
            }
            Value::Generator(generator) => (generator.close(self), object.clone()),
            _ => return,
        };
        if let Err(error) = outcome {
            // Stop pressed: the program's own code raises it next.
            if error.kind() == Some(ExcType::KeyboardInterrupt)
                && self.rt.interrupt.load(Ordering::Relaxed)
            {
                return;
            }
            let function = self.repr(&culprit).unwrap_or_else(|_| "__del__".into());
            let source = self.rt.source.clone();
            let text = format!(
                "Exception ignored in: {function}\n{}",
                self.format_unraisable(&error, &source)
            );
            self.write_stderr(&text);
        }
    }

    /// At the program's end: the finalizers still queued, then the
    /// instances that the main module's names still reach (in its lists,
    /// tuples, dicts, sets and instances' attributes), in the order the names
    /// were bound, each once.
    pub fn finalize_main(&mut self, main: &Module) {
        self.run_finalizers();
        if !ever() {
            return;
        }
        let roots: Vec<Value> = main.names().values().cloned().collect();
        for instance in reachable_finalizable(roots) {
            if let Value::Instance(object) = &instance {
                if !object.finalized.swap(true, Ordering::Relaxed) {
                    self.finalize(&instance);
                    self.run_finalizers();
                }
            }
        }
    }
}

/// How many objects the end of a program looks through for instances to
/// finalize: a bound on the work for a program that ends holding millions.
const SEARCH_LIMIT: usize = 100_000;

/// The instances with `__del__` not yet finalized that `roots` reach, each
/// once, depth first in the order of the roots.
fn reachable_finalizable(roots: Vec<Value>) -> Vec<Value> {
    let mut seen = std::collections::HashSet::new();
    let mut found = Vec::new();
    let mut to_visit: Vec<Value> = roots.into_iter().rev().collect();
    while let Some(value) = to_visit.pop() {
        if seen.len() >= SEARCH_LIMIT {
            break;
        }
        let children: Vec<Value> = match &value {
            Value::Instance(object) => {
                if !seen.insert(Arc::as_ptr(object) as usize) {
                    continue;
                }
                if object.class.finalizes.load(Ordering::Relaxed)
                    && !object.finalized.load(Ordering::Relaxed)
                {
                    found.push(value.clone());
                }
                lock(&object.attributes).values().cloned().collect()
            }
            Value::List(list) => {
                if !seen.insert(Arc::as_ptr(list) as usize) {
                    continue;
                }
                lock(&list.items).to_vec()
            }
            Value::Tuple(tuple) => {
                if !seen.insert(Arc::as_ptr(tuple).cast::<u8>() as usize) {
                    continue;
                }
                tuple.iter().cloned().collect()
            }
            Value::Dict(dict) => {
                if !seen.insert(Arc::as_ptr(dict) as usize) {
                    continue;
                }
                lock(&dict.map).values().map(|(_, v)| v.clone()).collect()
            }
            _ => continue,
        };
        to_visit.extend(children.into_iter().rev());
    }
    found
}
