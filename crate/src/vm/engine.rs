//! Runs K interpreter threads, each running a program, sharing one GIL (or none)
//! and the shared state (counter, lock); returns results, spans and GIL stats.
//!
//! How the threads are started is pluggable ([`Spawner`]): natively
//! [`StdThreads`] (scoped std threads, used by the tests); in the browser a pool of
//! wasm threads. The jobs must really run concurrently (one OS/wasm thread each),
//! as Python threads do.
//!
//! Everything here is plain data (serde), no JS types.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::clock::now_ms;
use crate::gil::{median_handoff_period_ms, Gil, GilConfig, GilCounters};
use crate::trace::{time_in, Span, State};

use super::bytecode::Program;
use super::interp::{execute, ThreadCtx};
use super::programs;
use super::shared::Shared;

/// Starts jobs and returns when all of them have finished. The jobs must run
/// concurrently (each on its own thread): they wait for each other.
pub trait Spawner {
    fn run_all<'a>(&self, jobs: Vec<Box<dyn FnOnce() + Send + 'a>>);
}

/// One `std::thread::scope` thread per job (native).
#[derive(Clone, Copy, Debug, Default)]
pub struct StdThreads;

impl Spawner for StdThreads {
    fn run_all<'a>(&self, jobs: Vec<Box<dyn FnOnce() + Send + 'a>>) {
        std::thread::scope(|scope| {
            for job in jobs {
                scope.spawn(job);
            }
        });
    }
}

/// A built-in program and its parameters, as the page sends it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "program", rename_all = "snake_case")]
pub enum ProgramSpec {
    /// `result = 0; for i in range(n): result += i ** 2`
    SumSquaresLoop { n: u64 },
    /// `sum(i*i for i in range(n))`
    SumSquaresGenexpr { n: u64 },
    /// `process_data_chunk` over items `start .. start + count` of data set `seed`.
    ProcessDataChunk { seed: u64, start: u64, count: u64 },
    /// `for _ in range(n): counter += 1`, optionally `with lock:`.
    CounterIncrement { n: u64, with_lock: bool },
    /// `time.sleep(seconds)`
    Sleep { seconds: f64 },
    /// `for _ in range(ops): time.sleep(seconds_each)`
    IoLoop { ops: u64, seconds_each: f64 },
    /// `rounds` times: `sum(i*i for i in range(n))` then `time.sleep(seconds)`.
    CpuAndIo { rounds: u64, n: u64, seconds: f64 },
    /// The native Rust `sum_squares(n)` called under the GIL, holding it or
    /// releasing it while computing.
    NativeSumSquares { n: u64, release_gil: bool },
    /// A fault injected by the tests: compiling it panics, as a bug in the
    /// interpreter would, so they can check that the page survives one.
    DeliberatePanic { task: u32 },
}

impl ProgramSpec {
    /// The bytecode.
    ///
    /// # Panics
    /// On purpose, for `DeliberatePanic`.
    #[must_use]
    pub fn compile(&self) -> Program {
        match *self {
            ProgramSpec::SumSquaresLoop { n } => programs::sum_squares_loop(n),
            ProgramSpec::SumSquaresGenexpr { n } => programs::sum_squares_genexpr(n),
            ProgramSpec::ProcessDataChunk { seed, start, count } => {
                programs::process_data_chunk(seed, start, count)
            }
            ProgramSpec::CounterIncrement { n, with_lock } => {
                programs::counter_increment(n, with_lock)
            }
            ProgramSpec::Sleep { seconds } => programs::sleep(seconds),
            ProgramSpec::IoLoop { ops, seconds_each } => programs::io_loop(ops, seconds_each),
            ProgramSpec::CpuAndIo { rounds, n, seconds } => {
                programs::cpu_and_io(rounds, n, seconds)
            }
            ProgramSpec::NativeSumSquares { n, release_gil } => {
                programs::native_sum_squares(n, release_gil)
            }
            ProgramSpec::DeliberatePanic { task } => {
                panic!("deliberate panic in task {task} (fault injection)")
            }
        }
    }
}

/// A run: the GIL's configuration and one program per thread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunConfig {
    #[serde(default)]
    pub gil: GilConfig,
    pub threads: Vec<ProgramSpec>,
}

/// What one thread did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadOutcome {
    pub thread: u32,
    pub program: String,
    /// The returned value, in decimal (it may exceed 2^64), or `None`.
    pub value: Option<String>,
    /// The Python exception (e.g. `"OverflowError: ..."`), if one was raised.
    pub error: Option<String>,
    /// When the thread began (after `Startup`) and ended, common clock.
    pub start_ms: f64,
    pub end_ms: f64,
    /// Time in each state.
    pub running_ms: f64,
    pub waiting_gil_ms: f64,
    pub io_ms: f64,
    pub waiting_lock_ms: f64,
    pub native_ms: f64,
    /// Fraction of the run's wall time spent running (GIL enabled: holding the GIL).
    pub running_fraction: f64,
    /// Fraction of the run's wall time holding the GIL (0 when it is disabled).
    pub holding_gil_fraction: f64,
    /// Fraction of the run's wall time waiting for the GIL.
    pub waiting_gil_fraction: f64,
}

/// The GIL's side of a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GilStats {
    pub enabled: bool,
    pub switch_interval_ms: f64,
    pub force_switching: bool,
    #[serde(flatten)]
    pub counters: GilCounters,
    /// The median time between consecutive hand-offs.
    pub median_handoff_period_ms: Option<f64>,
}

/// Everything a run gives back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunResult {
    pub start_ms: f64,
    pub end_ms: f64,
    pub wall_ms: f64,
    pub threads: Vec<ThreadOutcome>,
    /// All threads' spans, sorted by start.
    pub spans: Vec<Span>,
    pub gil: GilStats,
    /// The shared counter at the end.
    pub counter: i64,
    /// How many `lock.acquire()` calls had to block.
    pub lock_contended: u64,
}

struct Done {
    value: Result<String, String>,
    start_ms: f64,
    end_ms: f64,
    spans: Vec<Span>,
}

/// Runs `config` (compiling its programs) on `spawner`'s threads.
#[must_use]
pub fn run(config: &RunConfig, spawner: &dyn Spawner) -> RunResult {
    let programs: Vec<Program> = config.threads.iter().map(ProgramSpec::compile).collect();
    run_programs(&programs, config.gil, spawner)
}

/// Runs one thread per program, all sharing one GIL configured by `gil`.
#[must_use]
pub fn run_programs(programs: &[Program], gil: GilConfig, spawner: &dyn Spawner) -> RunResult {
    let gil = Gil::new(gil);
    let shared = Shared::new();
    let slots: Vec<Mutex<Option<Done>>> = programs.iter().map(|_| Mutex::new(None)).collect();
    let start_ms = now_ms();

    let jobs: Vec<Box<dyn FnOnce() + Send + '_>> = programs
        .iter()
        .zip(&slots)
        .enumerate()
        .map(|(index, (program, slot))| {
            let gil = &gil;
            let shared = &shared;
            let job: Box<dyn FnOnce() + Send + '_> = Box::new(move || {
                let thread = u32::try_from(index).unwrap_or(u32::MAX);
                let done = run_thread(gil, shared, thread, start_ms, just(program), |_, _| {});
                *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(done);
            });
            job
        })
        .collect();
    spawner.run_all(jobs);

    let end_ms = now_ms();
    let wall_ms = (end_ms - start_ms).max(f64::MIN_POSITIVE);
    let mut spans = Vec::new();
    let mut threads = Vec::with_capacity(programs.len());
    for (index, (program, slot)) in programs.iter().zip(slots).enumerate() {
        let thread = u32::try_from(index).unwrap_or(u32::MAX);
        let done = slot
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
            .unwrap_or_else(|| Done {
                value: Err("RuntimeError: the thread never ran".into()),
                start_ms,
                end_ms,
                spans: Vec::new(),
            });
        threads.push(thread_outcome(
            thread,
            program.name.clone(),
            &done,
            wall_ms,
            gil.enabled(),
        ));
        spans.extend(done.spans);
    }
    spans.sort_by(|a, b| a.start_ms.total_cmp(&b.start_ms));

    RunResult {
        start_ms,
        end_ms,
        wall_ms,
        threads,
        spans,
        gil: gil_stats(&gil),
        counter: shared.counter(),
        lock_contended: shared.lock.contended(),
    }
}

fn gil_stats(gil: &Gil) -> GilStats {
    let config = gil.config();
    let counters = gil.counters();
    GilStats {
        enabled: config.enabled,
        switch_interval_ms: config.switch_interval_ms,
        force_switching: config.force_switching,
        median_handoff_period_ms: median_handoff_period_ms(&counters.handoff_times_ms),
        counters,
    }
}

/// A thread's statistics from its spans.
fn thread_outcome(
    thread: u32,
    program: String,
    done: &Done,
    wall_ms: f64,
    gil_enabled: bool,
) -> ThreadOutcome {
    let running_ms = time_in(&done.spans, thread, State::Running);
    let waiting_gil_ms = time_in(&done.spans, thread, State::WaitingGil);
    ThreadOutcome {
        thread,
        program,
        value: done.value.as_ref().ok().cloned(),
        error: done.value.as_ref().err().cloned(),
        start_ms: done.start_ms,
        end_ms: done.end_ms,
        running_ms,
        waiting_gil_ms,
        io_ms: time_in(&done.spans, thread, State::Io),
        waiting_lock_ms: time_in(&done.spans, thread, State::WaitingLock),
        native_ms: time_in(&done.spans, thread, State::Native),
        running_fraction: running_ms / wall_ms,
        holding_gil_fraction: if gil_enabled {
            running_ms / wall_ms
        } else {
            0.0
        },
        waiting_gil_fraction: waiting_gil_ms / wall_ms,
    }
}

/// One task of a pool run: which thread ran it, when, and what it returned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PoolTask {
    pub thread: u32,
    pub value: Option<String>,
    pub error: Option<String>,
    pub start_ms: f64,
    pub end_ms: f64,
}

/// What a pool run gives back: per task, per thread, the spans and the GIL.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PoolResult {
    pub start_ms: f64,
    pub end_ms: f64,
    pub wall_ms: f64,
    /// In task order.
    pub tasks: Vec<PoolTask>,
    pub threads: Vec<ThreadOutcome>,
    pub spans: Vec<Span>,
    pub gil: GilStats,
}

/// Runs `tasks` on `threads` interpreter threads sharing one GIL, as a
/// `ThreadPoolExecutor(max_workers=threads)`: each thread takes the next task
/// until none is left.
#[must_use]
pub fn run_pool(
    tasks: &[Program],
    threads: usize,
    gil: GilConfig,
    spawner: &dyn Spawner,
) -> PoolResult {
    let gil = Gil::new(gil);
    let shared = Shared::new();
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<PoolTask>>> = tasks.iter().map(|_| Mutex::new(None)).collect();
    let threads = threads.clamp(1, tasks.len().max(1));
    let per_thread: Vec<Mutex<Option<Done>>> = (0..threads).map(|_| Mutex::new(None)).collect();
    let start_ms = now_ms();

    let jobs: Vec<Box<dyn FnOnce() + Send + '_>> = per_thread
        .iter()
        .enumerate()
        .map(|(index, slot)| {
            let (gil, shared, next, results) = (&gil, &shared, &next, &results);
            let job: Box<dyn FnOnce() + Send + '_> = Box::new(move || {
                let thread = u32::try_from(index).unwrap_or(u32::MAX);
                let take_next = || {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    tasks.get(i).map(|program| (i, program))
                };
                let record = |i: usize, task: PoolTask| {
                    *results[i].lock().unwrap_or_else(PoisonError::into_inner) = Some(task);
                };
                let done = run_thread(gil, shared, thread, start_ms, take_next, record);
                *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(done);
            });
            job
        })
        .collect();
    spawner.run_all(jobs);

    let end_ms = now_ms();
    let wall_ms = (end_ms - start_ms).max(f64::MIN_POSITIVE);
    let mut spans = Vec::new();
    let mut outcomes = Vec::with_capacity(threads);
    for (index, slot) in per_thread.into_iter().enumerate() {
        let thread = u32::try_from(index).unwrap_or(u32::MAX);
        if let Some(done) = slot.into_inner().unwrap_or_else(PoisonError::into_inner) {
            outcomes.push(thread_outcome(
                thread,
                "pool".into(),
                &done,
                wall_ms,
                gil.enabled(),
            ));
            spans.extend(done.spans);
        }
    }
    spans.sort_by(|a, b| a.start_ms.total_cmp(&b.start_ms));
    let tasks = results
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .unwrap_or_else(PoisonError::into_inner)
                .unwrap_or(PoolTask {
                    thread: 0,
                    value: None,
                    error: Some("RuntimeError: the task never ran".into()),
                    start_ms,
                    end_ms,
                })
        })
        .collect();
    PoolResult {
        start_ms,
        end_ms,
        wall_ms,
        tasks,
        threads: outcomes,
        spans,
        gil: gil_stats(&gil),
    }
}

/// A program run alone on the current thread under its own (uncontended) GIL,
/// traced: what one worker of a process pool does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TracedRun {
    pub value: Result<String, String>,
    pub start_ms: f64,
    pub end_ms: f64,
    pub spans: Vec<Span>,
}

/// Runs `program` alone on this thread, with a trace of its states.
#[must_use]
pub fn run_traced(program: &Program, thread: u32) -> TracedRun {
    let gil = Gil::new(GilConfig::default());
    let shared = Shared::new();
    let done = run_thread(&gil, &shared, thread, now_ms(), just(program), |_, _| {});
    TracedRun {
        value: done.value,
        start_ms: done.start_ms,
        end_ms: done.end_ms,
        spans: done.spans,
    }
}

/// Executes with a panic turned into the thread's error natively (wasm aborts).
fn execute_caught(program: &Program, ctx: &mut ThreadCtx<'_>) -> Result<String, String> {
    match catch_unwind(AssertUnwindSafe(|| execute(program, ctx))) {
        Ok(Ok(v)) => Ok(v.to_string()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("SystemError: the interpreter panicked".into()),
    }
}

/// One interpreter thread: take the GIL, run the programs `next` hands out
/// (telling `finished` about each), release the GIL for good.
fn run_thread<'p>(
    gil: &Gil,
    shared: &Shared,
    thread: u32,
    run_start: f64,
    mut next: impl FnMut() -> Option<(usize, &'p Program)>,
    mut finished: impl FnMut(usize, PoolTask),
) -> Done {
    let mut ctx = ThreadCtx::new(gil, shared, thread);
    ctx.rec.set_at(State::Startup, run_start);
    let start_ms = now_ms();
    gil.acquire(&mut ctx.rec);
    let mut value = Ok(String::new());
    while let Some((index, program)) = next() {
        let task_start = now_ms();
        // Natively a panic becomes the thread's error (and the GIL is released, so
        // the other threads do not wait forever); wasm builds abort on panic.
        value = execute_caught(program, &mut ctx);
        finished(
            index,
            PoolTask {
                thread,
                value: value.as_ref().ok().cloned(),
                error: value.as_ref().err().cloned(),
                start_ms: task_start,
                end_ms: now_ms(),
            },
        );
    }
    let end_ms = now_ms();
    gil.release_and_exit(&mut ctx.rec);
    Done {
        value,
        start_ms,
        end_ms,
        spans: ctx.rec.finish(),
    }
}

/// A task source that hands out one program.
fn just<'p>(program: &'p Program) -> impl FnMut() -> Option<(usize, &'p Program)> {
    let mut program = Some(program);
    move || program.take().map(|p| (0, p))
}
