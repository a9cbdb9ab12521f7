//! How a program's child processes start and talk to their parent: in the
//! browser, through the worker that owns the instance (`host::processes`: it
//! starts a Web Worker with an instance of its own, and passes messages);
//! natively, on a thread of their own, each with a fresh interpreter, runtime
//! and GIL, printing into the parent's output.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::host::processes::{Child, ChildSpec, Mailbox};
use crate::runtime::output::SharedOutput;
use crate::runtime::process::{run_child, Identity, ParentLink, ProcessHost};
use crate::runtime::RunOptions;

/// Children started by the owner of the browser's instance.
pub struct BrowserProcesses;

impl ProcessHost for BrowserProcesses {
    fn start(&self, spec: ChildSpec, _output: &SharedOutput, inbox: Arc<Mailbox>) -> Arc<Child> {
        // The child's owner sends its output on to the page itself.
        crate::host::processes::request_start(spec, inbox)
    }

    fn terminate(&self, pid: u32, exitcode: i32) {
        crate::host::processes::request_terminate(pid, exitcode);
    }

    fn send(&self, pid: u32, message: Vec<u8>) {
        crate::host::processes::request_send(pid, message);
    }
}

/// A child's way to its parent in the browser: through its owner.
pub struct BrowserParent;

impl ParentLink for BrowserParent {
    fn send(&self, message: Vec<u8>) {
        crate::host::processes::request_to_parent(message);
    }

    fn inbox(&self) -> Arc<Mailbox> {
        crate::host::processes::from_parent()
    }
}

/// A child on a thread: its Stop flag, what its parent sends it, and how it ended.
struct ThreadChild {
    interrupt: Arc<AtomicBool>,
    to_child: Arc<Mailbox>,
    child: Arc<Child>,
}

/// Children on threads (native runs: the tests, the command line).
#[derive(Default)]
pub struct ThreadProcesses {
    children: Mutex<Vec<ThreadChild>>,
}

/// A child on a thread's way to its parent: two mailboxes.
struct ThreadParent {
    to_parent: Arc<Mailbox>,
    from_parent: Arc<Mailbox>,
}

impl ParentLink for ThreadParent {
    fn send(&self, message: Vec<u8>) {
        self.to_parent.put(message);
    }

    fn inbox(&self) -> Arc<Mailbox> {
        self.from_parent.clone()
    }
}

impl ProcessHost for ThreadProcesses {
    fn start(&self, spec: ChildSpec, output: &SharedOutput, inbox: Arc<Mailbox>) -> Arc<Child> {
        let child = Child::new(spec.pid, inbox.clone());
        let interrupt = Arc::new(AtomicBool::new(false));
        let to_child = Mailbox::new();
        self.children
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(ThreadChild {
                interrupt: interrupt.clone(),
                to_child: to_child.clone(),
                child: child.clone(),
            });
        let output = output.clone();
        let ended = child.clone();
        let options = RunOptions {
            processes: Some(Arc::new(ThreadProcesses::default())),
            identity: Identity::of_child(&spec),
            parent: Some(Arc::new(ThreadParent {
                to_parent: inbox,
                from_parent: to_child,
            })),
            interrupt,
            ..RunOptions::new(crate::modules::load)
        };
        crate::host::workers::spawn(Box::new(move || {
            let finished = run_child(&spec, output, options);
            ended.end(finished.exit_code);
        }));
        child
    }

    /// A thread cannot be killed: the child stops at its next check, and
    /// counts as ended by the signal from now.
    fn terminate(&self, pid: u32, exitcode: i32) {
        let children = self.children.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = children.iter().find(|c| c.child.pid == pid) {
            found.interrupt.store(true, Ordering::Relaxed);
            // A pool worker waiting for a task wakes, and sees the flag.
            found.to_child.put(Vec::new());
            found.child.end(exitcode);
        }
    }

    fn send(&self, pid: u32, message: Vec<u8>) {
        let children = self.children.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = children.iter().find(|c| c.child.pid == pid) {
            found.to_child.put(message);
        }
    }
}

/// Run options with processes on threads (native runs).
#[must_use]
pub fn with_thread_processes(options: RunOptions) -> RunOptions {
    RunOptions {
        processes: Some(Arc::new(ThreadProcesses::default())),
        ..options
    }
}
