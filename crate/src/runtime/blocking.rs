//! Blocking waits of Python code (`join`, a held `Lock`, `Queue.get`,
//! `Future.result`…): with the GIL released, as CPython's
//! `Py_BEGIN_ALLOW_THREADS`, and cut short by Stop or a timeout.

use crate::host::pause::Condvar;
use std::sync::atomic::Ordering;
use std::sync::Mutex;
use std::time::Duration;

use super::error::PyResult;
use super::value::lock;
use super::Interp;
use crate::trace::State;

/// How often a blocked wait looks at Stop.
const POLL: Duration = Duration::from_millis(50);

/// How long a blocked wait sleeps before it looks at Stop again, in ms: at
/// most `POLL`, and no later than `deadline` (the common clock's ms); None
/// once the deadline has passed.
fn next_slice_ms(deadline: Option<f64>) -> Option<f64> {
    let poll_ms = POLL.as_secs_f64() * 1000.0;
    match deadline {
        Some(d) => {
            let left = d - crate::host::clock::now_ms();
            (left > 0.0).then(|| left.min(poll_ms))
        }
        None => Some(poll_ms),
    }
}

impl Interp {
    /// Blocks until `ready` holds for what `mutex` guards (signalled through
    /// `changed`), or `timeout` seconds pass. Returns whether `ready` held.
    ///
    /// # Errors
    /// KeyboardInterrupt when Stop is pressed meanwhile.
    pub fn wait_until<T>(
        &mut self,
        mutex: &Mutex<T>,
        changed: &Condvar,
        timeout: Option<f64>,
        ready: impl Fn(&T) -> bool,
    ) -> PyResult<bool> {
        let interrupt = self.rt.interrupt.clone();
        let deadline = timeout.map(|t| crate::host::clock::now_ms() + t.max(0.0) * 1000.0);
        let ok = self.allow_threads(State::WaitingLock, || {
            let mut guard = lock(mutex);
            loop {
                if ready(&guard) {
                    return true;
                }
                if interrupt.load(Ordering::Relaxed) {
                    return false;
                }
                let Some(wait_ms) = next_slice_ms(deadline) else {
                    return false;
                };
                let wait = Duration::from_secs_f64(wait_ms / 1000.0);
                guard = crate::host::pause::wait_timeout(changed, mutex, guard, wait).0;
            }
        });
        self.check_interrupt()?;
        Ok(ok)
    }
}

/// One try at an operation on an object in the shared region (a
/// `multiprocessing` lock, event or queue): done, or the word to sleep on
/// while it still holds what was seen.
pub enum Attempt<T> {
    Done(T),
    Wait { word: u32, seen: i32 },
}

impl Interp {
    /// Tries `attempt` until it is done, sleeping on the word it names in
    /// between (with the GIL released), for at most `timeout` seconds.
    /// Returns its result, or None when the time ran out.
    ///
    /// # Errors
    /// KeyboardInterrupt when Stop is pressed meanwhile.
    pub fn wait_in_region<T>(
        &mut self,
        timeout: Option<f64>,
        mut attempt: impl FnMut() -> Attempt<T>,
    ) -> PyResult<Option<T>> {
        if let Attempt::Done(result) = attempt() {
            return Ok(Some(result));
        }
        let interrupt = self.rt.interrupt.clone();
        let deadline = timeout.map(|t| crate::host::clock::now_ms() + t.max(0.0) * 1000.0);
        let result = self.allow_threads(State::WaitingLock, || loop {
            let (word, seen) = match attempt() {
                Attempt::Done(result) => return Some(result),
                Attempt::Wait { word, seen } => (word, seen),
            };
            if interrupt.load(Ordering::Relaxed) {
                return None;
            }
            let slice = next_slice_ms(deadline)?;
            crate::host::shared_region::wait(word, seen, slice);
        });
        self.check_interrupt()?;
        Ok(result)
    }
}
