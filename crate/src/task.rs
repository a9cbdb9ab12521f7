//! One task of an experiment, and what running it gives back.
//!
//! The page splits an experiment into tasks; every engine (sequential, processes,
//! threads) runs the same `Task`s with `run_task`, so their results can be compared.

use serde::{Deserialize, Serialize};

use crate::clock::now_ms;
use crate::trace::Span;
use crate::vm::engine::{run_traced, ProgramSpec};
use crate::workloads::{process_data::process_data_chunk, sum_squares::sum_squares};

/// What a task computes.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(tag = "workload", rename_all = "snake_case")]
pub enum Work {
    /// `sum(i*i for i in range(n))`.
    SumSquares { n: u64 },
    /// `process_data_chunk` over items `start .. start + count` of data set `seed`.
    ProcessData { seed: u64, start: u64, count: u64 },
    /// A program of the interpreter (the page's "Python"), run under this
    /// worker's own GIL, as in a process of a `multiprocessing.Pool`.
    Interpreter(ProgramSpec),
}

/// A deliberate fault, so tests can check that the page survives one.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// A Rust panic inside the task.
    Panic,
}

/// A task as the page sends it.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Task {
    pub id: u32,
    #[serde(flatten)]
    pub work: Work,
    #[serde(default)]
    pub fault: Option<Fault>,
}

/// A finished task: its exact result (decimal, as it may exceed 2^64) and when it ran.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct TaskOutcome {
    pub id: u32,
    /// Which worker of the pool ran it (0 when run alone).
    #[serde(default)]
    pub worker: u32,
    pub value: String,
    /// Start and end on the common clock (`clock::now_ms`).
    pub start_ms: f64,
    pub end_ms: f64,
    /// What the interpreter was doing when (empty for native kernels).
    #[serde(default)]
    pub spans: Vec<Span>,
}

/// Runs one task on the current thread.
///
/// # Errors
/// Returns an error when the task's parameters are out of range.
///
/// # Panics
/// Panics on purpose when the task carries `Fault::Panic`.
pub fn run_task(task: &Task) -> Result<TaskOutcome, String> {
    let start_ms = now_ms();
    if task.fault == Some(Fault::Panic) {
        panic!("deliberate panic in task {} (fault injection)", task.id);
    }
    let value = match &task.work {
        Work::SumSquares { n } => sum_squares(*n)?,
        Work::ProcessData { seed, start, count } => process_data_chunk(*seed, *start, *count),
        Work::Interpreter(spec) => {
            let run = run_traced(&spec.compile(), 0);
            return Ok(TaskOutcome {
                id: task.id,
                worker: 0,
                value: run.value?,
                start_ms: run.start_ms,
                end_ms: run.end_ms,
                spans: run.spans,
            });
        }
    };
    Ok(TaskOutcome {
        id: task.id,
        worker: 0,
        value: value.to_string(),
        start_ms,
        end_ms: now_ms(),
        spans: Vec::new(),
    })
}

/// Runs tasks one after another on the current thread.
///
/// # Errors
/// Returns the first task's error.
pub fn run_tasks(tasks: &[Task]) -> Result<Vec<TaskOutcome>, String> {
    tasks.iter().map(run_task).collect()
}
