//! Python's `faulthandler`: `enable`, `disable` and `is_enabled`, and the
//! functions CPython's own tests use to crash the interpreter on purpose
//! (`_sigsegv`, `_read_null`, `_sigabrt`, `_stack_overflow`). Here they make
//! the wasm thread trap as CPython's process would die, so the page's
//! recovery from a crashed interpreter can be tried for real.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::builtin;
use crate::runtime::function::Builtin;
use crate::runtime::object::Module;
use crate::runtime::value::Value;

/// Whether `faulthandler.enable()` was called (nothing else changes: the page
/// reports every crash anyway).
static ENABLED: AtomicBool = AtomicBool::new(false);

/// A read past the end of the instance's memory: in wasm, the trap "memory
/// access out of bounds" (address 0 is valid memory there, so `_read_null`
/// does the same). Natively the process aborts.
fn read_out_of_bounds() -> ! {
    #[cfg(target_arch = "wasm32")]
    {
        let end = crate::host::memory::used_bytes() + 64;
        // SAFETY: none: this read traps on purpose, and wasm makes that trap
        // certain (every access is bounds-checked); it never returns.
        let _ = unsafe { std::ptr::read_volatile(std::hint::black_box(end) as *const u8) };
    }
    std::process::abort()
}

/// Calls itself until the stack runs out (in the browser, "Maximum call stack
/// size exceeded"; natively, Rust's stack overflow abort).
#[inline(never)]
fn overflow_stack(depth: u64) -> u64 {
    if std::hint::black_box(depth) == u64::MAX {
        return depth;
    }
    overflow_stack(std::hint::black_box(depth + 1)).wrapping_add(1)
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("enable", |_, _| {
        ENABLED.store(true, Ordering::Relaxed);
        Ok(Value::None)
    }),
    builtin!("disable", |_, _| {
        ENABLED.store(false, Ordering::Relaxed);
        Ok(Value::None)
    }),
    builtin!("is_enabled", |_, _| Ok(Value::Bool(
        ENABLED.load(Ordering::Relaxed)
    ))),
    builtin!("_sigsegv", |_, _| read_out_of_bounds()),
    builtin!("_read_null", |_, _| read_out_of_bounds()),
    builtin!("_sigabrt", |_, _| std::process::abort()),
    // CPython's Py_FatalError: here a Rust panic, which traps the wasm thread.
    builtin!("_fatal_error", |interp, a| {
        let message = match a.positional.first() {
            Some(value) => interp.to_str(value)?,
            None => String::new(),
        };
        panic!("{message}")
    }),
    builtin!("_stack_overflow", |_, _| {
        overflow_stack(0);
        std::process::abort()
    }),
];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("faulthandler", FUNCTIONS)
}
