//! The only `#[wasm_bindgen]` surface: plain data in and out via serde-wasm-bindgen.

use wasm_bindgen::prelude::*;

use crate::panic_report;
use crate::task::{run_tasks, Task};

#[wasm_bindgen(
    inline_js = "export function wall_now_ms() { return performance.timeOrigin + performance.now(); }"
)]
extern "C" {
    /// The common clock (see `clock`).
    pub fn wall_now_ms() -> f64;
}

/// Runs once per instance (and per thread): panics go to the console with
/// console_error_panic_hook's message, and are kept for the page to show.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        panic_report::record(info.to_string());
    }));
}

/// Runs tasks one after another on this thread and returns their outcomes.
///
/// # Errors
/// Bad task descriptions or out-of-range parameters.
#[wasm_bindgen(js_name = runTasks)]
pub fn run_tasks_js(tasks: JsValue) -> Result<JsValue, JsError> {
    let tasks: Vec<Task> = serde_wasm_bindgen::from_value(tasks)?;
    let outcomes = run_tasks(&tasks).map_err(|e| JsError::new(&e))?;
    Ok(serde_wasm_bindgen::to_value(&outcomes)?)
}

/// The message of the panic that trapped the last call, if any.
#[wasm_bindgen(js_name = takePanicMessage)]
#[must_use]
pub fn take_panic_message() -> Option<String> {
    panic_report::take()
}

// Exported to JS as `initThreadPool`; nothing in Rust calls it.
#[cfg(feature = "threads")]
#[allow(unused_imports)]
pub use wasm_bindgen_rayon::init_thread_pool;

#[cfg(feature = "threads")]
thread_local! {
    static CURRENT_RUN: std::cell::RefCell<Option<std::sync::Arc<crate::threaded_run::ThreadedRun>>> =
        const { std::cell::RefCell::new(None) };
}

/// Starts the tasks on `threads` pool threads and returns at once; poll with
/// `pollThreadedRun`.
///
/// # Errors
/// Bad task descriptions.
#[cfg(feature = "threads")]
#[wasm_bindgen(js_name = startThreadedRun)]
pub fn start_threaded_run(tasks: JsValue, threads: usize) -> Result<(), JsError> {
    let tasks: Vec<Task> = serde_wasm_bindgen::from_value(tasks)?;
    let run = crate::threaded_run::ThreadedRun::start(tasks, threads);
    CURRENT_RUN.with(|current| *current.borrow_mut() = Some(run));
    Ok(())
}

/// Where the current threaded run stands:
/// `{ finished, total, error?, panic?, outcomes? }` (outcomes once all finished).
///
/// # Errors
/// When no run was started.
#[cfg(feature = "threads")]
#[wasm_bindgen(js_name = pollThreadedRun)]
pub fn poll_threaded_run() -> Result<JsValue, JsError> {
    #[derive(serde::Serialize)]
    struct Poll {
        finished: usize,
        total: usize,
        error: Option<String>,
        panic: Option<String>,
        outcomes: Option<Vec<crate::task::TaskOutcome>>,
    }
    let run = CURRENT_RUN
        .with(|current| current.borrow().clone())
        .ok_or_else(|| JsError::new("no threaded run was started"))?;
    let progress = run.progress();
    let poll = Poll {
        finished: progress.finished,
        total: progress.total,
        error: progress.error,
        // A pool thread that panicked has trapped and died: its message is all we get.
        panic: panic_report::peek(),
        outcomes: run.outcomes(),
    };
    Ok(serde_wasm_bindgen::to_value(&poll)?)
}

/// Byte address of the counter bumped after every finished task, for `Atomics.wait`.
#[cfg(feature = "threads")]
#[wasm_bindgen(js_name = tasksFinishedAddress)]
#[must_use]
pub fn tasks_finished_address() -> usize {
    crate::threaded_run::TASKS_FINISHED.as_ptr() as usize
}
