//! Threads in the browser (threaded build): each is a Web Worker running this
//! module over the one shared memory, started when a thread needs one and
//! kept for the next. A job (a Python thread, a program's main thread) goes
//! into a queue; a waiting worker takes it, and when none waits the worker
//! that owns the instance is asked, through `news`, to start one more
//! (`workers_wanted`): only a worker with an event loop can create workers.
//! Natively each job is a std thread.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Work for a thread.
pub type Job = Box<dyn FnOnce() + Send>;

/// The jobs not yet taken, and the workers.
struct Pool {
    jobs: VecDeque<Job>,
    /// Workers waiting for a job.
    waiting: usize,
    /// Workers asked for and not yet waiting (being created, or starting).
    starting: usize,
    /// Workers asked for that the owner has not yet been told of.
    wanted: usize,
    /// Workers that have started, ever (each runs until its instance goes).
    started: usize,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    jobs: VecDeque::new(),
    waiting: 0,
    starting: 0,
    wanted: 0,
    started: 0,
});

/// Wakes a waiting worker when a job arrives.
static JOB_ARRIVED: Condvar = Condvar::new();

fn pool() -> MutexGuard<'static, Pool> {
    POOL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs `job` on a thread of its own: natively a std thread; in the browser
/// a waiting worker, or a new one.
pub fn spawn(job: Job) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(job)
            .expect("a thread for a job");
    }
    // The plain build: each job is run on a suspendable stack of its own
    // (`run_queued`), which the worker starts when told of it.
    #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
    {
        let mut pool = pool();
        pool.jobs.push_back(job);
        pool.wanted += 1;
        drop(pool);
        super::news::announce();
    }
    #[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
    {
        let mut pool = pool();
        pool.jobs.push_back(job);
        if pool.jobs.len() > pool.waiting + pool.starting {
            pool.starting += 1;
            pool.wanted += 1;
            drop(pool);
            super::news::announce();
        } else {
            drop(pool);
            JOB_ARRIVED.notify_one();
        }
    }
}

/// How many threads this machine runs at once (`os.cpu_count()`): in the
/// browser `navigator.hardwareConcurrency`, as std knows none in wasm.
#[must_use]
pub fn cores() -> usize {
    #[cfg(target_arch = "wasm32")]
    {
        usize::try_from(super::js::hardware_concurrency()).map_or(1, |n| n.max(1))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    }
}

/// How many workers the owner should start now (and it is told only once).
#[must_use]
pub fn workers_wanted() -> usize {
    std::mem::take(&mut pool().wanted)
}

/// Asks for `count` workers ahead of need, so that the first threads of a
/// program start at once.
pub fn prestart(count: usize) {
    let mut pool = pool();
    pool.starting += count;
    pool.wanted += count;
}

/// Counts a worker that another owner starts for this instance (a child
/// process's first thread, which its parent's owner starts beside the
/// child's own worker, so the two load at once) as starting: a job queued
/// before it arrives waits for it rather than asking for one more.
pub fn coming() {
    pool().starting += 1;
}

/// How many workers have started (each is a thread of the instance for good).
#[must_use]
pub fn started() -> usize {
    pool().started
}

/// The plain build's thread: runs the oldest job queued, on the stack the
/// worker called this on (a suspendable one: its waits pause it, and the
/// other jobs' stacks run meanwhile; see `pause`).
pub fn run_queued() {
    let job = pool().jobs.pop_front();
    if let Some(job) = job {
        job();
    }
}

/// A worker's life: take jobs and run them, one after another, for ever.
/// A job that traps ends the worker (the owner learns of it from the trap
/// report and starts a fresh instance).
pub fn work() -> ! {
    let mut pool = pool();
    pool.starting = pool.starting.saturating_sub(1);
    pool.started += 1;
    loop {
        if let Some(job) = pool.jobs.pop_front() {
            drop(pool);
            job();
            pool = self::pool();
            continue;
        }
        pool.waiting += 1;
        pool = JOB_ARRIVED
            .wait(pool)
            .unwrap_or_else(PoisonError::into_inner);
        pool.waiting -= 1;
    }
}
