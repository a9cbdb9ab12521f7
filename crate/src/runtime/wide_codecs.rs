//! The UTF-16 and UTF-32 codecs (`"héllo".encode("utf-16")`,
//! `data.decode("utf-32-le")`): code units of two or four bytes, in either
//! byte order, with a byte order mark for the plain `utf-16` and `utf-32`.

use super::error::{PyErr, PyResult};

/// The byte order of a wide codec's code units.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `utf-16`, `utf-32`: a byte order mark first; encoding writes the
    /// machine's order (little-endian, as CPython on the machines it runs on).
    Marked,
    Little,
    Big,
}

/// `text` in units of `width` (2 or 4) bytes.
#[must_use]
pub fn encode(text: &str, width: usize, order: Order) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * width + width);
    let mut push = |unit: u32| {
        let bytes = unit.to_le_bytes();
        if order == Order::Big {
            out.extend(bytes[..width].iter().rev());
        } else {
            out.extend(&bytes[..width]);
        }
    };
    if order == Order::Marked {
        push(0xFEFF);
    }
    for c in text.chars() {
        if width == 4 {
            push(u32::from(c));
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                push(u32::from(*unit));
            }
        }
    }
    out
}

/// A bad run of bytes: its start, end and CPython's reason.
type Bad = (usize, usize, &'static str);

/// `bytes` in units of `width` bytes decoded, each bad run handled as
/// `errors` says; `error` makes the UnicodeDecodeError of a strict decode
/// from the codec's name (which names the byte order found) and the bad run.
///
/// # Errors
/// UnicodeDecodeError for a bad run under "strict" (or an unknown handler).
pub fn decode(
    bytes: &[u8],
    width: usize,
    order: Order,
    errors: &str,
    error: impl Fn(&str, Bad) -> PyErr,
) -> PyResult<String> {
    // Positions count from the start of the mark, as CPython's do.
    let (order, mut i) = read_mark(bytes, width, order);
    let name = match (width, order) {
        (2, Order::Big) => "utf-16-be",
        (2, _) => "utf-16-le",
        (_, Order::Big) => "utf-32-be",
        _ => "utf-32-le",
    };
    let unit = |at: usize| -> u32 {
        let mut b = [0u8; 4];
        b[..width].copy_from_slice(&bytes[at..at + width]);
        if order == Order::Big {
            b[..width].reverse();
        }
        u32::from_le_bytes(b)
    };
    let mut out = String::with_capacity(bytes.len() / width);
    while i < bytes.len() {
        let bad: Bad = if bytes.len() - i < width {
            (i, bytes.len(), "truncated data")
        } else if width == 4 {
            let code = unit(i);
            match char::from_u32(code) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                    continue;
                }
                None if code > 0x10_FFFF => (i, i + 4, "code point not in range(0x110000)"),
                None => (
                    i,
                    i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ),
            }
        } else {
            match unit(i) {
                high @ 0xD800..=0xDBFF => {
                    if bytes.len() - i < 4 {
                        (i, bytes.len(), "unexpected end of data")
                    } else if let low @ 0xDC00..=0xDFFF = unit(i + 2) {
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        i += 4;
                        continue;
                    } else {
                        (i, i + 2, "illegal UTF-16 surrogate")
                    }
                }
                0xDC00..=0xDFFF => (i, i + 2, "illegal encoding"),
                code => {
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                    i += 2;
                    continue;
                }
            }
        };
        let (start, end, _) = bad;
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in &bytes[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            _ => {
                super::bytes::check_handler(errors)?;
                return Err(error(name, bad));
            }
        }
        i = end;
    }
    Ok(out)
}

/// The byte order a marked codec's bytes begin with, little-endian when
/// they have no mark, and where the text after the mark starts.
fn read_mark(bytes: &[u8], width: usize, order: Order) -> (Order, usize) {
    if order != Order::Marked {
        return (order, 0);
    }
    let (little, big): (&[u8], &[u8]) = if width == 2 {
        (b"\xff\xfe", b"\xfe\xff")
    } else {
        (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
    };
    if bytes.starts_with(little) {
        (Order::Little, width)
    } else if bytes.starts_with(big) {
        (Order::Big, width)
    } else {
        (Order::Little, 0)
    }
}
