//! What one character of a pattern matches: a literal (exactly, or in any
//! case), `.`, the classes `\d \w \s` (Unicode, or ASCII under the ASCII
//! flag and for bytes), and sets `[...]`; and sre's rules for comparing
//! characters under IGNORECASE.

use super::case_data::{KEYS, MEMBERS};
use crate::objects::chars::{decimal_value, is_space};

/// How letters compare: exactly, in either ASCII case (ASCII flag, bytes),
/// or by their Unicode simple case mappings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Exact,
    Ascii,
    Unicode,
}

/// The lower case of `c` by its one-character mapping, as sre lowers (only
/// `İ` lowers to two characters, of which the first is its simple mapping).
fn lower1(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// The upper case of `c` when it is one character (sre keeps `ß` as it is).
fn upper1(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

fn from_u32(c: u32) -> char {
    char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// What two characters compare by under IGNORECASE: equal keys, equal
/// letters. The lower case, but for a few characters sre counts as one
/// (`ſ` and `s`, `ς` and `σ`: `case_data`).
#[must_use]
pub fn key(c: char, case: Case) -> char {
    match case {
        Case::Exact => c,
        Case::Ascii => c.to_ascii_lowercase(),
        Case::Unicode if c.is_ascii() => c.to_ascii_lowercase(),
        Case::Unicode => {
            let lower = lower1(c);
            match KEYS.binary_search_by_key(&(lower as u32), |&(l, _)| l) {
                Ok(i) => from_u32(KEYS[i].1),
                Err(_) => lower,
            }
        }
    }
}

/// Every character whose key is `key`'s (itself included), for testing a
/// set: the key, its upper case, and the few others of `case_data`.
fn for_each_member(k: char, mut f: impl FnMut(char) -> bool) -> bool {
    if f(k) || f(upper1(k)) {
        return true;
    }
    let at = MEMBERS.partition_point(|&(key, _)| key < k as u32);
    MEMBERS[at..]
        .iter()
        .take_while(|&&(key, _)| key == k as u32)
        .any(|&(_, c)| f(from_u32(c)))
}

/// Whether `c` has another case (IGNORECASE compiles a letter that has
/// none as an exact one).
#[must_use]
pub fn is_cased(c: char, case: Case) -> bool {
    match case {
        Case::Exact => false,
        Case::Ascii => c.is_ascii_alphabetic(),
        Case::Unicode => for_each_member(key(c, case), |m| m != c),
    }
}

/// `\d`, `\s`, `\w`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Digit,
    Space,
    Word,
}

impl Class {
    /// Whether `c` is of the class: by Unicode's (CPython's `str`
    /// methods') definitions, or ASCII's.
    pub fn contains(self, c: char, ascii: bool, is_word: fn(char) -> bool) -> bool {
        match (self, ascii) {
            (Class::Digit, true) => c.is_ascii_digit(),
            (Class::Digit, false) => decimal_value(c).is_some(),
            (Class::Space, true) => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
            (Class::Space, false) => is_space(c),
            (Class::Word, true) => c.is_ascii_alphanumeric() || c == '_',
            (Class::Word, false) => c == '_' || is_word(c),
        }
    }
}

/// One item of a set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// `a-z`; a single character is a range of one.
    Range(char, char),
    /// `\d`, or `\D` (negated).
    Class(Class, bool),
}

/// A set of characters: `[...]`, or a class outside one (`\w`).
#[derive(Clone, Debug)]
pub struct CharSet {
    pub negated: bool,
    pub items: Vec<Item>,
    pub case: Case,
    /// The classes by ASCII's definitions.
    pub ascii: bool,
    /// `str.isalnum` of one character (the interpreter's Unicode tables).
    pub is_word: fn(char) -> bool,
}

impl CharSet {
    fn contains_exactly(&self, c: char) -> bool {
        self.items.iter().any(|item| match *item {
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Class(class, negated) => class.contains(c, self.ascii, self.is_word) != negated,
        })
    }

    /// Whether the set matches `c`: under IGNORECASE, when it holds a
    /// character of the same key.
    pub fn matches(&self, c: char) -> bool {
        let found = match self.case {
            Case::Exact => self.contains_exactly(c),
            Case::Ascii => {
                self.contains_exactly(c)
                    || (c.is_ascii_alphabetic() && self.contains_exactly((c as u8 ^ 0x20) as char))
            }
            Case::Unicode => {
                self.contains_exactly(c)
                    || for_each_member(key(c, Case::Unicode), |m| self.contains_exactly(m))
            }
        };
        found != self.negated
    }
}

/// What one character of the pattern matches.
#[derive(Clone, Debug)]
pub enum One {
    Char(char),
    /// A letter under IGNORECASE: any character of this key.
    Fold(char, Case),
    /// `.` under DOTALL.
    Any,
    /// `.`: anything but a newline.
    NotNewline,
    Set(Box<CharSet>),
}

impl One {
    #[inline]
    pub fn matches(&self, c: char) -> bool {
        match self {
            One::Char(x) => c == *x,
            One::Fold(k, case) => key(c, *case) == *k,
            One::Any => true,
            One::NotNewline => c != '\n',
            One::Set(set) => set.matches(c),
        }
    }
}

/// Two characters of a backreference compare by their lower case alone
/// (sre's GROUPREF_IGNORE, without the extra cases).
#[must_use]
pub fn same_lower(a: char, b: char, case: Case) -> bool {
    match case {
        Case::Exact => a == b,
        Case::Ascii => a.eq_ignore_ascii_case(&b),
        Case::Unicode => a == b || lower1(a) == lower1(b),
    }
}
