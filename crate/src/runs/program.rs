//! A Python program, as the Run button runs it: the owning worker starts it,
//! then polls for its output (streamed as printed) and its end whenever there
//! is news (`host::news`). In the threaded build its main thread and every
//! `threading.Thread` are threads of the instance (`host::workers`) over one
//! shared memory; in the plain build it is a job the worker runs on a
//! suspendable stack of its one thread (`host::pause`), and the worker polls
//! when called back with news. Either way `start` returns at once. Stop
//! terminates the worker (the page starts a new one).

use std::sync::{Arc, Mutex, PoisonError};

use serde::Serialize;

use crate::host::news;
use crate::host::processes::ChildSpec;
use crate::runtime::output::WireChunk;
use crate::runtime::process::run_child;
use crate::runtime::{run_streaming, Chunk, RunOptions, SharedOutput};
use crate::trace::Span;

/// Output not yet collected, and the outcome once the program has ended.
pub struct ProgramRun {
    /// Batches handed on by the program's output buffer, not yet polled.
    output: Arc<Mutex<Vec<WireChunk>>>,
    /// The program's output buffer itself, for what a trap left in it.
    buffer: SharedOutput,
    done: Mutex<Option<ProgramEnd>>,
}

/// How a program ended.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramEnd {
    pub exit_code: i32,
    pub spans: Vec<Span>,
    /// What the GIL did, per thread (lane 0 is the main thread).
    pub gil: crate::gil_summary::GilSummary,
    pub compile_ms: f64,
}

/// What the poller gets: new output, in order, and the end once reached.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramPoll {
    /// Output in the order it was printed.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "[1 | 2, string, string, number][]")
    )]
    pub chunks: Vec<WireChunk>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<ProgramEnd>,
}

/// A program's options in the browser. In the threaded build its threads
/// are the instance's workers (`RunOptions::new`'s spawn), at most
/// `max_threads` at once. In the plain build (no shared memory) it has no
/// threads, saying why; its jobs (a pool's collector) are suspendable stacks
/// of the worker's one thread (`host::pause`). Its children start through
/// the owner of the instance (compare runs too); the plain build needs a
/// browser that pauses wasm (JSPI) to wait for them.
#[cfg(target_arch = "wasm32")]
pub(crate) fn browser_options(gil: crate::gil::GilConfig, max_threads: usize) -> RunOptions {
    #[cfg(feature = "threads")]
    let (limits, heartbeat) = (crate::runs::limits::pool_limits(max_threads), None);
    // A busy worker tells the page it is alive: its event loop runs only when the program waits.
    #[cfg(not(feature = "threads"))]
    let (limits, heartbeat) = {
        let _ = max_threads;
        let heartbeat: crate::runtime::shared::Heartbeat =
            Box::new(crate::host::js::post_heartbeat);
        (crate::runs::limits::plain_limits(), Some(heartbeat))
    };
    // The plain build's waits for a child need a browser that pauses wasm (JSPI).
    let processes: Option<Arc<dyn crate::runtime::process::ProcessHost>> =
        if crate::host::pause::supported() {
            Some(Arc::new(crate::runs::processes::BrowserProcesses))
        } else {
            None
        };
    RunOptions {
        gil,
        limits: crate::runtime::shared::Limits {
            max_processes: Some(crate::runs::limits::MAX_PROCESSES),
            ..limits
        },
        processes,
        heartbeat,
        ..RunOptions::new(crate::modules::load)
    }
}

impl ProgramRun {
    /// A program not yet started, whose output batches are news.
    #[must_use]
    pub fn new() -> Arc<ProgramRun> {
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        let buffer = SharedOutput::new(Box::new(move |batch: Vec<Chunk>| {
            sink.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend(batch.into_iter().map(Chunk::into_wire));
            news::announce();
        }));
        Arc::new(ProgramRun {
            output,
            buffer,
            done: Mutex::new(None),
        })
    }

    /// Runs `source` to its end on this thread, with `options`.
    pub fn run(&self, source: &str, options: RunOptions) {
        let finished = run_streaming(source, "main.py", self.buffer.clone(), options);
        self.finish(finished);
    }

    /// Runs the child process `spec` to its end on this thread.
    pub fn run_child(&self, spec: &ChildSpec, options: RunOptions) {
        let finished = run_child(spec, self.buffer.clone(), options);
        self.finish(finished);
    }

    fn finish(&self, finished: crate::runtime::Finished) {
        *self.done.lock().unwrap_or_else(PoisonError::into_inner) = Some(ProgramEnd {
            exit_code: finished.exit_code,
            spans: finished.spans,
            gil: finished.gil_summary,
            compile_ms: finished.compile_ms,
        });
        news::announce();
    }

    /// Starts the child process `spec` on a thread worker (in the plain
    /// build, a job of the worker's) and returns at once. Its news may come
    /// before this returns (the plain build's worker is told of the job).
    #[cfg(target_arch = "wasm32")]
    pub fn start_child(self: &Arc<Self>, spec: ChildSpec, gil: crate::gil::GilConfig) {
        let job = Arc::clone(self);
        crate::host::workers::spawn(Box::new(move || {
            let options = RunOptions {
                identity: crate::runtime::process::Identity::of_child(&spec),
                parent: Some(Arc::new(crate::runs::processes::BrowserParent)),
                ..browser_options(gil, crate::runs::limits::MAX_THREADS)
            };
            job.run_child(&spec, options);
        }));
    }

    /// Starts `source` on a thread worker (in the plain build, a job of the
    /// worker's) and returns at once. At most `max_threads` threads are alive
    /// at once (the main thread included). As `start_child`, its news may
    /// come before this returns.
    #[cfg(target_arch = "wasm32")]
    pub fn start(self: &Arc<Self>, source: String, gil: crate::gil::GilConfig, max_threads: usize) {
        let job = Arc::clone(self);
        crate::host::workers::spawn(Box::new(move || {
            job.run(&source, browser_options(gil, max_threads));
        }));
    }

    /// Hands on what the program printed last, after a trap killed one of its
    /// threads (unless that thread died holding the buffer).
    pub fn salvage(&self) {
        self.buffer.salvage();
    }

    /// Output since the last poll, and the end if the program has ended.
    pub fn poll(&self) -> ProgramPoll {
        // The end first: output printed before it is then surely collected below.
        let end = self
            .done
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let chunks =
            std::mem::take(&mut *self.output.lock().unwrap_or_else(PoisonError::into_inner));
        ProgramPoll { chunks, end }
    }
}
