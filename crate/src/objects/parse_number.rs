//! `int(text, base)` and `float(text)`: CPython 3.11's `PyLong_FromUnicodeObject`
//! / `PyLong_FromString` and `PyFloat_FromString` /
//! `_Py_string_to_number_with_underscores` / `_PyOS_ascii_strtod`, with their
//! whitespace, signs, underscores, prefixes, Unicode digits and error texts.

use super::chars::{is_ascii_space, transform_decimal_and_space_to_ascii};
use super::error::{ObjectError, ObjectResult};
use super::int_ops::INT_MAX_STR_DIGITS;
use super::str_repr::{str_repr, str_repr_truncated};
use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

/// `int(text, base)`. Leading and trailing whitespace, one sign, single
/// underscores between digits (and after a base prefix), `0x`/`0o`/`0b`
/// prefixes (with base 0 or the matching base); base 0 reads the base from
/// the prefix and refuses leading zeros in a non-zero decimal number.
/// Digits of any script count (`int('١٢٣') == 123`).
///
/// A base beyond `u32` (or negative) is the caller's to report with the
/// same text as an out-of-range one.
///
/// # Errors
/// `ValueError: int() base must be >= 2 and <= 36, or 0`;
/// `ValueError: invalid literal for int() with base 10: 'abc'` (the repr cut
/// to 200 characters); `ValueError: Exceeds the limit (4300 digits) for
/// integer string conversion: value has 5000 digits; use
/// sys.set_int_max_str_digits() to increase the limit` for bases that are
/// not powers of two.
pub fn parse_int(text: &str, base: u32) -> ObjectResult<BigInt> {
    if base == 1 || base > 36 {
        return Err(ObjectError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let ascii = transform_decimal_and_space_to_ascii(text);
    parse_int_ascii(&ascii, base)?.ok_or_else(|| {
        ObjectError::value(format!(
            "invalid literal for int() with base {base}: {}",
            str_repr_truncated(text, 200)
        ))
    })
}

/// The value of an ASCII digit in bases up to 36.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// `PyLong_FromString` on the transformed text: `Ok(None)` for an invalid
/// literal (reported by the caller), `Err` for the digit limit.
fn parse_int_ascii(s: &[u8], base: u32) -> ObjectResult<Option<BigInt>> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_ascii_space(at(pos)) {
        pos += 1;
    }
    let mut negative = false;
    if at(pos) == b'+' {
        pos += 1;
    } else if at(pos) == b'-' {
        pos += 1;
        negative = true;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(pos), at(pos + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // "Old" C-style octal like 010 is refused, but 0 and 00 are fine.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(pos) == b'0' {
        let prefix = at(pos + 1).to_ascii_lowercase();
        if (base == 16 && prefix == b'x')
            || (base == 8 && prefix == b'o')
            || (base == 2 && prefix == b'b')
        {
            pos += 2;
            // One underscore is allowed after the prefix.
            if at(pos) == b'_' {
                pos += 1;
            }
        }
    }
    if at(pos) == b'_' {
        return Ok(None);
    }
    // The run of digits and single underscores.
    let start = pos;
    let mut digits = 0usize;
    let mut prev = 0u8;
    while pos < s.len() && (digit_value(s[pos]) < base || s[pos] == b'_') {
        if s[pos] == b'_' {
            if prev == b'_' {
                return Ok(None);
            }
        } else {
            digits += 1;
        }
        prev = s[pos];
        pos += 1;
    }
    if prev == b'_' {
        return Ok(None);
    }
    if !base.is_power_of_two() && digits > INT_MAX_STR_DIGITS {
        return Err(ObjectError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    if digits == 0 {
        return Ok(None);
    }
    let run: Vec<u8> = s[start..pos]
        .iter()
        .filter(|&&b| b != b'_')
        .map(|&b| b.to_ascii_lowercase())
        .collect();
    let magnitude = BigUint::parse_bytes(&run, base).expect("validated digits");
    if error_if_nonzero && !magnitude.is_zero() {
        return Ok(None);
    }
    while is_ascii_space(at(pos)) {
        pos += 1;
    }
    if pos != s.len() {
        return Ok(None);
    }
    let value = BigInt::from(magnitude);
    Ok(Some(if negative { -value } else { value }))
}

/// `float(text)`. Whitespace around, underscores only between digits,
/// `inf`/`infinity`/`nan` in any case with a sign, digits of any script;
/// correctly rounded; too large a value is an infinity (no error), as in
/// CPython.
///
/// # Errors
/// `ValueError: could not convert string to float: 'abc'` (the whole repr).
pub fn parse_float(text: &str) -> ObjectResult<f64> {
    let error = || {
        ObjectError::value(format!(
            "could not convert string to float: {}",
            str_repr(text)
        ))
    };
    let ascii = transform_decimal_and_space_to_ascii(text);
    let ascii = remove_underscores(&ascii).ok_or_else(error)?;
    // float_from_string_inner: strip the whitespace (a blank text is an error).
    let mut lo = 0;
    let mut hi = ascii.len();
    while lo < hi && is_ascii_space(ascii[lo]) {
        lo += 1;
    }
    while hi > lo + 1 && is_ascii_space(ascii[hi - 1]) {
        hi -= 1;
    }
    let s = &ascii[lo..hi];
    if s.is_empty() {
        return Err(error());
    }
    string_to_double(s).ok_or_else(error)
}

/// `_Py_string_to_number_with_underscores`: an underscore must stand between
/// two digits; `None` if one does not.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    if !s.contains(&b'_') {
        return Some(s.to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// A NaN of its own: floats are inline values here, and identity (`is`,
/// which `in`, `list.index` and dict keys try before `==`) compares their
/// bits; CPython's `float('nan')` is a new object each time, so that
/// `[float('nan')].index(float('nan'))` fails while `x in [x]` holds. Each
/// NaN made from text gets its own payload (the quiet bit kept), unlike
/// `math.nan`, which is one object (and here one bit pattern).
#[must_use]
pub fn fresh_nan(negative: bool) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    const PAYLOAD: u64 = (1 << 51) - 1;
    let payload = (NEXT.fetch_add(1, Ordering::Relaxed) & PAYLOAD).max(1);
    let nan = f64::from_bits(f64::NAN.to_bits() | payload);
    if negative {
        -nan
    } else {
        nan
    }
}

/// `_PyOS_ascii_strtod` on the whole of `s`: an infinity or NaN
/// (`_Py_parse_inf_or_nan`), or `_Py_dg_strtod`'s grammar
/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`.
fn string_to_double(s: &[u8]) -> Option<f64> {
    let (negative, body) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        return Some(fresh_nan(negative));
    }
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < body.len() && body[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if body.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return None;
        }
    }
    if i != body.len() {
        return None;
    }
    let text = std::str::from_utf8(s).ok()?;
    text.parse::<f64>().ok()
}

/// The text of a number as `complex(str)` reads it: non-ASCII digits and
/// spaces made ASCII, single underscores between digits removed; `None`
/// for a misplaced underscore.
#[must_use]
pub fn ascii_number_text(text: &str) -> Option<Vec<u8>> {
    remove_underscores(&transform_decimal_and_space_to_ascii(text))
}

/// The float at the start of `s` and how many bytes it takes, as C's
/// `strtod` reads a prefix: `[sign] (inf | infinity | nan | digits [.
/// [digits]] | . digits) [(e|E) [sign] digits]`, the longest that fits
/// (an `e` without digits after it is not part of it). `None` if `s` does
/// not start with a float.
#[must_use]
pub fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let starts_with = |i: usize, word: &[u8]| {
        s.len() >= i + word.len() && s[i..i + word.len()].eq_ignore_ascii_case(word)
    };
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if starts_with(i, word) {
            let end = i + word.len();
            return Some((string_to_double(&s[..end])?, end));
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < s.len() && s[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if s.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    Some((string_to_double(&s[..i])?, i))
}
