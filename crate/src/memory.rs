//! How much memory a program may use: wasm memory only grows, and running
//! out of it traps (the thread dies mid-run), so the interpreter raises
//! MemoryError once the instance's memory passes a limit below the threaded
//! build's maximum (1 GiB, .cargo/wasm-threads.toml); the page then rebuilds
//! the instance, whose memory never shrinks.

/// The memory a program may grow the instance to before MemoryError.
pub const LIMIT_BYTES: usize = 768 << 20;

/// The instance's memory now (0 natively, where the OS sets the limits).
#[must_use]
pub fn used_bytes() -> usize {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size(0) * 65_536
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// Whether the instance's memory is past the limit.
#[must_use]
pub fn over_limit() -> bool {
    used_bytes() > LIMIT_BYTES
}
