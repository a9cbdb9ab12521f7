//! A rough Python tokenizer, enough to find the names, numbers, strings and
//! operators a mutation replaces. It never fails: whatever it does not know
//! is `Other`, since the mutated programs are often not valid Python anyway.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Name,
    Keyword,
    Number,
    Str,
    Op,
    Other,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Operators, longest first so that `**=` is one token, not `*`, `*`, `=`.
pub const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

pub fn tokenize(source: &str) -> Vec<Token> {
    let bytes = source.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let kind = if c == b'#' {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        } else if c.is_ascii_whitespace() || c == b'\\' {
            i += 1;
            continue;
        } else if c == b'\'' || c == b'"' {
            i = string_end(bytes, i);
            Kind::Str
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            if KEYWORDS.contains(&&source[start..i]) {
                Kind::Keyword
            } else {
                Kind::Name
            }
        } else if c.is_ascii_digit() {
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'.')
            {
                i += 1;
            }
            Kind::Number
        } else if let Some(op) = OPERATORS.iter().find(|op| source[i..].starts_with(**op)) {
            i += op.len();
            Kind::Op
        } else {
            // One character, whatever its UTF-8 length.
            i += source[i..].chars().next().map_or(1, char::len_utf8);
            Kind::Other
        };
        tokens.push(Token {
            kind,
            start,
            end: i,
        });
    }
    tokens
}

/// Where the string starting at `start` (a quote) ends: after its closing
/// quote, or at the end of the line (or source) if it has none.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let triple = bytes.len() >= start + 3 && bytes[start + 1] == quote && bytes[start + 2] == quote;
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            q if q == quote => {
                if !triple {
                    return i + 1;
                }
                if bytes.len() >= i + 3 && bytes[i + 1] == quote && bytes[i + 2] == quote {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::{tokenize, Kind};

    #[test]
    fn finds_the_kinds() {
        let source = "x = foo(12, 'a\"b') ** 2  # c\nif not y: pass";
        let kinds: Vec<(Kind, &str)> = tokenize(source)
            .iter()
            .map(|t| (t.kind, &source[t.start..t.end]))
            .collect();
        assert_eq!(
            kinds,
            [
                (Kind::Name, "x"),
                (Kind::Op, "="),
                (Kind::Name, "foo"),
                (Kind::Op, "("),
                (Kind::Number, "12"),
                (Kind::Op, ","),
                (Kind::Str, "'a\"b'"),
                (Kind::Op, ")"),
                (Kind::Op, "**"),
                (Kind::Number, "2"),
                (Kind::Keyword, "if"),
                (Kind::Keyword, "not"),
                (Kind::Name, "y"),
                (Kind::Op, ":"),
                (Kind::Keyword, "pass"),
            ]
        );
    }
}
