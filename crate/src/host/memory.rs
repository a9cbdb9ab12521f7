//! How much memory a program may use: wasm memory only grows, and running
//! out of it traps (the thread dies mid-run), so the interpreter raises
//! MemoryError once the instance's memory passes a limit below the threaded
//! build's maximum (1 GiB, .cargo/wasm-threads.toml); the page then rebuilds
//! the instance, whose memory never shrinks.

/// The memory a program may grow the instance to before MemoryError.
pub const LIMIT_BYTES: usize = 768 << 20;

/// The most the instance's memory can grow to: the threaded build's
/// `--max-memory` (.cargo/wasm-threads.toml). Past it an allocation traps.
pub const MAX_BYTES: usize = 1 << 30;

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

/// Whether a request for `bytes` more memory at once can be satisfied: never
/// more than `LIMIT_BYTES` (natively too, so that native tests and the page
/// agree), and in wasm only while the instance can still grow by that much
/// below `MAX_BYTES` (an allocation that would pass it traps, where the
/// caller can raise MemoryError instead). `None` (a size past `usize`) never.
///
/// Small requests are the heartbeat's concern (`over_limit`, checked now and
/// then, leaves `MAX_BYTES - LIMIT_BYTES` for them); this is for the requests
/// a program sizes itself (`[0] * n`, `"ab" * n`, `list(range(n))`), asked
/// before the allocation is attempted.
#[inline]
#[must_use]
pub fn can_allocate(bytes: Option<usize>) -> bool {
    bytes.is_some_and(|bytes| {
        bytes <= LIMIT_BYTES && used_bytes().saturating_add(bytes) <= MAX_BYTES
    })
}

/// The bytes of `count` items of `size` bytes each (`None` past `usize`).
#[inline]
#[must_use]
pub fn bytes_for(count: u64, size: usize) -> Option<usize> {
    usize::try_from(count).ok()?.checked_mul(size)
}
