//! ruff's parser, with its errors turned into Python's `SyntaxError` (line and
//! column, 1-based, as CPython reports them).

use ruff_python_ast::ModModule;
use ruff_text_size::TextSize;

/// A syntax error, or a construct the page's Python does not support.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    /// 1-based line and column.
    pub line: u32,
    pub column: u32,
    /// The text of the offending line, for the error display.
    pub text: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SyntaxError: {} (line {}, column {})",
            self.message, self.line, self.column
        )
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
            message: message.into(),
            line,
            column,
            text,
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
    match ruff_python_parser::parse_module(source) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(error) => Err(SyntaxError::at(
            source,
            error.location.start(),
            error.error.to_string(),
        )),
    }
}
