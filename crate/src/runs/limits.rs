//! The limits of a run's threads on the page's thread pool (threaded
//! build), and of a program in the plain build, which has one thread.

use crate::runtime::shared::Limits;

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

/// The limits of a program in the plain build: a page that is not
/// cross-origin isolated has no shared memory, hence one thread and no more.
#[must_use]
pub fn plain_limits() -> Limits {
    Limits {
        no_threads: Some(
            "this page is not cross-origin isolated, so it has no shared memory for threads \
             (serve it with the COOP/COEP headers, or allow its service worker)",
        ),
        native_depth_limit: Some(NATIVE_DEPTH_LIMIT),
        ..Limits::default()
    }
}
