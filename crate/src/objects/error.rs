//! The one error type of the value primitives: a Python exception class and
//! its message, exactly as CPython 3.11 words it.
//!
//! The interpreter turns an [`ObjectError`] into its own error, the one
//! `PyErr` (`runtime::error`, by `From`), where it calls them; these functions
//! know no interpreter types.

use std::fmt;

/// Which built-in exception class CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `ValueError`
    ValueError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `OverflowError`
    OverflowError,
    /// `TypeError`
    TypeError,
    /// `MemoryError` (a result CPython could not allocate either).
    MemoryError,
}

impl ErrorKind {
    /// The class name, as in a traceback: `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception as a value primitive raises it: class and message
/// (the interpreter's `PyErr` adds the exception object and traceback). Displays as a traceback's last
/// line, `ValueError: message` (just the class name when the message is
/// empty, as CPython prints it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectError {
    /// The exception class.
    pub kind: ErrorKind,
    /// `str(exc)`.
    pub message: String,
}

impl ObjectError {
    /// An error of any kind.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> ObjectError {
        ObjectError {
            kind,
            message: message.into(),
        }
    }

    /// A `ValueError`.
    pub fn value(message: impl Into<String>) -> ObjectError {
        ObjectError::new(ErrorKind::ValueError, message)
    }

    /// A `ZeroDivisionError`.
    pub fn zero_division(message: impl Into<String>) -> ObjectError {
        ObjectError::new(ErrorKind::ZeroDivisionError, message)
    }

    /// An `OverflowError`.
    pub fn overflow(message: impl Into<String>) -> ObjectError {
        ObjectError::new(ErrorKind::OverflowError, message)
    }
}

impl fmt::Display for ObjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for ObjectError {}

/// Result of a value primitive.
pub type ObjectResult<T> = Result<T, ObjectError>;
