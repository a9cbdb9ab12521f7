//! Processes: a child is another interpreter with memory of its own. In the
//! browser it is a Web Worker with its own instance, which only the worker
//! that owns this instance can start: a start (or a terminate) is queued here
//! as news, the owner takes the queue (`take_requests`), and it reports each
//! child's exit (`exited`). Natively (tests) the runs layer runs a child on a
//! thread of its own with a fresh interpreter.

use super::pause::Condvar;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

/// Messages (encoded values) coming to a process, one way, in order.
#[derive(Debug, Default)]
pub struct Mailbox {
    queue: Mutex<VecDeque<Vec<u8>>>,
    arrived: Condvar,
}

impl Mailbox {
    #[must_use]
    pub fn new() -> Arc<Mailbox> {
        Arc::new(Mailbox::default())
    }

    pub fn put(&self, message: Vec<u8>) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push_back(message);
        self.arrived.notify_one();
    }

    /// The next message, waiting for it at most `timeout_ms` (for ever: `None`).
    pub fn take(&self, timeout_ms: Option<f64>) -> Option<Vec<u8>> {
        let mut queue = wait_for(&self.arrived, &self.queue, timeout_ms, |q| !q.is_empty());
        queue.pop_front()
    }
}

/// A child process as its parent sees it: its number, what it sends, and,
/// once it has ended, its exit code.
#[derive(Debug)]
pub struct Child {
    pub pid: u32,
    /// What the child sends its parent (a pool's children share one).
    pub inbox: Arc<Mailbox>,
    exitcode: Mutex<Option<i32>>,
    ended: Condvar,
    /// Counted among the program's live processes (`shared_region::LIVE_PROCESSES`)
    /// until it ends.
    counted: std::sync::atomic::AtomicBool,
}

impl Child {
    #[must_use]
    pub fn new(pid: u32, inbox: Arc<Mailbox>) -> Arc<Child> {
        Arc::new(Child {
            pid,
            inbox,
            exitcode: Mutex::new(None),
            ended: Condvar::new(),
            counted: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// Counts this child among the program's live processes until it ends.
    pub fn count_as_live(&self) {
        self.counted
            .store(true, std::sync::atomic::Ordering::Release);
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
            if self.counted.load(std::sync::atomic::Ordering::Acquire) {
                super::shared_region::add(super::shared_region::LIVE_PROCESSES, -1);
            }
        }
        self.ended.notify_all();
    }

    /// Waits until the child has ended, or `timeout_ms` has passed; its exit
    /// code if it has ended.
    pub fn wait(&self, timeout_ms: Option<f64>) -> Option<i32> {
        *wait_for(&self.ended, &self.exitcode, timeout_ms, Option::is_some)
    }
}

/// Waits on `changed` until `ready` holds for what `mutex` guards, or
/// `timeout_ms` passes. Measured on the common clock: wasm has no `Instant`.
fn wait_for<'a, T>(
    changed: &Condvar,
    mutex: &'a Mutex<T>,
    timeout_ms: Option<f64>,
    ready: impl Fn(&T) -> bool,
) -> MutexGuard<'a, T> {
    let mut guard = mutex.lock().unwrap_or_else(PoisonError::into_inner);
    let deadline = timeout_ms.map(|ms| super::clock::now_ms() + ms.max(0.0));
    while !ready(&guard) {
        let slice = match deadline {
            None => 1000.0,
            Some(deadline) => {
                let left = deadline - super::clock::now_ms();
                if left <= 0.0 {
                    break;
                }
                left.min(1000.0)
            }
        };
        let slice = std::time::Duration::from_secs_f64(slice / 1000.0);
        guard = super::pause::wait_timeout(changed, mutex, guard, slice).0;
    }
    guard
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
    /// Its numbers and its ancestors' (`runtime::process::Identity::numbers`).
    pub identity: Vec<u32>,
    /// A daemonic process may not start children of its own.
    pub daemon: bool,
    /// The parent's name and number (`multiprocessing.parent_process()`).
    pub parent_name: String,
    pub parent_pid: u32,
    pub source: String,
    /// The target and its arguments, encoded (`runtime::transfer`): a
    /// Uint8Array in JavaScript.
    #[serde(with = "serde_bytes")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Uint8Array"))]
    pub bootstrap: Vec<u8>,
}

/// What the owner of the instance is asked to do.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Request {
    Start(ChildSpec),
    /// End child `pid` at once, as a signal would (`exitcode` -15 for
    /// SIGTERM, -9 for SIGKILL).
    Terminate {
        pid: u32,
        exitcode: i32,
    },
    /// A message for child `pid`.
    Send {
        pid: u32,
        /// A Uint8Array in JavaScript (as bytes, not an array of numbers).
        #[serde(with = "serde_bytes")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Uint8Array"))]
        message: Vec<u8>,
    },
    /// A message for this process's parent.
    ToParent {
        #[serde(with = "serde_bytes")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Uint8Array"))]
        message: Vec<u8>,
    },
}

static REQUESTS: Mutex<Vec<Request>> = Mutex::new(Vec::new());
static CHILDREN: Mutex<Vec<Arc<Child>>> = Mutex::new(Vec::new());

/// What this process's parent sends it (a child's).
static FROM_PARENT: OnceLock<Arc<Mailbox>> = OnceLock::new();

/// The mailbox of what the parent sends this process.
pub fn from_parent() -> Arc<Mailbox> {
    FROM_PARENT.get_or_init(Mailbox::new).clone()
}

fn request(request: Request) {
    REQUESTS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(request);
    super::news::announce();
}

/// Asks the owner to pass `message` to child `pid`.
pub fn request_send(pid: u32, message: Vec<u8>) {
    request(Request::Send { pid, message });
}

/// Asks the owner to pass `message` to this process's parent.
pub fn request_to_parent(message: Vec<u8>) {
    request(Request::ToParent { message });
}

/// The owner's delivery of a message from child `pid`.
pub fn deliver_from_child(pid: u32, message: Vec<u8>) {
    let children = CHILDREN.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(child) = children.iter().find(|c| c.pid == pid) {
        child.inbox.put(message);
    }
}

/// The owner's delivery of a message from this process's parent.
pub fn deliver_from_parent(message: Vec<u8>) {
    from_parent().put(message);
}

/// Asks the owner to start `spec` as a child process, whose messages go to `inbox`.
pub fn request_start(spec: ChildSpec, inbox: Arc<Mailbox>) -> Arc<Child> {
    let child = Child::new(spec.pid, inbox);
    CHILDREN
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Arc::clone(&child));
    request(Request::Start(spec));
    child
}

/// Asks the owner to end child `pid` at once, with `exitcode` (-15: SIGTERM).
pub fn request_terminate(pid: u32, exitcode: i32) {
    request(Request::Terminate { pid, exitcode });
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
