//! State shared by the interpreter threads of one run: the global `counter` and
//! one `threading.Lock`.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

use crate::gil::Gil;
use crate::trace::{Recorder, State};

use super::value::VmError;

/// The shared variables and lock.
#[derive(Default)]
pub struct Shared {
    /// The global `counter`. Loads and stores are separate operations (separate
    /// bytecodes), so `counter += 1` is a read-modify-write that can lose updates
    /// when threads really run at the same time (no GIL, or a switch between them).
    pub counter: AtomicI64,
    /// The `threading.Lock` the programs use.
    pub lock: VmLock,
}

impl Shared {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The counter's current value.
    #[must_use]
    pub fn counter(&self) -> i64 {
        self.counter.load(Ordering::SeqCst)
    }
}

/// A `threading.Lock`: a plain mutex; blocking on it releases the GIL, as
/// CPython's `lock.acquire()` does (`Py_BEGIN_ALLOW_THREADS`).
#[derive(Default)]
pub struct VmLock {
    owner: Mutex<Option<u32>>,
    cond: Condvar,
    contended: AtomicU64,
}

impl VmLock {
    /// `lock.acquire()` for the recorder's thread. The caller holds the GIL (if
    /// any) before and after; while blocked the thread is traced as `WaitingLock`.
    pub fn acquire(&self, gil: &Gil, rec: &mut Recorder) {
        let me = rec.thread();
        {
            let mut owner = self.owner.lock().unwrap_or_else(PoisonError::into_inner);
            if owner.is_none() {
                *owner = Some(me);
                return;
            }
        }
        self.contended.fetch_add(1, Ordering::Relaxed);
        gil.release(rec, State::WaitingLock);
        {
            let mut owner = self.owner.lock().unwrap_or_else(PoisonError::into_inner);
            while owner.is_some() {
                owner = self
                    .cond
                    .wait(owner)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            *owner = Some(me);
        }
        gil.acquire(rec);
    }

    /// `lock.release()`.
    ///
    /// # Errors
    /// `RuntimeError`-like when the lock is not held.
    pub fn release(&self) -> Result<(), VmError> {
        let mut owner = self.owner.lock().unwrap_or_else(PoisonError::into_inner);
        if owner.take().is_none() {
            return Err(VmError::Value("release unlocked lock".into()));
        }
        self.cond.notify_one();
        Ok(())
    }

    /// How many acquisitions had to block.
    #[must_use]
    pub fn contended(&self) -> u64 {
        self.contended.load(Ordering::Relaxed)
    }
}
