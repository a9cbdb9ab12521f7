//! Replacement templates of `sub` and `Match.expand`: `\1`, `\g<name>`,
//! `\g<1>`, the escapes `\n`…, octal `\0`…, with CPython's errors.

use super::{Error, ErrorKind, Regex};
use crate::objects::str_repr::str_repr;

/// A piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// A group's text (nothing if it did not match).
    Group(usize),
}

const OCTAL: &str = "01234567";

/// Parses `template` (a bytes template's bytes as chars) for `regex`.
///
/// # Errors
/// `re.error` for a bad escape or group reference (its position in the
/// template); IndexError for an unknown group name.
pub fn parse(template: &[char], regex: &Regex) -> Result<Vec<Piece>, Error> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let error = |msg: String, pos: usize| Error {
        kind: ErrorKind::Pattern,
        msg,
        pos: Some(pos),
    };
    let octal_at = |i: usize| template.get(i).is_some_and(|&c| OCTAL.contains(c));
    let digit_at = |i: usize| template.get(i).is_some_and(char::is_ascii_digit);
    while i < template.len() {
        let c = template[i];
        if c != '\\' {
            text.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = template.get(i + 1) else {
            return Err(error(
                "bad escape (end of pattern)".into(),
                template.len() - 1,
            ));
        };
        let start = i;
        i += 2;
        let group = match e {
            'g' => {
                if template.get(i) != Some(&'<') {
                    return Err(error("missing <".into(), i));
                }
                i += 1;
                let name_start = i;
                while i < template.len() && template[i] != '>' {
                    i += 1;
                }
                let name: String = template[name_start..i].iter().collect();
                if i == template.len() {
                    return Err(if name.is_empty() {
                        error("missing group name".into(), i)
                    } else {
                        error("missing >, unterminated name".into(), name_start)
                    });
                }
                i += 1;
                if name.is_empty() {
                    return Err(error("missing group name".into(), i - 1));
                }
                let index = if let Some(group) = regex.group_index(&name) {
                    group
                } else if name.bytes().all(|b| b.is_ascii_digit()) {
                    name.parse::<usize>().unwrap_or(usize::MAX)
                } else if name
                    .chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && name.chars().all(|c| c == '_' || c.is_alphanumeric())
                {
                    return Err(Error {
                        kind: ErrorKind::Index,
                        msg: format!("unknown group name {}", str_repr(&name)),
                        pos: None,
                    });
                } else {
                    return Err(error(
                        format!("bad character in group name {}", str_repr(&name)),
                        name_start,
                    ));
                };
                if index > regex.groups {
                    return Err(error(
                        format!("invalid group reference {index}"),
                        name_start,
                    ));
                }
                Some(index)
            }
            '0' => {
                let mut code = 0;
                for _ in 0..2 {
                    if octal_at(i) {
                        code = code * 8 + template[i].to_digit(8).unwrap_or(0);
                        i += 1;
                    }
                }
                text.push(char::from_u32(code & 0xff).unwrap_or('\0'));
                None
            }
            '1'..='9' => {
                let mut digits = e.to_string();
                if digit_at(i) {
                    digits.push(template[i]);
                    i += 1;
                    if OCTAL.contains(e) && OCTAL.contains(template[i - 1]) && octal_at(i) {
                        digits.push(template[i]);
                        i += 1;
                        let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if code > 0o377 {
                            return Err(error(
                                format!("octal escape value \\{digits} outside of range 0-0o377"),
                                start,
                            ));
                        }
                        text.push(char::from_u32(code).unwrap_or('\0'));
                        continue;
                    }
                }
                let index: usize = digits.parse().unwrap_or(usize::MAX);
                if index > regex.groups {
                    return Err(error(format!("invalid group reference {index}"), start + 1));
                }
                Some(index)
            }
            _ => {
                match e {
                    'a' => text.push('\x07'),
                    'b' => text.push('\x08'),
                    'f' => text.push('\x0c'),
                    'n' => text.push('\n'),
                    'r' => text.push('\r'),
                    't' => text.push('\t'),
                    'v' => text.push('\x0b'),
                    '\\' => text.push('\\'),
                    _ if e.is_ascii_alphabetic() => {
                        return Err(error(format!("bad escape \\{e}"), start));
                    }
                    _ => {
                        text.push('\\');
                        text.push(e);
                    }
                }
                None
            }
        };
        if let Some(group) = group {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text)));
            }
            pieces.push(Piece::Group(group));
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}
