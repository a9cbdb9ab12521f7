//! One clock for every thread and worker: milliseconds since the Unix epoch.
//!
//! In the browser this is `performance.timeOrigin + performance.now()`, which is
//! comparable across workers (each has its own `timeOrigin`), so spans recorded on
//! different threads can be drawn on one timeline.

/// Now, in milliseconds on the common clock.
#[must_use]
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        super::js::wall_now_ms()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
}

/// Blocks the calling thread for `ms` milliseconds: a real wall-clock wait that
/// burns no CPU (the page's stand-in for I/O).
///
/// Natively and on wasm threads (atomics: `memory.atomic.wait32`) this is
/// `std::thread::sleep`. The plain wasm build has no atomics, so it asks JS to
/// wait with `Atomics.wait` (allowed in workers, where all wasm here runs).
pub fn sleep_ms(ms: f64) {
    if !(ms > 0.0 && ms.is_finite()) {
        return;
    }
    #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
    {
        // On a suspendable stack the worker's event loop runs meanwhile
        // (`pause`): a child process's messages still arrive.
        if super::pause::pauses() {
            let deadline = now_ms() + ms;
            loop {
                let left = deadline - now_ms();
                if left <= 0.0 {
                    break;
                }
                super::pause::pause(left);
            }
        } else {
            super::js::blocking_sleep_ms(ms);
        }
    }
    #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
    {
        std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1000.0));
    }
}
