//! Character classes CPython uses on numbers' text: printable (for `repr`),
//! whitespace, and Unicode decimal digits; and
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`, which `int()` and `float()`
//! apply to a string before parsing it.

use super::unicode_data::{DECIMAL_ZEROS, NON_PRINTABLE, SPACES};

/// `str.isprintable()` for one character (Py_UNICODE_ISPRINTABLE): what
/// `repr` leaves unescaped.
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        return (0x20..0x7f).contains(&c);
    }
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// `str.isspace()` for one character (Py_UNICODE_ISSPACE).
pub fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' => true,
        _ if (c as u32) < 0x80 => false,
        _ => SPACES.binary_search(&(c as u32)).is_ok(),
    }
}

/// The C library's `isspace` in the "C" locale (Py_ISSPACE): the ASCII
/// whitespace that number parsers strip after the transformation.
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The value of a decimal digit of any script (Py_UNICODE_TODECIMAL).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let c = c as u32;
    let i = match DECIMAL_ZEROS.binary_search(&c) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let offset = c - DECIMAL_ZEROS[i];
    (offset < 10).then_some(offset)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII below U+007F is kept,
/// non-ASCII whitespace becomes `' '`, non-ASCII decimal digits become ASCII
/// digits, and anything else ends the text with a `'?'` (which no number
/// parser accepts).
pub fn transform_decimal_and_space_to_ascii(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// What the page says of a lone surrogate (U+D800 to U+DFFF), which CPython's
/// str can hold and a str here (UTF-8) cannot: `"\ud800"`, `chr(0xD800)`.
#[must_use]
pub fn lone_surrogate_message(code: u32) -> String {
    format!(
        "lone surrogates ('\\u{code:04x}') are not supported by this page's Python \
         (its str is UTF-8)"
    )
}
