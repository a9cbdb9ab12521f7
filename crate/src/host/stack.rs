//! Whether the native stack is nearly used up.
//!
//! Python calls from bytecode run on the interpreter's own frame stack, but
//! Rust calling back into Python (a sort key, `__lt__` in a sort, a
//! generator) nests on the native stack. In the browser that stack is the
//! worker's own (about 1 MB in Chromium, less or more in other browsers), and
//! running out of it is a trap that kills the thread, not an error the
//! interpreter can raise. How many nested runs fit depends on the path and on
//! how the browser compiled the code by then: a sort key's path trapped
//! before 200 levels once the worker was warm, where other paths went far
//! deeper. So the interpreter asks how much is left rather than guessing.

/// From this many nested runs on, the interpreter checks the stack (a check
/// costs a few tens of microseconds in the browser; fewer levels never come
/// near the end of it).
pub const CHECK_FROM_DEPTH: usize = 32;

/// And then every this many levels: far less than a quarter of the stack
/// between two checks (a level takes a few kB).
pub const CHECK_EVERY: usize = 4;

/// Whether the native stack is so far used that Python should raise
/// RecursionError before going deeper: in the browser, less than a quarter of
/// the worker's stack left (of what was left at the first check, which is
/// most of it); natively never (threads have large stacks, and
/// the interpreter's own limits come first).
#[must_use]
pub fn native_stack_low() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        super::js::native_stack_low()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}
