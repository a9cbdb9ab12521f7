//! Runs tasks on K threads of the rayon pool, without blocking the caller.
//!
//! The calling worker (which owns the wasm instance) must stay responsive: it starts
//! a run, returns, and polls. K jobs pull task indices from one shared counter, so
//! K threads share the tasks the way a `Pool` of K workers does.

use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use crate::gil::GilConfig;
use crate::task::{run_task, Task, TaskOutcome};
use crate::vm::engine::{run_pool, PoolResult, ProgramSpec, Spawner};

/// Bumped after every finished task of any run, so the owning worker can sleep
/// on it (`Atomics.wait`) instead of polling in a busy loop.
pub static TASKS_FINISHED: AtomicI32 = AtomicI32::new(0);

/// Wakes whoever waits on `TASKS_FINISHED`.
pub fn signal_task_finished() {
    TASKS_FINISHED.fetch_add(1, Ordering::SeqCst);
    #[cfg(target_arch = "wasm32")]
    // SAFETY: the address is that of a live static i32 in this module's memory.
    unsafe {
        core::arch::wasm32::memory_atomic_notify(TASKS_FINISHED.as_ptr(), u32::MAX);
    }
}

/// The state of one threaded run, shared by its jobs and the poller.
pub struct ThreadedRun {
    tasks: Vec<Task>,
    next: AtomicUsize,
    finished: AtomicUsize,
    outcomes: Mutex<Vec<Option<TaskOutcome>>>,
    error: Mutex<Option<String>>,
}

/// A snapshot for the poller.
pub struct Progress {
    pub finished: usize,
    pub total: usize,
    pub error: Option<String>,
}

impl ThreadedRun {
    /// Starts `tasks` on `threads` jobs of the global rayon pool and returns at once.
    #[must_use]
    pub fn start(tasks: Vec<Task>, threads: usize) -> Arc<Self> {
        let total = tasks.len();
        let run = Arc::new(Self {
            tasks,
            next: AtomicUsize::new(0),
            finished: AtomicUsize::new(0),
            outcomes: Mutex::new(vec![None; total]),
            error: Mutex::new(None),
        });
        for worker in 0..threads.max(1) {
            let run = Arc::clone(&run);
            rayon::spawn(move || run.work(worker));
        }
        run
    }

    /// One worker: takes the next task until none is left.
    fn work(&self, worker: usize) {
        loop {
            let index = self.next.fetch_add(1, Ordering::SeqCst);
            let Some(task) = self.tasks.get(index) else {
                return;
            };
            match run_task(task) {
                Ok(mut outcome) => {
                    outcome.worker = u32::try_from(worker).unwrap_or(u32::MAX);
                    if let Ok(mut outcomes) = self.outcomes.lock() {
                        outcomes[index] = Some(outcome);
                    }
                }
                Err(message) => {
                    if let Ok(mut error) = self.error.lock() {
                        error.get_or_insert(message);
                    }
                }
            }
            self.finished.fetch_add(1, Ordering::SeqCst);
            signal_task_finished();
        }
    }

    #[must_use]
    pub fn progress(&self) -> Progress {
        Progress {
            finished: self.finished.load(Ordering::SeqCst),
            total: self.tasks.len(),
            error: self.error.lock().ok().and_then(|e| e.clone()),
        }
    }

    /// The outcomes in task order, once every task has finished.
    #[must_use]
    pub fn outcomes(&self) -> Option<Vec<TaskOutcome>> {
        if self.finished.load(Ordering::SeqCst) < self.tasks.len() {
            return None;
        }
        self.outcomes.lock().ok()?.iter().cloned().collect()
    }
}

/// Runs interpreter programs on pool threads as Python threads: one GIL (or
/// none), K threads taking tasks in turn. Started without blocking the caller.
pub struct InterpreterRun {
    result: Mutex<Option<PoolResult>>,
}

/// Runs jobs on the rayon pool, each on its own pool thread: they wait for each
/// other under the GIL, so they must really run at the same time.
///
/// Each job is `rayon::spawn`ed and the caller blocks on a latch instead of
/// joining a `rayon::scope`: a scope's owner thread would run one of the jobs
/// itself and leave the others to be stolen late, so two "concurrent" threads
/// sometimes ran one after the other. The caller (a pool thread) sleeps, so the
/// pool keeps one thread more than the page lets runs use.
pub struct RayonThreads;

impl Spawner for RayonThreads {
    fn run_all<'a>(&self, jobs: Vec<Box<dyn FnOnce() + Send + 'a>>) {
        let latch = Arc::new((Mutex::new(jobs.len()), Condvar::new()));
        for job in jobs {
            // SAFETY: the lifetime is erased so the job can go to `rayon::spawn`;
            // this function does not return before every job has run (the latch
            // below counts them down), so nothing the job borrows outlives it.
            let job: Box<dyn FnOnce() + Send + 'static> = unsafe { std::mem::transmute(job) };
            let latch = Arc::clone(&latch);
            rayon::spawn(move || {
                job();
                let (left, done) = &*latch;
                let mut left = left.lock().unwrap_or_else(PoisonError::into_inner);
                *left -= 1;
                done.notify_all();
            });
        }
        let (left, done) = &*latch;
        let mut left = left.lock().unwrap_or_else(PoisonError::into_inner);
        while *left > 0 {
            left = done.wait(left).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

impl InterpreterRun {
    #[must_use]
    pub fn start(programs: Vec<ProgramSpec>, threads: usize, gil: GilConfig) -> Arc<Self> {
        let run = Arc::new(Self {
            result: Mutex::new(None),
        });
        let shared = Arc::clone(&run);
        rayon::spawn(move || {
            let programs: Vec<_> = programs.iter().map(ProgramSpec::compile).collect();
            let result = run_pool(&programs, threads, gil, &RayonThreads);
            if let Ok(mut slot) = shared.result.lock() {
                *slot = Some(result);
            }
            signal_task_finished();
        });
        run
    }

    /// The result, once the run has finished.
    #[must_use]
    pub fn result(&self) -> Option<PoolResult> {
        self.result.lock().ok()?.clone()
    }
}
