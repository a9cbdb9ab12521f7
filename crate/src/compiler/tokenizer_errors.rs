//! The errors CPython's tokenizer finds, for a program the parser refused.
//!
//! CPython reads a program token by token and its tokenizer stops at the first
//! token it cannot make (an unterminated string, a bracket closed by the wrong
//! one, a character that is no token, a dedent to no outer level); when the
//! parser fails first, CPython tokenizes the rest of the file before it
//! reports, and an error found there (such as a bracket never closed) is the
//! one it shows. So, once ruff's parser has refused a program, this scan looks
//! for such an error anywhere in it (`syntax_messages` decides which error
//! CPython shows). It runs only on programs already refused, so it never
//! refuses one itself.

use super::parse::{CompileErrorKind, SyntaxError};

/// What CPython's tokenizer finds in a program.
pub enum Found {
    /// An error it raises where it finds it.
    Error(SyntaxError),
    /// The end of the program with a bracket still open: "'(' was never
    /// closed", at the innermost, which CPython raises only in some cases.
    NeverClosed(SyntaxError),
}

/// The first error CPython's tokenizer would find in `source`, if any.
#[must_use]
pub fn first_error(source: &str) -> Option<Found> {
    let mut scan = Scan::new(source);
    match scan.run() {
        Err(error) => Some(Found::Error(error)),
        Ok(()) => scan.brackets.last().map(|&(open, index)| {
            Found::NeverClosed(scan.error(index, 1, format!("'{open}' was never closed")))
        }),
    }
}

struct Scan<'s> {
    source: &'s str,
    /// The source's characters and their byte offsets.
    chars: Vec<(usize, char)>,
    at: usize,
    /// Open brackets: the character and where it is (in `chars`).
    brackets: Vec<(char, usize)>,
    /// Indentation columns of the open blocks: with tabs to 8, and to 1
    /// (CPython's check that tabs and spaces are used consistently).
    indents: Vec<(usize, usize)>,
}

impl<'s> Scan<'s> {
    fn new(source: &'s str) -> Self {
        Scan {
            source,
            chars: source.char_indices().collect(),
            at: 0,
            brackets: Vec::new(),
            indents: vec![(0, 0)],
        }
    }

    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).map(|&(_, c)| c)
    }

    /// The byte offset of character `index` (the end of the source past the last).
    fn offset(&self, index: usize) -> usize {
        self.chars.get(index).map_or(self.source.len(), |&(o, _)| o)
    }

    /// An error at character `index`, with `carets` carets (0: none shown).
    fn error(&self, index: usize, carets: u32, message: String) -> SyntaxError {
        let mut error = SyntaxError::at(self.source, text_size(self.offset(index)), message);
        error.end_column = if carets == 0 {
            0
        } else {
            error.column + carets
        };
        error
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        while self.at < self.chars.len() {
            if self.brackets.is_empty() {
                self.indentation()?;
            }
            self.line()?;
        }
        Ok(())
    }

    /// The indentation of a line outside brackets, against the open blocks'.
    fn indentation(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        let (mut column, mut alt) = (0, 0);
        while let Some(c) = self.peek(0) {
            match c {
                ' ' => (column, alt) = (column + 1, alt + 1),
                '\t' => (column, alt) = ((column / 8 + 1) * 8, alt + 1),
                '\x0c' => (column, alt) = (0, 0),
                _ => break,
            }
            self.at += 1;
        }
        // A blank line or a comment has no indentation of its own.
        if matches!(self.peek(0), None | Some('#' | '\n' | '\r')) {
            return Ok(());
        }
        let (source, line_offset) = (self.source, self.offset(start));
        let inconsistent = || {
            let mut error = SyntaxError::at(
                source,
                text_size(line_offset),
                "inconsistent use of tabs and spaces in indentation",
            );
            error.kind = CompileErrorKind::Tab;
            error.end_column = 0;
            error
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if column > top {
            if alt <= top_alt {
                return Err(inconsistent());
            }
            self.indents.push((column, alt));
        } else if column < top {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| c > column) {
                self.indents.pop();
            }
            let &(outer, outer_alt) = self.indents.last().unwrap_or(&(0, 0));
            if outer != column {
                // Shown with its caret past the end of the line, as CPython shows it.
                let line_end = self.line_end(self.at);
                let mut error = self.error(
                    line_end,
                    1,
                    "unindent does not match any outer indentation level".into(),
                );
                error.kind = CompileErrorKind::Indentation;
                return Err(error);
            }
            if alt != outer_alt {
                return Err(inconsistent());
            }
        } else if alt != top_alt {
            return Err(inconsistent());
        }
        Ok(())
    }

    /// The index of the end of the line that character `index` is on.
    fn line_end(&self, mut index: usize) -> usize {
        while index < self.chars.len() && !matches!(self.chars[index].1, '\n' | '\r') {
            index += 1;
        }
        index
    }

    /// The tokens of one physical line (and of the lines a string or a
    /// backslash continues it onto), up to and past its newline.
    fn line(&mut self) -> Result<(), SyntaxError> {
        while let Some(c) = self.peek(0) {
            match c {
                '\n' => {
                    self.at += 1;
                    return Ok(());
                }
                ' ' | '\t' | '\x0c' | '\r' => self.at += 1,
                '#' => self.at = self.line_end(self.at),
                '\\' => {
                    let next = self.peek(1);
                    if next == Some('\n') || (next == Some('\r') && self.peek(2) == Some('\n')) {
                        self.at += if next == Some('\n') { 2 } else { 3 };
                    } else if next.is_none() {
                        return Err(self.error(self.at, 1, "unexpected EOF while parsing".into()));
                    } else {
                        return Err(self.error(
                            self.at + 1,
                            1,
                            "unexpected character after line continuation character".into(),
                        ));
                    }
                }
                '\'' | '"' => self.string(self.at)?,
                '(' | '[' | '{' => {
                    self.brackets.push((c, self.at));
                    self.at += 1;
                }
                ')' | ']' | '}' => self.close(c)?,
                '0'..='9' => self.number()?,
                '.' if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
                _ if is_name_start(c) => self.name()?,
                _ if c.is_ascii() => self.at += 1,
                _ => return Err(self.invalid_character(c)),
            }
        }
        Ok(())
    }

    fn close(&mut self, close: char) -> Result<(), SyntaxError> {
        let Some((open, index)) = self.brackets.pop() else {
            return Err(self.error(self.at, 1, format!("unmatched '{close}'")));
        };
        let matching = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if matching != close {
            let open_line = self.source[..self.offset(index)].matches('\n').count() + 1;
            let here_line = self.source[..self.offset(self.at)].matches('\n').count() + 1;
            let place = if open_line == here_line {
                String::new()
            } else {
                format!(" on line {open_line}")
            };
            return Err(self.error(
                self.at,
                1,
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open}'{place}"
                ),
            ));
        }
        self.at += 1;
        Ok(())
    }

    /// A name, or a string with its prefix (`rb"…"`, `f'…'`).
    fn name(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        while let Some(c) = self.peek(0) {
            if is_name_char(c) {
                self.at += 1;
            } else if c.is_ascii() {
                break;
            } else {
                return Err(self.invalid_character(c));
            }
        }
        let word: String = self.chars[start..self.at].iter().map(|&(_, c)| c).collect();
        let prefix = word.len() <= 2
            && word
                .chars()
                .all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'));
        if prefix && matches!(self.peek(0), Some('\'' | '"')) {
            self.string(start)?;
        }
        Ok(())
    }

    /// A string literal whose token starts at `start` (its prefix) and whose
    /// quote is at the current character.
    /// A backslash escapes the character after it, in a raw string too (for
    /// where the string ends, raw or not is the same).
    fn string(&mut self, start: usize) -> Result<(), SyntaxError> {
        let quote = self.peek(0).unwrap_or('"');
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        self.at += if triple { 3 } else { 1 };
        loop {
            let Some(c) = self.peek(0) else {
                let last_line = self.source.trim_end_matches('\n').matches('\n').count() + 1;
                let last_line = if self.source.ends_with('\n') {
                    self.source.matches('\n').count()
                } else {
                    last_line
                };
                let what = if triple {
                    "triple-quoted string"
                } else {
                    "string"
                };
                return Err(self.error(
                    start,
                    1,
                    format!("unterminated {what} literal (detected at line {last_line})"),
                ));
            };
            match c {
                '\\' => self.at += 2,
                '\n' if !triple => {
                    let line = self.source[..self.offset(self.at)].matches('\n').count() + 1;
                    return Err(self.error(
                        start,
                        1,
                        format!("unterminated string literal (detected at line {line})"),
                    ));
                }
                _ if c == quote
                    && (!triple
                        || (self.peek(1) == Some(quote) && self.peek(2) == Some(quote))) =>
                {
                    self.at += if triple { 3 } else { 1 };
                    return Ok(());
                }
                _ => self.at += 1,
            }
        }
    }

    /// A number, and what CPython's tokenizer refuses right after one.
    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        let digits = |scan: &mut Self, radix: u32| {
            while scan.peek(0).is_some_and(|c| c == '_' || c.is_digit(radix)) {
                scan.at += 1;
            }
        };
        if self.peek(0) == Some('0')
            && matches!(self.peek(1), Some('x' | 'X' | 'o' | 'O' | 'b' | 'B'))
        {
            // Another base: its own errors are the parser's here.
            self.at += 2;
            digits(self, 16);
            return Ok(());
        }
        digits(self, 10);
        let integer: String = self.chars[start..self.at].iter().map(|&(_, c)| c).collect();
        let mut decimal_integer = true;
        if self.peek(0) == Some('.') {
            decimal_integer = false;
            self.at += 1;
            digits(self, 10);
        }
        if matches!(self.peek(0), Some('e' | 'E'))
            && (self.peek(1).is_some_and(|c| c.is_ascii_digit())
                || (matches!(self.peek(1), Some('+' | '-'))
                    && self.peek(2).is_some_and(|c| c.is_ascii_digit())))
        {
            decimal_integer = false;
            self.at += 2;
            digits(self, 10);
        }
        if matches!(self.peek(0), Some('j' | 'J')) {
            decimal_integer = false;
            self.at += 1;
        }
        if decimal_integer
            && integer.starts_with('0')
            && integer.chars().any(|c| c.is_ascii_digit() && c != '0')
        {
            return Err(self.error(
                start,
                1,
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers"
                    .into(),
            ));
        }
        if self.peek(0).is_some_and(is_name_start) {
            // `1if x else y` is still allowed: a keyword may follow a number.
            let word: String = self.chars[self.at..]
                .iter()
                .map(|&(_, c)| c)
                .take_while(|&c| is_name_char(c))
                .collect();
            if !matches!(
                word.as_str(),
                "and" | "else" | "for" | "if" | "in" | "is" | "not" | "or"
            ) {
                return Err(self.error(start, 1, "invalid decimal literal".into()));
            }
        }
        Ok(())
    }

    /// A character that starts no token.
    fn invalid_character(&self, c: char) -> SyntaxError {
        let code = u32::from(c);
        let message = if is_printable(c) {
            format!("invalid character '{c}' (U+{code:04X})")
        } else {
            format!("invalid non-printable character U+{code:04X}")
        };
        self.error(self.at, 1, message)
    }
}

fn text_size(offset: usize) -> ruff_text_size::TextSize {
    ruff_text_size::TextSize::try_from(offset).unwrap_or_default()
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && unicode_ident::is_xid_start(c))
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && unicode_ident::is_xid_continue(c))
}

/// Python's `str.isprintable` for a character that is not a name's: the
/// separators and the format and control characters are not printable.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        ))
}
