//! What CPython's str methods ask of one character: its class (letter,
//! digit, numeric, title case, cased) and its full case mappings. Rust's
//! `char` answers upper and lower case (`is_uppercase`, `to_lowercase`: the
//! Unicode properties CPython reads too); the rest, which Rust does not
//! expose, comes from `char_tables` (CPython 3.11's Unicode 14.0).

use std::cmp::Ordering;

use super::char_tables::{ALPHA, CASEFOLD, DIGIT, NUMERIC, TITLE, TITLECASE};
use crate::objects::chars::decimal_value;

/// Whether `c` is in a sorted table of inclusive ranges.
fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                Ordering::Less
            } else if lo > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// The text a table maps `c` to, if it has it.
fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(code, _)| code)
        .ok()
        .map(|i| table[i].1)
}

/// `Py_UNICODE_ISALPHA`: a letter (categories Lu Ll Lt Lm Lo). Rust's
/// `is_alphabetic` also takes combining vowel signs and letter numerals.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(ALPHA, c)
}

/// `Py_UNICODE_ISDECIMAL`: a decimal digit of any script.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `Py_UNICODE_ISDIGIT`: a decimal digit, or a digit that is not one
/// (superscripts, circled digits).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(DIGIT, c)
}

/// `Py_UNICODE_ISNUMERIC`: any character with a numeric value (fractions,
/// Roman numerals, CJK numerals).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(NUMERIC, c)
}

/// `Py_UNICODE_ISALNUM`: what `isalnum` accepts of each character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `Py_UNICODE_ISTITLE`: a title-case letter (`ǅ`, category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(TITLECASE, c)
}

/// `_PyUnicode_IsCased`: the Unicode property Cased, which is Uppercase,
/// Lowercase and the title-case letters.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title(c)
}

/// `_PyUnicode_ToTitleFull`: title case, which is upper case but for a few
/// digraphs and ligatures (`ǆ` to `ǅ`, `ß` to `Ss`).
pub fn push_title(out: &mut String, c: char) {
    match mapped(TITLE, c) {
        Some(title) => out.push_str(title),
        None => out.extend(c.to_uppercase()),
    }
}

/// `_PyUnicode_ToFoldedFull`: case folding, which is lower case but for the
/// characters folding compares otherwise (`ß` to `ss`, `ς` to `σ`).
pub fn push_folded(out: &mut String, c: char) {
    match mapped(CASEFOLD, c) {
        Some(folded) => out.push_str(folded),
        None => out.extend(c.to_lowercase()),
    }
}

/// The lower case of each capital sigma (`Σ`) of a string, in order: `ς`
/// where it ends a word (Unicode's Final_Sigma, CPython's
/// `handle_capital_sigma`), `σ` elsewhere. Rust's `str::to_lowercase`
/// decides it by the same rule from the same neighbours, and only `Σ`, `σ`
/// and `ς` lower to a sigma: the sigmas of the lowered string are, in
/// order, those of these three.
pub struct Sigmas(std::vec::IntoIter<char>);

impl Sigmas {
    pub fn of(s: &str) -> Sigmas {
        if !s.contains('Σ') {
            return Sigmas(Vec::new().into_iter());
        }
        let lowered = s.to_lowercase();
        let mut sigmas = lowered.chars().filter(|&c| c == 'σ' || c == 'ς');
        let capitals = s
            .chars()
            .filter(|&c| matches!(c, 'Σ' | 'σ' | 'ς'))
            .filter_map(|c| {
                let lowered = sigmas.next();
                if c == 'Σ' {
                    lowered
                } else {
                    None
                }
            })
            .collect::<Vec<char>>();
        Sigmas(capitals.into_iter())
    }

    /// Given each character of the string in turn: the lower case of a
    /// capital sigma, `None` for any other character.
    pub fn at(&mut self, c: char) -> Option<char> {
        if c == 'Σ' {
            self.0.next()
        } else {
            None
        }
    }
}

/// `lower_ucs4`: the full lower case of `c`; of a capital sigma, `sigma`
/// (from `Sigmas::at`), which depends on the word it ends or not.
pub fn push_lower(out: &mut String, c: char, sigma: Option<char>) {
    match sigma {
        Some(lower) => out.push(lower),
        None => out.extend(c.to_lowercase()),
    }
}
