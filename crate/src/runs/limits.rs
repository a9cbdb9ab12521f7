//! The limits of a run: of its threads on the page's thread pool (threaded
//! build), and of a program in the plain build, which has one thread.
//!
//! And the limits the crate and the page share, each defined once in Rust
//! (here, or where it is enforced) and exported to the page's TypeScript and
//! the Node scripts as `www/generated/limits.json`:
//! `crate/src/bin/export_limits.rs` writes it from [`json`],
//! `scripts/build-wasm.mjs` runs it, and `npm test` fails when the committed
//! file is stale. The page's main thread runs no wasm, so it cannot ask the
//! crate at run time: it imports the file.

use crate::runtime::shared::Limits;

pub use crate::gil::{DEFAULT_SWITCH_INTERVAL_MS, MAX_SWITCH_INTERVAL_MS, MIN_SWITCH_INTERVAL_MS};
pub use crate::runs::compare::MAX_TASKS;

/// The longest program (Python source) the page runs, with Run or Compare,
/// in characters as JavaScript counts them (UTF-16 code units): 1 MB of
/// source is far beyond any playground program.
pub const MAX_PROGRAM_CHARS: usize = 1_000_000;

/// A thread's stack (www/engines/thread-worker.ts starts each thread worker
/// with it). Python calls from bytecode run on the interpreter's own frame
/// stack, so a thread needs little: 2 MB each (compiling a deeply nested
/// expression needs more than 1 MB) lets a program have `MAX_THREADS` of them
/// in 256 MB.
pub const THREAD_STACK_BYTES: usize = 2 << 20;

/// Stack a thread may use before RecursionError: wasm has no guard page, so
/// the interpreter stops well before the end of the stack.
pub const STACK_BYTES: usize = THREAD_STACK_BYTES / 4 * 3;

/// The threads a program may have alive at once, its main thread included:
/// one more raises CPython's `RuntimeError: can't start new thread`. Each is
/// a Web Worker, started when first needed and kept for the next thread.
pub const MAX_THREADS: usize = 128;

/// Python calls from bytecode run on the interpreter's own frame stack, but
/// Rust calling back into Python (a sort key, `__lt__` in a sort, a
/// generator) nests on the native stack: RecursionError at 200 such levels,
/// or before, where the browser's stack runs low (`host::stack`: a warm
/// Chromium worker's stack of about 1 MB held fewer than 200 levels of sort
/// keys).
pub const NATIVE_DEPTH_LIMIT: usize = 200;

/// The limits of a program's threads: at most `max_threads` at once (the
/// main one included), each within its stack. The fuzzer runs programs under
/// the same.
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

/// The child processes a program may have alive at once, in all its
/// processes: each is a Web Worker with a wasm instance of its own (tens of
/// MB). One more raises RuntimeError.
pub const MAX_PROCESSES: usize = 32;

/// The memory a program's processes share (`multiprocessing`'s Value,
/// Array, locks and queues), made by the page.
pub const SHARED_REGION_BYTES: u32 = crate::host::shared_region::REGION_BYTES;

/// Where [`json`] goes, from the repository's root.
pub const JSON_PATH: &str = "www/generated/limits.json";

/// The limits the page and the scripts read, as `www/generated/limits.json`
/// holds them (formatted as prettier formats JSON, keys in camelCase).
#[must_use]
pub fn json() -> String {
    format!(
        r#"{{
  "$comment": "Generated from the crate's limits (crate/src/runs/limits.rs) by crate/src/bin/export_limits.rs; do not edit.",
  "maxProgramChars": {MAX_PROGRAM_CHARS},
  "maxTasks": {MAX_TASKS},
  "switchIntervalMs": {{
    "min": {MIN_SWITCH_INTERVAL_MS},
    "max": {MAX_SWITCH_INTERVAL_MS},
    "default": {DEFAULT_SWITCH_INTERVAL_MS}
  }},
  "threadStackBytes": {THREAD_STACK_BYTES},
  "maxThreads": {MAX_THREADS},
  "maxProcesses": {MAX_PROCESSES},
  "sharedRegionBytes": {SHARED_REGION_BYTES}
}}
"#
    )
}
