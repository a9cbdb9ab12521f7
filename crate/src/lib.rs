//! GIL Playground core: the workloads, the task runners and the clock, compiled
//! natively for `cargo test` and to WebAssembly for the page.
//!
//! JS types appear only in `bindings` (wasm only); everything else is plain Rust.

pub mod clock;
pub mod gil;
pub mod panic_report;
pub mod task;
pub mod trace;
pub mod vm;
pub mod workloads;

#[cfg(feature = "threads")]
pub mod threaded_run;

#[cfg(target_arch = "wasm32")]
mod bindings;
