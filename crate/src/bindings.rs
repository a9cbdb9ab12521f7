//! The only `#[wasm_bindgen]` surface: plain data in and out via
//! serde-wasm-bindgen. Its types are declared once, in Rust: tsify writes
//! their TypeScript into the .d.ts, and the signatures below name them.
//! Their fields cross in camelCase (`#[serde(rename_all = "camelCase")]`),
//! as the page's TypeScript names things, so the page uses them as they come.

use wasm_bindgen::prelude::*;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::gil::GilConfig;
use crate::host::panic_report;
use crate::runs::compare::{CompareSpec, Loaded};
use crate::runs::program::ProgramRun;

/// Plain JS objects out, as JSON would have them: maps as objects (no
/// `Map`s), `None` as `null`, or no field where the type says `field?: T`
/// (`skip_serializing_if`).
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// As `to_js`, with bytes (`serde_bytes`) as Uint8Arrays, not arrays of numbers.
fn to_js_with_bytes<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer =
        serde_wasm_bindgen::Serializer::json_compatible().serialize_bytes_as_arrays(false);
    Ok(value.serialize(&serializer)?)
}

/// Runs once per instance (and per thread): panics go to the console with
/// console_error_panic_hook's message, and are kept for the page to show;
/// frozen modules are fetched on first import (`fetch_module`).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        panic_report::record(info.to_string());
    }));
    std::alloc::set_alloc_error_hook(|layout| {
        panic_report::record_failed_allocation(layout.size());
    });
    crate::modules::frozen::set_loader(fetch_module);
}

/// Where each frozen module's file is (`collections.py` to its URL), as the
/// worker that made the instance said (`setModuleUrls`); in wasm memory, so
/// every thread of the instance sees it.
static MODULE_URLS: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());

/// Tells the instance where the frozen modules' files are
/// (www/engines/module-urls.ts): their names in crate/src/modules/python to
/// their URLs. Call it once the instance is made, before a program runs.
///
/// # Errors
/// Not a map of strings.
#[wasm_bindgen(js_name = setModuleUrls)]
pub fn set_module_urls(
    #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] urls: JsValue,
) -> Result<(), JsError> {
    let urls: BTreeMap<String, String> = serde_wasm_bindgen::from_value(urls)?;
    *MODULE_URLS.lock().unwrap_or_else(PoisonError::into_inner) = urls;
    Ok(())
}

#[wasm_bindgen(inline_js = r#"
// Every place Python runs is a worker, where a synchronous request is allowed:
// an import waits for its module's code as CPython's waits for the disk.
export function fetch_text(url) {
  const request = new XMLHttpRequest();
  request.open("GET", url, false);
  try {
    request.send();
  } catch {
    throw "the network failed";
  }
  if (request.status !== 200) throw `HTTP ${request.status} for ${url}`;
  return request.responseText;
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn fetch_text(url: &str) -> Result<String, JsValue>;
}

/// The text of frozen module file `file` (`collections.py`), downloaded, or
/// why it could not be (see `frozen::source`).
fn fetch_module(file: &str) -> Result<String, String> {
    let url = MODULE_URLS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(file)
        .cloned()
        .ok_or_else(|| format!("the page has no URL for {file}"))?;
    fetch_text(&url).map_err(|why| why.as_string().unwrap_or_else(|| format!("{why:?}")))
}

/// The memory a program may use before MemoryError, in bytes (the page says it).
#[wasm_bindgen(js_name = memoryLimitBytes)]
#[must_use]
pub fn memory_limit_bytes() -> usize {
    crate::host::memory::LIMIT_BYTES
}

/// What to tell the user about a call that trapped with `trap` (the error the
/// browser threw): what was recorded before it (a panic, a failed
/// allocation), or the trap itself.
#[wasm_bindgen(js_name = describeTrap)]
#[must_use]
pub fn describe_trap(trap: &str) -> String {
    panic_report::describe(trap, crate::host::memory::used_bytes())
}

/// Where a pool thread's JavaScript writes the trap that ended it:
/// `[address, room for its text]` (see `panic_report::TrapReport`).
#[wasm_bindgen(js_name = trapReportAddress)]
#[must_use]
pub fn trap_report_address() -> Vec<usize> {
    let (address, room) = panic_report::trap_report_address();
    vec![address, room]
}

/// A pool thread died: what to tell the user, once known (see
/// `panic_report`): the trap its JavaScript reported, or the panic recorded
/// before it trapped.
fn pool_fault() -> Option<String> {
    let used = crate::host::memory::used_bytes();
    match (panic_report::trap(), panic_report::peek()) {
        (Some(trap), _) => Some(panic_report::describe(&trap, used)),
        (None, Some(_)) => Some(panic_report::describe("RuntimeError: unreachable", used)),
        (None, None) => None,
    }
}

thread_local! {
    /// The program compare mode loaded in this worker, and what it was loaded from.
    static LOADED: RefCell<Option<(CompareSpec, Arc<Loaded>)>> = const { RefCell::new(None) };
}

/// Imports a program for compare mode in this worker (once per program, as a
/// process imports the main module once) and returns its number of tasks.
///
/// # Errors
/// A bad description, or the program's error (syntax, exception, no function).
#[wasm_bindgen(js_name = loadCompare)]
pub fn load_compare(
    #[wasm_bindgen(unchecked_param_type = "CompareSpec")] spec: JsValue,
) -> Result<usize, JsError> {
    let spec: CompareSpec = serde_wasm_bindgen::from_value(spec)?;
    if let Some(count) = LOADED.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(loaded_from, _)| *loaded_from == spec)
            .map(|(_, loaded)| loaded.len())
    }) {
        return Ok(count);
    }
    let options = crate::runtime::RunOptions {
        spawn: Box::new(|_| {}),
        limits: crate::runtime::shared::Limits {
            no_threads: Some("compare mode calls the task in one thread per process"),
            native_depth_limit: Some(crate::runs::limits::NATIVE_DEPTH_LIMIT),
            ..crate::runtime::shared::Limits::default()
        },
        heartbeat: Some(Box::new(crate::host::js::post_heartbeat)),
        ..crate::runtime::RunOptions::new(crate::modules::load)
    };
    // Compare mode shows times, not output: what the program prints is dropped.
    let loaded = Loaded::load(&spec, Box::new(|_| {}), options).map_err(|e| JsError::new(&e))?;
    let count = loaded.len();
    LOADED.with(|l| *l.borrow_mut() = Some((spec, Arc::new(loaded))));
    Ok(count)
}

/// Runs tasks `indices` of the loaded program one after another on this thread
/// (`panic_at`: a task that panics on purpose) and returns their outcomes.
///
/// # Errors
/// Nothing loaded, or a task's exception (its traceback).
#[wasm_bindgen(js_name = runCompare, unchecked_return_type = "TaskOutcome[]")]
pub fn run_compare(indices: Vec<usize>, panic_at: Option<usize>) -> Result<JsValue, JsError> {
    let loaded = LOADED
        .with(|l| l.borrow().as_ref().map(|(_, loaded)| loaded.clone()))
        .ok_or_else(|| JsError::new("no program was loaded"))?;
    let outcomes = loaded
        .run_here(&indices, panic_at)
        .map_err(|e| JsError::new(&e))?;
    to_js(&outcomes)
}

thread_local! {
    static PROGRAM: RefCell<Option<Arc<ProgramRun>>> = const { RefCell::new(None) };
}

/// Starts a Python program (source) under one GIL configured by `gil` (or
/// none), and returns at once. In the threaded build its main thread and its
/// `threading.Thread`s are pool threads, at most `max_threads` at once. In
/// the plain build (a page that is not cross-origin isolated: no shared
/// memory, hence no threads, and starting one raises RuntimeError saying
/// why) its main thread is a job the worker then runs (`runQueuedJob`). Its
/// news calls `globalThis.gilPlaygroundNews()` there (`host::news`).
///
/// # Errors
/// A bad GIL description.
#[wasm_bindgen(js_name = startProgram)]
pub fn start_program(
    source: String,
    #[wasm_bindgen(unchecked_param_type = "Partial<GilConfig>")] gil: JsValue,
    max_threads: usize,
) -> Result<(), JsError> {
    let gil: GilConfig = serde_wasm_bindgen::from_value(gil)?;
    // Known before it starts: the plain build's news asks for it at once.
    let run = ProgramRun::new();
    PROGRAM.with(|p| *p.borrow_mut() = Some(run.clone()));
    run.start(source, gil, max_threads);
    Ok(())
}

/// The plain build's thread: runs the oldest queued job (a program's main
/// thread, a pool's collector) to its end. The worker calls it through
/// `WebAssembly.promising`, once for each job it is told of
/// (`workersWanted`), so that the job's waits pause its stack (`host::pause`).
#[cfg(not(feature = "threads"))]
#[wasm_bindgen(js_name = runQueuedJob)]
pub fn run_queued_job() {
    crate::host::workers::run_queued();
}

/// A shadow stack for the next job (`runQueuedJob`): its top, which the
/// worker makes the stack pointer before it starts the job (`host::pause`).
#[cfg(not(feature = "threads"))]
#[wasm_bindgen(js_name = takeShadowStack)]
#[must_use]
pub fn take_shadow_stack() -> usize {
    crate::host::pause::take_shadow_stack()
}

/// The job that had the shadow stack `top` has ended.
#[cfg(not(feature = "threads"))]
#[wasm_bindgen(js_name = giveBackShadowStack)]
pub fn give_back_shadow_stack(top: usize) {
    crate::host::pause::give_back_shadow_stack(top);
}

/// Starts a child process in this instance (the owner of a child's
/// worker calls it): `spec` as its parent encoded it, under one GIL
/// configured by `gil`. Returns at once; poll it as a program.
///
/// # Errors
/// A bad description.
#[wasm_bindgen(js_name = startProcess)]
pub fn start_process(
    #[wasm_bindgen(unchecked_param_type = "ChildSpec")] spec: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Partial<GilConfig>")] gil: JsValue,
) -> Result<(), JsError> {
    let spec: crate::host::processes::ChildSpec = serde_wasm_bindgen::from_value(spec)?;
    let gil: GilConfig = serde_wasm_bindgen::from_value(gil)?;
    let run = ProgramRun::new();
    PROGRAM.with(|p| *p.borrow_mut() = Some(run.clone()));
    run.start_child(spec, gil);
    Ok(())
}

/// What the program has asked of this instance's owner since it last
/// looked: children to start or to end (`host::processes`).
///
/// # Errors
/// None in practice (serialising plain data).
#[wasm_bindgen(js_name = takeProcessRequests, unchecked_return_type = "Request[]")]
pub fn take_process_requests() -> Result<JsValue, JsError> {
    to_js_with_bytes(&crate::host::processes::take_requests())
}

/// The owner's delivery of a message from child `pid`.
#[wasm_bindgen(js_name = deliverFromChild)]
pub fn deliver_from_child(pid: u32, message: Vec<u8>) {
    crate::host::processes::deliver_from_child(pid, message);
}

/// The owner's delivery of a message from this process's parent.
#[wasm_bindgen(js_name = deliverFromParent)]
pub fn deliver_from_parent(message: Vec<u8>) {
    crate::host::processes::deliver_from_parent(message);
}

/// The owner's report that child `pid` ended with `code`.
#[wasm_bindgen(js_name = processExited)]
pub fn process_exited(pid: u32, code: i32) {
    crate::host::processes::exited(pid, code);
}

/// How many thread workers the owner should start now (`host::workers`).
#[wasm_bindgen(js_name = workersWanted)]
#[must_use]
pub fn workers_wanted() -> usize {
    crate::host::workers::workers_wanted()
}

/// A program's news: its output, its end, or a trap.
#[derive(serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
struct ProgramNews {
    #[serde(flatten)]
    program: crate::runs::program::ProgramPoll,
    /// A thread died (a trap): what to tell the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    fault: Option<String>,
}

/// The program's output since the last poll, and its end once reached; after
/// a trap (reported in `TrapReport`), what it printed last and what to say.
///
/// # Errors
/// When no program was started.
#[wasm_bindgen(js_name = pollProgram, unchecked_return_type = "ProgramNews")]
pub fn poll_program() -> Result<JsValue, JsError> {
    let fault = pool_fault();
    let poll = PROGRAM.with(|p| {
        p.borrow().as_ref().map(|run| {
            if fault.is_some() {
                // What the program printed before the trap, if it can be had.
                run.salvage();
            }
            run.poll()
        })
    });
    match poll {
        Some(program) => to_js(&ProgramNews { program, fault }),
        None => Err(JsError::new("no program was started")),
    }
}

/// Byte address of the news counter (`host::news`), for `Atomics.wait`.
#[wasm_bindgen(js_name = newsAddress)]
#[must_use]
pub fn news_address() -> usize {
    crate::host::news::NEWS.as_ptr() as usize
}

thread_local! {
    /// Compare mode's run on this instance (Threads in the threaded build, Processes in both).
    static COMPARE: RefCell<Option<Arc<crate::runs::compare_run::CompareRun>>> =
        const { RefCell::new(None) };
}

/// Starts compare mode's Processes: the program imported as the parent,
/// its tasks mapped over a `multiprocessing.Pool` of `workers` child
/// processes (each a worker this instance's owner starts, as a program's
/// children are), each under one GIL configured by `gil`; `panic_at`: a
/// task that panics on purpose in its worker. Returns at once.
///
/// # Errors
/// A bad description.
#[wasm_bindgen(js_name = startCompareProcesses)]
pub fn start_compare_processes(
    #[wasm_bindgen(unchecked_param_type = "CompareSpec")] spec: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Partial<GilConfig>")] gil: JsValue,
    workers: usize,
    panic_at: Option<usize>,
) -> Result<(), JsError> {
    let spec: CompareSpec = serde_wasm_bindgen::from_value(spec)?;
    let gil: GilConfig = serde_wasm_bindgen::from_value(gil)?;
    let run = crate::runs::compare_run::CompareRun::start_processes(spec, gil, workers, panic_at);
    COMPARE.with(|c| *c.borrow_mut() = Some(run));
    Ok(())
}

/// Where a compare run stands.
#[derive(serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
struct ComparePoll {
    /// The end, once reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<crate::runs::compare_run::CompareEnd>,
    /// A pool thread died (a trap): what to tell the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    fault: Option<String>,
}

/// The compare run's end once reached.
///
/// # Errors
/// When no run was started.
#[wasm_bindgen(js_name = pollCompare, unchecked_return_type = "ComparePoll")]
pub fn poll_compare() -> Result<JsValue, JsError> {
    let end = COMPARE
        .with(|c| c.borrow().as_ref().map(|run| run.end()))
        .ok_or_else(|| JsError::new("no compare run was started"))?;
    to_js(&ComparePoll {
        end,
        fault: pool_fault(),
    })
}

/// The threaded build's extra surface: the pool, and runs started without blocking.
#[cfg(feature = "threads")]
mod threaded {
    use wasm_bindgen::prelude::*;

    use crate::gil::GilConfig;
    use crate::runs::compare::CompareSpec;
    use crate::runs::compare_run::CompareRun;

    /// A thread worker's life (www/engines/thread-worker.ts): takes the
    /// instance's jobs (a program's main thread, a Python thread) and runs
    /// them, for as long as the instance lives.
    #[wasm_bindgen(js_name = runThreadWorker)]
    pub fn run_thread_worker() {
        crate::host::workers::work();
    }

    /// A thread worker for this instance is on its way from elsewhere (`host::workers::coming`).
    #[wasm_bindgen(js_name = threadWorkerComing)]
    pub fn thread_worker_coming() {
        crate::host::workers::coming();
    }

    /// Starts compare mode's Threads on the pool: the program imported, its
    /// tasks run on `threads` Python threads under one GIL configured by `gil`
    /// (or none); `panic_at`: a task that panics on purpose. Returns at once.
    ///
    /// # Errors
    /// A bad description.
    #[wasm_bindgen(js_name = startCompare)]
    pub fn start_compare(
        #[wasm_bindgen(unchecked_param_type = "CompareSpec")] spec: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Partial<GilConfig>")] gil: JsValue,
        threads: usize,
        max_threads: usize,
        panic_at: Option<usize>,
    ) -> Result<(), JsError> {
        let spec: CompareSpec = serde_wasm_bindgen::from_value(spec)?;
        let gil: GilConfig = serde_wasm_bindgen::from_value(gil)?;
        let run = CompareRun::start(spec, gil, threads, max_threads, panic_at);
        super::COMPARE.with(|c| *c.borrow_mut() = Some(run));
        Ok(())
    }
}
