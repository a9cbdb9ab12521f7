//! What the runs on the page's thread pool (threaded build) share: the
//! counter their owning worker sleeps on, and the limits of a pool thread.

use std::sync::atomic::{AtomicI32, Ordering};

use crate::runtime::shared::Limits;

/// Bumped whenever a run has news (output, a finished run), so the owning
/// worker can sleep on it instead of polling in a busy loop.
pub static TASKS_FINISHED: AtomicI32 = AtomicI32::new(0);

/// Wakes whoever waits on `TASKS_FINISHED`.
pub fn signal_task_finished() {
    TASKS_FINISHED.fetch_add(1, Ordering::SeqCst);
    #[cfg(target_arch = "wasm32")]
    // SAFETY: the address is that of a live static i32 in this module's memory.
    unsafe {
        core::arch::wasm32::memory_atomic_notify(TASKS_FINISHED.as_ptr(), u32::MAX);
    }
}

/// Stack a pool thread may use before RecursionError (scripts/build-wasm.mjs
/// gives each pool thread 4 MB; a Python call takes about 1.4 KB of it).
const STACK_BYTES: usize = 3 << 20;

/// Python calls from bytecode run on the interpreter's own frame stack, but
/// Rust calling back into Python (a constructor's `__init__`, a sort key, a
/// generator) nests on the native stack, and a browser worker's own (V8) stack
/// of about 1 MB ran out near 700 such levels ("Maximum call stack size
/// exceeded", a trap that kills the thread): RecursionError at 200 of them.
const NATIVE_DEPTH_LIMIT: usize = 200;

/// The limits of a program on the pool: at most `max_threads` threads (the
/// main one included), each within its stack.
#[must_use]
pub fn pool_limits(max_threads: usize) -> Limits {
    Limits {
        max_threads: Some(max_threads),
        stack_bytes: Some(STACK_BYTES),
        native_depth_limit: Some(NATIVE_DEPTH_LIMIT),
        ..Limits::default()
    }
}
