//! Python's regular expressions, the engine of the `re` module: a parser
//! of Python's pattern syntax (`parse`), a compiler of its tree to a small
//! program (`program`), and a backtracking matcher (`exec`) whose results
//! are CPython's: leftmost-first alternation, greedy, lazy and possessive
//! repeats, backreferences, lookaround, and sre's rules for repeats whose
//! iterations match nothing.
//!
//! An engine of its own rather than a crate: a regex crate with its Unicode
//! tables would add ~150 KB gzipped to the page's download, and the ones
//! that guarantee linear time have no backreferences or lookaround.
//!
//! It knows no interpreter: patterns and texts are slices of chars
//! (positions are char indices, as Python's are; bytes are the chars
//! U+0000 to U+00FF), and the matcher calls back a hook every few thousand
//! steps, so that Stop ends a catastrophic match.

mod case_data;
pub mod charset;
mod exec;
mod parse;
mod program;
pub mod template;

pub use exec::{Aborted, Captures, Mode};

/// The flags, with CPython's values.
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// Which exception a pattern's error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`
    Pattern,
    /// `OverflowError` (a repeat bound past 4294967294).
    Overflow,
    /// `ValueError` (incompatible flags).
    Value,
    /// `IndexError` (a replacement's unknown group name).
    Index,
}

/// An error in a pattern or a replacement template, as CPython words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// The message without its position (`re.error.msg`).
    pub msg: String,
    /// Where in the pattern (in chars), when known.
    pub pos: Option<usize>,
}

impl Error {
    fn pattern(msg: impl Into<String>, pos: usize) -> Error {
        Error {
            kind: ErrorKind::Pattern,
            msg: msg.into(),
            pos: Some(pos),
        }
    }

    /// A `re.error` without a position (the compiler's).
    fn plain(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Pattern,
            msg: msg.into(),
            pos: None,
        }
    }

    fn overflow(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Overflow,
            msg: msg.into(),
            pos: None,
        }
    }

    fn value(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Value,
            msg: msg.into(),
            pos: None,
        }
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Regex {
    program: program::Program,
    start: exec::Prefilter,
    /// Capturing groups (group 0 not counted).
    pub groups: usize,
    /// Named groups and their numbers, in the pattern's order.
    pub names: Vec<(String, usize)>,
    /// The flags, with the inline ones (`Pattern.flags`).
    pub flags: u32,
}

impl Regex {
    /// Compiles `pattern` (a bytes pattern's bytes as chars, `bytes`
    /// true). `is_word` is `str.isalnum` of one character: the
    /// interpreter's Unicode tables, for `\w` and `\b`.
    ///
    /// # Errors
    /// The pattern's error, as CPython reports it.
    pub fn new(
        pattern: &[char],
        flags: u32,
        bytes: bool,
        is_word: fn(char) -> bool,
    ) -> Result<Regex, Error> {
        let parsed = parse::parse(pattern, flags, bytes, is_word)?;
        let program = program::compile(&parsed.node, parsed.groups, parsed.group_widths, is_word)?;
        Ok(Regex {
            start: exec::Prefilter::of(&program),
            program,
            groups: parsed.groups,
            names: parsed.names,
            flags: parsed.flags,
        })
    }

    /// `str.isalnum` of one character, as the pattern was compiled with.
    #[must_use]
    pub fn is_word(&self) -> fn(char) -> bool {
        self.program.is_word
    }

    /// The group named `name`, if there is one.
    #[must_use]
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, group)| group)
    }

    /// A match of the pattern in `text[..endpos]` from `pos`; see
    /// `exec::exec`.
    ///
    /// # Errors
    /// `Aborted` when `check` returns false (it is called every few
    /// thousand steps).
    pub fn find(
        &self,
        text: &[char],
        pos: usize,
        endpos: usize,
        mode: Mode,
        must_advance: bool,
        check: &mut dyn FnMut() -> bool,
    ) -> Result<Option<Captures>, Aborted> {
        exec::exec(
            &self.program,
            self.start,
            text,
            pos,
            endpos,
            mode,
            must_advance,
            check,
        )
    }
}
