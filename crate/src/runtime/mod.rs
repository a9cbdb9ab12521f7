//! The runtime of the page's Python: values, the interpreter loop and the
//! builtins. The standard library's modules come from a layer above, as the
//! table `RunOptions::modules`. `run_collecting` runs a program as
//! `python3 main.py` would and gives back what it printed and its exit status.

pub mod alloc;
pub mod attrs;
pub mod blocking;
pub mod builtins;
pub mod bytes;
pub mod cache_stash;
pub mod call;
pub mod carets;
pub mod class;
pub mod code_object;
pub mod complex;
pub mod constructor;
pub mod containers;
pub mod descriptors;
pub mod dict_views;
pub mod dir_names;
pub mod dunders;
pub mod error;
pub mod eval;
pub mod exception_fields;
pub mod exception_groups;
pub mod exec;
pub mod finalizers;
pub mod format;
pub mod frame;
mod frame_pool;
pub mod function;
pub mod generator;
pub mod inline_cache;
pub mod introspect;
pub mod iter;
pub mod keyword_call;
pub mod list_items;
pub mod live_frames;
pub mod matching;
pub mod memoryview;
pub mod metaclass;
pub mod methods;
pub mod mro;
pub mod object;
pub mod operators;
pub mod ops;
pub mod output;
pub mod percent_format;
pub mod process;
pub mod repr;
pub mod set_table;
pub mod shared;
mod sorting;
mod special_methods;
pub mod stdio;
pub mod str_methods;
pub mod struct_seq;
pub mod suggestions;
pub mod traceback_objects;
pub mod transfer;
pub mod trashcan;
pub mod type_methods;
pub mod value;
pub mod wide_codecs;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::compiler::{self, SyntaxError};
use crate::trace::{Recorder, State};
use error::{type_error, ExcType, PyErr, PyResult};
use function::Args;
use object::Module;
use value::{lock, Exception, Value};

pub use output::{Chunk, OutputSink, SharedOutput};

/// Where a program's output goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Where `print()` writes.
#[derive(Debug)]
pub enum PrintTarget {
    /// The page's stdout or stderr.
    Stream(Stream),
    /// An object with a `write` method (`file=`, or `sys.stdout` reassigned).
    File(Value),
    /// Nowhere: `sys.stdout` is None.
    Nowhere,
}

/// One interpreter thread's state; what threads share is in `rt`.
pub struct Interp {
    pub rt: Arc<shared::Runtime>,
    pub builtins: object::Names,
    /// Python call depth, for RecursionError.
    pub depth: usize,
    /// Frame runs nested on the native stack (Rust calling back into Python).
    pub native_depth: usize,
    /// Finished frames, kept so that a call reuses their buffers.
    frame_pool: frame_pool::FramePool,
    /// Emptied stacks of calls, for the next runs (see `eval::run_frames`).
    #[allow(clippy::vec_box)]
    spare_calls: Vec<Vec<Box<frame::Frame>>>,
    /// The inline caches of codes whose frames went to other codes.
    cache_stash: cache_stash::CacheStash,
    /// This thread's states over time (running, waiting for the GIL, I/O…).
    pub rec: Recorder,
    /// This thread's `threading.Thread` object (the main thread's is made on demand).
    pub thread: Option<Value>,
    /// The containers whose repr is being made, innermost last (see
    /// `repr_nested`).
    repr_stack: Vec<usize>,
    /// Where this thread's native stack began (an address near its top).
    stack_base: usize,
    /// Backward jumps and calls so far, to look at the clock only now and then.
    pub(crate) ticks: u32,
    /// The exceptions being handled on this thread, innermost last: those
    /// of every running frame, in call order (each frame's are its last
    /// `Frame::handling_count`; they serve its bare `raise` and contexts,
    /// and `sys.exc_info()` reads the last). Caught exceptions move here,
    /// so that catching one copies nothing.
    pub handled: Vec<PyErr>,
    /// What instances' classes were found to have by name (see
    /// `inline_cache::ClassAttrs`).
    class_attrs: inline_cache::ClassAttrs,
    /// The special methods instances' classes were found to have (see
    /// `special_methods`).
    special_methods: special_methods::SpecialMethods,
    /// The last long str indexed, and its shape (see `str_shape`).
    last_str_shape: Option<(Arc<str>, containers::StrShape)>,
}

/// What a finished program gives back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// 0, or 1 after an uncaught exception or a syntax error, or what
    /// `sys.exit` was given.
    pub exit_code: i32,
}

impl Interp {
    #[must_use]
    pub fn new(rt: Arc<shared::Runtime>, trace_id: u32, thread: Option<Value>) -> Interp {
        let marker = 0u8;
        Interp {
            rt,
            builtins: builtins::builtins(),
            depth: 0,
            native_depth: 0,
            repr_stack: Vec::new(),
            frame_pool: frame_pool::FramePool::default(),
            spare_calls: Vec::new(),
            cache_stash: cache_stash::CacheStash::default(),
            class_attrs: inline_cache::ClassAttrs::default(),
            special_methods: special_methods::SpecialMethods::default(),
            last_str_shape: None,
            rec: Recorder::new(trace_id),
            thread,
            stack_base: std::hint::black_box(std::ptr::addr_of!(marker)) as usize,
            ticks: 0,
            handled: Vec::new(),
        }
    }

    /// Every few thousand backward jumps and calls (`eval::backward_jump`
    /// counts them): tells whoever watches the run that this thread is alive
    /// (`Runtime::beat`), and looks at the memory the program has grown the
    /// instance to.
    ///
    /// # Errors
    /// MemoryError past `memory::LIMIT_BYTES`.
    pub(crate) fn heartbeat(&mut self) -> PyResult<()> {
        self.rt.beat();
        if crate::host::memory::over_limit() {
            return Err(PyErr::new(
                ExcType::MemoryError,
                format!(
                    "the program used more than the page's {} MiB of memory",
                    crate::host::memory::LIMIT_BYTES >> 20
                ),
            ));
        }
        Ok(())
    }

    /// Counts a step a builtin takes in Rust (an item of `sum`, `max`,
    /// `list`…), as a backward jump counts one of bytecode: every few
    /// thousand, Stop and the memory limit are looked at, so that
    /// `sum(range(10**12))` can be stopped. The GIL is not handed over there:
    /// CPython's builtins keep it for their whole loop.
    ///
    /// # Errors
    /// KeyboardInterrupt after Stop; MemoryError past the limit.
    #[inline]
    pub(crate) fn count_step(&mut self) -> PyResult<()> {
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks.is_multiple_of(4096) {
            return self.step_breaker();
        }
        Ok(())
    }

    /// `count_step` when it has something to do.
    #[cold]
    #[inline(never)]
    fn step_breaker(&mut self) -> PyResult<()> {
        self.heartbeat()?;
        self.check_interrupt()
    }

    /// Native stack used by this thread so far, in bytes.
    #[must_use]
    pub fn stack_used(&self) -> usize {
        let marker = 0u8;
        let here = std::hint::black_box(std::ptr::addr_of!(marker)) as usize;
        self.stack_base.saturating_sub(here)
    }

    pub fn write_stdout(&self, text: &str) {
        self.rt.write(Stream::Stdout, text, &self.thread_name());
    }

    pub fn write_stderr(&self, text: &str) {
        self.rt.write(Stream::Stderr, text, &self.thread_name());
    }

    /// Where `print()` without `file=` writes: `sys.stdout`. While that is
    /// the page's own stdout (or `sys` was never imported) this costs one
    /// atomic load: `sys.stdout` is looked up again only after `sys`'s
    /// names changed.
    ///
    /// # Errors
    /// RuntimeError when `sys.stdout` was deleted (CPython's "lost sys.stdout").
    #[inline]
    pub fn print_target(&self) -> PyResult<PrintTarget> {
        let Some(sys) = self.rt.sys.get() else {
            return Ok(PrintTarget::Stream(Stream::Stdout));
        };
        let version = sys.version();
        if version == self.rt.stdout_checked.load(Ordering::Acquire) {
            return Ok(PrintTarget::Stream(Stream::Stdout));
        }
        self.print_target_changed(sys, version)
    }

    #[cold]
    fn print_target_changed(&self, sys: &Module, version: u64) -> PyResult<PrintTarget> {
        let stdout = sys.names().get("stdout").cloned();
        let Some(stdout) = stdout else {
            return Err(PyErr::new(ExcType::RuntimeError, "lost sys.stdout"));
        };
        let stream = stdio::TextIo::stream_of(&stdout);
        if stream == Some(Stream::Stdout) {
            self.rt.stdout_checked.store(version, Ordering::Release);
        }
        Ok(match (stream, stdout) {
            (Some(stream), _) => PrintTarget::Stream(stream),
            (None, Value::None) => PrintTarget::Nowhere,
            (None, file) => PrintTarget::File(file),
        })
    }

    /// The exit status of a program ended by an uncaught SystemExit, as
    /// CPython's: none or None is 0, an int is its low 8 bits (the status
    /// a shell sees; an int beyond 64 bits is 255), anything else is
    /// printed to stderr and gives 1.
    pub(crate) fn exit_status(&mut self, error: &PyErr) -> i32 {
        let code = match &error.value {
            Value::Exception(e) => match e.args().as_slice() {
                [] => Value::None,
                [one] => one.clone(),
                many => Value::tuple(many.to_vec()),
            },
            other => other.clone(),
        };
        match code {
            Value::None => 0,
            Value::Int(i) => i32::from(i as u8),
            Value::Bool(b) => i32::from(b),
            Value::BigInt(_) => 255,
            other => {
                let text = self
                    .to_str(&other)
                    .unwrap_or_else(|_| "<exception str() failed>".into());
                self.write_stderr(&format!("{text}\n"));
                1
            }
        }
    }

    /// The name of the thread this interpreter runs (`threading.current_thread().name`).
    #[must_use]
    pub fn thread_name(&self) -> String {
        self.thread
            .as_ref()
            .and_then(|thread| match thread {
                Value::Native(native) => match native.get_attr("name") {
                    Some(Value::Str(name)) => Some(name.to_string()),
                    _ => None,
                },
                _ => None,
            })
            .unwrap_or_else(|| "MainThread".to_string())
    }

    /// Runs `f` with the GIL released (a blocking wait), traced as `state`.
    /// What was printed goes out first: a program that waits shows what it
    /// printed before.
    pub fn allow_threads<R>(&mut self, state: State, f: impl FnOnce() -> R) -> R {
        let rt = self.rt.clone();
        rt.flush_output();
        rt.gil.allow_threads(&mut self.rec, state, f)
    }

    /// Raises KeyboardInterrupt once Stop was pressed.
    ///
    /// # Errors
    /// KeyboardInterrupt.
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.rt.interrupt.load(Ordering::Relaxed) {
            return Err(PyErr::bare(ExcType::KeyboardInterrupt));
        }
        Ok(())
    }

    /// `callable(*args, **kwargs)`
    ///
    /// # Errors
    /// What the callee raises; TypeError for values that cannot be called.
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match callable {
            Value::Function(f) => self.call_function(f, args),
            Value::Builtin(b) => {
                let mut args = args;
                if let Some(first) = args.positional.first_mut() {
                    b.receiver_as_base(first);
                }
                (b.call)(self, args)
            }
            Value::Method(m) => {
                let (receiver, function) = &**m;
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(receiver.clone());
                positional.extend(args.positional);
                self.call(
                    function,
                    Args {
                        positional,
                        keywords: args.keywords,
                    },
                )
            }
            // CPython calls a class, or an instance's `__call__`, through a
            // C call that counts one level of recursion of its own.
            Value::Class(c) => match self.meta_special(c, "__call__") {
                Some(call) => self.c_level(call::CALLING, |i| i.call(&call, args)),
                None => self.c_level(call::CALLING, |i| i.instantiate(c, args)),
            },
            Value::Instance(_) => match self.special(callable, "__call__")? {
                Some(method) => self.c_level(call::CALLING, |i| i.call(&method, args)),
                None => Err(type_error(format!(
                    "'{}' object is not callable",
                    callable.type_name()
                ))),
            },
            Value::ExcType(kind) => {
                if exception_groups::is_group(*kind) {
                    if !args.keywords.is_empty() {
                        return Err(type_error(format!(
                            "{}() takes no keyword arguments",
                            kind.name()
                        )));
                    }
                    let group = exception_groups::new_group(*kind, None, args.positional)?;
                    return Ok(Value::Exception(group));
                }
                if !args.keywords.is_empty() {
                    return exception_fields::with_keywords(*kind, args);
                }
                if kind.is_subclass(ExcType::OSError) {
                    return Ok(Value::Exception(exception_fields::os_error(
                        *kind,
                        args.positional,
                    )));
                }
                Ok(Value::Exception(Exception::new(*kind, args.positional)))
            }
            other => Err(type_error(format!(
                "'{}' object is not callable",
                other.type_name()
            ))),
        }
    }

    /// `import name`
    ///
    /// # Errors
    /// ModuleNotFoundError for modules the page does not have.
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = lock(&self.rt.modules).get(name) {
            return Ok(m.clone());
        }
        if let Some(loaded) = (self.rt.load_module)(name) {
            let module = match loaded {
                // The first of two threads importing it at once makes it.
                Loaded::Native(module) => lock(&self.rt.modules)
                    .entry(name.into())
                    .or_insert(Value::Module(module))
                    .clone(),
                Loaded::Python(source) => self.import_frozen(name, source)?,
                Loaded::Unavailable(message) => {
                    return Err(PyErr::new(ExcType::ImportError, message))
                }
            };
            if let (Value::Module(m), "sys") = (&module, name) {
                let _ = self.rt.sys.set(m.clone());
            }
            // `a.b` becomes an attribute of the package `a`.
            if let Some((parent, child)) = name.rsplit_once('.') {
                let package = self.import(parent)?;
                self.set_attr(&package, child, module.clone())?;
            }
            return Ok(module);
        }
        // A submodule its package made by importing another module under
        // its name (`os.path`, which is `posixpath`).
        if let Some((parent, child)) = name.rsplit_once('.') {
            let package = self.import(parent)?;
            if let Value::Module(m) = &package {
                let found = m.names().get(child).cloned();
                if let Some(module @ Value::Module(_)) = found {
                    lock(&self.rt.modules).insert(name.into(), module.clone());
                    return Ok(module);
                }
            }
        }
        Err(PyErr::new(
            ExcType::ModuleNotFoundError,
            format!("No module named '{name}'"),
        ))
    }

    /// Imports a frozen module: its body runs in a new module, which is
    /// importable as it runs (as CPython's, for imports that come back to it)
    /// and forgotten if the body fails.
    fn import_frozen(&mut self, name: &str, source: &'static str) -> PyResult<Value> {
        let filename = frozen_filename(name);
        let code = compiler::compile_module(source, &filename).map_err(|e| {
            PyErr::new(
                ExcType::ImportError,
                format!("the page's module {name} does not compile: {}", e.message),
            )
        })?;
        let module = Module::new(name);
        module
            .names_mut()
            .insert("__name__".into(), Value::str(name));
        let value = Value::Module(module.clone());
        lock(&self.rt.modules).insert(name.into(), value.clone());
        let body = Arc::new(function::Function::new(
            code,
            Vec::new(),
            Vec::new(),
            module,
        ));
        if let Err(error) = self.call_function(&body, Args::default()) {
            lock(&self.rt.modules).remove(name);
            return Err(error);
        }
        Ok(value)
    }

    /// The source a traceback's frame was in: the program's, or a frozen module's.
    fn source_for<'a>(&self, filename: &str, program: &'a str) -> &'a str {
        if let Some(name) = filename
            .strip_prefix("<frozen ")
            .and_then(|n| n.strip_suffix('>'))
        {
            if let Some(Loaded::Python(source)) = (self.rt.load_module)(name) {
                return source;
            }
        }
        // Code `exec` or `eval` compiled from a string has no file to show.
        if filename.starts_with('<') {
            return "";
        }
        program
    }

    /// `time.sleep(seconds)`: a real wait that burns no CPU, with the GIL
    /// released (I/O), cut short by Stop.
    ///
    /// # Errors
    /// KeyboardInterrupt when Stop is pressed during the wait.
    pub fn sleep(&mut self, seconds: f64) -> PyResult<()> {
        let end = crate::host::clock::now_ms() + seconds * 1000.0;
        let interrupt = self.rt.interrupt.clone();
        let rt = self.rt.clone();
        self.allow_threads(State::Io, || loop {
            let left = end - crate::host::clock::now_ms();
            if left <= 0.0 || interrupt.load(Ordering::Relaxed) {
                return;
            }
            // Wake now and then to notice Stop, and to say the run is alive.
            crate::host::clock::sleep_ms(left.min(50.0));
            rt.beat();
        });
        self.check_interrupt()
    }

    /// The traceback CPython prints for an uncaught exception.
    ///
    /// # Errors
    /// Never in practice (a failing `__str__` is shown as such).
    pub fn format_exception(&mut self, error: &PyErr, source: &str) -> String {
        self.format_chain(error, source, 0, false)
    }

    /// `format_exception` as the interpreter prints an uncaught exception
    /// (`sys.excepthook`): with CPython 3.11's "Did you mean" after a
    /// NameError's or an AttributeError's message, which its `traceback`
    /// module does not add.
    pub fn format_uncaught(&mut self, error: &PyErr, source: &str) -> String {
        self.format_chain(error, source, 0, true)
    }

    /// A traceback's line for `entry`, as CPython 3.11 draws it: its file,
    /// line and function, the line where the failing expression starts,
    /// and a line of carets under it. Also that line's number.
    pub fn format_entry(&self, entry: &error::TraceEntry, program: &str) -> (u32, String) {
        let source = self.source_for(&entry.filename, program);
        let range = entry
            .position
            .map(|(start, end)| (start as usize, end as usize))
            .filter(|&(start, end)| start < end && end <= source.len());
        let line = range.map_or(entry.line, |(start, _)| {
            u32::try_from(source[..start].matches('\n').count() + 1).unwrap_or(u32::MAX)
        });
        let mut out = format!(
            "  File \"{}\", line {line}, in {}\n",
            entry.filename, entry.function
        );
        if let Some(text) = source.lines().nth((line as usize).wrapping_sub(1)) {
            if !text.trim().is_empty() {
                out.push_str(&format!("    {}\n", text.trim()));
                if let Some(carets) =
                    range.and_then(|(start, end)| carets::caret_line(source, start, end))
                {
                    out.push_str(&carets);
                }
            }
        }
        (line, out)
    }

    /// The source line `entry` shows (stripped; empty when there is none).
    pub fn entry_source_line(&self, entry: &error::TraceEntry, line: u32) -> String {
        let program = self.rt.source.clone();
        let source = self.source_for(&entry.filename, &program);
        source
            .lines()
            .nth((line as usize).wrapping_sub(1))
            .map_or_else(String::new, |text| text.trim().to_string())
    }

    /// The last line of an exception's traceback ("ValueError: bad"; a
    /// SyntaxError's display from `exec`/`eval`).
    pub fn format_exception_only(&mut self, value: &Value) -> String {
        self.exception_line(value, None)
    }

    /// `format_exception_only`, with a "Did you mean" if `hints` is given:
    /// for a NameError, the failing function's local names (else none).
    fn exception_line(&mut self, value: &Value, hints: Option<&[Arc<str>]>) -> String {
        // A SyntaxError from `exec`/`eval` shows where in its source, as
        // a program's own does.
        if let Some(display) = exec::syntax_error_display(value) {
            return display;
        }
        let kind = match value {
            Value::Exception(e) => e.display_name(),
            other => other.type_name(),
        };
        let message = self
            .to_str(value)
            .unwrap_or_else(|_| "<exception str() failed>".into());
        let notes = exception_fields::notes(value);
        if message.is_empty() {
            format!("{kind}\n{notes}")
        } else {
            let hint = match hints {
                Some(local_names) => self
                    .suggestion(value, &message, local_names)
                    .unwrap_or_default(),
                None => String::new(),
            };
            format!("{kind}: {message}{hint}\n{notes}")
        }
    }

    /// `format_exception` of `error` after the exceptions chained to it
    /// (its cause, or the one being handled as it was raised).
    fn format_chain(&mut self, error: &PyErr, source: &str, depth: usize, hints: bool) -> String {
        let mut out = String::new();
        self.format_linked(
            error,
            source,
            depth,
            hints,
            &mut GroupLayout::default(),
            &mut out,
        );
        out
    }

    /// An exception as CPython reports one it cannot raise (an error in
    /// `__del__`, or in closing a dropped generator, after "Exception
    /// ignored in"): its own traceback and line, without its cause or
    /// context.
    pub fn format_unraisable(&mut self, error: &PyErr, source: &str) -> String {
        let mut alone = error.clone();
        alone.cause = None;
        alone.context = None;
        alone.cause_text = None;
        self.format_chain(&alone, source, 0, false)
    }

    /// `format_chain` into `out`, within the exception groups `layout`
    /// says it is in (each of their lines marked in the margin).
    fn format_linked(
        &mut self,
        error: &PyErr,
        source: &str,
        depth: usize,
        hints: bool,
        layout: &mut GroupLayout,
        out: &mut String,
    ) {
        if let Some(cause) = &error.cause_text {
            layout.emit(out, cause, '|');
            layout.emit(
                out,
                "\nThe above exception was the direct cause of the following exception:\n\n",
                '|',
            );
        }
        // CPython prints a chain at most this deep (its own recursion guard aside).
        if depth < 100 {
            if let Some(cause) = &error.cause {
                self.format_linked(cause, source, depth + 1, hints, layout, out);
                layout.emit(
                    out,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    '|',
                );
            } else if let (Some(context), false) = (&error.context, error.suppress_context) {
                self.format_linked(context, source, depth + 1, hints, layout, out);
                layout.emit(
                    out,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    '|',
                );
            }
        }
        // A caught exception's traceback is on the exception (a context, a cause).
        let mut error = error.clone();
        error.restore_traceback();
        let local_names = hints.then(|| error.local_names.as_deref().unwrap_or_default());
        let Some(members) = exception_groups::members(&error.value) else {
            if !error.traceback.is_empty() {
                layout.emit(out, "Traceback (most recent call last):\n", '|');
            }
            let entries = self.format_entries(error.traceback.iter().rev(), source);
            layout.emit(out, &entries, '|');
            let line = self.exception_line(&error.value, local_names);
            layout.emit(out, &line, '|');
            return;
        };
        self.format_group(&error, &members, source, hints, layout, out);
    }

    /// An exception group's traceback and its exceptions', each in a box
    /// below it, as CPython 3.11 prints them (its `print_exception_group`:
    /// at most 15 exceptions a group, 10 groups deep).
    fn format_group(
        &mut self,
        error: &PyErr,
        members: &[Value],
        source: &str,
        hints: bool,
        layout: &mut GroupLayout,
        out: &mut String,
    ) {
        const WIDEST: usize = 15;
        const DEEPEST: usize = 10;
        if layout.depth > DEEPEST {
            layout.emit(out, &format!("... (max_group_depth is {DEEPEST})\n"), '|');
            return;
        }
        let outermost = layout.depth == 0;
        if outermost {
            layout.depth += 1;
        }
        if !error.traceback.is_empty() {
            let margin = if outermost { '+' } else { '|' };
            layout.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            let entries = self.format_entries(error.traceback.iter().rev(), source);
            layout.emit(out, &entries, '|');
        }
        let local_names = hints.then(|| error.local_names.as_deref().unwrap_or_default());
        let line = self.exception_line(&error.value, local_names);
        layout.emit(out, &line, '|');
        let shown = if members.len() <= WIDEST {
            members.len()
        } else {
            WIDEST + 1
        };
        layout.need_close = false;
        for i in 0..shown {
            let last = i == shown - 1;
            if last {
                // The closing line may be added by a group within.
                layout.need_close = true;
            }
            let title = if i < WIDEST {
                (i + 1).to_string()
            } else {
                "...".to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!(
                "{}{corner}+---------------- {title} ----------------\n",
                layout.indent()
            ));
            layout.depth += 1;
            if i < WIDEST {
                let member = exception_groups::error_of(&members[i], 0);
                self.format_linked(&member, source, 0, hints, layout, out);
            } else {
                let more = members.len() - WIDEST;
                let plural = if more > 1 { "s" } else { "" };
                layout.emit(out, &format!("and {more} more exception{plural}\n"), '|');
            }
            if last && layout.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    layout.indent()
                ));
                layout.need_close = false;
            }
            layout.depth -= 1;
        }
        if outermost {
            layout.depth = 0;
        }
    }

    /// Traceback entries, oldest first, as CPython prints them: at most its
    /// limit of the most recent, and a run of the same place (a runaway
    /// recursion) shown three times, then "[Previous line repeated N more
    /// times]".
    pub fn format_entries<'e>(
        &self,
        entries: impl Iterator<Item = &'e error::TraceEntry>,
        source: &str,
    ) -> String {
        /// CPython's `PyTraceBack_LIMIT` and `TB_RECURSIVE_CUTOFF`.
        const LIMIT: usize = 1000;
        const SHOWN: usize = 3;
        let repeated = |count: usize| {
            let more = count - SHOWN;
            format!(
                "  [Previous line repeated {more} more time{}]\n",
                if more > 1 { "s" } else { "" }
            )
        };
        let entries: Vec<_> = entries.filter(|e| !hidden_frame(&e.filename)).collect();
        let mut out = String::new();
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0;
        for entry in &entries[entries.len().saturating_sub(LIMIT)..] {
            let (line, text) = self.format_entry(entry, source);
            let place = (&*entry.filename, line, &*entry.function);
            if last != Some(place) {
                if count > SHOWN {
                    out.push_str(&repeated(count));
                }
                last = Some(place);
                count = 0;
            }
            count += 1;
            if count <= SHOWN {
                out.push_str(&text);
            }
        }
        if count > SHOWN {
            out.push_str(&repeated(count));
        }
        out
    }
}

/// Where a traceback's lines are among the boxes of the exception groups
/// it is printed within: how many deep, and whether the innermost box is
/// yet to be closed.
#[derive(Default)]
struct GroupLayout {
    depth: usize,
    need_close: bool,
}

impl GroupLayout {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text`'s lines into `out`, each after the margin of the boxes it is in.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The SyntaxError display CPython prints (file, line, the line, a caret).
/// An IndentationError has no caret; a RecursionError or a MemoryError raised
/// while compiling is its one line.
#[must_use]
pub fn format_syntax_error(error: &SyntaxError, filename: &str) -> String {
    let kind = match error.kind {
        compiler::CompileErrorKind::Recursion => {
            return format!("RecursionError: {}\n", error.message);
        }
        compiler::CompileErrorKind::Memory => return "MemoryError\n".to_string(),
        kind => kind.name(),
    };
    // The line without its indentation, and carets under the part of it the
    // error is about (none when CPython shows none).
    let text = error.text.trim_start();
    let indent = error.text.chars().count() - text.chars().count();
    let carets = if error.end_column == 0 {
        String::new()
    } else {
        let start = (error.column as usize).saturating_sub(1 + indent);
        let width = error.end_column.saturating_sub(error.column).max(1) as usize;
        format!("    {}{}\n", " ".repeat(start), "^".repeat(width))
    };
    format!(
        "  File \"{filename}\", line {}\n    {text}\n{carets}{kind}: {}\n",
        error.line, error.message
    )
}

/// How to run a program: the GIL's settings, how threads are started, Stop, and limits.
pub struct RunOptions {
    /// The modules a program can import (`crate::modules::load`).
    pub modules: ModuleLoader,
    /// How the program starts child processes, if it can.
    pub processes: Option<Arc<dyn process::ProcessHost>>,
    /// Which process this is (`multiprocessing.current_process()`).
    pub identity: process::Identity,
    /// A child's way to its parent.
    pub parent: Option<Arc<dyn process::ParentLink>>,
    pub gil: crate::gil::GilConfig,
    pub spawn: shared::Spawn,
    pub interrupt: Arc<AtomicBool>,
    pub limits: shared::Limits,
    /// Called now and then (at most every `HEARTBEAT_MS`) while the program
    /// runs or sleeps: a worker busy in a long run tells the page it is alive.
    pub heartbeat: Option<shared::Heartbeat>,
}

/// A fresh instance of the module `name`, if the program can import it.
pub type ModuleLoader = fn(&str) -> Option<Loaded>;

/// A module as its loader gives it.
pub enum Loaded {
    /// Made in Rust.
    Native(Arc<object::Module>),
    /// Python source that comes with the page (a "frozen" module, as CPython
    /// freezes some of its own), run as the module's body when imported.
    Python(&'static str),
    /// A module the page has whose source could not be had (its download
    /// failed): the message of the ImportError its import raises.
    Unavailable(String),
}

/// Whether a traceback leaves out frames in `filename`: those of a frozen
/// module that stands for one CPython writes in C, which has no frames.
#[must_use]
pub fn hidden_frame(filename: &str) -> bool {
    filename
        .strip_prefix("<frozen ")
        .and_then(|n| n.strip_suffix('>'))
        .is_some_and(object::is_c_module)
}

/// The file name a frozen module's frames show in a traceback.
#[must_use]
pub fn frozen_filename(name: &str) -> String {
    format!("<frozen {name}>")
}

impl RunOptions {
    /// A run with the GIL as CPython's, on std threads, with no limits but
    /// the machine's, importing from `modules`.
    #[must_use]
    pub fn new(modules: ModuleLoader) -> Self {
        RunOptions {
            modules,
            processes: None,
            identity: process::Identity::default(),
            parent: None,
            gil: crate::gil::GilConfig::default(),
            spawn: Box::new(crate::host::workers::spawn),
            interrupt: Arc::new(AtomicBool::new(false)),
            limits: shared::Limits::default(),
            heartbeat: None,
        }
    }
}

impl Finished {
    /// How a run on `rt` ended with `exit_code`, with the spans of its threads.
    #[must_use]
    pub fn of(
        rt: &shared::Runtime,
        exit_code: i32,
        spans: Vec<crate::trace::Span>,
        compile_ms: f64,
    ) -> Finished {
        Finished {
            exit_code,
            gil: rt.gil.counters(),
            compile_ms,
            gil_summary: crate::gil_summary::GilSummary::of_run(
                &rt.gil,
                &crate::gil::GilCounters::default(),
                &spans,
            ),
            spans,
        }
    }
}

/// Runs a program with `options`, collecting its output.
#[must_use]
pub fn run_collecting(source: &str, options: RunOptions) -> Outcome {
    let out = Arc::new(std::sync::Mutex::new((String::new(), String::new())));
    let sink = out.clone();
    let exit_code = run_streaming(
        source,
        "main.py",
        SharedOutput::new(Box::new(move |batch| {
            let mut o = lock(&sink);
            for chunk in batch {
                match chunk.stream {
                    Stream::Stdout => o.0.push_str(&chunk.text),
                    Stream::Stderr => o.1.push_str(&chunk.text),
                }
            }
        })),
        options,
    )
    .exit_code;
    let (stdout, stderr) = lock(&out).clone();
    Outcome {
        stdout,
        stderr,
        exit_code,
    }
}

/// A finished program: its exit status and every thread's spans.
pub struct Finished {
    pub exit_code: i32,
    pub spans: Vec<crate::trace::Span>,
    pub gil: crate::gil::GilCounters,
    /// Parsing and compiling the source to bytecode.
    pub compile_ms: f64,
    /// What the GIL did, per thread (the trace ids: the main thread is 0).
    pub gil_summary: crate::gil_summary::GilSummary,
}

/// Runs a program, streaming its output to `output`. The main thread runs here;
/// the program's threads run on `options.spawn`'s threads, and the program ends
/// when they all have.
pub fn run_streaming(
    source: &str,
    filename: &str,
    output: SharedOutput,
    options: RunOptions,
) -> Finished {
    let rt = shared::Runtime::new(output, source, options);
    let compile_start = crate::host::clock::now_ms();
    let compiled = compiler::compile_program(source, filename);
    let compile_ms = crate::host::clock::now_ms() - compile_start;
    let code = match compiled {
        Ok((code, warnings)) => {
            for warning in warnings {
                rt.write(
                    Stream::Stderr,
                    &warning.format(source, filename),
                    "MainThread",
                );
            }
            code
        }
        Err(error) => {
            rt.write(
                Stream::Stderr,
                &format_syntax_error(&error, filename),
                "MainThread",
            );
            rt.flush_output();
            return Finished {
                exit_code: 1,
                spans: Vec::new(),
                gil: rt.gil.counters(),
                compile_ms,
                gil_summary: crate::gil_summary::GilSummary::of_run(
                    &rt.gil,
                    &crate::gil::GilCounters::default(),
                    &[],
                ),
            };
        }
    };
    let main = main_module(&rt, "__main__");
    // `import __main__`, and a class a child sends back found by its name.
    lock(&rt.modules).insert("__main__".into(), Value::Module(main.clone()));
    let function = Arc::new(function::Function::new(
        code,
        Vec::new(),
        Vec::new(),
        main.clone(),
    ));
    let mut interp = Interp::new(rt.clone(), 0, None);
    rt.gil.acquire(&mut interp.rec);
    let outcome = interp.call_function(&function, Args::default());
    // `os._exit` ends the process there: no finalizer runs.
    let hard_exit = matches!(&outcome, Err(e) if e.kind() == Some(ExcType::OsExit));
    let exit_code = match outcome {
        Ok(_) => 0,
        Err(error) if matches!(error.kind(), Some(ExcType::SystemExit | ExcType::OsExit)) => {
            interp.exit_status(&error)
        }
        Err(error) => {
            let text = interp.format_uncaught(&error, source);
            interp.write_stderr(&text);
            1
        }
    };
    // Python waits for its threads before it exits.
    let waiting = rt.clone();
    interp.allow_threads(State::WaitingLock, || waiting.wait_for_threads());
    interp.wait_for_children();
    interp.allow_threads(State::WaitingLock, || waiting.end_daemon_threads());
    if !hard_exit {
        interp.finalize_main(&main);
    }
    rt.gil.release_and_exit(&mut interp.rec);
    rt.flush_output();
    let mut spans = std::mem::take(&mut *lock(&rt.spans));
    spans.extend(interp.rec.finish());
    Finished {
        exit_code,
        gil_summary: crate::gil_summary::GilSummary::of_run(
            &rt.gil,
            &crate::gil::GilCounters::default(),
            &spans,
        ),
        gil: rt.gil.counters(),
        compile_ms,
        spans,
    }
}

/// The program's main module (`__main__`, or a child's `__mp_main__`) with
/// the names CPython's has before the program runs (`__loader__` and
/// `__spec__` None here: the page has no import machinery to show), and the
/// module `builtins`, its `__builtins__`, importable.
pub(crate) fn main_module(rt: &shared::Runtime, name: &str) -> Arc<Module> {
    let builtins = Module::new("builtins");
    {
        let mut names = builtins.names_mut();
        *names = builtins::builtins();
        names.insert("__name__".into(), Value::str("builtins"));
    }
    lock(&rt.modules).insert("builtins".into(), Value::Module(builtins.clone()));
    let main = Module::new(name);
    {
        let mut names = main.names_mut();
        for (key, value) in [
            ("__name__", Value::str(name)),
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__annotations__", Value::Dict(Arc::default())),
            ("__builtins__", Value::Module(builtins)),
            ("__file__", Value::str("main.py")),
            ("__cached__", Value::None),
        ] {
            names.insert(key.into(), value);
        }
    }
    main
}
