//! The host: what the interpreter needs from the machine it runs on, and
//! nothing of Python. The common clock and real waits, the memory limit, the
//! report of a thread that trapped, the per-thread allocator cache, and (in
//! the browser) the JavaScript functions they call, and how much native stack
//! is left.

pub mod alloc_cache;
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod memory;
pub mod news;
pub mod panic_report;
pub mod pause;
pub mod processes;
pub mod shared_region;
pub mod stack;
pub mod workers;
