//! Processes: a child is another interpreter with memory of its own. In the
//! browser it is a Web Worker with its own instance, which only the worker
//! that owns this instance can start: a start (or a terminate) is queued here
//! as news, the owner takes the queue (`take_requests`), and it reports each
//! child's exit (`exited`). Natively (tests) the runs layer runs a child on a
//! thread of its own with a fresh interpreter.

use std::sync::{Arc, Condvar, Mutex, PoisonError};

/// A child process as its parent sees it: its number and, once it has ended,
/// its exit code.
#[derive(Debug)]
pub struct Child {
    pub pid: u32,
    exitcode: Mutex<Option<i32>>,
    ended: Condvar,
}

impl Child {
    #[must_use]
    pub fn new(pid: u32) -> Arc<Child> {
        Arc::new(Child {
            pid,
            exitcode: Mutex::new(None),
            ended: Condvar::new(),
        })
    }

    /// The exit code, once the child has ended.
    #[must_use]
    pub fn exitcode(&self) -> Option<i32> {
        *self.exitcode.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records how the child ended (the first report counts) and wakes who waits.
    pub fn end(&self, code: i32) {
        let mut exitcode = self.exitcode.lock().unwrap_or_else(PoisonError::into_inner);
        if exitcode.is_none() {
            *exitcode = Some(code);
        }
        self.ended.notify_all();
    }

    /// Waits until the child has ended, or `timeout_ms` has passed; its exit
    /// code if it has ended.
    pub fn wait(&self, timeout_ms: Option<f64>) -> Option<i32> {
        let exitcode = self.exitcode.lock().unwrap_or_else(PoisonError::into_inner);
        match timeout_ms {
            None => *self
                .ended
                .wait_while(exitcode, |code| code.is_none())
                .unwrap_or_else(PoisonError::into_inner),
            Some(ms) => {
                let timeout = std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0);
                *self
                    .ended
                    .wait_timeout_while(exitcode, timeout, |code| code.is_none())
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
        }
    }
}

/// What a child needs to start: the program to import as `__mp_main__`, and
/// what to call in it (opaque here: the runtime's encoding).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChildSpec {
    pub pid: u32,
    /// `Process-1`, `SpawnPoolWorker-2`…
    pub name: String,
    /// The parent's name and number (`multiprocessing.parent_process()`).
    pub parent_name: String,
    pub parent_pid: u32,
    pub source: String,
    /// The target and its arguments, encoded (`runtime::transfer`).
    pub bootstrap: Vec<u8>,
}

/// What the owner of the instance is asked to do.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Request {
    Start(ChildSpec),
    Terminate { pid: u32 },
}

static REQUESTS: Mutex<Vec<Request>> = Mutex::new(Vec::new());
static CHILDREN: Mutex<Vec<Arc<Child>>> = Mutex::new(Vec::new());

/// Asks the owner to start `spec` as a child process.
pub fn request_start(spec: ChildSpec) -> Arc<Child> {
    let child = Child::new(spec.pid);
    CHILDREN
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Arc::clone(&child));
    REQUESTS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Request::Start(spec));
    super::news::announce();
    child
}

/// Asks the owner to end child `pid` at once (SIGTERM: exit code -15).
pub fn request_terminate(pid: u32) {
    REQUESTS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Request::Terminate { pid });
    super::news::announce();
}

/// What the owner has been asked since it last looked.
#[must_use]
pub fn take_requests() -> Vec<Request> {
    std::mem::take(&mut *REQUESTS.lock().unwrap_or_else(PoisonError::into_inner))
}

/// The owner's report: child `pid` ended with `code`.
pub fn exited(pid: u32, code: i32) {
    let mut children = CHILDREN.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(at) = children.iter().position(|c| c.pid == pid) {
        children.swap_remove(at).end(code);
    }
}
