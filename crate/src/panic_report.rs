//! Keeps the message of the last Rust panic so the page can show it.
//!
//! The wasm builds abort on panic (a trap); the worker catches the trap and asks
//! for the message, and the threaded run's poller reports it, instead of hanging.

use std::sync::Mutex;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Records a panic message (called from the panic hook).
pub fn record(message: String) {
    if let Ok(mut slot) = LAST_PANIC.lock() {
        *slot = Some(message);
    }
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
