//! Blocking waits of Python code (`join`, a held `Lock`, `Queue.get`,
//! `Future.result`…): with the GIL released, as CPython's
//! `Py_BEGIN_ALLOW_THREADS`, and cut short by Stop or a timeout.

use std::sync::atomic::Ordering;
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

use super::error::PyResult;
use super::value::lock;
use super::Interp;
use crate::trace::State;

/// How often a blocked wait looks at Stop.
const POLL: Duration = Duration::from_millis(50);

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
                let wait = match deadline {
                    Some(d) => {
                        let left = d - crate::host::clock::now_ms();
                        if left <= 0.0 {
                            return false;
                        }
                        Duration::from_secs_f64(left / 1000.0).min(POLL)
                    }
                    None => POLL,
                };
                guard = changed
                    .wait_timeout(guard, wait)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
            }
        });
        self.check_interrupt()?;
        Ok(ok)
    }
}
