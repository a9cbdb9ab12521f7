//! A cheap pass over the source before ruff's parser (recursive descent) sees
//! it: nesting that CPython refuses is refused here, with CPython's error,
//! before the parser (or the compiler after it) could recurse too deep for a
//! small stack (wasm has no guard page: a stack overflow there corrupts memory).
//!
//! One pass over the bytes, no recursion but into an f-string's fields (at
//! most four deep: each nested f-string needs a quote its enclosing ones do
//! not use). What it checks:
//! - brackets: CPython's tokenizer allows 200 levels ("too many nested
//!   parentheses"; an f-string's field starts at 1, as CPython wraps it in
//!   parentheses);
//! - indentation: 99 levels ("too many levels of indentation");
//! - the constructs ruff's parser recurses on, unbracketed: unary operators,
//!   `not`, `await`, `**`, `lambda`, `... else ...`. A run too long for the
//!   page's stack is CPython's RecursionError "during compilation" (or its
//!   MemoryError, where CPython's parser gives up first);
//! - chains the parser builds in a loop but that make as deep a tree
//!   (`1+1+...`, `a.b.c...`, `f()()...`): bounded so that the tree is small
//!   enough to walk and drop (`depth.rs` then counts its depth exactly).

use super::parse::{CompileErrorKind, SyntaxError};
use ruff_text_size::TextSize;

/// CPython's tokenizer: at most 200 brackets open (`MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// CPython's tokenizer: 100 indentation levels, the first one (column 0) included.
const MAX_INDENT: usize = 100;
/// Levels of CPython's parser (`MAXSTACK`, 6000, less what the statement around
/// takes) past which its parser fails with a bare MemoryError: a run of 5968
/// unary operators or `else`s, or of 2984 `lambda`s or `**`s (two levels each).
const PARSER_LEVELS: u32 = 5968;
/// The nesting the page's parser and compiler recurse on, the weight of each
/// bracket (which takes the parser more stack than an operator) and of each
/// `lambda` (a function compiled within a function) included: past it,
/// RecursionError (CPython's limit, on the tree's depth, is 3000; the page's
/// lower bound keeps the parser and the compiler within about 1 MB of native
/// stack, see `depth::LIMIT`).
pub const MAX_NESTING: u32 = super::depth::LIMIT;
/// The longest chain of binary operators and of `.x`, `[i]`, `(args)` after
/// an operand, with its bracketed operands, in one expression: the parser
/// builds such a chain in a loop, but the tree it makes is as deep. CPython's
/// limit on the tree's depth (3000): a chain of 5000 made a tree whose drop
/// overflowed a pool thread's 4 MB stack.
const MAX_CHAIN: u32 = 3000;

const BRACKET_WEIGHT: u32 = 2;
const LAMBDA_WEIGHT: u32 = 3;

/// Open constructs of one bracket level, by what ends them.
#[derive(Default, Clone, Copy)]
struct Pending {
    /// The page's weight (towards `MAX_NESTING`).
    nesting: u32,
    /// CPython's parser levels (towards `PARSER_LEVELS`).
    levels: u32,
}

#[derive(Default)]
struct Level {
    /// Unary `-`, `+`, `~`, `*`, `await`, `**`: ended by a binary operator.
    tight: Pending,
    /// `not`: ended by `and`, `or`, `if`, `else`.
    not: Pending,
    /// `lambda`, `else`, `yield`, `async`: ended by `,`, `:`, `=`, `for`.
    loose: Pending,
    /// `lambda`s whose `:` is still to come.
    lambda_colons: u32,
    /// Operators of the chain since the last `,` (or `:`, `=`...).
    chain: u32,
    /// The depth of the deepest bracketed operand in that chain.
    inner: u32,
    /// The deepest of this level's chains so far.
    deepest: u32,
    /// The bracket that opened it (`(`, `[`, `{`).
    opener: u8,
}

impl Level {
    fn depth(&self) -> u32 {
        self.chain + self.inner
    }
}

struct Scan<'s> {
    source: &'s str,
    bytes: &'s [u8],
    /// Open brackets, innermost last (each f-string field starts a new list).
    levels: Vec<Level>,
    /// The sums over `levels` (and enclosing fields) of `Pending`, and the brackets' weight.
    nesting: u32,
    parser_levels: u32,
    /// Whether the last token ends an operand (a name, a number, a string, a closing bracket).
    after_operand: bool,
    /// Whether the last token is `is` (`is not` is one operator).
    after_is: bool,
    /// Fields open in the f-string being scanned (`{x:{y}}`: two), and in all.
    fields: u32,
    all_fields: u32,
    /// Nested past the page's limit: RecursionError at the end, as CPython
    /// raises it after parsing, unless the rest has an error CPython's
    /// tokenizer or parser would raise first (the scan goes on, iteratively).
    too_deep: bool,
    /// F-strings open (an f-string in a field of another counts two), and
    /// where the outermost one's token ends: CPython 3.11 places its
    /// f-string errors there.
    fstrings: u32,
    fstring_end: usize,
    /// The first f-string CPython 3.11 refuses, which ruff's parser (of
    /// Python 3.12's f-strings) may take.
    fstring_error: Option<FStringError>,
}

/// An f-string that CPython 3.11 refuses: its error (placed after the
/// string, or after the last string implicitly concatenated with it), and
/// where its string starts (CPython raises it when its parser reaches the
/// string, so only an error before that place comes first).
pub struct FStringError {
    pub error: SyntaxError,
    pub start_line: u32,
    pub start_column: u32,
}

/// The start of CPython 3.11's own f-string errors' messages.
const FSTRING_ERROR: &str = "f-string";

/// Checks `source`'s nesting against CPython's limits (and the page's), and
/// its f-strings against CPython 3.11's rules (no backslash or `#` in a
/// field, no empty field, a `}` for each `{`...): the first f-string error,
/// if any, is returned for the caller to weigh against the parser's.
///
/// # Errors
/// CPython's SyntaxError ("too many nested parentheses"), IndentationError
/// ("too many levels of indentation"), RecursionError ("maximum recursion
/// depth exceeded during compilation") or MemoryError, for the first place
/// nested past a limit.
pub fn check(source: &str) -> Result<Option<FStringError>, SyntaxError> {
    let mut scan = Scan {
        source,
        bytes: source.as_bytes(),
        levels: vec![Level::default()],
        nesting: 0,
        parser_levels: 0,
        after_operand: false,
        after_is: false,
        fields: 0,
        all_fields: 0,
        too_deep: false,
        fstrings: 0,
        fstring_end: 0,
        fstring_error: None,
    };
    scan.module()?;
    if scan.too_deep {
        return Err(recursion_error());
    }
    Ok(scan.fstring_error)
}

fn recursion_error() -> SyntaxError {
    SyntaxError::of_kind(
        CompileErrorKind::Recursion,
        "maximum recursion depth exceeded during compilation",
    )
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

impl Scan<'_> {
    /// CPython 3.11's f-string error `message`, with its one caret after the
    /// outermost f-string.
    fn fstring_error(&self, message: &str) -> SyntaxError {
        let offset = TextSize::try_from(self.fstring_end).unwrap_or(TextSize::new(u32::MAX));
        let mut error = SyntaxError::at(self.source, offset, message);
        error.end_column = error.column + 1;
        error
    }

    fn error_at(&self, at: usize, kind: CompileErrorKind, message: &str) -> SyntaxError {
        let offset = TextSize::try_from(at).unwrap_or(TextSize::new(u32::MAX));
        let mut error = SyntaxError::at(self.source, offset, message);
        if kind == CompileErrorKind::Indentation {
            // Shown without a caret, as CPython shows it.
            error.end_column = 0;
        }
        error.kind = kind;
        error
    }

    /// The module: logical lines, their indentation, their tokens.
    fn module(&mut self) -> Result<(), SyntaxError> {
        let mut indents: Vec<usize> = vec![0];
        let mut pos = 0;
        let n = self.bytes.len();
        while pos < n {
            // At the start of a line outside brackets: its indentation.
            let line_start = pos;
            let mut column = 0;
            while pos < n {
                match self.bytes[pos] {
                    b' ' => column += 1,
                    b'\t' => column = (column / 8 + 1) * 8,
                    b'\x0c' => column = 0,
                    _ => break,
                }
                pos += 1;
            }
            if pos >= n {
                break;
            }
            if matches!(self.bytes[pos], b'#' | b'\n' | b'\r') {
                // A blank line or a comment: no indentation of its own.
                pos = self.skip_line(pos);
                continue;
            }
            if column > *indents.last().unwrap_or(&0) {
                if indents.len() >= MAX_INDENT {
                    return Err(self.error_at(
                        line_start,
                        CompileErrorKind::Indentation,
                        "too many levels of indentation",
                    ));
                }
                indents.push(column);
            } else {
                while indents.len() > 1 && *indents.last().unwrap_or(&0) > column {
                    indents.pop();
                }
            }
            pos = self.tokens(pos, false)?;
            // A new logical line.
            self.levels.clear();
            self.levels.push(Level::default());
            self.nesting = 0;
            self.parser_levels = 0;
            self.after_operand = false;
            self.after_is = false;
        }
        Ok(())
    }

    /// Past the end of the line at `pos`.
    fn skip_line(&self, mut pos: usize) -> usize {
        while pos < self.bytes.len() && self.bytes[pos] != b'\n' {
            pos += 1;
        }
        pos + 1
    }

    fn level(&mut self) -> &mut Level {
        let last = self.levels.len() - 1;
        &mut self.levels[last]
    }

    fn open(&mut self, class: u8, nesting: u32, levels: u32, at: usize) -> Result<(), SyntaxError> {
        let level = self.level();
        let pending = match class {
            0 => &mut level.tight,
            1 => &mut level.not,
            _ => &mut level.loose,
        };
        pending.nesting += nesting;
        pending.levels += levels;
        self.nesting += nesting;
        self.parser_levels += levels;
        self.check_nesting(at)
    }

    fn check_nesting(&mut self, _at: usize) -> Result<(), SyntaxError> {
        if self.parser_levels >= PARSER_LEVELS {
            return Err(SyntaxError::of_kind(CompileErrorKind::Memory, ""));
        }
        if self.nesting > MAX_NESTING {
            self.too_deep = true;
        }
        Ok(())
    }

    /// Ends the open constructs of the innermost level up to `class`
    /// (0: the unary operators, 1: and `not`, 2: and all).
    fn close(&mut self, class: u8) {
        let level = self.level();
        let mut ended = level.tight;
        level.tight = Pending::default();
        if class >= 1 {
            ended.nesting += level.not.nesting;
            ended.levels += level.not.levels;
            level.not = Pending::default();
        }
        if class >= 2 {
            ended.nesting += level.loose.nesting;
            ended.levels += level.loose.levels;
            level.loose = Pending::default();
        }
        self.nesting -= ended.nesting;
        self.parser_levels -= ended.levels;
    }

    /// The end of an expression of the innermost level (`,`, `:`, `=`...).
    fn end_expression(&mut self) {
        self.close(2);
        let level = self.level();
        level.deepest = level.deepest.max(level.depth());
        level.chain = 0;
        level.inner = 0;
    }

    fn chain(&mut self, at: usize) -> Result<(), SyntaxError> {
        let _ = at;
        let level = self.level();
        level.chain += 1;
        if level.depth() > MAX_CHAIN {
            self.too_deep = true;
        }
        Ok(())
    }

    /// Scans tokens from `pos` to the end of the logical line (or, in an
    /// f-string's field, to its `}` or `:`); returns the position after it.
    #[allow(clippy::too_many_lines)]
    fn tokens(&mut self, mut pos: usize, field: bool) -> Result<usize, SyntaxError> {
        let bytes = self.bytes;
        let n = bytes.len();
        // The brackets open when this scan started (an f-string's field counts its own).
        let base = self.levels.len();
        let mut brackets = usize::from(field);
        while pos < n {
            let b = bytes[pos];
            match b {
                b' ' | b'\t' | b'\x0c' | b'\r' => pos += 1,
                b'\\' if field => {
                    return Err(
                        self.fstring_error("f-string expression part cannot include a backslash")
                    );
                }
                b'#' if field => {
                    return Err(self.fstring_error("f-string expression part cannot include '#'"));
                }
                b'#' => {
                    while pos < n && bytes[pos] != b'\n' {
                        pos += 1;
                    }
                }
                b'\\' if matches!(bytes.get(pos + 1), Some(b'\n')) => pos += 2,
                b'\\' if bytes.get(pos + 1) == Some(&b'\r') => pos += 2,
                b'\n' => {
                    pos += 1;
                    if self.levels.len() == base && !field {
                        return Ok(pos);
                    }
                }
                b'"' | b'\'' => {
                    pos = self.string(pos, false)?;
                    self.operand();
                }
                b'0'..=b'9' => {
                    pos = number(bytes, pos);
                    self.operand();
                }
                b'.' if bytes.get(pos + 1).is_some_and(u8::is_ascii_digit) => {
                    pos = number(bytes, pos);
                    self.operand();
                }
                _ if is_name_byte(b) => {
                    let start = pos;
                    while pos < n && is_name_byte(bytes[pos]) {
                        pos += 1;
                    }
                    let word = &bytes[start..pos];
                    if matches!(bytes.get(pos), Some(b'"' | b'\''))
                        && word.len() <= 2
                        && word
                            .iter()
                            .all(|c| matches!(c.to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f'))
                    {
                        let formatted = word.iter().any(|c| c.eq_ignore_ascii_case(&b'f'));
                        pos = self.string(pos, formatted)?;
                        self.operand();
                    } else {
                        self.word(word, start)?;
                    }
                }
                b'(' | b'[' | b'{' => {
                    if self.after_operand {
                        // A call or a subscript: one more link of the chain.
                        self.chain(pos)?;
                    }
                    if brackets >= MAX_BRACKETS {
                        return Err(self.error_at(
                            pos,
                            CompileErrorKind::Syntax,
                            "too many nested parentheses",
                        ));
                    }
                    brackets += 1;
                    self.levels.push(Level {
                        opener: b,
                        ..Level::default()
                    });
                    self.nesting += BRACKET_WEIGHT;
                    self.check_nesting(pos)?;
                    self.after_operand = false;
                    self.after_is = false;
                    pos += 1;
                }
                b')' | b']' | b'}' => {
                    if self.levels.len() == base {
                        if field && b == b'}' {
                            return Ok(pos + 1);
                        }
                        if field {
                            return Err(self.fstring_error(&format!(
                                "f-string: unmatched '{}'",
                                char::from(b)
                            )));
                        }
                        // Unmatched: the parser says so.
                        self.after_operand = true;
                        pos += 1;
                        continue;
                    }
                    let opener = self.level().opener;
                    let matching = match opener {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if field && b != matching {
                        return Err(self.fstring_error(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            char::from(b),
                            char::from(opener)
                        )));
                    }
                    self.close_bracket();
                    brackets -= 1;
                    self.operand();
                    pos += 1;
                }
                b':' if field && self.levels.len() == base && self.level().lambda_colons == 0 => {
                    // The format spec, with its own fields.
                    return self.fstring_literal(pos + 1, true);
                }
                b'!' if field && self.levels.len() == base && bytes.get(pos + 1) != Some(&b'=') => {
                    // A conversion (`!r`), then the format spec or the end.
                    if !matches!(bytes.get(pos + 1), Some(b's' | b'r' | b'a')) {
                        return Err(self.fstring_error(
                            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        ));
                    }
                    pos += 2;
                    if bytes.get(pos) == Some(&b':') {
                        return self.fstring_literal(pos + 1, true);
                    }
                    if bytes.get(pos) == Some(&b'}') {
                        return Ok(pos + 1);
                    }
                    return Err(self.fstring_error("f-string: expecting '}'"));
                }
                _ => {
                    pos = self.operator(pos)?;
                }
            }
        }
        if field {
            // The string ended in a field (in a bracket of it, maybe).
            if self.levels.len() > base {
                let opener = char::from(self.level().opener);
                return Err(self.fstring_error(&format!("f-string: unmatched '{opener}'")));
            }
            return Err(self.fstring_error("f-string: expecting '}'"));
        }
        Ok(pos)
    }

    fn close_bracket(&mut self) {
        self.close(2);
        let Some(level) = self.levels.pop() else {
            return;
        };
        self.nesting -= BRACKET_WEIGHT;
        let depth = level.deepest.max(level.depth()) + 1;
        let outer = self.level();
        outer.inner = outer.inner.max(depth);
    }

    fn operand(&mut self) {
        self.after_operand = true;
        self.after_is = false;
    }

    fn word(&mut self, word: &[u8], at: usize) -> Result<(), SyntaxError> {
        let after_operand = self.after_operand;
        let after_is = self.after_is;
        self.after_operand = false;
        self.after_is = false;
        match word {
            b"not" => {
                if !after_operand && !after_is {
                    self.open(1, 1, 1, at)?;
                }
            }
            b"and" | b"or" | b"if" => self.close(1),
            b"is" => {
                self.close(0);
                self.after_is = true;
            }
            b"in" => self.close(0),
            b"else" => {
                self.close(1);
                self.open(2, 1, 1, at)?;
            }
            b"lambda" => {
                self.level().lambda_colons += 1;
                self.open(2, LAMBDA_WEIGHT, 2, at)?;
            }
            b"await" => self.open(0, 1, 1, at)?,
            b"yield" | b"async" => self.open(2, 1, 1, at)?,
            b"for" => self.end_expression(),
            b"False" | b"None" | b"True" => self.operand(),
            b"as" | b"assert" | b"break" | b"class" | b"continue" | b"def" | b"del" | b"elif"
            | b"except" | b"finally" | b"from" | b"global" | b"import" | b"nonlocal" | b"pass"
            | b"raise" | b"return" | b"try" | b"while" | b"with" => {}
            _ => self.operand(),
        }
        Ok(())
    }

    /// An operator or a delimiter at `pos`; returns the position after it.
    fn operator(&mut self, pos: usize) -> Result<usize, SyntaxError> {
        let rest = &self.bytes[pos..];
        let after_operand = self.after_operand;
        self.after_operand = false;
        self.after_is = false;
        let three = rest.get(..3).unwrap_or(rest);
        let two = rest.get(..2).unwrap_or(rest);
        if matches!(three, b"**=" | b"//=" | b">>=" | b"<<=") {
            self.end_expression();
            return Ok(pos + 3);
        }
        if three == b"..." {
            self.operand();
            return Ok(pos + 3);
        }
        match two {
            b"->" | b":=" | b"+=" | b"-=" | b"*=" | b"/=" | b"%=" | b"&=" | b"|=" | b"^="
            | b"@=" => {
                self.end_expression();
                return Ok(pos + 2);
            }
            b"**" => {
                // Right-associative: its right operand nests.
                self.open(0, 1, if after_operand { 2 } else { 1 }, pos)?;
                return Ok(pos + 2);
            }
            b"//" | b"<<" | b">>" => {
                self.close(0);
                self.chain(pos)?;
                return Ok(pos + 2);
            }
            b"<=" | b">=" | b"==" | b"!=" | b"<>" => {
                self.close(0);
                return Ok(pos + 2);
            }
            _ => {}
        }
        match rest[0] {
            b'-' | b'+' | b'*' if !after_operand => self.open(0, 1, 1, pos)?,
            b'~' => self.open(0, 1, 1, pos)?,
            b'-' | b'+' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' if after_operand => {
                self.close(0);
                self.chain(pos)?;
            }
            b'<' | b'>' => self.close(0),
            b'.' if after_operand => self.chain(pos)?,
            b',' | b'=' if self.level().lambda_colons > 0 => self.close(1),
            b',' | b';' | b'=' => self.end_expression(),
            b':' => {
                if self.level().lambda_colons > 0 {
                    self.level().lambda_colons -= 1;
                    self.close(1);
                } else {
                    self.end_expression();
                }
            }
            _ => {}
        }
        Ok(pos + 1)
    }

    /// A string literal at its quote `pos`; returns the position after it.
    /// Its end is where CPython 3.11's tokenizer ends it (an f-string's
    /// fields cannot hold its own quote); an f-string's fields are scanned.
    fn string(&mut self, pos: usize, formatted: bool) -> Result<usize, SyntaxError> {
        let bytes = self.bytes;
        let n = bytes.len();
        let quote = bytes[pos];
        let triple = bytes.get(pos..pos + 3) == Some(&[quote, quote, quote][..]);
        let body = pos + if triple { 3 } else { 1 };
        let mut end = body;
        let close = loop {
            if end >= n {
                break n;
            }
            match bytes[end] {
                b'\\' => end += 2,
                b'\n' if !triple => break end,
                c if c == quote => {
                    if !triple {
                        break end;
                    }
                    if bytes.get(end..end + 3) == Some(&[quote, quote, quote][..]) {
                        break end;
                    }
                    end += 1;
                }
                _ => end += 1,
            }
        };
        let close = close.min(n);
        if close >= n || bytes[close] == b'\n' {
            // Unterminated: the tokenizer's error, not the f-string's.
            return Ok(close);
        }
        let after = close + if triple { 3 } else { 1 };
        if self.fstrings > 0 && bytes[body..close].contains(&b'\\') {
            // A string in an f-string's field.
            return Err(self.fstring_error("f-string expression part cannot include a backslash"));
        }
        if formatted {
            if self.fstrings == 0 {
                self.fstring_end = after;
            }
            self.fstrings += 1;
            let scanned = self.fstring(body, close);
            self.fstrings -= 1;
            match scanned {
                Err(error) if self.fstrings == 0 && error.message.starts_with(FSTRING_ERROR) => {
                    if self.fstring_error.is_none() {
                        self.fstring_error = Some(self.placed(error, pos, after));
                    }
                }
                scanned => scanned?,
            }
        }
        Ok(after)
    }

    /// F-string error `error`, of the string whose token is `start..end`
    /// (its prefix just before `start`), placed where CPython 3.11 places
    /// it: on the token after the strings implicitly concatenated with it
    /// (its parser had read that far), with a caret for each character.
    fn placed(&self, error: SyntaxError, start: usize, end: usize) -> FStringError {
        let bytes = self.bytes;
        let prefix = bytes[..start]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let begin = SyntaxError::at(
            self.source,
            TextSize::try_from(start - prefix).unwrap_or_default(),
            "",
        );
        let in_brackets = self.levels.len() > 1;
        let mut pos = end;
        while pos < bytes.len() {
            match bytes[pos] {
                b' ' | b'\t' | b'\x0c' | b'\r' => pos += 1,
                b'\n' if in_brackets => pos += 1,
                b'\\' if bytes.get(pos + 1) == Some(&b'\n') => pos += 2,
                b'#' => {
                    while pos < bytes.len() && bytes[pos] != b'\n' {
                        pos += 1;
                    }
                }
                _ => {
                    let letters = bytes[pos..]
                        .iter()
                        .take_while(|b| matches!(b.to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f'))
                        .count();
                    let quote = pos + letters;
                    if letters > 2 || !matches!(bytes.get(quote), Some(b'"' | b'\'')) {
                        break;
                    }
                    let Some(next_end) = string_end(bytes, quote) else {
                        break;
                    };
                    pos = next_end;
                }
            }
        }
        let width = token_width(&bytes[pos.min(bytes.len())..]);
        let offset = TextSize::try_from(pos).unwrap_or_default();
        let mut placed = SyntaxError::at(self.source, offset, error.message);
        placed.end_column = placed.column + width;
        FStringError {
            error: placed,
            start_line: begin.line,
            start_column: begin.column,
        }
    }

    /// An f-string's body, `start..end`: its fields, scanned as expressions.
    fn fstring(&mut self, start: usize, end: usize) -> Result<(), SyntaxError> {
        // The fields are scanned within the string's bytes only.
        let whole = self.bytes;
        self.bytes = &whole[..end];
        let saved = (self.after_operand, self.after_is, self.fields);
        self.fields = 0;
        let result = self.fstring_literal(start, false);
        self.bytes = whole;
        (self.after_operand, self.after_is, self.fields) = saved;
        result.map(|_| ())
    }

    /// Literal text of an f-string (or of a format spec, `spec`: it ends at
    /// `}`) from `pos`, with the fields in it; returns the position after it.
    fn fstring_literal(&mut self, mut pos: usize, spec: bool) -> Result<usize, SyntaxError> {
        let n = self.bytes.len();
        while pos < n {
            match self.bytes[pos] {
                b'{' if !spec && self.bytes.get(pos + 1) == Some(&b'{') => pos += 2,
                b'}' if spec => return Ok(pos + 1),
                b'}' if self.bytes.get(pos + 1) == Some(&b'}') => pos += 2,
                b'}' => return Err(self.fstring_error("f-string: single '}' is not allowed")),
                b'{' => {
                    // A field: an expression of its own (CPython parses it apart).
                    // CPython allows a field in a field's format spec, no deeper
                    // (and a nested f-string needs a quote the enclosing ones
                    // do not use: all in all, the scan recurses a few levels).
                    if self.fields >= 2 || self.all_fields >= 16 {
                        return Err(self.fstring_error("f-string: expressions nested too deeply"));
                    }
                    self.empty_field(pos + 1)?;
                    self.fields += 1;
                    self.all_fields += 1;
                    let levels = std::mem::replace(&mut self.levels, vec![Level::default()]);
                    self.after_operand = false;
                    let result = self.tokens(pos + 1, true);
                    self.fields -= 1;
                    self.all_fields -= 1;
                    let field = std::mem::replace(&mut self.levels, levels);
                    for level in &field {
                        self.nesting -=
                            level.tight.nesting + level.not.nesting + level.loose.nesting;
                        self.parser_levels -=
                            level.tight.levels + level.not.levels + level.loose.levels;
                    }
                    self.nesting -= BRACKET_WEIGHT * u32::try_from(field.len() - 1).unwrap_or(0);
                    pos = result?;
                }
                _ => pos += 1,
            }
        }
        if spec {
            // The string ended in a format spec.
            return Err(self.fstring_error("f-string: expecting '}'"));
        }
        Ok(pos)
    }

    /// CPython 3.11's error for a field with no expression (`f"{}"`,
    /// `f"{!r}"`), whose text starts at `pos`.
    fn empty_field(&self, mut pos: usize) -> Result<(), SyntaxError> {
        while matches!(
            self.bytes.get(pos),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
        ) {
            pos += 1;
        }
        let message = match self.bytes.get(pos) {
            Some(b'}') => "f-string: empty expression not allowed",
            Some(b'!') => "f-string: expression required before '!'",
            Some(b':') => "f-string: expression required before ':'",
            Some(b'=') if self.bytes.get(pos + 1) != Some(&b'=') => {
                "f-string: expression required before '='"
            }
            _ => return Ok(()),
        };
        Err(self.fstring_error(message))
    }
}

/// The width of the token `rest` starts with (1 for a newline or the end).
fn token_width(rest: &[u8]) -> u32 {
    let name = rest.iter().take_while(|&&b| is_name_byte(b)).count();
    if name > 0 {
        return u32::try_from(name).unwrap_or(1);
    }
    const LONG: [&[u8]; 4] = [b"**=", b"//=", b">>=", b"<<="];
    const PAIRS: [&[u8]; 19] = [
        b"**", b"//", b"<<", b">>", b"<=", b">=", b"==", b"!=", b"->", b":=", b"+=", b"-=", b"*=",
        b"/=", b"%=", b"&=", b"|=", b"^=", b"@=",
    ];
    if LONG.iter().any(|op| rest.starts_with(op)) || rest.starts_with(b"...") {
        3
    } else if PAIRS.iter().any(|op| rest.starts_with(op)) {
        2
    } else {
        1
    }
}

/// The end of the string literal whose quote is at `quote` (after its
/// closing quote), if it is closed.
fn string_end(bytes: &[u8], quote: usize) -> Option<usize> {
    let q = bytes[quote];
    let triple = bytes.get(quote..quote + 3) == Some(&[q, q, q][..]);
    let mut pos = quote + if triple { 3 } else { 1 };
    while pos < bytes.len() {
        match bytes[pos] {
            b'\\' => pos += 2,
            b'\n' if !triple => return None,
            c if c == q => {
                if !triple {
                    return Some(pos + 1);
                }
                if bytes.get(pos..pos + 3) == Some(&[q, q, q][..]) {
                    return Some(pos + 3);
                }
                pos += 1;
            }
            _ => pos += 1,
        }
    }
    None
}

/// Past a number literal at `pos` (an exponent's sign included).
fn number(bytes: &[u8], mut pos: usize) -> usize {
    let hex = bytes
        .get(pos..pos + 2)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"0x"));
    while pos < bytes.len() {
        let b = bytes[pos];
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' {
            pos += 1;
            if !hex && (b == b'e' || b == b'E') && matches!(bytes.get(pos), Some(b'+' | b'-')) {
                pos += 1;
            }
        } else {
            break;
        }
    }
    pos
}
