//! Generators (of generator expressions and generator functions): a
//! suspended frame that `next` resumes to its next `yield`; `send` resumes
//! it with a value, `throw` with an exception raised where it stands.
//!
//! A generator is shared like any object, but only one thread at a time may
//! run it (CPython: "ValueError: generator already executing"). That rule is
//! the generator's only lock: a flag (a plain bool under the GIL or while one
//! thread holds the only reference, one atomic exchange otherwise), and the
//! frame then used in place. A mutex around the frame, taken to move it out
//! and again to put it back, cost two lock/unlock pairs per item and a fifth
//! of `sum(i * i for i in range(n))`.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::error::{ExcType, PyErr, PyResult};
use super::frame::Frame;
use super::function::{Args, Builtin};
use super::value::Value;
use super::Interp;
use crate::builtin;

/// What a generator is resumed with.
pub enum Input {
    Send(Value),
    Throw(PyErr),
}

/// What a resumed generator did.
pub enum Step {
    Yielded(Value),
    /// It finished, returning this (StopIteration's `value`).
    Returned(Value),
}

pub struct Generator {
    /// Set while a thread runs the frame: whoever set it has the frame.
    running: AtomicBool,
    /// The suspended frame; `None` once the generator has finished.
    frame: UnsafeCell<Option<Box<Frame>>>,
    /// `f.<locals>.<genexpr>`, for its repr.
    pub qualname: Arc<str>,
    /// Whether it is closed when dropped, suspended in a `try` or `with`
    /// block: not again once it was (see `finalizers`).
    finalized: bool,
}

// SAFETY: the frame is only touched by the thread that set `running` (see
// `next`), so threads never reach it at the same time.
unsafe impl Sync for Generator {}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator object {}>", self.qualname)
    }
}

// A chain of generators (each reading the one before) is freed without deep
// recursion (see `trashcan`): the values in its suspended frame.
impl Drop for Generator {
    fn drop(&mut self) {
        if let Some(frame) = self.frame.get_mut().take() {
            // Suspended in a `try` or `with` block: its `finally` or
            // `__exit__` runs, by `close()`, as CPython's finalizer does.
            if !frame.handlers.is_empty() && !self.finalized {
                let revived = Generator {
                    running: AtomicBool::new(false),
                    qualname: self.qualname.clone(),
                    frame: UnsafeCell::new(Some(frame)),
                    finalized: true,
                };
                super::finalizers::queue(Value::Generator(Arc::new(revived)));
                return;
            }
            super::trashcan::release(frame, |mut frame, pending| {
                let locals = std::mem::take(&mut frame.locals).into_iter().flatten();
                super::trashcan::defer_values(locals, pending);
                super::trashcan::defer_values(std::mem::take(&mut frame.stack), pending);
                let cells = std::mem::take(&mut frame.cells).into_iter();
                let cells = cells.filter_map(super::function::cell_value);
                super::trashcan::defer_values(cells, pending);
            });
        }
    }
}

/// PEP 479: a StopIteration escaping a generator's body becomes a
/// RuntimeError (else it would end the loop reading the generator quietly).
fn no_stop_iteration(error: PyErr) -> PyErr {
    if error.kind() == Some(ExcType::StopIteration) {
        // Raised from the StopIteration, whose traceback is the generator's.
        let mut changed = PyErr::new(ExcType::RuntimeError, "generator raised StopIteration");
        if let Value::Exception(e) = &changed.value {
            let mut attributes = super::value::lock(&e.attributes);
            attributes.insert("__cause__".into(), error.value.clone());
            attributes.insert("__context__".into(), error.value.clone());
            attributes.insert("__suppress_context__".into(), Value::Bool(true));
        }
        changed.suppress_context = true;
        changed.cause = Some(error);
        return changed;
    }
    error
}

impl Interp {
    /// One step of `yield from inner`, sending `sent` (None for `next`).
    ///
    /// # Errors
    /// What the inner iterator raises; AttributeError for a value sent to
    /// an iterator that is not a generator.
    pub(super) fn delegate(&mut self, inner: &Value, sent: Value) -> PyResult<Step> {
        if let Value::Generator(generator) = inner {
            return generator.step(self, Input::Send(sent));
        }
        if !matches!(sent, Value::None) {
            return Err(PyErr::new(
                ExcType::AttributeError,
                format!("'{}' object has no attribute 'send'", inner.type_name()),
            ));
        }
        Ok(match self.next(inner)? {
            Some(item) => Step::Yielded(item),
            None => Step::Returned(Value::None),
        })
    }
}

impl Generator {
    /// Its attributes besides its methods: `__name__`, `__qualname__`,
    /// `gi_running`.
    #[must_use]
    pub fn attribute(&self, name: &str) -> Option<Value> {
        Some(match name {
            "__name__" => {
                let qualname = &*self.qualname;
                Value::str(qualname.rsplit('.').next().unwrap_or(qualname))
            }
            "__qualname__" => Value::Str(self.qualname.clone()),
            "gi_running" => Value::Bool(self.running.load(Ordering::Relaxed)),
            _ => return None,
        })
    }

    /// Whether it has not yet run (so `close` need not run it).
    fn just_started(&self) -> bool {
        // SAFETY: read only under the running flag's rule: the caller is
        // about to step it, and a generator is stepped by one thread at a time.
        unsafe { &*self.frame.get() }
            .as_ref()
            .is_some_and(|frame| frame.pc == 0)
    }

    /// Ends it without running it (`close` of a generator not started).
    fn finish(&self) {
        // SAFETY: as in `just_started`.
        unsafe { *self.frame.get() = None };
    }

    #[must_use]
    pub fn new(frame: Box<Frame>) -> Generator {
        Generator {
            running: AtomicBool::new(false),
            qualname: frame.code.qualname.clone(),
            frame: UnsafeCell::new(Some(frame)),
            finalized: false,
        }
    }

    /// `send(value)` (`next` sends None), or `throw(error)`: what the
    /// generator yields next, or what it returns as it finishes.
    ///
    /// # Errors
    /// What the generator raises; TypeError for a value sent to a generator
    /// that has not started; ValueError when it is already running.
    pub fn step(self: &Arc<Self>, interp: &mut Interp, input: Input) -> PyResult<Step> {
        let plain = interp.rt.gil.enabled() || self.only_reference();
        if !self.start_running(plain) {
            return Err(PyErr::new(
                ExcType::ValueError,
                "generator already executing",
            ));
        }
        // SAFETY: this thread set `running`; no other thread touches the
        // frame until it is cleared below.
        let slot = unsafe { &mut *self.frame.get() };
        let outcome = match (slot.as_mut(), input) {
            (None, Input::Send(_)) => Ok(Step::Returned(Value::None)),
            (None, Input::Throw(error)) => Err(error),
            (Some(frame), input) => {
                let started = frame.pc > 0;
                match input {
                    Input::Send(value) if !started && !matches!(value, Value::None) => {
                        Err(super::error::type_error(
                            "can't send non-None value to a just-started generator",
                        ))
                    }
                    input => {
                        match input {
                            Input::Send(value) if frame.awaiting_send => frame.stack.push(value),
                            Input::Send(_) => {}
                            Input::Throw(error) => frame.thrown = Some(error),
                        }
                        frame.awaiting_send = false;
                        let outcome = interp.resume_step(frame).map_err(no_stop_iteration);
                        if !matches!(outcome, Ok(Step::Yielded(_))) {
                            *slot = None;
                        }
                        outcome
                    }
                }
            }
        };
        self.stop_running(plain);
        outcome
    }

    /// `close()`: GeneratorExit thrown in where it stands, which it must
    /// not handle by yielding again.
    ///
    /// # Errors
    /// What it raises other than GeneratorExit; RuntimeError when it yields.
    pub fn close(self: &Arc<Self>, interp: &mut Interp) -> PyResult<()> {
        if self.just_started() {
            self.finish();
            return Ok(());
        }
        match self.step(interp, Input::Throw(PyErr::bare(ExcType::GeneratorExit))) {
            Ok(Step::Yielded(_)) => Err(PyErr::new(
                ExcType::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Ok(Step::Returned(_)) => Ok(()),
            Err(e)
                if matches!(
                    e.kind(),
                    Some(ExcType::GeneratorExit | ExcType::StopIteration)
                ) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Runs the generator to its next `yield`: the value yielded, or `None`
    /// once it has finished (then and ever after).
    ///
    /// # Errors
    /// What the generator raises (it is finished then), or ValueError when it
    /// is already running (in another thread, or it asked for its own next item).
    pub fn next(self: &Arc<Self>, interp: &mut Interp) -> PyResult<Option<Value>> {
        self.next_summing(interp, None)
    }

    /// `next`, for `sum()`: with `int_sum`, the ints the generator yields
    /// (while they fit) are added there as it runs on, and the value returned
    /// is the first item not added (see `Interp::resume`). Only where `next`
    /// takes no atomic flag: there no other thread can ask for an item
    /// between two that `sum()` takes (under the GIL, the generator runs
    /// whenever `sum()` does, as in CPython).
    ///
    /// # Errors
    /// As `next`.
    pub fn next_summing(
        self: &Arc<Self>,
        interp: &mut Interp,
        int_sum: Option<&mut i128>,
    ) -> PyResult<Option<Value>> {
        // The only reference (`sum(x for x in …)`, a `for` loop over a
        // generator expression): no other thread can reach it, as with the GIL.
        let plain = interp.rt.gil.enabled() || self.only_reference();
        let int_sum = if plain { int_sum } else { None };
        if !self.start_running(plain) {
            return Err(PyErr::new(
                ExcType::ValueError,
                "generator already executing",
            ));
        }
        // SAFETY: this thread set `running`; no other thread touches the
        // frame until it is cleared below.
        let slot = unsafe { &mut *self.frame.get() };
        let outcome = match slot {
            None => Ok(None),
            Some(frame) => {
                // A generator function at a `yield` expression: `next` sends None.
                if std::mem::take(&mut frame.awaiting_send) {
                    frame.stack.push(Value::None);
                }
                let outcome = interp.resume(frame, int_sum).map_err(no_stop_iteration);
                if !matches!(outcome, Ok(Some(_))) {
                    *slot = None;
                }
                outcome
            }
        };
        self.stop_running(plain);
        outcome
    }

    /// Sets `running`, unless it is set: false then. When `plain` (under the
    /// GIL, or when no other thread holds the generator) the flag is read and
    /// written as a plain bool: only the thread holding the GIL runs Python,
    /// and passing the GIL on orders its writes before the next holder's
    /// reads. (In wasm every atomic write costs as much as an exchange: two
    /// per item were a quarter of `sum(i * i for i in …)`.) Otherwise, one
    /// atomic exchange.
    /// Whether this is the only reference to the generator, so that no other
    /// thread can reach it. The count is a relaxed load: the Acquire fence
    /// after it (as `Arc::get_mut` has) orders the writes of a thread that
    /// held the last other reference, and dropped it, before ours.
    fn only_reference(self: &Arc<Self>) -> bool {
        if Arc::strong_count(self) == 1 {
            std::sync::atomic::fence(Ordering::Acquire);
            true
        } else {
            false
        }
    }

    fn start_running(&self, plain: bool) -> bool {
        if plain {
            // SAFETY: no other thread runs Python, or can reach this generator.
            let running = unsafe { &mut *self.running.as_ptr() };
            !std::mem::replace(running, true)
        } else {
            self.running
                .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
        }
    }

    fn stop_running(&self, plain: bool) {
        if plain {
            // SAFETY: as in `start_running`.
            unsafe { *self.running.as_ptr() = false };
        } else {
            self.running.store(false, Ordering::Release);
        }
    }
}

/// The generator a method was called on.
fn this(args: &Args) -> PyResult<Arc<Generator>> {
    match args.positional.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(super::error::type_error(
            "descriptor requires a 'generator' object",
        )),
    }
}

/// What a finished step gives a caller of `send`: the value, or the
/// StopIteration carrying what the generator returned.
pub fn sent_result(step: Step) -> PyResult<Value> {
    match step {
        Step::Yielded(value) => Ok(value),
        Step::Returned(Value::None) => Err(PyErr::bare(ExcType::StopIteration)),
        Step::Returned(value) => Err(PyErr::raised(
            Value::Exception(super::value::Exception::new(
                ExcType::StopIteration,
                vec![value],
            )),
            Vec::new(),
        )),
    }
}

/// The exception `throw(type)`, `throw(type, value)` or `throw(instance)` raises.
fn thrown(interp: &mut Interp, args: &[Value]) -> PyResult<PyErr> {
    let exception = match args {
        [kind @ (Value::ExcType(_) | Value::Class(_)), rest @ ..] => {
            let arguments = match rest.first() {
                None | Some(Value::None) => Vec::new(),
                Some(Value::Tuple(t)) => t.to_vec(),
                Some(value) => vec![value.clone()],
            };
            interp.call(kind, Args::new(arguments))?
        }
        [instance @ Value::Exception(_), ..] => instance.clone(),
        _ => {
            return Err(super::error::type_error(
                "exceptions must be classes or instances deriving from BaseException, not str",
            ))
        }
    };
    match exception {
        Value::Exception(_) => Ok(PyErr::raised(exception, Vec::new())),
        _ => Err(super::error::type_error(
            "exceptions must derive from BaseException",
        )),
    }
}

pub static GENERATOR_METHODS: &[Builtin] = &[
    builtin!("generator.send", |interp, args| {
        let generator = this(&args)?;
        let [_, value] = args.positional.as_slice() else {
            return Err(super::error::type_error(
                "generator.send() takes exactly one argument",
            ));
        };
        let step = generator.step(interp, Input::Send(value.clone()))?;
        sent_result(step)
    }),
    builtin!("generator.throw", |interp, args| {
        let generator = this(&args)?;
        let error = thrown(interp, &args.positional[1..])?;
        let step = generator.step(interp, Input::Throw(error))?;
        sent_result(step)
    }),
    builtin!("generator.close", |interp, args| {
        this(&args)?.close(interp)?;
        Ok(Value::None)
    }),
    builtin!("generator.__next__", |interp, args| {
        let generator = this(&args)?;
        let step = generator.step(interp, Input::Send(Value::None))?;
        sent_result(step)
    }),
    builtin!("generator.__iter__", |_, args| {
        this(&args).map(Value::Generator)
    }),
];
