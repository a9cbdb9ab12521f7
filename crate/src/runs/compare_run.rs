//! Compare mode's Threads and Processes in the threaded build, without
//! blocking the worker that owns the wasm instance: it starts the run,
//! returns, and sleeps on the news counter until the run has ended.
//!
//! Threads run the tasks on K Python threads of the page's pool; Processes map
//! them over a `multiprocessing.Pool` of K processes, which are the program's
//! own child processes (`host::processes`: Web Workers with instances of
//! their own), started as any program's are.

use std::sync::{Arc, Mutex, PoisonError};

use serde::Serialize;

use crate::gil::GilConfig;
use crate::host::news;
use crate::runs::compare::{CompareSpec, Loaded, PanicAt, TaskOutcome, ThreadsOutcome};
use crate::runs::limits::MAX_THREADS;
use crate::runs::program::browser_options;
use crate::runtime::RunOptions;

/// A compare run on the pool: its end, once reached.
#[derive(Default)]
pub struct CompareRun {
    result: Mutex<Option<CompareEnd>>,
}

/// How a compare run ended.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum CompareEnd {
    /// On threads: the outcomes, the threads' spans and the GIL's statistics.
    Threads(ThreadsOutcome),
    /// On processes: the outcomes (how the processes ran, their owner knows).
    Processes {
        outcomes: Vec<TaskOutcome>,
    },
    Failed {
        error: String,
    },
}

impl CompareRun {
    /// Starts `job` on a pool thread with the program imported under `options`,
    /// and returns at once.
    fn start_with(
        spec: CompareSpec,
        options: RunOptions,
        job: impl FnOnce(Arc<Loaded>) -> Result<CompareEnd, String> + Send + 'static,
    ) -> Arc<CompareRun> {
        let run = Arc::new(CompareRun::default());
        let done = Arc::clone(&run);
        crate::host::workers::spawn(Box::new(move || {
            // Compare mode shows times, not output: what the program prints is dropped.
            let end = Loaded::load(&spec, Box::new(|_| {}), options)
                .map(Arc::new)
                .and_then(job)
                .unwrap_or_else(|error| CompareEnd::Failed { error });
            *done.result.lock().unwrap_or_else(PoisonError::into_inner) = Some(end);
            news::announce();
        }));
        run
    }

    /// Compare mode's Threads: the program imported on a pool thread, its
    /// tasks run on `threads` Python threads of the pool under one GIL (or
    /// none); `max_threads` bounds the threads a task may start itself.
    #[must_use]
    pub fn start(
        spec: CompareSpec,
        gil: GilConfig,
        threads: usize,
        max_threads: usize,
        panic_at: PanicAt,
    ) -> Arc<CompareRun> {
        CompareRun::start_with(spec, browser_options(gil, max_threads), move |loaded| {
            loaded
                .run_threads(threads, panic_at)
                .map(CompareEnd::Threads)
        })
    }

    /// Compare mode's Processes: the program imported on a pool thread (as
    /// the parent process), its tasks mapped over a pool of `workers` child
    /// processes, each under its own GIL configured by `gil`.
    #[must_use]
    pub fn start_processes(
        spec: CompareSpec,
        gil: GilConfig,
        workers: usize,
        panic_at: PanicAt,
    ) -> Arc<CompareRun> {
        CompareRun::start_with(spec, browser_options(gil, MAX_THREADS), move |loaded| {
            loaded
                .run_processes(workers, panic_at)
                .map(|outcomes| CompareEnd::Processes { outcomes })
        })
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
