//! The one API of `unicode-normalization` that ruff's parser uses: `str::nfkc`,
//! here the identity (see Cargo.toml for why, and what guards it).

pub trait UnicodeNormalization<I: Iterator<Item = char>> {
    /// The characters as written (real NFKC would map compatibility
    /// characters, such as the ligature `ﬁ`, to others).
    fn nfkc(self) -> I;
}

impl<'a> UnicodeNormalization<core::str::Chars<'a>> for &'a str {
    fn nfkc(self) -> core::str::Chars<'a> {
        self.chars()
    }
}

/// Whether `s` is surely unchanged by NFKC: here only when it is ASCII (an
/// honest "maybe not" otherwise, which ruff's name matcher treats as "may match").
#[must_use]
pub fn is_nfkc(s: &str) -> bool {
    s.is_ascii()
}
