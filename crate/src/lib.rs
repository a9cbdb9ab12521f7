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

pub mod alloc_cache;
pub mod clock;
pub mod compare;
pub mod compiler;
pub mod gil;
pub mod gil_summary;
pub mod memory;
pub mod modules;
pub mod objects;
pub mod panic_report;
pub mod runtime;
pub mod trace;
pub mod workloads;

/// Where threads share one allocator behind a global lock (the threaded wasm
/// build), small blocks are cached per thread (see `alloc_cache`).
#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: alloc_cache::AllocCache = alloc_cache::AllocCache;

#[cfg(feature = "threads")]
pub mod program_run;
#[cfg(feature = "threads")]
pub mod threaded_run;

#[cfg(target_arch = "wasm32")]
mod bindings;
