//! Python's built-in exceptions, and a raised exception with its traceback.

use std::sync::Arc;

use super::value::{Exception, Value};
use crate::objects::error::{ErrorKind, ObjectError};

/// The built-in exception classes (user classes may not derive from them yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcType {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    ArithmeticError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    TypeError,
    ValueError,
    UnicodeError,
    OSError,
    TimeoutError,
    FloatingPointError,
    BufferError,
    EOFError,
    BlockingIOError,
    ChildProcessError,
    ConnectionError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    FileExistsError,
    FileNotFoundError,
    InterruptedError,
    IsADirectoryError,
    NotADirectoryError,
    PermissionError,
    ProcessLookupError,
    ReferenceError,
    StopAsyncIteration,
    SyntaxError,
    IndentationError,
    TabError,
    SystemError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    UnicodeTranslateError,
    Warning,
    BytesWarning,
    DeprecationWarning,
    EncodingWarning,
    FutureWarning,
    ImportWarning,
    PendingDeprecationWarning,
    ResourceWarning,
    RuntimeWarning,
    SyntaxWarning,
    UnicodeWarning,
    UserWarning,
    /// 3.11's exception groups (`exception_groups.rs`); ExceptionGroup is
    /// also an Exception (see `is_subclass`).
    BaseExceptionGroup,
    ExceptionGroup,
    /// `queue.Empty` and `queue.Full` (not builtins).
    QueueEmpty,
    QueueFull,
    /// `pickle.PickleError`, and its `PicklingError` and `UnpicklingError`
    /// (not builtins).
    PickleError,
    PicklingError,
    UnpicklingError,
    /// `concurrent.futures.process.BrokenProcessPool` (a RuntimeError).
    BrokenProcessPool,
    /// `concurrent.futures.CancelledError`.
    CancelledError,
    /// `multiprocessing.TimeoutError` (not the builtin TimeoutError).
    ProcessTimeoutError,
    /// `re.error`.
    ReError,
    /// `os._exit(n)` on its way out: no handler stops it (not a class a
    /// program can name or catch).
    OsExit,
    /// `sys._getframe()` asking the run loop for a frame (see
    /// `live_frames`): taken by the loop at once, never seen by a program.
    FrameRequest,
}

use ExcType as E;

/// Every built-in exception class, for the builtins module.
pub const ALL: [ExcType; 67] = [
    E::BaseException,
    E::SystemExit,
    E::KeyboardInterrupt,
    E::GeneratorExit,
    E::Exception,
    E::StopIteration,
    E::ArithmeticError,
    E::OverflowError,
    E::ZeroDivisionError,
    E::AssertionError,
    E::AttributeError,
    E::ImportError,
    E::ModuleNotFoundError,
    E::LookupError,
    E::IndexError,
    E::KeyError,
    E::MemoryError,
    E::NameError,
    E::UnboundLocalError,
    E::RuntimeError,
    E::NotImplementedError,
    E::RecursionError,
    E::TypeError,
    E::ValueError,
    E::UnicodeError,
    E::OSError,
    E::TimeoutError,
    E::FloatingPointError,
    E::BufferError,
    E::EOFError,
    E::BlockingIOError,
    E::ChildProcessError,
    E::ConnectionError,
    E::BrokenPipeError,
    E::ConnectionAbortedError,
    E::ConnectionRefusedError,
    E::ConnectionResetError,
    E::FileExistsError,
    E::FileNotFoundError,
    E::InterruptedError,
    E::IsADirectoryError,
    E::NotADirectoryError,
    E::PermissionError,
    E::ProcessLookupError,
    E::ReferenceError,
    E::StopAsyncIteration,
    E::SyntaxError,
    E::IndentationError,
    E::TabError,
    E::SystemError,
    E::UnicodeDecodeError,
    E::UnicodeEncodeError,
    E::UnicodeTranslateError,
    E::Warning,
    E::BytesWarning,
    E::DeprecationWarning,
    E::EncodingWarning,
    E::FutureWarning,
    E::ImportWarning,
    E::PendingDeprecationWarning,
    E::ResourceWarning,
    E::RuntimeWarning,
    E::SyntaxWarning,
    E::UnicodeWarning,
    E::UserWarning,
    E::BaseExceptionGroup,
    E::ExceptionGroup,
];

impl ExcType {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            E::BaseException => "BaseException",
            E::SystemExit => "SystemExit",
            E::KeyboardInterrupt => "KeyboardInterrupt",
            E::GeneratorExit => "GeneratorExit",
            E::Exception => "Exception",
            E::StopIteration => "StopIteration",
            E::ArithmeticError => "ArithmeticError",
            E::OverflowError => "OverflowError",
            E::ZeroDivisionError => "ZeroDivisionError",
            E::AssertionError => "AssertionError",
            E::AttributeError => "AttributeError",
            E::ImportError => "ImportError",
            E::ModuleNotFoundError => "ModuleNotFoundError",
            E::LookupError => "LookupError",
            E::IndexError => "IndexError",
            E::KeyError => "KeyError",
            E::MemoryError => "MemoryError",
            E::NameError => "NameError",
            E::UnboundLocalError => "UnboundLocalError",
            E::RuntimeError => "RuntimeError",
            E::NotImplementedError => "NotImplementedError",
            E::RecursionError => "RecursionError",
            E::TypeError => "TypeError",
            E::ValueError => "ValueError",
            E::UnicodeError => "UnicodeError",
            E::OSError => "OSError",
            E::TimeoutError => "TimeoutError",
            E::FloatingPointError => "FloatingPointError",
            E::BufferError => "BufferError",
            E::EOFError => "EOFError",
            E::BlockingIOError => "BlockingIOError",
            E::ChildProcessError => "ChildProcessError",
            E::ConnectionError => "ConnectionError",
            E::BrokenPipeError => "BrokenPipeError",
            E::ConnectionAbortedError => "ConnectionAbortedError",
            E::ConnectionRefusedError => "ConnectionRefusedError",
            E::ConnectionResetError => "ConnectionResetError",
            E::FileExistsError => "FileExistsError",
            E::FileNotFoundError => "FileNotFoundError",
            E::InterruptedError => "InterruptedError",
            E::IsADirectoryError => "IsADirectoryError",
            E::NotADirectoryError => "NotADirectoryError",
            E::PermissionError => "PermissionError",
            E::ProcessLookupError => "ProcessLookupError",
            E::ReferenceError => "ReferenceError",
            E::StopAsyncIteration => "StopAsyncIteration",
            E::SyntaxError => "SyntaxError",
            E::IndentationError => "IndentationError",
            E::TabError => "TabError",
            E::SystemError => "SystemError",
            E::UnicodeDecodeError => "UnicodeDecodeError",
            E::UnicodeEncodeError => "UnicodeEncodeError",
            E::UnicodeTranslateError => "UnicodeTranslateError",
            E::Warning => "Warning",
            E::BytesWarning => "BytesWarning",
            E::DeprecationWarning => "DeprecationWarning",
            E::EncodingWarning => "EncodingWarning",
            E::FutureWarning => "FutureWarning",
            E::ImportWarning => "ImportWarning",
            E::PendingDeprecationWarning => "PendingDeprecationWarning",
            E::ResourceWarning => "ResourceWarning",
            E::RuntimeWarning => "RuntimeWarning",
            E::SyntaxWarning => "SyntaxWarning",
            E::UnicodeWarning => "UnicodeWarning",
            E::UserWarning => "UserWarning",
            E::BaseExceptionGroup => "BaseExceptionGroup",
            E::ExceptionGroup => "ExceptionGroup",
            E::QueueEmpty => "Empty",
            E::QueueFull => "Full",
            E::PickleError => "PickleError",
            E::PicklingError => "PicklingError",
            E::UnpicklingError => "UnpicklingError",
            E::BrokenProcessPool => "BrokenProcessPool",
            E::CancelledError => "CancelledError",
            E::ProcessTimeoutError => "TimeoutError",
            E::ReError => "error",
            E::OsExit => "os._exit",
            E::FrameRequest => "sys._getframe",
        }
    }

    /// The module CPython defines the class in.
    #[must_use]
    pub fn module(self) -> &'static str {
        match self {
            E::QueueEmpty => "_queue",
            E::QueueFull => "queue",
            E::PickleError | E::PicklingError | E::UnpicklingError => "_pickle",
            E::BrokenProcessPool => "concurrent.futures.process",
            E::CancelledError => "concurrent.futures._base",
            E::ProcessTimeoutError => "multiprocessing.context",
            E::ReError => "re",
            _ => "builtins",
        }
    }

    /// The base class (CPython's hierarchy); `None` for BaseException.
    #[must_use]
    pub fn base(self) -> Option<ExcType> {
        Some(match self {
            E::BaseException | E::OsExit | E::FrameRequest => return None,
            E::SystemExit
            | E::KeyboardInterrupt
            | E::GeneratorExit
            | E::Exception
            | E::BaseExceptionGroup => E::BaseException,
            E::ExceptionGroup => E::BaseExceptionGroup,
            E::OverflowError | E::ZeroDivisionError => E::ArithmeticError,
            E::ModuleNotFoundError => E::ImportError,
            E::IndexError | E::KeyError => E::LookupError,
            E::UnboundLocalError => E::NameError,
            E::NotImplementedError | E::RecursionError | E::BrokenProcessPool => E::RuntimeError,
            E::UnicodeError => E::ValueError,
            E::TimeoutError => E::OSError,
            E::PicklingError | E::UnpicklingError => E::PickleError,
            E::FloatingPointError => E::ArithmeticError,
            E::BlockingIOError
            | E::ChildProcessError
            | E::ConnectionError
            | E::FileExistsError
            | E::FileNotFoundError
            | E::InterruptedError
            | E::IsADirectoryError
            | E::NotADirectoryError
            | E::PermissionError
            | E::ProcessLookupError => E::OSError,
            E::BrokenPipeError
            | E::ConnectionAbortedError
            | E::ConnectionRefusedError
            | E::ConnectionResetError => E::ConnectionError,
            E::IndentationError => E::SyntaxError,
            E::TabError => E::IndentationError,
            E::UnicodeDecodeError | E::UnicodeEncodeError | E::UnicodeTranslateError => {
                E::UnicodeError
            }
            E::BytesWarning
            | E::DeprecationWarning
            | E::EncodingWarning
            | E::FutureWarning
            | E::ImportWarning
            | E::PendingDeprecationWarning
            | E::ResourceWarning
            | E::RuntimeWarning
            | E::SyntaxWarning
            | E::UnicodeWarning
            | E::UserWarning => E::Warning,
            _ => E::Exception,
        })
    }

    /// The exception whose instance layout this one's instances have
    /// (CPython's `solid_base`): the nearest that CPython gives fields of
    /// its own in C, else BaseException. Two exceptions can be bases of one
    /// class only when one's layout extends the other's.
    #[must_use]
    pub fn layout(self) -> ExcType {
        let mut t = self;
        loop {
            match t {
                E::StopIteration
                | E::SystemExit
                | E::ImportError
                | E::OSError
                | E::NameError
                | E::AttributeError
                | E::SyntaxError
                | E::UnicodeEncodeError
                | E::UnicodeDecodeError
                | E::UnicodeTranslateError => return t,
                _ => match t.base() {
                    Some(base) => t = base,
                    None => return E::BaseException,
                },
            }
        }
    }

    /// `issubclass(self, other)`
    #[must_use]
    pub fn is_subclass(self, other: ExcType) -> bool {
        // ExceptionGroup's second base, after BaseExceptionGroup.
        if self == E::ExceptionGroup && other == E::Exception {
            return true;
        }
        let mut t = Some(self);
        while let Some(k) = t {
            if k == other {
                return true;
            }
            t = k.base();
        }
        false
    }
}

/// A line of a traceback: where a frame was when the exception passed through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    pub filename: Arc<str>,
    pub line: u32,
    pub function: Arc<str>,
    /// The byte range of the source the failing op was compiled for.
    pub position: Option<(u32, u32)>,
}

/// A raised exception on its way up the stack.
///
/// Boxed: every `PyResult` carries one, and a small error keeps the results
/// of the interpreter's hot functions small (a `PyResult<Value>` is no bigger
/// than a Value), so less is copied on every return.
#[derive(Clone, Debug)]
pub struct PyErr(Box<Raised>);

/// What a `PyErr` holds.
#[derive(Clone, Debug)]
pub struct Raised {
    /// The exception instance (`Value::Exception`, or a user-raised instance).
    pub value: Value,
    /// Innermost last, as printed.
    pub traceback: Vec<TraceEntry>,
    /// The exception this one was raised from, already as text (a child
    /// process's traceback: CPython's `RemoteTraceback` cause), printed
    /// before it with "The above exception was the direct cause…".
    pub cause_text: Option<Arc<str>>,
    /// Raised again by a `with` or `finally` cleanup of the frame it was
    /// raised in: that frame's line is in the traceback already.
    pub reraised: bool,
    /// `raise … from cause`: printed before it, "The above exception was
    /// the direct cause of the following exception:".
    pub cause: Option<PyErr>,
    /// The exception being handled where it was raised: printed before it,
    /// "During handling of the above exception, another exception occurred:".
    pub context: Option<PyErr>,
    /// `raise … from …`: the context is not printed.
    pub suppress_context: bool,
    /// Whether the frames it left have been looked at for a context.
    pub context_checked: bool,
    /// For a NameError of a function's code: the names of its local
    /// variables, where its "Did you mean" looks first (CPython 3.11 looks
    /// in the failing frame's `co_varnames`, then its globals and builtins).
    pub local_names: Option<Arc<[Arc<str>]>>,
}

impl std::ops::Deref for PyErr {
    type Target = Raised;
    fn deref(&self) -> &Raised {
        &self.0
    }
}

impl std::ops::DerefMut for PyErr {
    fn deref_mut(&mut self) -> &mut Raised {
        &mut self.0
    }
}

impl PyErr {
    /// `value` raised, with the traceback so far.
    #[must_use]
    pub fn raised(value: Value, traceback: Vec<TraceEntry>) -> PyErr {
        PyErr(Box::new(Raised {
            value,
            traceback,
            cause_text: None,
            reraised: false,
            cause: None,
            context: None,
            suppress_context: false,
            context_checked: false,
            local_names: None,
        }))
    }

    /// The exception instance and traceback, taken out.
    #[must_use]
    pub fn into_raised(self) -> Raised {
        *self.0
    }

    #[must_use]
    pub fn new(kind: ExcType, message: impl Into<String>) -> PyErr {
        PyErr::raised(
            Value::Exception(Exception::new(kind, vec![Value::str(&message.into())])),
            Vec::new(),
        )
    }

    /// An exception raised with no arguments (`raise StopIteration`).
    #[must_use]
    pub fn bare(kind: ExcType) -> PyErr {
        PyErr::raised(
            Value::Exception(Exception::new(kind, Vec::new())),
            Vec::new(),
        )
    }

    /// A caught exception's traceback moved to the exception as it was
    /// caught (`Exception::keep_traceback`): taken back, to raise it again.
    pub fn restore_traceback(&mut self) {
        if self.traceback.is_empty() {
            if let Value::Exception(e) = &self.value {
                self.traceback = e.traceback();
            }
        }
    }

    #[must_use]
    pub fn kind(&self) -> Option<ExcType> {
        match &self.value {
            Value::Exception(e) => Some(e.kind),
            _ => None,
        }
    }
}

/// Where the value primitives (`objects`) meet the interpreter: their error,
/// class and message, as the interpreter's exception.
impl From<ObjectError> for PyErr {
    fn from(error: ObjectError) -> PyErr {
        let kind = match error.kind {
            ErrorKind::ValueError => ExcType::ValueError,
            ErrorKind::ZeroDivisionError => ExcType::ZeroDivisionError,
            ErrorKind::OverflowError => ExcType::OverflowError,
            ErrorKind::TypeError => ExcType::TypeError,
            ErrorKind::MemoryError => ExcType::MemoryError,
        };
        if kind == ExcType::MemoryError && error.message.is_empty() {
            // CPython's MemoryError() has no arguments.
            return super::alloc::memory_error();
        }
        PyErr::new(kind, error.message)
    }
}

/// Shorthands for the common errors.
#[must_use]
pub fn type_error(message: impl Into<String>) -> PyErr {
    PyErr::new(E::TypeError, message)
}

#[must_use]
pub fn value_error(message: impl Into<String>) -> PyErr {
    PyErr::new(E::ValueError, message)
}

pub type PyResult<T> = Result<T, PyErr>;
