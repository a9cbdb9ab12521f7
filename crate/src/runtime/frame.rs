//! A frame: one Python function call's locals, cells, value stack and
//! place, and the helpers that move values on that stack and into the
//! locals without a call to drop each.
//!
//! Every unsafe block of the frame's stack handling is here, each with the
//! argument for it (`// SAFETY:`): `set_local` writes over a local that owns
//! nothing, `truncate_stack` drops what it must and forgets the rest. Both
//! rest on `Value::owns_nothing` (and on an int owning nothing): a value that
//! owns nothing has no drop to run, so forgetting it leaks nothing. The
//! other unsafe block of the interpreter core, the run loop's `&Code` taken
//! from the running frame's `Arc`, is in `eval.rs` with its own argument.

use std::sync::{Arc, Mutex};

use super::error::{ExcType, PyErr, PyResult};
use super::function::{Builtin, Function};
use super::object::Module;
use super::value::Value;
use crate::compiler::Code;

/// A running (or suspended) function call.
#[derive(Debug)]
pub struct Frame {
    pub code: Arc<Code>,
    pub locals: Vec<Option<Value>>,
    /// Cells of captured locals (in `code.cell_locals` order), then the closure's.
    pub cells: Vec<Arc<Mutex<Option<Value>>>>,
    pub stack: Vec<Value>,
    pub pc: usize,
    /// Installed `except` handlers: where to jump, the stack depth to
    /// restore, and how many exceptions were being handled when installed.
    pub handlers: Vec<(u32, usize, usize)>,
    pub globals: Arc<Module>,
    /// A class body's namespace: its names go there, and are looked up there first.
    pub namespace: Option<Arc<Module>>,
    /// The exceptions a suspended generator's frame is handling (innermost
    /// last), kept while it is suspended: a running frame's are the last
    /// `handling_count` of `Interp::handled` (its bare `raise` raises the
    /// last, and an exception raised meanwhile has it as context).
    pub handling: Vec<PyErr>,
    /// How many of `Interp::handled` (the last ones) this frame is handling
    /// while it runs.
    pub handling_count: usize,
    /// A generator function's frame suspended at a `yield` expression: it
    /// resumes with the value sent in on its stack (None for `next`).
    pub awaiting_send: bool,
    /// An exception thrown into a suspended generator (`throw`): raised
    /// where it stands as it resumes.
    pub thrown: Option<PyErr>,
    /// The instance whose `__init__` this frame runs, when the class's call
    /// ran it in the interpreter loop (see `constructor`): its return gives
    /// the instance to the caller.
    pub constructing: Option<Value>,
    /// What each global name (by its index in `code.names`) was last found
    /// to be, the globals' version then (`Module::version`), and the
    /// function's `simple_arity` when it is a Python function (else
    /// `NOT_SIMPLE`): `f(n - 1)` decides how to call `f` from this entry,
    /// which LoadGlobalCallee has just read, rather than through the stack
    /// and the function (see `Interp::call_global`).
    pub(super) global_cache: Vec<Option<(u64, Value, u32)>>,
    /// The method of a str, list, dict or set that each name (by its index
    /// in `code.names`) was last found to be by `LoadMethod`, with the type
    /// it was found on (`receiver_kind`): `words.append` in a loop looks it
    /// up once. The methods of built-in types never change.
    pub(super) method_cache: Vec<Option<(u8, &'static Builtin)>>,
}

impl Frame {
    #[must_use]
    pub fn new(
        code: Arc<Code>,
        globals: Arc<Module>,
        closure: &[Arc<Mutex<Option<Value>>>],
    ) -> Frame {
        let mut cells: Vec<Arc<Mutex<Option<Value>>>> = code
            .cell_locals
            .iter()
            .map(|_| Arc::new(Mutex::new(None)))
            .collect();
        cells.extend(closure.iter().cloned());
        Frame {
            locals: vec![None; code.locals.len()],
            cells,
            stack: Vec::with_capacity(16),
            pc: 0,
            handlers: Vec::new(),
            globals,
            namespace: None,
            handling: Vec::new(),
            handling_count: 0,
            awaiting_send: false,
            thrown: None,
            constructing: None,
            global_cache: vec![None; code.names.len()],
            method_cache: vec![None; code.names.len()],
            code,
        }
    }

    /// This frame made ready for a call of `function`, keeping its buffers (a
    /// frame from the pool of finished ones: a call allocates nothing it can
    /// reuse). A recursive call finds the same code and globals there, and
    /// then updates no reference count.
    ///
    /// The frame comes cleared (see `Interp::recycle`).
    #[inline(always)]
    pub(super) fn reuse(
        mut self: Box<Self>,
        function: &Function,
        stash: &mut super::cache_stash::CacheStash,
    ) -> Box<Frame> {
        let code = &function.code;
        if !code.cell_locals.is_empty() || !function.closure.is_empty() {
            self.cells
                .extend(code.cell_locals.iter().map(|_| Arc::new(Mutex::new(None))));
            self.cells.extend(function.closure.iter().cloned());
        }
        self.pc = 0;
        // What it found in its globals holds while they and the names stay;
        // for another code, its caches are swapped for that code's.
        if !Arc::ptr_eq(&self.globals, &function.globals) || !Arc::ptr_eq(&self.code, code) {
            stash.switch(&mut self, function);
        }
        self
    }

    /// A frame for a call of `function` (its arguments not yet bound).
    pub(super) fn for_call(function: &Function) -> Box<Frame> {
        Box::new(Frame::new(
            function.code.clone(),
            function.globals.clone(),
            &function.closure,
        ))
    }

    /// The top value, taken off the stack. Ints, bools and None are read
    /// field by field: a Value read back whole just after it was written
    /// (tag and number by separate writes) stalls the CPU, which cannot
    /// forward those writes to one wide read; that stall was a third of the
    /// time of `for i in range(n): x += i`.
    #[inline]
    pub(super) fn pop(&mut self) -> Value {
        let inline = match self.stack[..] {
            [.., Value::Int(i)] => Value::Int(i),
            [.., Value::Bool(b)] => Value::Bool(b),
            [.., Value::None] => Value::None,
            _ => return self.stack.pop().expect("the compiler balances the stack"),
        };
        std::mem::forget(self.stack.pop()); // nothing to drop
        inline
    }

    /// Pushes local `slot`'s value (UnboundLocalError when it has none).
    /// Pushed where it is made: a Value passed through a return slot is
    /// written and read back whole (see `pop`).
    #[inline(always)]
    pub(super) fn push_local(&mut self, slot: usize) -> PyResult<()> {
        match &self.locals[slot] {
            // Not `v.clone()` for an int: a call, and a match of every kind.
            Some(Value::Int(i)) => self.stack.push(Value::Int(*i)),
            Some(Value::Float(f)) => self.stack.push(Value::Float(*f)),
            Some(v) => self.stack.push(v.clone()),
            None => return Err(self.unbound(slot)),
        }
        Ok(())
    }

    pub(super) fn unbound(&self, slot: usize) -> PyErr {
        PyErr::new(
            ExcType::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                self.code.locals[slot]
            ),
        )
    }

    pub(super) fn top(&self) -> &Value {
        self.stack.last().expect("the compiler balances the stack")
    }

    pub(super) fn popn(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }

    pub(super) fn line(&self) -> u32 {
        self.code
            .lines
            .get(self.pc.saturating_sub(1))
            .copied()
            .unwrap_or(self.code.first_line)
    }
}

/// Takes the top value off `stack` into a local `slot` (see `set_local`).
/// Ints are read field by field: a Value read whole just after parts of it
/// were written stalls the CPU (see `Frame::pop`).
#[inline]
pub(super) fn pop_into(stack: &mut Vec<Value>, slot: &mut Option<Value>) -> bool {
    let value = match stack[..] {
        [.., Value::Int(i)] => {
            std::mem::forget(stack.pop()); // nothing to drop
            Some(Value::Int(i))
        }
        _ => stack.pop(),
    };
    set_local(slot, value)
}

/// Stores `value` in a local `slot`, dropping what it held. Of the old value
/// only its kind is read, and an int or unbound local is written over with
/// no call to drop it. Whether a value was dropped (whose drop may have
/// queued a finalizer: see `finalizers`).
#[inline(always)]
pub(super) fn set_local(slot: &mut Option<Value>, value: Option<Value>) -> bool {
    let dropped = !matches!(slot, None | Some(Value::Int(_)));
    if dropped {
        drop(slot.take());
    }
    // SAFETY: `slot` is a `&mut`, so valid and aligned for a write. What it
    // holds now is None or an int (anything else was taken and dropped just
    // above), and neither owns anything: written over without a call to drop
    // it, nothing leaks and nothing is dropped twice.
    unsafe { std::ptr::write(slot, value) };
    dropped
}

/// Shortens `stack` to `len` values. What a call leaves above its result is
/// mostly the callee, markers and ints, which own nothing: those are
/// forgotten without a call to drop each (`Vec::truncate` made one per value,
/// nine per iteration of a loop with three method calls).
#[inline(always)]
pub(super) fn truncate_stack(stack: &mut Vec<Value>, len: usize) {
    for value in &mut stack[len..] {
        if !value.owns_nothing() {
            // SAFETY: `value` is a live, initialised element (a `&mut` into
            // the Vec), dropped once here: `set_len` below takes it out of
            // the Vec before anything can read or drop it again. No drop
            // unwinds in between: a Value's drop frees memory or hands it to
            // the trashcan and does not panic, and the release builds abort
            // on a panic (`panic = "abort"`).
            unsafe { std::ptr::drop_in_place(value) };
        }
    }
    // SAFETY: `len <= stack.len()` (`stack[len..]` above would have panicked
    // otherwise), so the first `len` elements stay initialised; each one
    // above was dropped in the loop or owns nothing (`Value::owns_nothing`:
    // no drop to run), so forgetting them leaks nothing.
    unsafe { stack.set_len(len) };
}

/// Unbinds a frame's locals (their number stays, for `Frame::reuse`). Ints
/// and unbound locals own nothing: a frame holding only those (most calls of
/// small functions) is emptied without a call to drop each (that was a tenth
/// of the time of `fib`).
#[inline(always)]
pub(super) fn clear_values(locals: &mut [Option<Value>]) {
    for local in locals {
        if matches!(local, None | Some(Value::Int(_))) {
            // It owns nothing: forgotten, with no call to drop it.
            std::mem::forget(local.take());
        } else {
            *local = None;
        }
    }
}
