//! What the interpreter threads of one program share: the GIL, the output, the
//! imported modules, `random`'s generator, Stop, and the threads themselves.

use crate::host::pause::Condvar;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;

use super::output::SharedOutput;
use super::value::{lock, Value};
use super::Stream;
use crate::gil::Gil;
use crate::objects::random::Random;
use crate::trace::Span;

/// Starts a job on a thread of its own (natively a std thread; in the browser
/// a wasm thread of the pool), and returns at once.
pub type Spawn = Box<dyn Fn(Box<dyn FnOnce() + Send>) + Send + Sync>;

/// Tells whoever watches a run that it is alive (see `RunOptions::heartbeat`).
pub type Heartbeat = Box<dyn Fn() + Send + Sync>;

/// The least time between two heartbeats.
pub const HEARTBEAT_MS: f64 = 250.0;

/// One program's shared state.
pub struct Runtime {
    pub gil: Gil,
    output: SharedOutput,
    /// Set by Stop: every thread raises KeyboardInterrupt at its next check.
    pub interrupt: Arc<AtomicBool>,
    /// The modules imported so far, by name.
    pub modules: Mutex<FxHashMap<Arc<str>, Value>>,
    /// Makes a module the program imports for the first time.
    pub load_module: super::ModuleLoader,
    /// The `sys` module, once imported: `print()` writes to its `stdout`.
    pub sys: OnceLock<Arc<super::object::Module>>,
    /// The version of `sys`'s names (`Module::version`) at which `sys.stdout`
    /// was last found to be the page's own: while it has not changed since,
    /// `print()` writes there without looking (see `Interp::print_target`).
    pub stdout_checked: AtomicU64,
    /// `random`'s module-level generator, seeded on first use.
    pub random: Mutex<Option<Random>>,
    pub spawn: Spawn,
    /// How child processes start, if they can.
    pub processes: Option<Arc<dyn super::process::ProcessHost>>,
    /// Which process this is.
    pub identity: super::process::Identity,
    /// A child's way to its parent.
    pub parent: Option<Arc<dyn super::process::ParentLink>>,
    /// Set while a child imports the program: starting a process then is
    /// CPython's bootstrapping RuntimeError.
    pub bootstrapping: AtomicBool,
    /// Children started so far (their numbers).
    pub next_child: AtomicU32,
    /// Non-daemonic children: the program waits for them before it exits.
    pub children: Mutex<Vec<Arc<crate::host::processes::Child>>>,
    /// `Process-N` names given so far (`multiprocessing`).
    pub next_process_name: AtomicU32,
    /// Whether `multiprocessing.set_start_method` was called.
    pub start_method_set: AtomicBool,
    /// The program's source, for tracebacks printed by threads.
    pub source: Arc<str>,
    /// Trace ids of threads: the main thread is 0.
    next_trace_id: AtomicU32,
    /// `Thread-N` numbers of unnamed threads.
    next_number: AtomicU64,
    /// Started threads that have not finished, and a signal when one finishes.
    running: Mutex<u32>,
    /// How many of them are daemon threads (the program does not wait for them).
    daemons: AtomicU32,
    /// Set once the program has ended and its daemon threads are being
    /// stopped: their interruption is not an error to report.
    pub shutting_down: AtomicBool,
    /// Set once the main thread has ended and the program waits for its
    /// threads: an executor's idle workers then end (CPython's
    /// `concurrent.futures` exit hook), the calls queued before done first.
    pub main_ended: AtomicBool,
    finished: Condvar,
    /// Spans of threads that finished.
    pub spans: Mutex<Vec<Span>>,
    /// The next `N` of a `ThreadPoolExecutor-N` (from 0 in each run, as in CPython).
    pub next_executor: AtomicU64,
    /// `threading.main_thread()`: one object for the run (made when first asked for).
    pub main_thread: OnceLock<Value>,
    /// The `threading.Thread` objects started and not yet finished (`threading.enumerate()`).
    pub live_threads: Mutex<Vec<Value>>,
    /// The `multiprocessing.Process` objects started and not yet seen
    /// finished (`multiprocessing.active_children()`).
    pub started_processes: Mutex<Vec<Value>>,
    pub limits: Limits,
    /// Python calls deep before RecursionError: `limits.recursion_limit` at
    /// first, then what `sys.setrecursionlimit` sets (for every thread).
    pub recursion_limit: AtomicUsize,
    heartbeat: Option<Heartbeat>,
    /// When the last heartbeat went (f64 bits, common clock ms).
    last_beat: AtomicU64,
}

/// How far a program may go, where the machine sets bounds CPython has not.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Threads the program may have at once, the main one included (the
    /// browser's pool is finite); `None`: no limit.
    pub max_threads: Option<usize>,
    /// Native stack a thread may use before RecursionError: wasm has no guard
    /// page, so running past a thread's stack would corrupt memory.
    pub stack_bytes: Option<usize>,
    /// Python calls deep before RecursionError (CPython's default: 1000).
    pub recursion_limit: usize,
    /// Rust-to-Python call-backs nested before RecursionError (each uses the
    /// native stack, of which a browser's worker has about 1 MB).
    pub native_depth_limit: Option<usize>,
    /// Why no thread can start here at all (a page without shared memory).
    pub no_threads: Option<&'static str>,
    /// Child processes the program may have alive at once, in all its
    /// processes (each is a Web Worker with its own instance); `None`: no limit.
    pub max_processes: Option<usize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_threads: None,
            stack_bytes: None,
            recursion_limit: crate::runtime::call::RECURSION_LIMIT,
            native_depth_limit: None,
            no_threads: None,
            max_processes: None,
        }
    }
}

impl Runtime {
    #[must_use]
    pub fn new(output: SharedOutput, source: &str, options: super::RunOptions) -> Arc<Runtime> {
        Arc::new(Runtime {
            gil: Gil::new(options.gil),
            output,
            interrupt: options.interrupt,
            modules: Mutex::new(FxHashMap::default()),
            load_module: options.modules,
            sys: OnceLock::new(),
            stdout_checked: AtomicU64::new(u64::MAX),
            random: Mutex::new(None),
            spawn: options.spawn,
            processes: options.processes,
            identity: options.identity,
            parent: options.parent,
            bootstrapping: AtomicBool::new(false),
            next_child: AtomicU32::new(1),
            children: Mutex::new(Vec::new()),
            next_process_name: AtomicU32::new(1),
            start_method_set: AtomicBool::new(false),
            source: source.into(),
            next_trace_id: AtomicU32::new(1),
            next_number: AtomicU64::new(1),
            running: Mutex::new(0),
            daemons: AtomicU32::new(0),
            shutting_down: AtomicBool::new(false),
            main_ended: AtomicBool::new(false),
            finished: Condvar::new(),
            spans: Mutex::new(Vec::new()),
            next_executor: AtomicU64::new(0),
            main_thread: OnceLock::new(),
            live_threads: Mutex::new(Vec::new()),
            started_processes: Mutex::new(Vec::new()),
            recursion_limit: AtomicUsize::new(options.limits.recursion_limit),
            limits: options.limits,
            heartbeat: options.heartbeat,
            last_beat: AtomicU64::new(0),
        })
    }

    /// Hands on output that has waited long enough, and calls the
    /// heartbeat, if the run has one and the last was long enough ago.
    pub fn beat(&self) {
        let now = crate::host::clock::now_ms();
        self.output.flush_if_due(now);
        let Some(heartbeat) = &self.heartbeat else {
            return;
        };
        let last = f64::from_bits(self.last_beat.load(Ordering::Relaxed));
        if now - last >= HEARTBEAT_MS {
            self.last_beat.store(now.to_bits(), Ordering::Relaxed);
            heartbeat();
        }
    }

    pub fn write(&self, stream: Stream, text: &str, thread: &str) {
        self.output
            .write(stream, text, thread, crate::host::clock::now_ms());
    }

    /// Where the program's output goes (a child's goes there too, natively).
    #[must_use]
    pub fn output(&self) -> &SharedOutput {
        &self.output
    }

    /// Hands what was printed to the sink now (see `output`).
    pub fn flush_output(&self) {
        self.output.flush();
    }

    #[must_use]
    pub fn next_trace_id(&self) -> u32 {
        self.next_trace_id.fetch_add(1, Ordering::Relaxed)
    }

    /// The next `N` of a default `Thread-N` name.
    #[must_use]
    pub fn next_thread_number(&self) -> u64 {
        self.next_number.fetch_add(1, Ordering::Relaxed)
    }

    /// Counts a thread about to start; CPython's "can't start new thread" when
    /// the page has no thread left for it.
    ///
    /// # Errors
    /// RuntimeError past `max_threads`.
    pub fn thread_started(&self, daemon: bool) -> crate::runtime::error::PyResult<()> {
        if let Some(reason) = self.limits.no_threads {
            return Err(crate::runtime::error::PyErr::new(
                crate::runtime::error::ExcType::RuntimeError,
                format!("can't start new thread: {reason}"),
            ));
        }
        let mut running = lock(&self.running);
        if let Some(max) = self.limits.max_threads {
            if *running as usize + 1 >= max {
                return Err(crate::runtime::error::PyErr::new(
                    crate::runtime::error::ExcType::RuntimeError,
                    format!("can't start new thread (a program here may have at most {max} threads alive at once)"),
                ));
            }
        }
        *running += 1;
        if daemon {
            self.daemons.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    }

    pub fn thread_finished(&self, daemon: bool) {
        let mut running = lock(&self.running);
        *running -= 1;
        if daemon {
            self.daemons.fetch_sub(1, Ordering::Relaxed);
        }
        drop(running);
        self.finished.notify_all();
    }

    /// Threads started and not finished (`threading.active_count() - 1`).
    #[must_use]
    pub fn running(&self) -> u32 {
        *lock(&self.running)
    }

    /// Waits until every started thread that is not a daemon has finished
    /// (the end of a program, as `threading._shutdown` does), or Stop.
    pub fn wait_for_threads(&self) {
        self.main_ended.store(true, Ordering::Relaxed);
        let mut running = lock(&self.running);
        while *running > self.daemons.load(Ordering::Relaxed)
            && !self.interrupt.load(Ordering::Relaxed)
        {
            running = crate::host::pause::wait_timeout(
                &self.finished,
                &self.running,
                running,
                std::time::Duration::from_millis(50),
            )
            .0;
        }
    }

    /// Ends the daemon threads still running once the program is over, as
    /// CPython's exit does: they are interrupted (silently) and given up to
    /// a second to go, so that none runs on into the page's next program.
    pub fn end_daemon_threads(&self) {
        if self.running() == 0 {
            return;
        }
        self.shutting_down.store(true, Ordering::Relaxed);
        self.interrupt.store(true, Ordering::Relaxed);
        // The host's clock: wasm has no `Instant`.
        let deadline = crate::host::clock::now_ms() + 1000.0;
        let mut running = lock(&self.running);
        while *running > 0 && crate::host::clock::now_ms() < deadline {
            running = crate::host::pause::wait_timeout(
                &self.finished,
                &self.running,
                running,
                std::time::Duration::from_millis(20),
            )
            .0;
        }
    }
}
