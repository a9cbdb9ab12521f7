//! What ended a wasm thread that died, in words for the page.
//!
//! A trap (a Rust panic, which aborts in these builds; a failed allocation;
//! an out-of-bounds access; the browser's stack exhausted) kills the wasm
//! thread at once: nothing after it runs in that thread. So what can be
//! learnt is kept beforehand: the panic hook keeps the panic's message, the
//! allocation-failure hook the size asked for, and the JavaScript that ran
//! the thread writes the trap's own text into `TRAP` (see `trap_report_address`
//! and www/engines/pool-trap.ts). The worker then asks `describe` for the
//! message to show, and the page rebuilds the instance.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicI32, AtomicU32, AtomicUsize, Ordering};
use std::sync::Mutex;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// The size of the allocation that failed (0: none failed).
static FAILED_ALLOCATION: AtomicUsize = AtomicUsize::new(0);

/// Records a panic message (called from the panic hook).
pub fn record(message: String) {
    if let Ok(mut slot) = LAST_PANIC.lock() {
        *slot = Some(message);
    }
}

/// Records that an allocation of `bytes` failed (called from the allocation
/// error hook, just before the thread aborts). Takes no lock and allocates
/// nothing: the allocator has just failed.
pub fn record_failed_allocation(bytes: usize) {
    FAILED_ALLOCATION.store(bytes.max(1), Ordering::SeqCst);
}

/// The last recorded panic message, if any, leaving it in place.
#[must_use]
pub fn peek() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|slot| slot.clone())
}

/// Takes the last recorded panic message, if any.
#[must_use]
pub fn take() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|mut slot| slot.take())
}

/// Room for the trap's text in `TRAP`.
const TRAP_TEXT_BYTES: usize = 248;

/// Where JavaScript writes the text of a trap that ended a pool thread:
/// `state` (0: none; 2: being written; 1: written), the text's length in
/// bytes, then its UTF-8 bytes. Its layout is read by pool-trap.ts.
#[repr(C)]
pub struct TrapReport {
    state: AtomicI32,
    len: AtomicU32,
    text: UnsafeCell<[u8; TRAP_TEXT_BYTES]>,
}

// SAFETY: `text` is written (by JavaScript) only by the writer that moved
// `state` from 0 to 2, and read only once `state` is 1 (published with a
// release store, read with an acquire load).
unsafe impl Sync for TrapReport {}

static TRAP: TrapReport = TrapReport {
    state: AtomicI32::new(0),
    len: AtomicU32::new(0),
    text: UnsafeCell::new([0; TRAP_TEXT_BYTES]),
};

/// Byte address of `TRAP` in this instance's memory, and its text's room.
#[must_use]
pub fn trap_report_address() -> (usize, usize) {
    (std::ptr::addr_of!(TRAP) as usize, TRAP_TEXT_BYTES)
}

/// The text of a trap that ended a pool thread, once JavaScript wrote it.
#[must_use]
pub fn trap() -> Option<String> {
    if TRAP.state.load(Ordering::Acquire) != 1 {
        return None;
    }
    let len = (TRAP.len.load(Ordering::Relaxed) as usize).min(TRAP_TEXT_BYTES);
    // SAFETY: state 1 means the writer is done (see `TrapReport`).
    let text: &[u8; TRAP_TEXT_BYTES] = unsafe { &*TRAP.text.get() };
    let bytes = &text[..len];
    Some(String::from_utf8_lossy(bytes).into_owned())
}

/// What to tell the user about a thread that died of `trap` (the text the
/// browser gave, e.g. "RuntimeError: unreachable"), given what was recorded
/// before it died. `memory_bytes`: how large the instance's memory is.
#[must_use]
pub fn describe(trap: &str, memory_bytes: usize) -> String {
    let megabytes = memory_bytes >> 20;
    let failed = FAILED_ALLOCATION.load(Ordering::SeqCst);
    if failed > 0 {
        return format!(
            "the program ran out of memory ({megabytes} MB: an allocation of {} MB more failed); \
             the interpreter was restarted",
            failed.div_ceil(1 << 20)
        );
    }
    if let Some(panic) = peek() {
        return format!("the interpreter failed (Rust panic: {panic}); it was restarted");
    }
    if trap.contains("call stack") || trap.contains("stack overflow") {
        return format!("the program overflowed the stack ({trap}); the interpreter was restarted");
    }
    format!("the interpreter crashed ({trap}); it was restarted")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trap_is_described_by_what_was_recorded_before_it() {
        assert_eq!(
            describe("RuntimeError: memory access out of bounds", 64 << 20),
            "the interpreter crashed (RuntimeError: memory access out of bounds); it was restarted"
        );
        assert_eq!(
            describe("RangeError: Maximum call stack size exceeded", 64 << 20),
            "the program overflowed the stack (RangeError: Maximum call stack size exceeded); \
             the interpreter was restarted"
        );
        record("deliberate".into());
        assert_eq!(
            describe("RuntimeError: unreachable", 64 << 20),
            "the interpreter failed (Rust panic: deliberate); it was restarted"
        );
        record_failed_allocation(300 << 20);
        assert_eq!(
            describe("RuntimeError: unreachable", 1 << 30),
            "the program ran out of memory (1024 MB: an allocation of 300 MB more failed); \
             the interpreter was restarted"
        );
        FAILED_ALLOCATION.store(0, Ordering::SeqCst);
        let _ = take();
    }
}
