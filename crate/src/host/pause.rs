//! Waiting without blocking the worker (the plain build). A page that is not
//! cross-origin isolated has no shared memory, so its wasm has one thread per
//! worker, and a wait that blocked it would also stop the worker's event loop,
//! through which a child process's messages and end arrive. There a program
//! runs on a suspendable stack instead (JSPI: `WebAssembly.promising`), and a
//! wait pauses that stack (`WebAssembly.Suspending`): the event loop runs, the
//! messages are delivered, and the wait looks again. The program's other
//! stacks (a pool's collector) run meanwhile, so every wait of the plain build
//! is a loop that pauses and looks again, never a `Condvar` wait.
//!
//! Elsewhere (natively, and on the threaded build's threads) a wait is the
//! `Condvar`'s own.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// A condition variable whose waits pause where `pauses()` (`wait_timeout`
/// below), and whose notifications there wake the paused stacks: in the
/// plain build a stack that changed what others wait for (a future done, the
/// GIL let go) has them look again once it pauses or ends (`nudge`).
#[derive(Debug, Default)]
pub struct Condvar(std::sync::Condvar);

impl Condvar {
    #[must_use]
    pub const fn new() -> Condvar {
        Condvar(std::sync::Condvar::new())
    }

    pub fn notify_one(&self) {
        nudge();
        self.0.notify_one();
    }

    pub fn notify_all(&self) {
        nudge();
        self.0.notify_all();
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod imp {
    use std::sync::PoisonError;

    // Raw imports (not wasm-bindgen's), so that the worker can give `pause_ms`
    // as a `WebAssembly.Suspending` (www/engines/pause-import.ts).
    #[link(wasm_import_module = "gil-playground-pause")]
    extern "C" {
        /// Suspends this stack until news comes to the worker or `ms` pass;
        /// meanwhile the stack pointer is the main stack's (for the worker's
        /// own calls into wasm).
        fn pause_ms(ms: f64);
        /// Whether this browser suspends wasm (JSPI).
        fn can_suspend() -> u32;
        /// Has the paused stacks look again, once this one pauses or ends.
        fn wake_paused();
        /// The shadow stack's pointer (the module's `__stack_pointer`), which
        /// every stack of the thread shares: each keeps its own across a pause.
        fn stack_pointer() -> u32;
        fn set_stack_pointer(at: u32);
    }

    pub fn supported() -> bool {
        // SAFETY: an import of the worker's, with no preconditions.
        unsafe { can_suspend() != 0 }
    }

    /// Whether the running call is a job's: its stack pointer is in one of
    /// the jobs' shadow stacks (the worker's own calls run on the main one).
    pub fn on_job_stack() -> bool {
        // SAFETY: an import of the worker's, with no preconditions.
        let at = unsafe { stack_pointer() } as usize;
        super::SHADOW_STACKS
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .any(|&top| at <= top && at > top - super::JOB_SHADOW_STACK_BYTES)
    }

    pub fn pause(ms: f64) {
        // SAFETY: only called on a job's stack. The stacks that run
        // meanwhile move the shadow stack's pointer into their own shadow
        // stacks: this one's is set back before it goes on.
        unsafe {
            let mine = stack_pointer();
            pause_ms(ms);
            set_stack_pointer(mine);
        }
    }

    pub fn nudge() {
        // SAFETY: an import of the worker's, with no preconditions.
        unsafe { wake_paused() }
    }
}

/// Natively and in the threaded build, a wait blocks its thread: nothing pauses.
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
mod imp {
    pub fn supported() -> bool {
        true
    }
    pub fn on_job_stack() -> bool {
        false
    }
    pub fn pause(_ms: f64) {}
    pub fn nudge() {}
}

/// Whether this browser can pause a stack (JSPI); the plain build's programs
/// need it for processes. Everywhere else there is no need.
#[must_use]
pub fn supported() -> bool {
    imp::supported()
}

/// Whether a wait here pauses the stack (the plain build, on a job's stack:
/// `workers::run_queued`) rather than blocking the thread.
#[must_use]
pub fn pauses() -> bool {
    imp::on_job_stack() && imp::supported()
}

/// Pauses this stack for at most `ms` (less when news comes): only where
/// `pauses()`.
pub fn pause(ms: f64) {
    imp::pause(ms);
}

/// Tells the paused stacks (the plain build's) that what they wait for may
/// have changed: they look again once this stack pauses or ends.
fn nudge() {
    imp::nudge();
}

/// The bytes of a job's shadow stack (the linear-memory part of a wasm
/// stack, for what Rust takes the address of): each suspendable stack has its
/// own, as large as the main one (the linker's default, 1 MiB), so that the
/// interpreter's depth limit holds on each.
const JOB_SHADOW_STACK_BYTES: usize = 1 << 20;

/// Every job's shadow stack ever made (its top address), and those no job has now.
static SHADOW_STACKS: Mutex<Vec<usize>> = Mutex::new(Vec::new());
static FREE_SHADOW_STACKS: Mutex<Vec<usize>> = Mutex::new(Vec::new());

/// A shadow stack for a job the worker is about to start: its top address
/// (the stack grows down), which the worker makes the stack pointer.
#[must_use]
pub fn take_shadow_stack() -> usize {
    if let Some(top) = FREE_SHADOW_STACKS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .pop()
    {
        return top;
    }
    let bytes: &'static mut [u8] = Box::leak(vec![0u8; JOB_SHADOW_STACK_BYTES].into_boxed_slice());
    // 16-aligned, as the ABI wants the stack pointer.
    let top = (bytes.as_ptr() as usize + JOB_SHADOW_STACK_BYTES) & !15;
    SHADOW_STACKS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(top);
    top
}

/// The job whose shadow stack this was has ended: kept for the next.
pub fn give_back_shadow_stack(top: usize) {
    FREE_SHADOW_STACKS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(top);
}

/// `Condvar::wait_timeout` of `guard` (of `mutex`), as every wait of the
/// crate's does it: where `pauses()`, the lock is let go, the stack paused,
/// and the lock taken again (the caller looks again at what it waits for).
/// Returns the guard, and whether the time ran out.
pub fn wait_timeout<'a, T>(
    changed: &Condvar,
    mutex: &'a Mutex<T>,
    guard: MutexGuard<'a, T>,
    timeout: Duration,
) -> (MutexGuard<'a, T>, bool) {
    if pauses() {
        drop(guard);
        let ms = timeout.as_secs_f64() * 1000.0;
        let start = super::clock::now_ms();
        pause(ms);
        let timed_out = super::clock::now_ms() - start >= ms;
        return (
            mutex.lock().unwrap_or_else(PoisonError::into_inner),
            timed_out,
        );
    }
    let (guard, result) = changed
        .0
        .wait_timeout(guard, timeout)
        .unwrap_or_else(PoisonError::into_inner);
    (guard, result.timed_out())
}
