//! Generators (of generator expressions): a suspended frame that `next`
//! resumes to its next `yield`.
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
use super::value::Value;
use super::Interp;

pub struct Generator {
    /// Set while a thread runs the frame: whoever set it has the frame.
    running: AtomicBool,
    /// The suspended frame; `None` once the generator has finished.
    frame: UnsafeCell<Option<Box<Frame>>>,
    /// `f.<locals>.<genexpr>`, for its repr.
    pub qualname: Arc<str>,
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

impl Generator {
    #[must_use]
    pub fn new(frame: Box<Frame>) -> Generator {
        Generator {
            running: AtomicBool::new(false),
            qualname: frame.code.qualname.clone(),
            frame: UnsafeCell::new(Some(frame)),
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
        let plain = interp.rt.gil.enabled() || Arc::strong_count(self) == 1;
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
                let outcome = interp.resume(frame, int_sum);
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
