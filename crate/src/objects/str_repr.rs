//! `repr()` of a Python string (CPython's `unicode_repr`), which error
//! messages such as `invalid literal for int() with base 10: 'abc'` quote.

use super::chars::is_printable;
use std::fmt::Write;

/// `repr(text)`: single quotes unless the text has a `'` and no `"`;
/// backslash escapes for the quote, `\\`, `\t`, `\n`, `\r`; `\xhh` for the
/// other ASCII controls; non-printable non-ASCII as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`; everything else as is.
pub fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) < 0x7f || is_printable(c) => out.push(c),
            _ if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// `"%.200R"` in `PyErr_Format`: the repr cut to its first 200 characters.
pub fn str_repr_truncated(text: &str, max_chars: usize) -> String {
    let repr = str_repr(text);
    match repr.char_indices().nth(max_chars) {
        Some((i, _)) => repr[..i].to_string(),
        None => repr,
    }
}

/// `repr(b)` of bytes: `b'…'`, single quotes unless the bytes have a `'`
/// and no `"`; `\t`, `\n`, `\r`, `\\` and the quote escaped, printable ASCII
/// as is, every other byte as `\xhh`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    quoted_bytes(bytes, false)
}

/// The `b'…'` of `repr(bytearray(…))`: as bytes' but with every `'`
/// escaped, even between double quotes (`bytearray(b"it\'s")`), as CPython
/// writes it.
pub fn bytearray_repr(bytes: &[u8]) -> String {
    quoted_bytes(bytes, true)
}

fn quoted_bytes(bytes: &[u8], escape_single: bool) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &b in bytes {
        match b {
            _ if b == quote || b == b'\\' || (escape_single && b == b'\'') => {
                out.push('\\');
                out.push(char::from(b));
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(char::from(quote));
    out
}
