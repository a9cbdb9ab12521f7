//! Freeing deep data without deep recursion, as CPython's "trashcan" does.
//!
//! Dropping a list drops its items, and an item that is the last reference
//! to another list drops that one's items in turn: a list nested 100,000
//! deep (`x = [x]` in a loop), a linked list of objects or a chain of
//! `{'k': d}` would be freed by a native recursion as deep as the data, which
//! overflows the stack (a 4 MB thread natively, about 1 MB of V8 stack in the
//! browser, where running out kills the thread).
//!
//! So the objects that hold values (lists, tuples, dicts, sets, instances,
//! classes, functions, exceptions, generators, iterators) take out, when they
//! are dropped, the items that may hold values in turn, and drop them through
//! `release`: past `UNWIND_LEVEL` such drops nested on this thread, the items
//! are queued instead, and the outermost drop frees the queue one item at a
//! time, each again at most `UNWIND_LEVEL` deep. Items that hold no further
//! values (ints, strs…) are left to the ordinary drop, with no call here.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

use super::value::Value;

/// How many drops of containers nest on the native stack before their items
/// are queued (CPython's `_PyTrash_UNWIND_LEVEL`). A level is a few hundred
/// bytes of native stack.
const UNWIND_LEVEL: u32 = 50;

thread_local! {
    /// How many `release`s are under way on this thread, nested.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Whether `PENDING` has values (read by each outermost `release`: a
    /// plain flag is cheaper to test than the queue's lock).
    static DEFERRED: Cell<bool> = const { Cell::new(false) };
    /// Values whose drop was put off, to be dropped by the outermost
    /// `release`. Empty between drops (so never dropped itself: no
    /// destructor to register for the thread, no check of one on each use).
    static PENDING: RefCell<ManuallyDrop<Vec<Value>>> =
        const { RefCell::new(ManuallyDrop::new(Vec::new())) };
}

impl Value {
    /// Whether dropping it may drop other values (whose drop may drop
    /// others…): what `release` takes care of. Strs, big ints, ranges and
    /// what owns nothing end there.
    #[inline(always)]
    fn holds_values(&self) -> bool {
        !matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::BigInt(_)
                | Value::Float(_)
                | Value::Complex(_)
                | Value::Str(_)
                | Value::Range(_)
                | Value::RangeIter(_)
                | Value::Builtin(_)
                | Value::Callee(_)
                | Value::ExcType(_)
        )
    }
}

/// Drops `contents`, what an object being dropped held (taken out of it),
/// without nesting deeper than `UNWIND_LEVEL` such drops on the native stack
/// (see the module's comment): past that depth, `defer` puts the values of
/// `contents` that may hold values in the queue (and drops the others).
///
/// Inlined into every drop of an object: the common case costs a few
/// instructions (two thread-local counters, no call).
#[inline(always)]
pub fn release<C>(contents: C, defer: impl FnOnce(C, &mut Vec<Value>)) {
    let depth = DEPTH.get();
    if depth >= UNWIND_LEVEL {
        put_off(contents, defer);
        return;
    }
    DEPTH.set(depth + 1);
    drop(contents);
    DEPTH.set(depth);
    if depth == 0 && DEFERRED.get() {
        drain();
    }
}

/// `release` past `UNWIND_LEVEL`: into the queue.
#[cold]
#[inline(never)]
fn put_off<C>(contents: C, defer: impl FnOnce(C, &mut Vec<Value>)) {
    PENDING.with_borrow_mut(|pending| defer(contents, pending));
    DEFERRED.set(true);
}

/// The values of `items` that may hold values, for `release`'s `defer`.
#[inline]
pub fn defer_values(items: impl IntoIterator<Item = Value>, pending: &mut Vec<Value>) {
    pending.extend(items.into_iter().filter(Value::holds_values));
}

/// Frees what was put off, one value at a time, each at depth 1 (so that
/// none of them drains the queue again).
#[cold]
#[inline(never)]
fn drain() {
    DEPTH.set(1);
    loop {
        let next = PENDING.with_borrow_mut(|pending| pending.pop());
        match next {
            Some(v) => drop(v),
            None => break,
        }
    }
    // Its memory back: the queue is needed only for deep data.
    PENDING.with_borrow_mut(|pending| **pending = Vec::new());
    DEFERRED.set(false);
    DEPTH.set(0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested_lists(depth: usize) -> Value {
        let mut x = Value::list(Vec::new());
        for _ in 0..depth {
            x = Value::list(vec![x, Value::Int(1)]);
        }
        x
    }

    /// On a small stack: the drop of 200,000 nested lists stays shallow.
    #[test]
    fn deep_lists_drop_on_a_small_stack() {
        std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(|| {
                drop(nested_lists(200_000));
                assert_eq!(DEPTH.get(), 0);
                assert!(!DEFERRED.get());
                assert!(PENDING.with_borrow(|pending| pending.is_empty()));
            })
            .expect("spawn")
            .join()
            .expect("no stack overflow");
    }
}
