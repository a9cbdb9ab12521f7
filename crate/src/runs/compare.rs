//! Compare mode: a function of the user's program, `task(arg)`, called for each
//! argument of a task list, one after another or on K Python threads under one
//! GIL (or none). Processes are K workers, each loading the program itself.
//!
//! The program is imported, not run as a script: its `__name__` is
//! `"__mp_main__"`, as in a `multiprocessing` child, so an
//! `if __name__ == "__main__":` block does not run. The task list is a Python
//! expression evaluated in the program's namespace (e.g. `[10_000_000] * 4`);
//! each place that runs tasks evaluates it itself, as a spawned process
//! re-imports the main module, so a task list must come out the same each time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::compiler::compile_module;
use crate::gil_summary::GilSummary;
use crate::host::clock::now_ms;
use crate::modules::threading_module::PyThread;
use crate::runtime::function::{Args, Function};
use crate::runtime::object::Module;
use crate::runtime::shared::Runtime;
use crate::runtime::value::{lock, Value};
use crate::runtime::{format_syntax_error, Interp, RunOptions, SharedOutput};
use crate::trace::{Span, State};

/// The most tasks a task list may have.
pub const MAX_TASKS: usize = 64;

/// What to compare: a program, the function to call, and its task list.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompareSpec {
    pub source: String,
    /// The function's name in the program (`task`).
    pub call: String,
    /// A Python expression: the arguments, one task each.
    pub args: String,
}

/// A finished task: the `repr` of what it returned, who ran it and when.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TaskOutcome {
    pub id: u32,
    /// Which thread (or process) of the run ran it, from 0.
    pub worker: u32,
    pub value: String,
    /// Start and end on the common clock (`clock::now_ms`).
    pub start_ms: f64,
    pub end_ms: f64,
}

/// A threaded run: the outcomes in task order, every thread's spans (lanes
/// from 0), and the GIL's statistics.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ThreadsOutcome {
    pub outcomes: Vec<TaskOutcome>,
    pub spans: Vec<Span>,
    pub gil: GilSummary,
}

/// Each task's outcome once it has run, in task order, shared by the threads.
type Results = Mutex<Vec<Option<Result<TaskOutcome, String>>>>;

/// A deliberate Rust panic in one task, so tests can check the page survives one.
pub type PanicAt = Option<usize>;

/// A program imported, its function found and its task list evaluated.
pub struct Loaded {
    rt: Arc<Runtime>,
    function: Value,
    args: Vec<Value>,
    call: String,
    /// The task list's expression, for processes that evaluate it themselves.
    args_source: String,
}

fn wrong(
    what: &str,
    interp: &mut Interp,
    error: &crate::runtime::error::PyErr,
    source: &str,
) -> String {
    format!("{what}:\n{}", interp.format_exception(error, source))
}

/// Runs module code `code` in `module`'s namespace on `interp`.
fn exec(
    interp: &mut Interp,
    code: Arc<crate::compiler::bytecode::Code>,
    module: &Arc<Module>,
) -> crate::runtime::error::PyResult<Value> {
    let body = Arc::new(Function::new(code, Vec::new(), Vec::new(), module.clone()));
    interp.call(&Value::Function(body), Args::default())
}

impl Loaded {
    /// Imports the program (output goes to `options`' sink), finds the
    /// function and evaluates the task list.
    ///
    /// # Errors
    /// A syntax error, an exception while importing or evaluating the task
    /// list, a missing function, or a task list that is empty or too long:
    /// each as the message to show.
    pub fn load(
        spec: &CompareSpec,
        output: crate::runtime::OutputSink,
        options: RunOptions,
    ) -> Result<Loaded, String> {
        let rt = Runtime::new(SharedOutput::new(output), &spec.source, options);
        let code = compile_module(&spec.source, "main.py")
            .map_err(|e| format_syntax_error(&e, "main.py"))?;
        // A closing bracket on a line of its own, so a comment in the list cannot hide it.
        let list_source = format!("__task_list__ = list(\n{}\n)", spec.args);
        let list_code = compile_module(&list_source, "<task list>").map_err(|e| {
            format!(
                "the task list is not a Python expression:\n{}",
                format_syntax_error(&e, "<task list>")
            )
        })?;
        let module = Module::new("__mp_main__");
        module
            .names_mut()
            .insert("__name__".into(), Value::str("__mp_main__"));
        let mut interp = Interp::new(rt.clone(), 0, None);
        rt.gil.acquire(&mut interp.rec);
        let loaded = (|| {
            if let Err(error) = exec(&mut interp, code, &module) {
                return Err(wrong(
                    "importing the program raised an exception",
                    &mut interp,
                    &error,
                    &spec.source,
                ));
            }
            if let Err(error) = exec(&mut interp, list_code, &module) {
                return Err(wrong(
                    "the task list raised an exception",
                    &mut interp,
                    &error,
                    &list_source,
                ));
            }
            let mut names = module.names_mut();
            let function = names.get(spec.call.as_str()).cloned().ok_or_else(|| {
                format!(
                    "the program has no function `{}` to call (define `def {}(arg):`)",
                    spec.call, spec.call
                )
            })?;
            let Some(Value::List(list)) = names.shift_remove("__task_list__") else {
                return Err("the task list did not give a list".to_string());
            };
            let args = lock(&list.items).to_vec();
            Ok((function, args))
        })();
        rt.gil.release_and_exit(&mut interp.rec);
        rt.flush_output();
        let (function, args) = loaded?;
        if !matches!(
            function,
            Value::Function(_) | Value::Builtin(_) | Value::Class(_)
        ) {
            return Err(format!("`{}` in the program is not a function", spec.call));
        }
        if args.is_empty() || args.len() > MAX_TASKS {
            return Err(format!(
                "the task list has {} tasks: give between 1 and {MAX_TASKS}",
                args.len()
            ));
        }
        Ok(Loaded {
            rt,
            function,
            args,
            call: spec.call.clone(),
            args_source: spec.args.clone(),
        })
    }

    /// How many tasks the task list has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.args.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }

    /// Task `index` on `interp`, which holds the GIL: its outcome, or the
    /// traceback of what it raised.
    fn run_one(
        &self,
        interp: &mut Interp,
        index: usize,
        worker: u32,
        panic_at: PanicAt,
    ) -> Result<TaskOutcome, String> {
        if panic_at == Some(index) {
            panic!("deliberate panic in task {index} (fault injection)");
        }
        let start_ms = now_ms();
        let returned = interp
            .call(&self.function, Args::new(vec![self.args[index].clone()]))
            .and_then(|value| interp.repr(&value));
        let end_ms = now_ms();
        let source = self.rt.source.clone();
        match returned {
            Ok(value) => Ok(TaskOutcome {
                id: u32::try_from(index).unwrap_or(u32::MAX),
                worker,
                value,
                start_ms,
                end_ms,
            }),
            Err(error) => Err(wrong(
                &format!("{}(task list[{index}]) raised an exception", self.call),
                interp,
                &error,
                &source,
            )),
        }
    }

    /// Runs tasks `indices` one after another on the calling thread.
    ///
    /// # Errors
    /// The first task's exception, as a traceback.
    pub fn run_here(
        &self,
        indices: &[usize],
        panic_at: PanicAt,
    ) -> Result<Vec<TaskOutcome>, String> {
        if let Some(index) = indices.iter().find(|&&i| i >= self.len()) {
            return Err(format!(
                "there is no task {index}: the task list has {} tasks",
                self.len()
            ));
        }
        let mut interp = Interp::new(self.rt.clone(), 0, None);
        self.rt.gil.acquire(&mut interp.rec);
        let outcomes = indices
            .iter()
            .map(|&index| self.run_one(&mut interp, index, 0, panic_at))
            .collect();
        self.rt.gil.release_and_exit(&mut interp.rec);
        outcomes
    }

    /// Runs every task on a `multiprocessing.Pool` of `workers` processes
    /// (`_compare.run_pool`): the program's own child processes, so the
    /// runtime must be able to start them (`RunOptions::processes`). The
    /// outcomes come in task order; `panic_at` panics in the worker that runs
    /// that task.
    ///
    /// # Errors
    /// What the pool raised (a task's exception, with the worker's traceback
    /// as its cause; a worker that died), as a traceback.
    pub fn run_processes(
        &self,
        workers: usize,
        panic_at: PanicAt,
    ) -> Result<Vec<TaskOutcome>, String> {
        let mut interp = Interp::new(self.rt.clone(), 0, None);
        self.rt.gil.acquire(&mut interp.rec);
        let ran = (|| {
            let compare = interp.import("_compare")?;
            let run_pool = interp.get_attr(&compare, "run_pool")?;
            let to_int = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
            let finished = interp.call(
                &run_pool,
                Args::new(vec![
                    Value::str(&self.call),
                    Value::str(&self.args_source),
                    to_int(workers.clamp(1, self.len())),
                    to_int(self.len()),
                    panic_at.map_or(Value::None, to_int),
                ]),
            )?;
            let mut outcomes = Vec::with_capacity(self.len());
            for outcome in interp.collect(&finished)? {
                outcomes.push(Self::outcome_of(&mut interp, &outcome)?);
            }
            Ok(outcomes)
        })();
        let source = self.rt.source.clone();
        let ran = ran.map_err(|error| {
            wrong(
                &format!("{}(task) on a process pool raised an exception", self.call),
                &mut interp,
                &error,
                &source,
            )
        });
        self.rt.gil.release_and_exit(&mut interp.rec);
        self.rt.flush_output();
        let mut outcomes = ran?;
        outcomes.sort_by_key(|o| o.id);
        Ok(outcomes)
    }

    /// A pool worker's `(index, worker, repr, start ms, end ms)`.
    fn outcome_of(
        interp: &mut Interp,
        outcome: &Value,
    ) -> crate::runtime::error::PyResult<TaskOutcome> {
        let fields = interp.collect(outcome)?;
        let number = |value: Option<&Value>| match value {
            Some(Value::Int(n)) => u32::try_from(*n).unwrap_or(u32::MAX),
            _ => u32::MAX,
        };
        let millis = |value: Option<&Value>| match value {
            Some(Value::Float(ms)) => *ms,
            _ => f64::NAN,
        };
        Ok(TaskOutcome {
            id: number(fields.first()),
            worker: number(fields.get(1)),
            value: match fields.get(2) {
                Some(Value::Str(text)) => text.to_string(),
                _ => String::new(),
            },
            start_ms: millis(fields.get(3)),
            end_ms: millis(fields.get(4)),
        })
    }

    /// Runs every task on `threads` Python threads (as a `ThreadPoolExecutor`:
    /// each thread takes the next task until none is left) and waits for them.
    /// The threads are started with the runtime's `spawn`, so they really run
    /// at once (natively std threads, in the browser threads of the pool).
    ///
    /// # Errors
    /// The exception of the first task (in task order) that raised one.
    pub fn run_threads(
        self: &Arc<Self>,
        threads: usize,
        panic_at: PanicAt,
    ) -> Result<ThreadsOutcome, String> {
        let threads = threads.clamp(1, self.len());
        let before = self.rt.gil.counters();
        let next = Arc::new(AtomicUsize::new(0));
        let results: Arc<Results> = Arc::new(Mutex::new(vec![None; self.len()]));
        let left = Arc::new((Mutex::new(threads), Condvar::new()));
        let ids: Vec<u32> = (0..threads).map(|_| self.rt.next_trace_id()).collect();
        let first_id = ids[0];
        for (worker, trace_id) in ids.into_iter().enumerate() {
            let (next, results, left) = (next.clone(), results.clone(), left.clone());
            let worker = u32::try_from(worker).unwrap_or(u32::MAX);
            let loaded = Arc::clone(self);
            (self.rt.spawn)(Box::new(move || {
                loaded.worker(trace_id, worker, &next, &results, panic_at);
                let (count, done) = &*left;
                *count.lock().unwrap_or_else(PoisonError::into_inner) -= 1;
                done.notify_all();
            }));
        }
        let (count, done) = &*left;
        let mut count = count.lock().unwrap_or_else(PoisonError::into_inner);
        while *count > 0 {
            count = done.wait(count).unwrap_or_else(PoisonError::into_inner);
        }
        drop(count);

        let mut outcomes = Vec::with_capacity(self.len());
        for result in std::mem::take(&mut *lock(&results)) {
            outcomes.push(result.unwrap_or_else(|| Err("a task never ran".to_string()))?);
        }
        let mut spans: Vec<Span> = std::mem::take(&mut *lock(&self.rt.spans));
        for span in &mut spans {
            span.thread = span.thread.saturating_sub(first_id);
        }
        spans.sort_by(|a, b| a.start_ms.total_cmp(&b.start_ms));
        Ok(ThreadsOutcome {
            gil: GilSummary::of_run(&self.rt.gil, &before, &spans),
            outcomes,
            spans,
        })
    }

    /// One thread of `run_threads`: take the GIL, run tasks until none is left.
    fn worker(
        &self,
        trace_id: u32,
        worker: u32,
        next: &AtomicUsize,
        results: &Results,
        panic_at: PanicAt,
    ) {
        let name = format!("ThreadPoolExecutor-0_{worker}");
        let mut interp = Interp::new(
            self.rt.clone(),
            trace_id,
            Some(PyThread::started(&name, true, trace_id)),
        );
        interp.rec.set(State::Startup);
        self.rt.gil.acquire(&mut interp.rec);
        loop {
            let index = next.fetch_add(1, Ordering::SeqCst);
            if index >= self.len() {
                break;
            }
            let outcome = self.run_one(&mut interp, index, worker, panic_at);
            let failed = outcome.is_err();
            lock(results)[index] = Some(outcome);
            if failed {
                // As a pool shuts down on error: the other tasks are not started.
                next.store(self.len(), Ordering::SeqCst);
            }
        }
        self.rt.gil.release_and_exit(&mut interp.rec);
        let spans =
            std::mem::replace(&mut interp.rec, crate::trace::Recorder::new(trace_id)).finish();
        lock(&self.rt.spans).extend(spans);
    }
}
