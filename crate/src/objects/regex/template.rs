//! Replacement templates of `sub` and `Match.expand`: `\1`, `\g<name>`,
//! `\g<1>`, the escapes `\n`…, octal `\0`…, with CPython's errors (read
//! by the pattern's tokenizer, as CPython's `parse_template` reads them).

use super::parse::{group_number, is_identifier, Source, Tok};
use super::{Error, ErrorKind, Regex};
use crate::objects::str_repr::str_repr;

/// A piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// A group's text (nothing if it did not match).
    Group(usize),
}

/// Groups a template may name (CPython's MAXGROUPS).
const MAXGROUPS: usize = 1_073_741_823;

fn is_octal(tok: Option<Tok>) -> bool {
    matches!(tok, Some(Tok::Char('0'..='7')))
}

fn digit_of(tok: Option<Tok>) -> Option<char> {
    match tok {
        Some(Tok::Char(c)) if c.is_ascii_digit() => Some(c),
        _ => None,
    }
}

/// Parses `template` (a bytes template's bytes as chars) for `regex`.
///
/// # Errors
/// `re.error` for a bad escape or group reference (its position in the
/// template); IndexError for an unknown group name.
pub fn parse(template: &[char], regex: &Regex) -> Result<Vec<Piece>, Error> {
    let mut src = Source::new(template)?;
    let mut pieces = Vec::new();
    let mut text = String::new();
    // A group reference, checked against the pattern's groups.
    let mut group = |src: &Source, text: &mut String, index: usize, offset: usize| {
        if index > regex.groups {
            return Err(src.error(format!("invalid group reference {index}"), offset));
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(text)));
        }
        pieces.push(Piece::Group(index));
        Ok(())
    };
    while let Some(this) = src.get()? {
        let c = match this {
            Tok::Char(c) => {
                text.push(c);
                continue;
            }
            Tok::Escape(c) => c,
        };
        match c {
            'g' => {
                if !src.eat('<')? {
                    return Err(src.error("missing <", 0));
                }
                let name = src.until('>', "group name")?;
                let offset = name.chars().count() + 1;
                let index = if is_identifier(&name, regex.is_word()) {
                    regex.group_index(&name).ok_or_else(|| Error {
                        kind: ErrorKind::Index,
                        msg: format!("unknown group name {}", str_repr(&name)),
                        pos: None,
                    })?
                } else {
                    let Some(index) = group_number(&name) else {
                        return Err(src.error(
                            format!("bad character in group name {}", str_repr(&name)),
                            offset,
                        ));
                    };
                    let index = usize::try_from(index).unwrap_or(usize::MAX);
                    if index >= MAXGROUPS {
                        return Err(src.error(format!("invalid group reference {index}"), offset));
                    }
                    index
                };
                group(&src, &mut text, index, offset)?;
            }
            '0' => {
                let mut code = 0;
                if is_octal(src.next) {
                    code = digit_of(src.get()?)
                        .and_then(|d| d.to_digit(8))
                        .unwrap_or(0);
                    if is_octal(src.next) {
                        let d = digit_of(src.get()?).and_then(|d| d.to_digit(8));
                        code = code * 8 + d.unwrap_or(0);
                    }
                }
                text.push(char::from_u32(code & 0xff).unwrap_or('\0'));
            }
            '1'..='9' => {
                let mut digits = c.to_string();
                if let Some(d) = digit_of(src.next) {
                    src.get()?;
                    digits.push(d);
                    if c < '8' && d < '8' && is_octal(src.next) {
                        if let Some(e) = digit_of(src.get()?) {
                            digits.push(e);
                        }
                        let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if code > 0o377 {
                            return Err(src.error(
                                format!("octal escape value \\{digits} outside of range 0-0o377"),
                                digits.len() + 1,
                            ));
                        }
                        text.push(char::from_u32(code).unwrap_or('\0'));
                        continue;
                    }
                }
                let index = digits.parse().unwrap_or(usize::MAX);
                group(&src, &mut text, index, digits.len())?;
            }
            'a' => text.push('\x07'),
            'b' => text.push('\x08'),
            'f' => text.push('\x0c'),
            'n' => text.push('\n'),
            'r' => text.push('\r'),
            't' => text.push('\t'),
            'v' => text.push('\x0b'),
            '\\' => text.push('\\'),
            _ if c.is_ascii_alphabetic() => {
                return Err(src.error(format!("bad escape \\{c}"), 2));
            }
            _ => {
                text.push('\\');
                text.push(c);
            }
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}
