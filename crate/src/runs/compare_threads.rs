//! Compare mode's Threads on the page's thread pool (threaded build), without
//! blocking the worker that owns the wasm instance: it starts the run,
//! returns, and sleeps on the news counter until the run has ended.

use std::sync::{Arc, Mutex, PoisonError};

use serde::Serialize;

use crate::gil::GilConfig;
use crate::host::news;
use crate::runs::compare::{CompareSpec, Loaded, PanicAt, ThreadsOutcome};
use crate::runs::limits::pool_limits;
use crate::runtime::RunOptions;

/// Compare mode's Threads: the program imported on a pool thread, its tasks
/// run on K Python threads of the pool under one GIL (or none).
#[derive(Default)]
pub struct CompareRun {
    result: Mutex<Option<CompareEnd>>,
}

/// How a threaded compare run ended.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum CompareEnd {
    Done(ThreadsOutcome),
    Failed { error: String },
}

impl CompareRun {
    /// Starts the run and returns at once; `max_threads` bounds the threads a
    /// task may start itself.
    #[must_use]
    pub fn start(
        spec: CompareSpec,
        gil: GilConfig,
        threads: usize,
        max_threads: usize,
        panic_at: PanicAt,
    ) -> Arc<CompareRun> {
        let run = Arc::new(CompareRun::default());
        let job = Arc::clone(&run);
        crate::host::workers::spawn(Box::new(move || {
            // Its threads are the instance's workers (`RunOptions::new`'s spawn).
            let options = RunOptions {
                gil,
                limits: pool_limits(max_threads),
                ..RunOptions::new(crate::modules::load)
            };
            // Compare mode shows times, not output: what the program prints is dropped.
            let end = Loaded::load(&spec, Box::new(|_| {}), options)
                .map(Arc::new)
                .and_then(|loaded| loaded.run_threads(threads, panic_at));
            let end = match end {
                Ok(outcome) => CompareEnd::Done(outcome),
                Err(error) => CompareEnd::Failed { error },
            };
            *job.result.lock().unwrap_or_else(PoisonError::into_inner) = Some(end);
            news::announce();
        }));
        run
    }

    /// The end, once reached.
    #[must_use]
    pub fn end(&self) -> Option<CompareEnd> {
        self.result
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}
