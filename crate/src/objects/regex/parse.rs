//! Python's pattern syntax to a tree (`Node`), with CPython 3.11's errors
//! at CPython's positions. Flags are resolved here, as each part of the
//! pattern sees them (`(?i:…)` scopes them): a node knows whether it
//! compares letters in any case, whether `.` takes a newline, whether `^`
//! is the text's start or a line's.

use super::charset::{is_cased, key, Case, CharSet, Class, Item, One};
use super::{Error, ASCII, DEBUG, DOTALL, IGNORECASE, LOCALE, MULTILINE, UNICODE, VERBOSE};
use crate::objects::chars::decimal_value;
use crate::objects::str_repr::str_repr;

/// A repeat with no upper bound (CPython's MAXREPEAT, also the limit of a
/// bound: `{4294967295}` is too large).
pub const INFINITE: u32 = u32::MAX;
/// Groups a pattern may have.
const MAXGROUPS: usize = 1_073_741_823;
/// `(?t)`: TEMPLATE, which CPython still parses.
const TEMPLATE: u32 = 1;
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
/// A width beyond any (CPython's MAXWIDTH).
const UNBOUNDED: u64 = u64::MAX;

/// A zero-width assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `\A`, and `^` without MULTILINE.
    Start,
    /// `^` under MULTILINE: the start or after a newline.
    LineStart,
    /// `\Z`.
    End,
    /// `$`: the end, or before a newline that ends the text.
    EndOrFinalNewline,
    /// `$` under MULTILINE: the end or before a newline.
    LineEnd,
    /// `\b`, by ASCII's word characters or Unicode's.
    Boundary { ascii: bool },
    /// `\B`.
    NotBoundary { ascii: bool },
}

/// How a repeat takes its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Greed {
    Greedy,
    Lazy,
    /// `*+`: as many as it can, never given back.
    Possessive,
}

/// A pattern as a tree.
#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    One(One),
    At(At),
    /// Capturing group `n` (from 1).
    Group(usize, Box<Node>),
    Backref(usize, Case),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        greed: Greed,
    },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`
    Conditional {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// What the parser made of a pattern.
pub struct Parsed {
    pub node: Node,
    /// Capturing groups, group 0 not counted.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// The pattern's flags with those set inline (`(?i)`) and UNICODE for a
    /// str pattern without ASCII, as `Pattern.flags` shows them.
    pub flags: u32,
    /// Each group's (least, greatest) width, for lookbehind's check.
    pub group_widths: Vec<(u64, u64)>,
}

/// A token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tok {
    Char(char),
    Escape(char),
}

impl Tok {
    pub(super) fn len(self) -> usize {
        match self {
            Tok::Char(_) => 1,
            Tok::Escape(_) => 2,
        }
    }

    fn text(self) -> String {
        match self {
            Tok::Char(c) => c.to_string(),
            Tok::Escape(c) => format!("\\{c}"),
        }
    }

    fn is(self, chars: &str) -> bool {
        matches!(self, Tok::Char(c) if chars.contains(c))
    }
}

type Result<T> = std::result::Result<T, Error>;

/// The pattern (or a replacement template) read token by token, one
/// ahead (CPython's `Tokenizer`: a backslash that ends the text is an
/// error as soon as the token before it is taken).
pub(super) struct Source<'a> {
    text: &'a [char],
    index: usize,
    pub(super) next: Option<Tok>,
}

impl<'a> Source<'a> {
    pub(super) fn new(text: &'a [char]) -> Result<Source<'a>> {
        let mut src = Source {
            text,
            index: 0,
            next: None,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> Result<()> {
        self.next = match self.text.get(self.index) {
            None => None,
            Some('\\') => match self.text.get(self.index + 1) {
                Some(&c) => {
                    self.index += 2;
                    Some(Tok::Escape(c))
                }
                None => {
                    return Err(Error::pattern(
                        "bad escape (end of pattern)",
                        self.text.len() - 1,
                    ))
                }
            },
            Some(&c) => {
                self.index += 1;
                Some(Tok::Char(c))
            }
        };
        Ok(())
    }

    pub(super) fn get(&mut self) -> Result<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// Takes the next token if it is the character `c`.
    pub(super) fn eat(&mut self, c: char) -> Result<bool> {
        if self.next == Some(Tok::Char(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> Result<()> {
        self.index = index;
        self.advance()
    }

    /// An error at `offset` characters before the current position.
    pub(super) fn error(&self, message: impl Into<String>, offset: usize) -> Error {
        Error::pattern(message, self.tell().saturating_sub(offset))
    }

    /// Up to `n` characters of `chars`.
    fn take_while(&mut self, n: usize, chars: &str) -> Result<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(Tok::Char(c)) if chars.contains(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// The text up to `terminator` (taken too): a group's name.
    pub(super) fn until(&mut self, terminator: char, name: &str) -> Result<String> {
        let mut out = String::new();
        loop {
            let c = self.get()?;
            match c {
                None if out.is_empty() => return Err(self.error(format!("missing {name}"), 0)),
                None => {
                    return Err(self.error(
                        format!("missing {terminator}, unterminated name"),
                        out.chars().count(),
                    ))
                }
                Some(Tok::Char(c)) if c == terminator => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(tok) => out.push_str(&tok.text()),
            }
        }
    }
}

const DIGITS: &str = "0123456789";
const OCTAL: &str = "01234567";
const HEX: &str = "0123456789abcdefABCDEF";

/// `str.isidentifier()`, near enough for group names: a letter or `_`,
/// then letters, digits or `_` (`is_word` is `str.isalnum` of a
/// character, the interpreter's tables).
pub(super) fn is_identifier(name: &str, is_word: fn(char) -> bool) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || (is_word(c) && decimal_value(c).is_none()))
        && chars.all(|c| c == '_' || is_word(c))
}

/// A group's number as Python's `int(name)` reads it (spaces around, a
/// `+`, `_` between digits, any script's digits); `None` for no number or
/// a negative one.
pub(super) fn group_number(name: &str) -> Option<u64> {
    let text = name.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let mut value: u64 = 0;
    let mut last_digit = false;
    for c in digits.chars() {
        if c == '_' && last_digit {
            last_digit = false;
            continue;
        }
        let d = decimal_value(c)?;
        value = value.saturating_mul(10).saturating_add(u64::from(d));
        last_digit = true;
    }
    (last_digit && !(negative && value > 0)).then_some(value)
}

/// The flag an inline flag letter stands for.
fn flag_of(tok: Option<Tok>) -> Option<u32> {
    Some(match tok? {
        Tok::Char('i') => IGNORECASE,
        Tok::Char('L') => LOCALE,
        Tok::Char('m') => MULTILINE,
        Tok::Char('s') => DOTALL,
        Tok::Char('x') => VERBOSE,
        Tok::Char('a') => ASCII,
        Tok::Char('t') => TEMPLATE,
        Tok::Char('u') => UNICODE,
        _ => return None,
    })
}

/// A letter, for the word of an error (`str.isalpha`, near enough).
fn is_alpha(tok: Tok, is_word: fn(char) -> bool) -> bool {
    matches!(tok, Tok::Char(c) if is_word(c) && decimal_value(c).is_none())
}

/// The flags inside `(?add-del:…)`: a type flag replaces the type.
fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let base = if add & TYPE_FLAGS != 0 {
        flags & !TYPE_FLAGS
    } else {
        flags
    };
    (base | add) & !del
}

/// What the last item of a sequence was, for the repeat that follows it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    At,
    Repeat,
    Other,
}

struct Parser<'a> {
    src: Source<'a>,
    /// The pattern's flags, with the global inline ones.
    flags: u32,
    bytes: bool,
    is_word: fn(char) -> bool,
    /// Each opened group's width once it is closed (`None` while open);
    /// group 0 first.
    widths: Vec<Option<(u64, u64)>>,
    names: Vec<(String, usize)>,
    /// Inside a lookbehind: the groups there were before it.
    lookbehind_groups: Option<usize>,
    /// Groups conditions name (`(?(3)…)`), and where, checked at the end.
    condition_refs: Vec<(usize, usize)>,
}

/// What an escape outside a set stands for.
enum Escaped {
    Node(Node),
    At(At),
}

/// What a group's parentheses held.
enum Grouped {
    Node(Node),
    /// `(?#…)`
    Comment,
    /// `(?i)`: flags for the whole pattern.
    GlobalFlags,
}

/// What an item of a set is.
enum SetItem {
    Char(char),
    Class(Class, bool),
}

impl Parser<'_> {
    fn case(&self, flags: u32) -> Case {
        if flags & IGNORECASE == 0 {
            Case::Exact
        } else if self.ascii(flags) {
            Case::Ascii
        } else {
            Case::Unicode
        }
    }

    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & (ASCII | LOCALE) != 0
    }

    fn literal(&self, c: char, flags: u32) -> Node {
        let case = self.case(flags);
        Node::One(if is_cased(c, case) {
            One::Fold(key(c, case), case)
        } else {
            One::Char(c)
        })
    }

    fn set(&self, items: Vec<Item>, negated: bool, flags: u32) -> Node {
        Node::One(One::Set(Box::new(CharSet {
            negated,
            items,
            case: self.case(flags),
            ascii: self.ascii(flags),
            is_word: self.is_word,
        })))
    }

    fn class(&self, class: Class, negated: bool, flags: u32) -> Node {
        self.set(vec![Item::Class(class, negated)], false, flags)
    }

    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn check_group(&self, group: usize) -> bool {
        self.widths.get(group).is_some_and(Option::is_some)
    }

    fn check_lookbehind_group(&self, group: usize) -> Result<()> {
        if let Some(before) = self.lookbehind_groups {
            if !self.check_group(group) {
                return Err(self.src.error("cannot refer to an open group", 0));
            }
            if group >= before {
                return Err(self.src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn check_group_name(&self, name: &str, offset: usize) -> Result<()> {
        if !is_identifier(name, self.is_word) {
            return Err(self.src.error(
                format!("bad character in group name {}", str_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }

    /// A surrogate or a number past U+10FFFF is no char: a character that
    /// no text here holds, so it matches nothing.
    fn code_point(&self, code: u32, flags: u32) -> Node {
        match char::from_u32(code) {
            Some(c) => self.literal(c, flags),
            None => self.set(Vec::new(), false, flags),
        }
    }

    /// `\x`, `\u`, `\U` (the escape's letter taken): the number, or the error.
    fn hex_escape(&mut self, letter: char, escape: &mut String) -> Result<Option<u32>> {
        let digits = match letter {
            'x' => 2,
            'u' if !self.bytes => 4,
            'U' if !self.bytes => 8,
            _ => return Ok(None),
        };
        escape.push_str(&self.src.take_while(digits, HEX)?);
        let len = escape.chars().count();
        if len != digits + 2 {
            return Err(self.src.error(format!("incomplete escape {escape}"), len));
        }
        let code = u32::from_str_radix(&escape[2..], 16).unwrap_or(u32::MAX);
        if code > 0x10_FFFF {
            return Err(self.src.error(format!("bad escape {escape}"), len));
        }
        Ok(Some(code))
    }

    fn named_escape(&self) -> Error {
        self.src.error(
            "\\N{...} escapes are not supported by this page's Python (it has no Unicode name table)",
            2,
        )
    }

    fn bad_escape(&self, escape: &str) -> Error {
        self.src
            .error(format!("bad escape {escape}"), escape.chars().count())
    }

    /// An escape outside a set (CPython's `_escape`).
    fn escape(&mut self, c: char, flags: u32) -> Result<Escaped> {
        let ascii = self.ascii(flags);
        let node = match c {
            'A' => return Ok(Escaped::At(At::Start)),
            'Z' => return Ok(Escaped::At(At::End)),
            'b' => return Ok(Escaped::At(At::Boundary { ascii })),
            'B' => return Ok(Escaped::At(At::NotBoundary { ascii })),
            'd' | 'D' => self.class(Class::Digit, c == 'D', flags),
            's' | 'S' => self.class(Class::Space, c == 'S', flags),
            'w' | 'W' => self.class(Class::Word, c == 'W', flags),
            'a' => self.literal('\x07', flags),
            'f' => self.literal('\x0c', flags),
            'n' => self.literal('\n', flags),
            'r' => self.literal('\r', flags),
            't' => self.literal('\t', flags),
            'v' => self.literal('\x0b', flags),
            'N' if !self.bytes => return Err(self.named_escape()),
            '0' => {
                let digits = self.src.take_while(2, OCTAL)?;
                let code = u32::from_str_radix(&format!("0{digits}"), 8).unwrap_or(0);
                self.code_point(code, flags)
            }
            '1'..='9' => return self.group_or_octal(c, flags),
            _ => {
                let mut escape = format!("\\{c}");
                match self.hex_escape(c, &mut escape)? {
                    Some(code) => self.code_point(code, flags),
                    None if c.is_ascii_alphabetic() => return Err(self.bad_escape(&escape)),
                    None => self.literal(c, flags),
                }
            }
        };
        Ok(Escaped::Node(node))
    }

    /// `\1`…: a backreference, or an octal escape of three digits.
    fn group_or_octal(&mut self, first: char, flags: u32) -> Result<Escaped> {
        let mut escape = format!("\\{first}");
        if let Some(Tok::Char(d)) = self.src.next {
            if d.is_ascii_digit() {
                self.src.get()?;
                escape.push(d);
                let third = matches!(self.src.next, Some(Tok::Char(t)) if OCTAL.contains(t));
                if OCTAL.contains(first) && OCTAL.contains(d) && third {
                    if let Some(Tok::Char(t)) = self.src.get()? {
                        escape.push(t);
                    }
                    let code = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                    if code > 0o377 {
                        return Err(self.src.error(
                            format!("octal escape value {escape} outside of range 0-0o377"),
                            escape.len(),
                        ));
                    }
                    return Ok(Escaped::Node(self.code_point(code, flags)));
                }
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < self.groups() {
            if !self.check_group(group) {
                return Err(self
                    .src
                    .error("cannot refer to an open group", escape.len()));
            }
            self.check_lookbehind_group(group)?;
            return Ok(Escaped::Node(Node::Backref(group, self.case(flags))));
        }
        Err(self
            .src
            .error(format!("invalid group reference {group}"), escape.len() - 1))
    }

    /// An escape inside a set (CPython's `_class_escape`).
    fn set_escape(&mut self, c: char) -> Result<SetItem> {
        Ok(match c {
            'a' => SetItem::Char('\x07'),
            'b' => SetItem::Char('\x08'),
            'f' => SetItem::Char('\x0c'),
            'n' => SetItem::Char('\n'),
            'r' => SetItem::Char('\r'),
            't' => SetItem::Char('\t'),
            'v' => SetItem::Char('\x0b'),
            'd' | 'D' => SetItem::Class(Class::Digit, c == 'D'),
            's' | 'S' => SetItem::Class(Class::Space, c == 'S'),
            'w' | 'W' => SetItem::Class(Class::Word, c == 'W'),
            'N' if !self.bytes => return Err(self.named_escape()),
            '0'..='7' => {
                let mut escape = format!("\\{c}");
                escape.push_str(&self.src.take_while(2, OCTAL)?);
                let code = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                if code > 0o377 {
                    return Err(self.src.error(
                        format!("octal escape value {escape} outside of range 0-0o377"),
                        escape.len(),
                    ));
                }
                SetItem::Char(char::from_u32(code).unwrap_or('\0'))
            }
            '8' | '9' => return Err(self.bad_escape(&format!("\\{c}"))),
            _ => {
                let mut escape = format!("\\{c}");
                match self.hex_escape(c, &mut escape)? {
                    // A surrogate: a range no char is in.
                    Some(code) => SetItem::Char(char::from_u32(code).unwrap_or('\u{FFFF}')),
                    None if c.is_ascii_alphabetic() => return Err(self.bad_escape(&escape)),
                    None => SetItem::Char(c),
                }
            }
        })
    }

    /// `[...]`, its `[` taken.
    fn parse_set(&mut self, flags: u32) -> Result<Node> {
        let here = self.src.tell() - 1;
        let negated = self.src.eat('^')?;
        let mut items: Vec<Item> = Vec::new();
        let unterminated =
            |src: &Source| src.error("unterminated character set", src.tell() - here);
        loop {
            let Some(this) = self.src.get()? else {
                return Err(unterminated(&self.src));
            };
            if this == Tok::Char(']') && !items.is_empty() {
                break;
            }
            let first = match this {
                Tok::Escape(c) => self.set_escape(c)?,
                Tok::Char(c) => SetItem::Char(c),
            };
            if self.src.eat('-')? {
                let Some(that) = self.src.get()? else {
                    return Err(unterminated(&self.src));
                };
                if that == Tok::Char(']') {
                    items.push(set_item(first));
                    items.push(Item::Range('-', '-'));
                    break;
                }
                let second = match that {
                    Tok::Escape(c) => self.set_escape(c)?,
                    Tok::Char(c) => SetItem::Char(c),
                };
                let message = format!("bad character range {}-{}", this.text(), that.text());
                let offset = this.len() + 1 + that.len();
                match (first, second) {
                    (SetItem::Char(lo), SetItem::Char(hi)) if lo <= hi => {
                        items.push(Item::Range(lo, hi));
                    }
                    _ => return Err(self.src.error(message, offset)),
                }
            } else {
                items.push(set_item(first));
            }
        }
        if let ([Item::Range(a, b)], false) = (items.as_slice(), negated) {
            if a == b {
                return Ok(self.literal(*a, flags));
            }
        }
        Ok(self.set(items, negated, flags))
    }

    /// `(?` and its first flag letter or `-` taken: the flags to add and
    /// remove (`None` for global flags, `(?i)`, which it sets).
    fn parse_flags(&mut self, first: Tok) -> Result<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        let mut tok = Some(first);
        if first != Tok::Char('-') {
            loop {
                let flag = flag_of(tok).unwrap_or(0);
                if !self.bytes && tok == Some(Tok::Char('L')) {
                    return Err(self.src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if self.bytes && tok == Some(Tok::Char('u')) {
                    return Err(self.src.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.src.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                tok = self.src.get()?;
                let Some(t) = tok else {
                    return Err(self.src.error("missing -, : or )", 0));
                };
                if t.is(")-:") {
                    break;
                }
                if flag_of(tok).is_none() {
                    let message = if is_alpha(t, self.is_word) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.src.error(message, t.len()));
                }
            }
        }
        if tok == Some(Tok::Char(')')) {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn on global flag", 1));
        }
        if tok == Some(Tok::Char('-')) {
            tok = self.src.get()?;
            let Some(t) = tok else {
                return Err(self.src.error("missing flag", 0));
            };
            if flag_of(tok).is_none() {
                let message = if is_alpha(t, self.is_word) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.src.error(message, t.len()));
            }
            loop {
                let flag = flag_of(tok).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.src.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                tok = self.src.get()?;
                let Some(t) = tok else {
                    return Err(self.src.error("missing :", 0));
                };
                if t == Tok::Char(':') {
                    break;
                }
                if flag_of(tok).is_none() {
                    let message = if is_alpha(t, self.is_word) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(self.src.error(message, t.len()));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self
                .src
                .error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }

    /// Alternatives: `a|b|c` (CPython's `_parse_sub`).
    fn parse_alternation(&mut self, flags: u32, nested: usize) -> Result<Node> {
        let mut items = Vec::new();
        loop {
            // At the top, each branch sees the global flags `(?x)` set.
            let flags = if nested == 0 { self.flags } else { flags };
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_sequence(flags, nested + 1, first)?);
            if !self.src.eat('|')? {
                break;
            }
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alternation(items)
        })
    }

    /// A sequence of items up to `|` or `)` (CPython's `_parse`).
    #[allow(clippy::too_many_lines)]
    fn parse_sequence(&mut self, mut flags: u32, nested: usize, first: bool) -> Result<Node> {
        let mut items: Vec<Node> = Vec::new();
        let mut last = Last::Nothing;
        while let Some(this) = self.src.next {
            if this.is("|)") {
                break;
            }
            self.src.get()?;
            if flags & VERBOSE != 0 {
                if this.is(" \t\n\r\x0b\x0c") {
                    continue;
                }
                if this == Tok::Char('#') {
                    while !matches!(self.src.get()?, None | Some(Tok::Char('\n'))) {}
                    continue;
                }
            }
            let c = match this {
                Tok::Escape(c) => {
                    match self.escape(c, flags)? {
                        Escaped::At(at) => {
                            items.push(Node::At(at));
                            last = Last::At;
                        }
                        Escaped::Node(node) => {
                            items.push(node);
                            last = Last::Other;
                        }
                    }
                    continue;
                }
                Tok::Char(c) => c,
            };
            match c {
                '[' => {
                    items.push(self.parse_set(flags)?);
                    last = Last::Other;
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.src.tell();
                    let (min, max) = match c {
                        '?' => (0, 1),
                        '*' => (0, INFINITE),
                        '+' => (1, INFINITE),
                        _ => match self.parse_bounds(here)? {
                            Some(bounds) => bounds,
                            None => {
                                items.push(self.literal('{', flags));
                                last = Last::Other;
                                continue;
                            }
                        },
                    };
                    let position = here - 1;
                    match last {
                        Last::Nothing | Last::At => {
                            return Err(Error::pattern("nothing to repeat", position))
                        }
                        Last::Repeat => return Err(Error::pattern("multiple repeat", position)),
                        Last::Other => {}
                    }
                    let greed = if self.src.eat('?')? {
                        Greed::Lazy
                    } else if self.src.eat('+')? {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    let node = Box::new(items.pop().unwrap_or(Node::Empty));
                    items.push(Node::Repeat {
                        node,
                        min,
                        max,
                        greed,
                    });
                    last = Last::Repeat;
                }
                '.' => {
                    items.push(Node::One(if flags & DOTALL != 0 {
                        One::Any
                    } else {
                        One::NotNewline
                    }));
                    last = Last::Other;
                }
                '(' => {
                    let start = self.src.tell() - 1;
                    match self.parse_group(start, flags, nested, first && items.is_empty())? {
                        Grouped::Node(node) => {
                            items.push(node);
                            last = Last::Other;
                        }
                        // Global flags apply from here on (`(?x)` to the
                        // rest of this sequence's parsing too).
                        Grouped::GlobalFlags => flags = self.flags,
                        Grouped::Comment => {}
                    }
                }
                '^' => {
                    items.push(Node::At(if flags & MULTILINE != 0 {
                        At::LineStart
                    } else {
                        At::Start
                    }));
                    last = Last::At;
                }
                '$' => {
                    items.push(Node::At(if flags & MULTILINE != 0 {
                        At::LineEnd
                    } else {
                        At::EndOrFinalNewline
                    }));
                    last = Last::At;
                }
                _ => {
                    items.push(self.literal(c, flags));
                    last = Last::Other;
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// `{m,n}` after its `{` (at `here`): the bounds, or `None` when it is
    /// no repeat but a literal `{` (the position restored).
    fn parse_bounds(&mut self, here: usize) -> Result<Option<(u32, u32)>> {
        if self.src.next == Some(Tok::Char('}')) {
            return Ok(None);
        }
        let lo = self.src.take_while(usize::MAX, DIGITS)?;
        let hi = if self.src.eat(',')? {
            self.src.take_while(usize::MAX, DIGITS)?
        } else {
            lo.clone()
        };
        if !self.src.eat('}')? {
            self.src.seek(here)?;
            return Ok(None);
        }
        let number = |digits: &str| -> Result<u32> {
            match digits.parse::<u64>() {
                Ok(n) if n < u64::from(INFINITE) => Ok(u32::try_from(n).unwrap_or(INFINITE)),
                _ => Err(Error::overflow("the repetition number is too large")),
            }
        };
        let min = if lo.is_empty() { 0 } else { number(&lo)? };
        let max = if hi.is_empty() {
            INFINITE
        } else {
            let max = number(&hi)?;
            if max < min {
                return Err(self
                    .src
                    .error("min repeat greater than max repeat", self.src.tell() - here));
            }
            max
        };
        Ok(Some((min, max)))
    }

    /// A group after its `(` (at `start`).
    #[allow(clippy::too_many_lines)]
    fn parse_group(
        &mut self,
        start: usize,
        flags: u32,
        nested: usize,
        first: bool,
    ) -> Result<Grouped> {
        let mut capture = true;
        let mut atomic = false;
        let mut name = None;
        let mut inner_flags = flags;
        if self.src.eat('?')? {
            let Some(tok) = self.src.get()? else {
                return Err(self.src.error("unexpected end of pattern", 0));
            };
            match tok {
                Tok::Char('P') => {
                    if self.src.eat('<')? {
                        let n = self.src.until('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.src.eat('=')? {
                        let n = self.src.until(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let offset = n.chars().count() + 1;
                        let Some(group) = self.group_index(&n) else {
                            return Err(self
                                .src
                                .error(format!("unknown group name {}", str_repr(&n)), offset));
                        };
                        if !self.check_group(group) {
                            return Err(self.src.error("cannot refer to an open group", offset));
                        }
                        self.check_lookbehind_group(group)?;
                        return Ok(Grouped::Node(Node::Backref(group, self.case(flags))));
                    } else {
                        let Some(c) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        return Err(self
                            .src
                            .error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
                    }
                }
                Tok::Char(':') => capture = false,
                Tok::Char('#') => loop {
                    if self.src.next.is_none() {
                        return Err(self
                            .src
                            .error("missing ), unterminated comment", self.src.tell() - start));
                    }
                    if self.src.get()? == Some(Tok::Char(')')) {
                        return Ok(Grouped::Comment);
                    }
                },
                Tok::Char('=' | '!' | '<') => {
                    let mut kind = tok;
                    let behind = kind == Tok::Char('<');
                    let outer = self.lookbehind_groups;
                    if behind {
                        let Some(next) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        if !next.is("=!") {
                            return Err(self.src.error(
                                format!("unknown extension ?<{}", next.text()),
                                next.len() + 2,
                            ));
                        }
                        kind = next;
                        if outer.is_none() {
                            self.lookbehind_groups = Some(self.groups());
                        }
                    }
                    let node = self.parse_alternation(flags, nested + 1)?;
                    if behind && outer.is_none() {
                        self.lookbehind_groups = None;
                    }
                    self.close(start)?;
                    return Ok(Grouped::Node(Node::Look {
                        behind,
                        negate: kind == Tok::Char('!'),
                        node: Box::new(node),
                    }));
                }
                Tok::Char('(') => {
                    return self
                        .parse_conditional(start, flags, nested)
                        .map(Grouped::Node)
                }
                Tok::Char('>') => {
                    capture = false;
                    atomic = true;
                }
                _ if flag_of(Some(tok)).is_some() || tok == Tok::Char('-') => {
                    match self.parse_flags(tok)? {
                        None => {
                            if !first {
                                return Err(self.src.error(
                                    "global flags not at the start of the expression",
                                    self.src.tell() - start,
                                ));
                            }
                            return Ok(Grouped::GlobalFlags);
                        }
                        Some((add, del)) => {
                            inner_flags = combine(flags, add, del);
                            capture = false;
                        }
                    }
                }
                _ => {
                    return Err(self
                        .src
                        .error(format!("unknown extension ?{}", tok.text()), tok.len() + 1))
                }
            }
        }
        let group = if capture {
            Some(self.open_group(name.as_deref())?)
        } else {
            None
        };
        let node = self.parse_alternation(inner_flags, nested + 1)?;
        self.close(start)?;
        Ok(Grouped::Node(match group {
            Some(group) => {
                self.widths[group] = Some(self.width(&node));
                Node::Group(group, Box::new(node))
            }
            None if atomic => Node::Atomic(Box::new(node)),
            None => node,
        }))
    }

    fn width(&self, node: &Node) -> (u64, u64) {
        width(node, &|g| {
            self.widths.get(g).copied().flatten().unwrap_or((0, 0))
        })
    }

    /// The `)` that closes the group opened at `start`.
    fn close(&mut self, start: usize) -> Result<()> {
        if !self.src.eat(')')? {
            return Err(self.src.error(
                "missing ), unterminated subpattern",
                self.src.tell() - start,
            ));
        }
        Ok(())
    }

    fn group_index(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, group)| group)
    }

    fn open_group(&mut self, name: Option<&str>) -> Result<usize> {
        let group = self.groups();
        self.widths.push(None);
        let offset = name.map_or(0, |n| n.chars().count() + 1);
        if self.groups() > MAXGROUPS {
            return Err(self.src.error("too many groups", offset));
        }
        if let Some(name) = name {
            if let Some(was) = self.group_index(name) {
                return Err(self.src.error(
                    format!(
                        "redefinition of group name {} as group {group}; was group {was}",
                        str_repr(name)
                    ),
                    offset,
                ));
            }
            self.names.push((name.to_string(), group));
        }
        Ok(group)
    }

    /// `(?(group)yes|no)` after its `(?(`.
    fn parse_conditional(&mut self, start: usize, flags: u32, nested: usize) -> Result<Node> {
        let name = self.src.until(')', "group name")?;
        let offset = name.chars().count() + 1;
        let group = if is_identifier(&name, self.is_word) {
            self.check_group_name(&name, 1)?;
            self.group_index(&name).ok_or_else(|| {
                self.src
                    .error(format!("unknown group name {}", str_repr(&name)), offset)
            })?
        } else {
            let Some(group) = group_number(&name) else {
                return Err(self.src.error(
                    format!("bad character in group name {}", str_repr(&name)),
                    offset,
                ));
            };
            if group == 0 {
                return Err(self.src.error("bad group number", offset));
            }
            let group = usize::try_from(group).unwrap_or(usize::MAX);
            if group >= MAXGROUPS {
                return Err(self
                    .src
                    .error(format!("invalid group reference {group}"), offset));
            }
            if !self.condition_refs.iter().any(|&(g, _)| g == group) {
                self.condition_refs.push((group, self.src.tell() - offset));
            }
            group
        };
        self.check_lookbehind_group(group)?;
        let yes = self.parse_sequence(flags, nested + 1, false)?;
        let no = if self.src.eat('|')? {
            let no = self.parse_sequence(flags, nested + 1, false)?;
            if self.src.next == Some(Tok::Char('|')) {
                return Err(self
                    .src
                    .error("conditional backref with more than two branches", 0));
            }
            no
        } else {
            Node::Empty
        };
        self.close(start)?;
        Ok(Node::Conditional {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }
}

/// The least and greatest number of characters `node` matches (CPython's
/// `getwidth`), given each group's.
pub fn width(node: &Node, group: &dyn Fn(usize) -> (u64, u64)) -> (u64, u64) {
    match node {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::One(_) => (1, 1),
        Node::Group(_, node) | Node::Atomic(node) => width(node, group),
        Node::Backref(g, _) => group(*g),
        Node::Concat(nodes) => nodes.iter().fold((0, 0), |(lo, hi), node| {
            let (l, h) = width(node, group);
            (lo.saturating_add(l), hi.saturating_add(h))
        }),
        Node::Alternation(nodes) => nodes.iter().fold((UNBOUNDED, 0), |(lo, hi), node| {
            let (l, h) = width(node, group);
            (lo.min(l), hi.max(h))
        }),
        Node::Repeat { node, min, max, .. } => {
            let (l, h) = width(node, group);
            let hi = if *max == INFINITE && h > 0 {
                UNBOUNDED
            } else {
                h.saturating_mul(u64::from(*max))
            };
            (l.saturating_mul(u64::from(*min)), hi)
        }
        Node::Conditional { yes, no, .. } => {
            let (yl, yh) = width(yes, group);
            let (nl, nh) = width(no, group);
            (yl.min(nl), yh.max(nh))
        }
    }
}

fn set_item(item: SetItem) -> Item {
    match item {
        SetItem::Char(c) => Item::Range(c, c),
        SetItem::Class(class, negated) => Item::Class(class, negated),
    }
}

/// Parses `pattern` (a bytes pattern's bytes as the chars U+0000 to U+00FF).
pub fn parse(
    pattern: &[char],
    flags: u32,
    bytes: bool,
    is_word: fn(char) -> bool,
) -> Result<Parsed> {
    let mut parser = Parser {
        src: Source::new(pattern)?,
        flags,
        bytes,
        is_word,
        widths: vec![None],
        names: Vec::new(),
        lookbehind_groups: None,
        condition_refs: Vec::new(),
    };
    let node = parser.parse_alternation(flags, 0)?;
    let flags = fix_flags(parser.flags, bytes)?;
    if parser.src.next.is_some() {
        return Err(parser.src.error("unbalanced parenthesis", 0));
    }
    let groups = parser.groups();
    if let Some(&(group, at)) = parser.condition_refs.iter().find(|&&(g, _)| g >= groups) {
        return Err(Error::pattern(
            format!("invalid group reference {group}"),
            at,
        ));
    }
    let mut group_widths: Vec<(u64, u64)> =
        parser.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    group_widths[0] = parser.width(&node);
    Ok(Parsed {
        node,
        groups: groups - 1,
        names: parser.names,
        flags,
        group_widths,
    })
}

/// The flags' checks of CPython's `fix_flags`, and UNICODE added to a str
/// pattern's.
fn fix_flags(flags: u32, bytes: bool) -> Result<u32> {
    if bytes {
        if flags & UNICODE != 0 {
            return Err(Error::value("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(Error::value("ASCII and LOCALE flags are incompatible"));
        }
        return Ok(flags);
    }
    if flags & LOCALE != 0 {
        return Err(Error::value("cannot use LOCALE flag with a str pattern"));
    }
    if flags & ASCII == 0 {
        return Ok(flags | UNICODE);
    }
    if flags & UNICODE != 0 {
        return Err(Error::value("ASCII and UNICODE flags are incompatible"));
    }
    Ok(flags)
}
