//! GIL Playground core: the Python interpreter, its GIL, compare mode, the
//! kernels and the clock, compiled natively for `cargo test` and to
//! WebAssembly for the page.
//!
//! JS types appear only in `bindings` (wasm only); everything else is plain Rust.

// `memory_atomic_notify` wakes the threads worker sleeping in Atomics.wait.
#![cfg_attr(
    all(target_arch = "wasm32", feature = "threads"),
    feature(stdarch_wasm_atomic_wait)
)]
// The page says "out of memory" when an allocation fails (`panic_report`).
#![cfg_attr(target_arch = "wasm32", feature(alloc_error_hook))]

// The crate's layers, lowest first; a module names only modules of its own
// layer or below (crate/tests/layers.rs checks it):
// 1. the host: clock, memory, panic report, allocator cache, JS imports;
pub mod host;
// 2. interpreter-free primitives, the compiler, the GIL and its trace;
pub mod compiler;
pub mod gil;
pub mod gil_summary;
pub mod objects;
pub mod trace;
pub mod workloads;
// 3. the interpreter;
pub mod runtime;
// 4. the standard library modules, handed to the interpreter as a table;
pub mod modules;
// 5. the runs: a program, a compare (sequential or on threads), the pool;
pub mod runs;
// 6. the bindings (wasm only), exporting the runs to JavaScript.

/// Where threads share one allocator behind a global lock (the threaded wasm
/// build), small blocks are cached per thread (see `alloc_cache`).
#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: host::alloc_cache::AllocCache = host::alloc_cache::AllocCache;

#[cfg(target_arch = "wasm32")]
mod bindings;
