//! Which process this interpreter is, how it starts children, and how a child
//! begins: CPython's "spawn" start method. A child imports the program afresh
//! as `__mp_main__` (so code under `if __name__ == "__main__":` does not run
//! again), then calls its target with its arguments, both sent encoded
//! (`transfer`).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::host::processes::{Child, ChildSpec};

use super::error::{ExcType, PyErr, PyResult};
use super::function::Args;
use super::object::Module;
use super::output::SharedOutput;
use super::value::Value;
use super::{compiler, format_syntax_error, Interp, RunOptions, Stream};

/// Starts child processes for a run: in the browser through the owner of the
/// instance (`host::processes`), natively on threads (the runs layer).
pub trait ProcessHost: Send + Sync {
    /// Starts `spec`; what the child prints goes where `output` goes.
    fn start(&self, spec: ChildSpec, output: &SharedOutput) -> Arc<Child>;
    /// Ends child `pid` at once.
    fn terminate(&self, pid: u32);
}

/// This process, as `multiprocessing.current_process()` names it.
#[derive(Clone, Debug)]
pub struct Identity {
    pub name: String,
    pub pid: u32,
    /// The parent's name and pid, for a child.
    pub parent: Option<(String, u32)>,
}

impl Identity {
    /// The identity of the child `spec` starts.
    #[must_use]
    pub fn of_child(spec: &ChildSpec) -> Identity {
        Identity {
            name: spec.name.clone(),
            pid: spec.pid,
            parent: Some((spec.parent_name.clone(), spec.parent_pid)),
        }
    }
}

impl Default for Identity {
    fn default() -> Self {
        Identity {
            name: "MainProcess".into(),
            pid: 1000,
            parent: None,
        }
    }
}

/// CPython's error for a child that starts a process while it is still
/// importing the main module (no `if __name__ == "__main__":` guard).
#[must_use]
pub fn bootstrapping_error() -> PyErr {
    PyErr::new(
        ExcType::RuntimeError,
        "\n        An attempt has been made to start a new process before the\n        \
         current process has finished its bootstrapping phase.\n\n        \
         This probably means that you are not using fork to start your\n        \
         child processes and you have forgotten to use the proper idiom\n        \
         in the main module:\n\n            \
         if __name__ == '__main__':\n                freeze_support()\n                ...\n\n        \
         The \"freeze_support()\" line can be omitted if the program\n        \
         is not going to be frozen to produce an executable.\n\n        \
         To fix this issue, refer to the \"Safe importing of main module\"\n        \
         section in https://docs.python.org/3/library/multiprocessing.html\n        ",
    )
}

impl Interp {
    /// Starts a child process that calls `target(*args, **kwargs)`, named
    /// `name`: the child's number and, later, its exit code.
    ///
    /// # Errors
    /// The bootstrapping RuntimeError in a child still importing the program;
    /// a target or argument that cannot be sent (CPython's pickling errors);
    /// RuntimeError where processes cannot start.
    pub fn start_process(
        &mut self,
        name: &str,
        target: &Value,
        args: Value,
        kwargs: Value,
        daemon: bool,
    ) -> PyResult<Arc<Child>> {
        if self.rt.bootstrapping.load(Ordering::Acquire) {
            return Err(bootstrapping_error());
        }
        let Some(host) = self.rt.processes.clone() else {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "processes cannot start here",
            ));
        };
        let bootstrap =
            super::transfer::encode(self, &Value::tuple(vec![target.clone(), args, kwargs]))?;
        let n = self.rt.next_child.fetch_add(1, Ordering::Relaxed);
        let spec = ChildSpec {
            pid: self.rt.identity.pid.wrapping_mul(100).wrapping_add(n),
            name: name.to_string(),
            parent_name: self.rt.identity.name.clone(),
            parent_pid: self.rt.identity.pid,
            source: self.rt.source.to_string(),
            bootstrap,
        };
        let child = host.start(spec, self.rt.output());
        if !daemon {
            super::value::lock(&self.rt.children).push(child.clone());
        }
        Ok(child)
    }

    /// Waits for the non-daemonic children, as CPython does at exit.
    pub fn wait_for_children(&mut self) {
        let children = std::mem::take(&mut *super::value::lock(&self.rt.children));
        for child in children {
            self.allow_threads(crate::trace::State::WaitingLock, || child.wait(None));
        }
    }
}

/// Runs a child process to its end: imports `spec.source` as `__mp_main__`,
/// then calls the target. Its exit code: 0, 1 after an exception (its
/// traceback printed after "Process NAME:", as CPython's child prints it), or
/// the status of `sys.exit`.
pub fn run_child(spec: &ChildSpec, output: SharedOutput, options: RunOptions) -> super::Finished {
    let rt = super::shared::Runtime::new(output, &spec.source, options);
    let code = match compiler::compile_module(&spec.source, "main.py") {
        Ok(code) => code,
        Err(error) => {
            rt.write(
                Stream::Stderr,
                &format_syntax_error(&error, "main.py"),
                "MainThread",
            );
            rt.flush_output();
            return super::Finished::of(&rt, 1, Vec::new(), 0.0);
        }
    };
    let main = Module::new("__mp_main__");
    main.names_mut()
        .insert("__name__".into(), Value::str("__mp_main__"));
    // Functions sent from the parent's `__main__` are found in `__mp_main__`.
    for name in ["__mp_main__", "__main__"] {
        super::value::lock(&rt.modules).insert(name.into(), Value::Module(main.clone()));
    }
    let function = Arc::new(super::function::Function::new(
        code,
        Vec::new(),
        Vec::new(),
        main,
    ));
    let mut interp = Interp::new(rt.clone(), 0, None);
    rt.gil.acquire(&mut interp.rec);
    rt.bootstrapping.store(true, Ordering::Release);
    let imported = interp.call_function(&function, Args::default());
    rt.bootstrapping.store(false, Ordering::Release);
    // An error while importing is the child's own; one in the target is
    // told as CPython's `Process._bootstrap` tells it, after its name.
    let (outcome, heading) = match imported {
        Err(error) => (Err(error), String::new()),
        Ok(_) => (
            call_target(&mut interp, &spec.bootstrap),
            format!("Process {}:\n", spec.name),
        ),
    };
    let exit_code = match outcome {
        Ok(()) => 0,
        Err(error) if error.kind() == Some(ExcType::SystemExit) => interp.exit_status(&error),
        Err(error) => {
            let text = interp.format_exception(&error, &spec.source);
            interp.write_stderr(&format!("{heading}{text}"));
            1
        }
    };
    let waiting = rt.clone();
    interp.allow_threads(crate::trace::State::WaitingLock, || {
        waiting.wait_for_threads()
    });
    rt.gil.release_and_exit(&mut interp.rec);
    rt.flush_output();
    let mut spans = std::mem::take(&mut *super::value::lock(&rt.spans));
    spans.extend(interp.rec.finish());
    super::Finished::of(&rt, exit_code, spans, 0.0)
}

/// `target(*args, **kwargs)` from the encoded bootstrap.
fn call_target(interp: &mut Interp, bootstrap: &[u8]) -> PyResult<()> {
    let decoded = super::transfer::decode(interp, bootstrap)?;
    let Value::Tuple(parts) = decoded else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "a broken process bootstrap",
        ));
    };
    let [target, args, kwargs] = &parts[..] else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "a broken process bootstrap",
        ));
    };
    let positional = match args {
        Value::Tuple(items) => items.to_vec(),
        _ => Vec::new(),
    };
    let mut keywords = Vec::new();
    if let Value::Dict(dict) = kwargs {
        for (key, value) in super::value::lock(&dict.map).values() {
            if let Value::Str(name) = key {
                keywords.push((name.clone(), value.clone()));
            }
        }
    }
    interp.call(
        target,
        Args {
            positional,
            keywords,
        },
    )?;
    Ok(())
}
