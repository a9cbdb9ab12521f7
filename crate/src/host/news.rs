//! News of a run (output to show, the run's end) for the worker that owns the
//! wasm instance. In the threaded build the run goes on in pool threads while
//! that worker sleeps on a counter (`Atomics.wait`): news bumps it and wakes
//! the worker. The plain build has one thread: the run goes on inside the
//! worker's own call, so news calls the worker back (`js::announce_news`),
//! which collects it as the threaded worker does after waking.

use std::sync::atomic::{AtomicI32, Ordering};

/// Bumped at every piece of news, so the owning worker sleeps on it instead
/// of polling in a busy loop.
pub static NEWS: AtomicI32 = AtomicI32::new(0);

/// Tells the owning worker that a run has news.
pub fn announce() {
    NEWS.fetch_add(1, Ordering::SeqCst);
    #[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
    // SAFETY: the address is that of a live static i32 in this module's
    // memory, as `memory_atomic_notify` requires.
    unsafe {
        core::arch::wasm32::memory_atomic_notify(NEWS.as_ptr(), u32::MAX);
    }
    #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
    super::js::announce_news();
}
