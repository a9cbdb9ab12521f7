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
        crate::bindings::wall_now_ms()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
}
