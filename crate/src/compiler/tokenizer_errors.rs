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

    /// A number, and what CPython's tokenizer refuses in or right after one
    /// (`1_`, `0b12`, `0x`, `3.14abc`, `012`), with its words and caret:
    /// CPython 3.11's tokenizer (`tok_get`), step by step.
    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        let mut c = self.next();
        if c == Some('.') {
            // `.5`: the fraction.
            c = self.next();
            return self.fraction(c);
        }
        if c == Some('0') {
            c = self.next();
            let base = match c {
                Some('x' | 'X') => Some((16, "hexadecimal")),
                Some('o' | 'O') => Some((8, "octal")),
                Some('b' | 'B') => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, kind)) = base {
                return self.based(radix, kind);
            }
            // Zeros (`0`, `00`, `0_0`), maybe then an old-style octal.
            loop {
                if c == Some('_') {
                    c = self.next();
                    if !is_digit(c) {
                        self.backup(c);
                        return Err(self.at_cursor("invalid decimal literal"));
                    }
                }
                if c != Some('0') {
                    break;
                }
                c = self.next();
            }
            let zeros_end = self.at;
            let nonzero = is_digit(c);
            if nonzero {
                c = self.decimal_tail()?;
            }
            return match c {
                Some('.') => {
                    c = self.next();
                    self.fraction(c)
                }
                Some('e' | 'E') => self.exponent(c),
                Some('j' | 'J') => self.imaginary(),
                _ if nonzero => {
                    let carets = u32::try_from(zeros_end - 1 - start).unwrap_or(1);
                    Err(self.error(
                        start,
                        carets,
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers"
                            .into(),
                    ))
                }
                _ => self.end_of_number(c, "decimal"),
            };
        }
        self.backup(c);
        c = self.decimal_tail()?;
        if c == Some('.') {
            c = self.next();
            return self.fraction(c);
        }
        self.after_fraction(c)
    }

    /// The character at the cursor, consumed (none at the end).
    fn next(&mut self) -> Option<char> {
        let c = self.peek(0);
        if c.is_some() {
            self.at += 1;
        }
        c
    }

    /// Gives back `c`, the character last consumed.
    fn backup(&mut self, c: Option<char>) {
        if c.is_some() {
            self.at -= 1;
        }
    }

    /// A tokenizer error with its caret before the cursor, where CPython's
    /// `syntaxerror` puts it.
    fn at_cursor(&self, message: &str) -> SyntaxError {
        self.error(self.at.saturating_sub(1), 1, message.into())
    }

    /// Digits with single underscores between them; returns the character after.
    fn decimal_tail(&mut self) -> Result<Option<char>, SyntaxError> {
        loop {
            let mut c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != Some('_') {
                return Ok(c);
            }
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.at_cursor("invalid decimal literal"));
            }
        }
    }

    /// A number in base 16, 8 or 2, after its `0x`, `0o` or `0b`.
    fn based(&mut self, radix: u32, kind: &str) -> Result<(), SyntaxError> {
        let in_base = |c: Option<char>| c.is_some_and(|c| c.is_digit(radix));
        let mut c = self.next();
        loop {
            if c == Some('_') {
                c = self.next();
            }
            if !in_base(c) {
                if radix != 16 && is_digit(c) {
                    return Err(self.invalid_digit(c, kind));
                }
                self.backup(c);
                return Err(self.at_cursor(&format!("invalid {kind} literal")));
            }
            c = self.next();
            while in_base(c) {
                c = self.next();
            }
            if c != Some('_') {
                break;
            }
        }
        if radix != 16 && is_digit(c) {
            return Err(self.invalid_digit(c, kind));
        }
        self.end_of_number(c, kind)
    }

    fn invalid_digit(&self, c: Option<char>, kind: &str) -> SyntaxError {
        let digit = c.unwrap_or('0');
        self.at_cursor(&format!("invalid digit '{digit}' in {kind} literal"))
    }

    /// After a number's `.`: its digits (`c` the first), then the rest.
    fn fraction(&mut self, mut c: Option<char>) -> Result<(), SyntaxError> {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.after_fraction(c)
    }

    /// After a number's digits and fraction: an exponent, a `j`, or the end.
    fn after_fraction(&mut self, c: Option<char>) -> Result<(), SyntaxError> {
        match c {
            Some('e' | 'E') => self.exponent(c),
            Some('j' | 'J') => self.imaginary(),
            _ => self.end_of_number(c, "decimal"),
        }
    }

    /// The exponent, `e` (consumed) and what follows it.
    fn exponent(&mut self, e: Option<char>) -> Result<(), SyntaxError> {
        let mut c = self.next();
        if matches!(c, Some('+' | '-')) {
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.at_cursor("invalid decimal literal"));
            }
        } else if !is_digit(c) {
            // `1e`: the number is `1`, unless a name goes on from the `e`.
            self.backup(c);
            self.end_of_number(e, "decimal")?;
            self.backup(e);
            return Ok(());
        }
        c = self.decimal_tail()?;
        if matches!(c, Some('j' | 'J')) {
            return self.imaginary();
        }
        self.end_of_number(c, "decimal")
    }

    /// After a number's `j` (consumed).
    fn imaginary(&mut self) -> Result<(), SyntaxError> {
        let c = self.next();
        self.end_of_number(c, "imaginary")
    }

    /// The character `c` (consumed) after a number of `kind`: a name may
    /// not go on from it, but for a keyword that may follow a number
    /// (`1if x else y`).
    fn end_of_number(&mut self, c: Option<char>, kind: &str) -> Result<(), SyntaxError> {
        let keyword = |rest: &[&str]| {
            let after: String = self.chars[self.at..]
                .iter()
                .map(|&(_, c)| c)
                .take(3)
                .collect();
            rest.iter().any(|r| after.starts_with(r))
        };
        let allowed = match c {
            Some('a') => keyword(&["nd"]),
            Some('e') => keyword(&["lse"]),
            Some('f') => keyword(&["or"]),
            Some('i') => keyword(&["f", "n", "s"]),
            Some('o') => keyword(&["r"]),
            Some('n') => keyword(&["ot"]),
            _ => false,
        };
        if !allowed && c.is_some_and(is_name_char) {
            self.backup(c);
            return Err(self.at_cursor(&format!("invalid {kind} literal")));
        }
        self.backup(c);
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

fn is_digit(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
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
