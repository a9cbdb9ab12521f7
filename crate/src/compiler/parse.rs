//! ruff's parser, with its errors turned into Python's `SyntaxError` (line and
//! column, 1-based, as CPython reports them).

use ruff_python_ast::ModModule;
use ruff_text_size::{Ranged, TextSize};

/// What CPython raises for a program it cannot compile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompileErrorKind {
    #[default]
    Syntax,
    /// IndentationError ("unexpected indent", "too many levels of indentation"…).
    Indentation,
    /// TabError ("inconsistent use of tabs and spaces in indentation").
    Tab,
    /// RecursionError "maximum recursion depth exceeded during compilation":
    /// shown as that one line, without a file or a line.
    Recursion,
    /// CPython's parser out of its stack: a bare `MemoryError` line.
    Memory,
}

impl CompileErrorKind {
    /// The exception's name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Syntax => "SyntaxError",
            Self::Indentation => "IndentationError",
            Self::Tab => "TabError",
            Self::Recursion => "RecursionError",
            Self::Memory => "MemoryError",
        }
    }
}

/// A syntax error, or a construct the page's Python does not support (or,
/// with `kind`, another error CPython raises while compiling).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: CompileErrorKind,
    pub message: String,
    /// 1-based line and column.
    pub line: u32,
    pub column: u32,
    /// The column after the part shown with carets on that line (CPython's
    /// `end_offset`); 0 when CPython shows no caret.
    pub end_column: u32,
    /// The text of the offending line, for the error display.
    pub text: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            CompileErrorKind::Recursion => write!(f, "RecursionError: {}", self.message),
            CompileErrorKind::Memory => write!(f, "MemoryError"),
            kind => write!(
                f,
                "{}: {} (line {}, column {})",
                kind.name(),
                self.message,
                self.line,
                self.column
            ),
        }
    }
}

impl SyntaxError {
    /// An error at byte `offset` of `source`.
    #[must_use]
    pub fn at(source: &str, offset: TextSize, message: impl Into<String>) -> Self {
        let offset = usize::from(offset).min(source.len());
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = u32::try_from(before.matches('\n').count() + 1).unwrap_or(u32::MAX);
        let column = u32::try_from(before[line_start..].chars().count() + 1).unwrap_or(u32::MAX);
        let text = source[line_start..]
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        Self {
            kind: CompileErrorKind::Syntax,
            message: message.into(),
            line,
            column,
            end_column: column,
            text,
        }
    }

    /// An error over bytes `range` of `source`, shown with a caret under each
    /// character of it on its first line (to the line's end if it goes on).
    #[must_use]
    pub fn over(
        source: &str,
        range: ruff_text_size::TextRange,
        message: impl Into<String>,
    ) -> Self {
        let mut error = Self::at(source, range.start(), message);
        let start = usize::from(range.start()).min(source.len());
        let end = usize::from(range.end()).clamp(start, source.len());
        let on_line = source[start..end].split('\n').next().unwrap_or("");
        let width = u32::try_from(on_line.chars().count()).unwrap_or(0).max(1);
        error.end_column = error.column + width;
        error
    }

    /// An error of `kind` that CPython shows without a place (RecursionError, MemoryError).
    #[must_use]
    pub fn of_kind(kind: CompileErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            line: 0,
            column: 0,
            end_column: 0,
            text: String::new(),
        }
    }
}

/// The 1-based line of byte `offset` in `source`.
#[must_use]
pub fn line_of(source: &str, offset: TextSize) -> u32 {
    let offset = usize::from(offset).min(source.len());
    u32::try_from(source[..offset].matches('\n').count() + 1).unwrap_or(u32::MAX)
}

/// Parses a module.
///
/// # Errors
/// The parser's first error, as a `SyntaxError`.
pub fn parse(source: &str) -> Result<ModModule, SyntaxError> {
    // Nesting past CPython's limits (or the page's stack) is refused before
    // the parser recurses on it.
    let fstring_error = super::prescan::check(source)?;
    let parsed = ruff_python_parser::parse_module(source).map_err(|_| {
        // Refused: parsed again, keeping its tokens, to say why as CPython would.
        let parsed = ruff_python_parser::parse_unchecked(
            source,
            ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module),
        );
        let error = match parsed.errors().first() {
            Some(error) => super::syntax_messages::cpython_error(source, error, parsed.tokens()),
            None => SyntaxError::at(source, TextSize::default(), "invalid syntax"),
        };
        // CPython 3.11 refuses an f-string when its parser reaches it: an
        // error before that place comes first.
        match &fstring_error {
            Some(f) if (f.start_line, f.start_column) <= (error.line, error.column) => {
                f.error.clone()
            }
            _ => error,
        }
    })?;
    // Taken by ruff's parser (Python 3.12's f-strings), refused by CPython 3.11.
    if let Some(f) = fstring_error {
        return Err(f.error);
    }
    check_names(source, parsed.tokens())?;
    check_surrogates(source, parsed.tokens())?;
    Ok(parsed.into_syntax())
}

/// A str here is Rust's UTF-8, which cannot hold a lone surrogate (U+D800 to
/// U+DFFF), and ruff's parser reads `"\ud800"` as U+FFFD: a literal with such
/// an escape is refused rather than given another character.
fn check_surrogates(
    source: &str,
    tokens: &ruff_python_ast::token::Tokens,
) -> Result<(), SyntaxError> {
    use ruff_python_ast::token::TokenKind;
    for token in tokens.iter() {
        if !matches!(
            token.kind(),
            TokenKind::String | TokenKind::FStringMiddle | TokenKind::TStringMiddle
        ) {
            continue;
        }
        let flags = token.unwrap_string_flags();
        if flags.is_raw_string() || flags.is_byte_string() {
            continue;
        }
        let range = token.range();
        let start = usize::from(range.start());
        let text = &source[start..usize::from(range.end())];
        if let Some((at, code)) = surrogate_escape(text) {
            return Err(SyntaxError::at(
                source,
                range.start() + TextSize::try_from(at).unwrap_or_default(),
                crate::objects::chars::lone_surrogate_message(code),
            ));
        }
    }
    Ok(())
}

/// The first `\uXXXX` or `\UXXXXXXXX` escape of a surrogate in the text of
/// a (not raw) string literal: its byte offset and code point.
fn surrogate_escape(text: &str) -> Option<(usize, u32)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 8,
            // Any other escape (`\\` included) is two characters.
            _ => {
                i += 2;
                continue;
            }
        };
        let code = text
            .get(i + 2..i + 2 + digits)
            .and_then(|hex| u32::from_str_radix(hex, 16).ok());
        if let Some(code @ 0xD800..=0xDFFF) = code {
            return Some((i, code));
        }
        i += 2;
    }
    None
}

/// Python reads names in NFKC form (`ﬁ` is `fi`), but the page leaves out the
/// Unicode tables that takes (stubs/unicode_normalization): a name with a
/// character that NFKC might change is refused rather than given another meaning.
fn check_names(source: &str, tokens: &ruff_python_ast::token::Tokens) -> Result<(), SyntaxError> {
    for token in tokens.iter() {
        if token.kind() != ruff_python_ast::token::TokenKind::Identifier {
            continue;
        }
        let range = token.range();
        let name = &source[usize::from(range.start())..usize::from(range.end())];
        if let Some(c) = name.chars().find(|&c| !nfkc_stable(c)) {
            return Err(SyntaxError::at(
                source,
                range.start(),
                format!(
                    "the character '{c}' (U+{:04X}) in a name is not supported by this page's Python",
                    u32::from(c)
                ),
            ));
        }
    }
    Ok(())
}

/// Characters NFKC leaves as they are, in the scripts names are commonly written in.
fn nfkc_stable(c: char) -> bool {
    let c = u32::from(c);
    match c {
        0..=0x7F => true,
        // Latin-1 letters (ª, µ and º are below 0xC0 and change).
        0xC0..=0xFF => c != 0xD7 && c != 0xF7,
        // Latin Extended-A and -B, less the ligatures and digraphs that change.
        0x100..=0x24F => {
            !matches!(c, 0x132 | 0x133 | 0x13F | 0x140 | 0x149 | 0x17F | 0x1C4..=0x1CC | 0x1F1..=0x1F3)
        }
        // Greek (not the ano teleia), Cyrillic, Hebrew, Arabic letters.
        0x386..=0x3CE => c != 0x387,
        0x400..=0x45F | 0x5D0..=0x5EA | 0x621..=0x64A => true,
        // Hiragana, Katakana, CJK ideographs, Hangul syllables.
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x30FC | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 => true,
        _ => false,
    }
}
