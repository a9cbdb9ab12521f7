//! How a program's child processes start: in the browser, through the worker
//! that owns the instance (`host::processes`: it starts a Web Worker with an
//! instance of its own); natively, on a thread of their own, each with a
//! fresh interpreter, runtime and GIL, printing into the parent's output.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::host::processes::{Child, ChildSpec};
use crate::runtime::output::SharedOutput;
use crate::runtime::process::{run_child, Identity, ProcessHost};
use crate::runtime::RunOptions;

/// Children started by the owner of the browser's instance.
pub struct BrowserProcesses;

impl ProcessHost for BrowserProcesses {
    fn start(&self, spec: ChildSpec, _output: &SharedOutput) -> Arc<Child> {
        // The child's owner sends its output on to the page itself.
        crate::host::processes::request_start(spec)
    }

    fn terminate(&self, pid: u32) {
        crate::host::processes::request_terminate(pid);
    }
}

/// A child on a thread: its Stop flag, and how it ended.
struct ThreadChild {
    interrupt: Arc<AtomicBool>,
    child: Arc<Child>,
}

/// Children on threads (native runs: the tests, the command line).
#[derive(Default)]
pub struct ThreadProcesses {
    children: Mutex<Vec<ThreadChild>>,
}

impl ProcessHost for ThreadProcesses {
    fn start(&self, spec: ChildSpec, output: &SharedOutput) -> Arc<Child> {
        let child = Child::new(spec.pid);
        let interrupt = Arc::new(AtomicBool::new(false));
        self.children
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(ThreadChild {
                interrupt: interrupt.clone(),
                child: child.clone(),
            });
        let output = output.clone();
        let ended = child.clone();
        let options = RunOptions {
            processes: Some(Arc::new(ThreadProcesses::default())),
            identity: Identity::of_child(&spec),
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
    /// counts as ended by SIGTERM from now.
    fn terminate(&self, pid: u32) {
        let children = self.children.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = children.iter().find(|c| c.child.pid == pid) {
            found.interrupt.store(true, Ordering::Relaxed);
            found.child.end(-15);
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
