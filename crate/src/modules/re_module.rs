//! Python's `re` module, on the page's own engine (`objects::regex`):
//! `Pattern` and `Match` objects, the module's functions with a cache of
//! compiled patterns (as CPython's `_compile`), `sub`'s templates and
//! callables, `split`, `findall` and a lazy `finditer`. Patterns of bytes
//! work on bytes, as the chars U+0000 to U+00FF.
//!
//! A match keeps the GIL, as in CPython, and looks at Stop and the memory
//! limit every few thousand steps of the matcher.

use std::sync::{Arc, Mutex};

use indexmap::IndexMap;

use crate::builtin;
use crate::objects::regex::template::{self, Piece};
use crate::objects::regex::{self, Aborted, Captures, ErrorKind, Mode, Regex};
use crate::objects::str_repr::{bytes_repr, str_repr};
use crate::runtime::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::iter::{Iter, NativeIter};
use crate::runtime::object::Module;
use crate::runtime::str_methods::is_alnum;
use crate::runtime::value::{lock, Exception, Native, Reduce, Value};
use crate::runtime::Interp;

/// A compiled pattern: `re.Pattern`.
pub struct PyPattern {
    regex: Regex,
    /// The pattern as given (`Pattern.pattern`).
    pattern: Value,
    bytes: bool,
}

impl Native for PyPattern {
    fn type_name(&self) -> &'static str {
        "Pattern"
    }

    fn methods(&self) -> &'static [Builtin] {
        PATTERN_METHODS
    }

    /// Sent to another process as `re._compile(pattern, flags)`, as
    /// CPython pickles it.
    fn reduce(&self) -> Option<Reduce> {
        Some(Reduce {
            module: "re",
            function: "_compile",
            args: vec![
                self.pattern.clone(),
                Value::Int(i64::from(self.regex.flags)),
            ],
            inherit_only: None,
        })
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "pattern" => self.pattern.clone(),
            "flags" => Value::Int(i64::from(self.regex.flags)),
            "groups" => Value::Int(count(self.regex.groups)),
            _ => return None,
        })
    }

    /// `re.compile('a+', re.IGNORECASE)`: the pattern's repr cut at 200
    /// characters, and the flags but UNICODE, which a str pattern implies.
    fn repr(&self) -> String {
        let repr = match &self.pattern {
            Value::Bytes(b) => bytes_repr(b),
            Value::Str(s) => str_repr(s),
            _ => String::new(),
        };
        let repr: String = repr.chars().take(200).collect();
        let mut flags = self.regex.flags;
        if !self.bytes {
            flags &= !regex::UNICODE;
        }
        let names = [
            ("re.TEMPLATE", 1),
            ("re.IGNORECASE", regex::IGNORECASE),
            ("re.LOCALE", regex::LOCALE),
            ("re.MULTILINE", regex::MULTILINE),
            ("re.DOTALL", regex::DOTALL),
            ("re.UNICODE", regex::UNICODE),
            ("re.VERBOSE", regex::VERBOSE),
            ("re.DEBUG", regex::DEBUG),
            ("re.ASCII", regex::ASCII),
        ];
        let mut shown: Vec<String> = Vec::new();
        for (name, bit) in names {
            if flags & bit != 0 {
                shown.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            shown.push(format!("0x{flags:x}"));
        }
        if shown.is_empty() {
            format!("re.compile({repr})")
        } else {
            format!("re.compile({repr}, {})", shown.join("|"))
        }
    }
}

/// A match: `re.Match`.
pub struct PyMatch {
    pattern: Arc<PyPattern>,
    string: Value,
    text: Arc<[char]>,
    captures: Captures,
    pos: usize,
    endpos: usize,
}

impl Native for PyMatch {
    fn type_name(&self) -> &'static str {
        "Match"
    }

    fn methods(&self) -> &'static [Builtin] {
        MATCH_METHODS
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "pos" => Value::Int(count(self.pos)),
            "endpos" => Value::Int(count(self.endpos)),
            "string" => self.string.clone(),
            "re" => Value::Native(self.pattern.clone()),
            "lastindex" => self
                .captures
                .lastindex
                .map_or(Value::None, |g| Value::Int(count(g))),
            "lastgroup" => self
                .captures
                .lastindex
                .and_then(|g| self.pattern.regex.names.iter().find(|(_, i)| *i == g))
                .map_or(Value::None, |(name, _)| Value::str(name)),
            "regs" => Value::tuple(
                (0..self.captures.spans.len())
                    .map(|g| span_value(self.span(g)))
                    .collect(),
            ),
            _ => return None,
        })
    }

    /// `<re.Match object; span=(0, 3), match='abc'>`: the match's repr cut
    /// at 50 characters.
    fn repr(&self) -> String {
        let (start, end) = self.span(0);
        let text = self.slice(start, end);
        let repr = match &text {
            Value::Bytes(b) => bytes_repr(b),
            Value::Str(s) => str_repr(s),
            _ => String::new(),
        };
        let repr: String = repr.chars().take(50).collect();
        format!("<re.Match object; span=({start}, {end}), match={repr}>")
    }
}

impl PyMatch {
    /// Group `g`'s span, (-1, -1) if it did not match.
    fn span(&self, g: usize) -> (i64, i64) {
        self.captures.spans[g].map_or((-1, -1), |(s, e)| (count(s), count(e)))
    }

    fn slice(&self, start: i64, end: i64) -> Value {
        let (Ok(start), Ok(end)) = (usize::try_from(start), usize::try_from(end)) else {
            return Value::None;
        };
        slice(&self.text, self.pattern.bytes, start, end)
    }

    /// Group `g`'s text, or `default` if it did not match.
    fn group(&self, g: usize, default: &Value) -> Value {
        match self.captures.spans[g] {
            Some((s, e)) => slice(&self.text, self.pattern.bytes, s, e),
            None => default.clone(),
        }
    }

    /// The group an argument names: its number, or its name.
    fn group_index(&self, which: &Value) -> PyResult<usize> {
        let found = match which {
            Value::Int(i) => usize::try_from(*i).ok(),
            Value::Bool(b) => Some(usize::from(*b)),
            Value::Str(name) => self.pattern.regex.group_index(name),
            _ => None,
        };
        found
            .filter(|&g| g < self.captures.spans.len())
            .ok_or_else(|| PyErr::new(ExcType::IndexError, "no such group"))
    }
}

// Debug shows the repr: a derived one would bring the engine's program
// and its every type's formatting into the page's download.
impl std::fmt::Debug for PyPattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.repr())
    }
}

impl std::fmt::Debug for PyMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.repr())
    }
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<scanner of {:?} at {}>", self.pattern, self.pos)
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn span_value((start, end): (i64, i64)) -> Value {
    Value::tuple(vec![Value::Int(start), Value::Int(end)])
}

/// `text[start..end]` as a str, or as bytes.
fn slice(text: &[char], bytes: bool, start: usize, end: usize) -> Value {
    let part = &text[start.min(text.len())..end.min(text.len()).max(start.min(text.len()))];
    if bytes {
        let data: Vec<u8> = part.iter().map(|&c| latin1(c)).collect();
        Value::Bytes(Arc::from(data))
    } else {
        Value::str(&part.iter().collect::<String>())
    }
}

/// A byte held as a char (U+0000 to U+00FF) back to the byte.
fn latin1(c: char) -> u8 {
    u8::try_from(u32::from(c)).unwrap_or(b'?')
}

/// A str's chars, or bytes as chars; `None` for another type.
fn chars_of(value: &Value) -> Option<(Vec<char>, bool)> {
    Some(match value {
        Value::Str(s) => (s.chars().collect(), false),
        Value::Bytes(b) => (b.iter().map(|&b| char::from(b)).collect(), true),
        Value::ByteArray(b) => (
            lock(&b.bytes).iter().map(|&b| char::from(b)).collect(),
            true,
        ),
        _ => return None,
    })
}

/// What the pattern's error raises: `re.error` with CPython's message and
/// attributes (`msg`, `pattern`, `pos`, `lineno`, `colno`), or the
/// OverflowError, ValueError or IndexError CPython raises.
fn raise(error: regex::Error, source: &Value, chars: &[char]) -> PyErr {
    let kind = match error.kind {
        ErrorKind::Pattern => ExcType::ReError,
        ErrorKind::Overflow => return PyErr::new(ExcType::OverflowError, error.msg),
        ErrorKind::Value => return PyErr::new(ExcType::ValueError, error.msg),
        ErrorKind::Index => return PyErr::new(ExcType::IndexError, error.msg),
    };
    let mut message = error.msg.clone();
    let mut attributes = vec![("msg", Value::str(&error.msg))];
    match error.pos {
        Some(pos) => {
            let before = &chars[..pos.min(chars.len())];
            let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
            let colno = pos - before.iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1) + 1;
            message = format!("{message} at position {pos}");
            if chars.contains(&'\n') {
                message = format!("{message} (line {lineno}, column {colno})");
            }
            attributes.extend([
                ("pattern", source.clone()),
                ("pos", Value::Int(count(pos))),
                ("lineno", Value::Int(count(lineno))),
                ("colno", Value::Int(count(colno))),
            ]);
        }
        None => attributes.extend([
            ("pattern", Value::None),
            ("pos", Value::None),
            ("lineno", Value::None),
            ("colno", Value::None),
        ]),
    }
    let exception = Exception::new(kind, vec![Value::str(&message)]);
    {
        let mut names = lock(&exception.attributes);
        for (name, value) in attributes {
            names.insert(name.into(), value);
        }
    }
    PyErr::raised(Value::Exception(exception), Vec::new())
}

/// What the module keeps between calls, for one run (the module object
/// holds it as `_caches`: nothing outlives the program).
#[derive(Default)]
struct Caches {
    /// The compiled patterns of the module's functions, oldest first (as
    /// CPython's `_cache`, at most 512).
    patterns: Mutex<IndexMap<CacheKey, Arc<PyPattern>>>,
    /// The last long str matched on, and its chars: a program that
    /// searches one text again and again (`re.search(p, text)` in a loop)
    /// converts it once. Holding the str keeps its address from being
    /// another's.
    last_text: Mutex<Option<Converted>>,
}

type CacheKey = (bool, String, u32);
/// A str and its chars.
type Converted = (Arc<str>, Arc<[char]>);
const CACHE_SIZE: usize = 512;
/// Shorter texts are converted each time.
const LONG_TEXT: usize = 1024;

impl std::fmt::Debug for Caches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<re caches>")
    }
}

impl Native for Caches {
    fn type_name(&self) -> &'static str {
        "_caches"
    }

    fn repr(&self) -> String {
        "<re caches>".into()
    }
}

/// This run's caches (fresh ones, used once, if a program deleted them).
fn caches(interp: &mut Interp) -> PyResult<Arc<Caches>> {
    let Value::Module(module) = interp.import("_re")? else {
        return Ok(Arc::default());
    };
    let found = module.names().get("_caches").and_then(Value::as_native);
    Ok(found
        .and_then(|n| n.into_any().downcast::<Caches>().ok())
        .unwrap_or_default())
}

fn flags_of(flags: Option<&Value>) -> PyResult<u32> {
    match flags {
        None => Ok(0),
        Some(Value::Int(i)) => Ok(u32::try_from(*i & 0xffff_ffff).unwrap_or(0)),
        Some(Value::Bool(b)) => Ok(u32::from(*b)),
        // A `RegexFlag` (re.py's), or another int subclass: its int.
        Some(Value::Instance(i)) if matches!(i.base_object(), Some(Value::Int(_))) => {
            flags_of(i.base_object().as_ref())
        }
        Some(other) => Err(type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
            other.type_name()
        ))),
    }
}

/// The pattern object a value is, if it is one.
fn as_pattern(value: &Value) -> Option<Arc<PyPattern>> {
    value.as_native()?.into_any().downcast::<PyPattern>().ok()
}

/// `re.compile(pattern, flags)`, through the cache.
fn compiled(
    interp: &mut Interp,
    pattern: &Value,
    flags: Option<&Value>,
) -> PyResult<Arc<PyPattern>> {
    let flags = flags_of(flags)?;
    if let Some(compiled) = as_pattern(pattern) {
        if flags != 0 {
            return Err(value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(compiled);
    }
    let Some((chars, bytes)) = chars_of(pattern) else {
        return Err(type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let key = (bytes, chars.iter().collect::<String>(), flags);
    let caches = caches(interp)?;
    if let Some(found) = lock(&caches.patterns).get(&key) {
        return Ok(found.clone());
    }
    let regex =
        Regex::new(&chars, flags, bytes, is_alnum).map_err(|e| raise(e, pattern, &chars))?;
    let pattern = Arc::new(PyPattern {
        regex,
        pattern: match pattern {
            Value::ByteArray(b) => Value::bytes(&lock(&b.bytes)),
            other => other.clone(),
        },
        bytes,
    });
    let mut cache = lock(&caches.patterns);
    if cache.len() >= CACHE_SIZE {
        cache.shift_remove_index(0);
    }
    cache.insert(key, pattern.clone());
    Ok(pattern)
}

/// The text a pattern is matched on, as chars.
fn subject(interp: &mut Interp, pattern: &PyPattern, string: &Value) -> PyResult<Arc<[char]>> {
    if let (Value::Str(s), false) = (string, pattern.bytes) {
        if s.len() >= LONG_TEXT {
            let caches = caches(interp)?;
            let mut last = lock(&caches.last_text);
            if let Some((text, chars)) = &*last {
                if Arc::ptr_eq(text, s) {
                    return Ok(chars.clone());
                }
            }
            let chars: Arc<[char]> = s.chars().collect();
            *last = Some((s.clone(), chars.clone()));
            return Ok(chars);
        }
    }
    match (chars_of(string), pattern.bytes) {
        (Some((chars, false)), false) | (Some((chars, true)), true) => Ok(chars.into()),
        (Some((_, false)), true) => Err(type_error(
            "cannot use a bytes pattern on a string-like object",
        )),
        (Some((_, true)), false) => Err(type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        (None, _) => Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            string.type_name()
        ))),
    }
}

/// Runs the matcher, looking at Stop and the memory limit as it goes.
fn find(
    interp: &mut Interp,
    regex: &Regex,
    text: &[char],
    (pos, endpos): (usize, usize),
    mode: Mode,
    must_advance: bool,
) -> PyResult<Option<Captures>> {
    let mut stopped = None;
    let found = {
        let mut check = || match interp.heartbeat().and_then(|()| interp.check_interrupt()) {
            Ok(()) => true,
            Err(e) => {
                stopped = Some(e);
                false
            }
        };
        regex.find(text, pos, endpos, mode, must_advance, &mut check)
    };
    match found {
        Ok(found) => Ok(found),
        Err(Aborted) => Err(stopped.unwrap_or_else(|| PyErr::bare(ExcType::KeyboardInterrupt))),
    }
}

/// A call's arguments by name: positional first, then keywords; the
/// first `required` must be given. `method`: worded as CPython's C
/// methods word it, else as its Python functions.
fn bind<const N: usize>(
    name: &str,
    args: Args,
    params: [&str; N],
    required: usize,
    method: bool,
) -> PyResult<[Option<Value>; N]> {
    let bound = bind_slice(name, args, &params, required, method)?;
    let mut bound = bound.into_iter();
    Ok(std::array::from_fn(|_| bound.next().flatten()))
}

/// `bind`, made once for every number of parameters.
fn bind_slice(
    name: &str,
    args: Args,
    params: &[&str],
    required: usize,
    method: bool,
) -> PyResult<Vec<Option<Value>>> {
    let Args {
        positional,
        keywords,
    } = args;
    if positional.len() > params.len() {
        return Err(type_error(format!(
            "{name}() takes at most {} arguments ({} given)",
            params.len(),
            positional.len()
        )));
    }
    let mut bound: Vec<Option<Value>> = vec![None; params.len()];
    for (i, value) in positional.into_iter().enumerate() {
        bound[i] = Some(value);
    }
    for (keyword, value) in keywords {
        match params.iter().position(|p| **p == *keyword) {
            Some(i) if bound[i].is_none() => bound[i] = Some(value),
            Some(_) => {
                return Err(type_error(format!(
                    "{name}() got multiple values for argument '{keyword}'"
                )))
            }
            None if method => {
                return Err(type_error(format!(
                    "'{keyword}' is an invalid keyword argument for {name}()"
                )))
            }
            None => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{keyword}'"
                )))
            }
        }
    }
    if let Some(i) = (0..required).find(|&i| bound[i].is_none()) {
        return Err(type_error(if method {
            format!(
                "{name}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )
        } else {
            format!(
                "{name}() missing 1 required positional argument: '{}'",
                params[i]
            )
        }));
    }
    Ok(bound)
}

/// An int argument (`pos`, `count`, `maxsplit`), `default` if not given.
fn int_arg(value: Option<&Value>, default: i64) -> PyResult<i64> {
    match value {
        None => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(Value::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        Some(other) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `pos` and `endpos` clamped to the text, as sre clamps them.
fn bounds(pos: Option<&Value>, endpos: Option<&Value>, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| usize::try_from(i.max(0)).unwrap_or(usize::MAX).min(len);
    Ok((clamp(int_arg(pos, 0)?), clamp(int_arg(endpos, i64::MAX)?)))
}

/// The pattern a method was called on, and its other arguments.
fn receiver(args: &mut Args, name: &str) -> PyResult<Arc<PyPattern>> {
    let this = (!args.positional.is_empty()).then(|| args.positional.remove(0));
    this.as_ref().and_then(as_pattern).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{}' object",
            this.map_or_else(|| "NoneType".to_string(), |v| v.type_name())
        ))
    })
}

fn new_match(
    pattern: &Arc<PyPattern>,
    string: &Value,
    text: Arc<[char]>,
    captures: Captures,
    (pos, endpos): (usize, usize),
) -> Value {
    Value::Native(Arc::new(PyMatch {
        pattern: pattern.clone(),
        string: string.clone(),
        text,
        captures,
        pos,
        endpos,
    }))
}

/// `match`, `search`, `fullmatch` of a pattern on `string`.
fn match_with(
    interp: &mut Interp,
    pattern: &Arc<PyPattern>,
    string: &Value,
    (pos, endpos): (Option<&Value>, Option<&Value>),
    mode: Mode,
) -> PyResult<Value> {
    let text = subject(interp, pattern, string)?;
    let span = bounds(pos, endpos, text.len())?;
    Ok(
        match find(interp, &pattern.regex, &text, span, mode, false)? {
            Some(captures) => new_match(pattern, string, text, captures, span),
            None => Value::None,
        },
    )
}

fn pattern_match(interp: &mut Interp, mut args: Args, name: &str, mode: Mode) -> PyResult<Value> {
    let pattern = receiver(&mut args, name)?;
    let [string, pos, endpos] = bind(name, args, ["string", "pos", "endpos"], 1, true)?;
    let string = string.unwrap_or(Value::None);
    match_with(
        interp,
        &pattern,
        &string,
        (pos.as_ref(), endpos.as_ref()),
        mode,
    )
}

fn module_match(interp: &mut Interp, args: Args, name: &str, mode: Mode) -> PyResult<Value> {
    let [pattern, string, flags] = bind(name, args, ["pattern", "string", "flags"], 2, false)?;
    let pattern = compiled(interp, &pattern.unwrap_or(Value::None), flags.as_ref())?;
    match_with(
        interp,
        &pattern,
        &string.unwrap_or(Value::None),
        (None, None),
        mode,
    )
}

/// The matches one after the other, as `finditer`, `sub` and `split`
/// find them: after an empty match, the next may not be empty there.
struct Scanner {
    pattern: Arc<PyPattern>,
    text: Arc<[char]>,
    pos: usize,
    endpos: usize,
    must_advance: bool,
    done: bool,
}

impl Scanner {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Captures>> {
        if self.done {
            return Ok(None);
        }
        let found = find(
            interp,
            &self.pattern.regex,
            &self.text,
            (self.pos, self.endpos),
            Mode::Search,
            self.must_advance,
        )?;
        match &found {
            Some(captures) => {
                let (start, end) = captures.spans[0].unwrap_or((self.pos, self.pos));
                self.pos = end;
                self.must_advance = start == end;
            }
            None => self.done = true,
        }
        Ok(found)
    }
}

/// `finditer`'s iterator: a scanner, advanced by each step.
#[derive(Debug)]
struct MatchIter {
    string: Value,
    /// The `pos` given, each match's `pos`.
    origin: usize,
    scanner: Mutex<Scanner>,
}

impl NativeIter for MatchIter {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let mut scanner = lock(&self.scanner);
        let Some(captures) = scanner.next(interp)? else {
            return Ok(None);
        };
        let span = (self.origin, scanner.endpos);
        Ok(Some(new_match(
            &scanner.pattern,
            &self.string,
            scanner.text.clone(),
            captures,
            span,
        )))
    }
}

fn scanner(
    interp: &mut Interp,
    pattern: &Arc<PyPattern>,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Scanner> {
    let text = subject(interp, pattern, string)?;
    let (pos, endpos) = bounds(pos, endpos, text.len())?;
    Ok(Scanner {
        pattern: pattern.clone(),
        text,
        pos,
        endpos,
        must_advance: false,
        done: false,
    })
}

fn finditer_with(
    interp: &mut Interp,
    pattern: &Arc<PyPattern>,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    let scanner = scanner(interp, pattern, string, pos, endpos)?;
    Ok(Iter::Native(Arc::new(MatchIter {
        string: string.clone(),
        origin: scanner.pos,
        scanner: Mutex::new(scanner),
    }))
    .value())
}

/// `findall`: the matches' texts, their one group's, or tuples of their
/// groups ('' for a group that did not match).
fn findall_with(
    interp: &mut Interp,
    pattern: &Arc<PyPattern>,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    let mut s = scanner(interp, pattern, string, pos, endpos)?;
    let bytes = pattern.bytes;
    let mut found = Vec::new();
    while let Some(captures) = s.next(interp)? {
        let group = |g: usize| match captures.spans[g] {
            Some((a, b)) => slice(&s.text, bytes, a, b),
            None => slice(&s.text, bytes, 0, 0),
        };
        found.push(match pattern.regex.groups {
            0 => group(0),
            1 => group(1),
            n => Value::tuple((1..=n).map(group).collect()),
        });
    }
    Ok(Value::list(found))
}

/// `split`: the texts between the matches, each match's groups between them.
fn split_with(
    interp: &mut Interp,
    pattern: &Arc<PyPattern>,
    string: &Value,
    maxsplit: i64,
) -> PyResult<Value> {
    let mut s = scanner(interp, pattern, string, None, None)?;
    let bytes = pattern.bytes;
    let mut parts = Vec::new();
    let mut last = 0;
    let mut splits = 0;
    if maxsplit < 0 {
        return Ok(Value::list(vec![slice(&s.text, bytes, 0, s.text.len())]));
    }
    while maxsplit == 0 || splits < maxsplit {
        let Some(captures) = s.next(interp)? else {
            break;
        };
        let (start, end) = captures.spans[0].unwrap_or((0, 0));
        parts.push(slice(&s.text, bytes, last, start));
        for g in 1..captures.spans.len() {
            parts.push(match captures.spans[g] {
                Some((a, b)) => slice(&s.text, bytes, a, b),
                None => Value::None,
            });
        }
        last = end;
        splits += 1;
    }
    parts.push(slice(&s.text, bytes, last, s.text.len()));
    Ok(Value::list(parts))
}

/// What replaces a match: a template's pieces, or what a function returns.
enum Replacement {
    Template(Vec<Piece>),
    Literal(Value),
    Function(Value),
}

fn replacement(pattern: &Arc<PyPattern>, repl: &Value) -> PyResult<Replacement> {
    let template_chars = match (repl, pattern.bytes) {
        (Value::Str(_), false) | (Value::Bytes(_) | Value::ByteArray(_), true) => chars_of(repl),
        (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_), _) => {
            return Ok(Replacement::Literal(repl.clone()))
        }
        (
            Value::Function(_)
            | Value::Builtin(_)
            | Value::Method(_)
            | Value::Class(_)
            | Value::Instance(_)
            | Value::Native(_),
            _,
        ) => return Ok(Replacement::Function(repl.clone())),
        (other, false) => {
            return Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                other.type_name()
            )))
        }
        (other, true) => {
            return Err(type_error(format!(
                "expected str, bytes or bytearray, {} found",
                other.type_name()
            )))
        }
    };
    let (chars, _) = template_chars.unwrap_or_default();
    if !chars.contains(&'\\') {
        return Ok(Replacement::Template(vec![Piece::Text(
            chars.iter().collect(),
        )]));
    }
    template::parse(&chars, &pattern.regex)
        .map(Replacement::Template)
        .map_err(|e| raise(e, repl, &chars))
}

/// Appends `value` (a replacement a function returned) to `out`, as
/// CPython's join of the pieces checks it (`items` pieces so far).
fn push_returned(out: &mut Vec<char>, value: &Value, bytes: bool, items: usize) -> PyResult<()> {
    match (value, bytes) {
        (Value::None, _) => Ok(()),
        (Value::Str(s), false) => {
            out.extend(s.chars());
            Ok(())
        }
        (Value::Bytes(_) | Value::ByteArray(_), true) => {
            out.extend(chars_of(value).map(|(c, _)| c).unwrap_or_default());
            Ok(())
        }
        (other, false) => Err(type_error(format!(
            "sequence item {items}: expected str instance, {} found",
            other.type_name()
        ))),
        (other, true) => Err(type_error(format!(
            "sequence item {items}: expected a bytes-like object, {} found",
            other.type_name()
        ))),
    }
}

fn expand_into(out: &mut Vec<char>, pieces: &[Piece], text: &[char], captures: &Captures) {
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.extend(t.chars()),
            Piece::Group(g) => {
                if let Some((s, e)) = captures.spans[*g] {
                    out.extend_from_slice(&text[s..e]);
                }
            }
        }
    }
}

fn text_value(chars: &[char], bytes: bool) -> Value {
    slice(chars, bytes, 0, chars.len())
}

/// `subn`: the text with (at most `count`) matches replaced, and how many.
fn subn_with(
    interp: &mut Interp,
    pattern: &Arc<PyPattern>,
    repl: &Value,
    string: &Value,
    count: i64,
) -> PyResult<(Value, usize)> {
    let replacement = replacement(pattern, repl)?;
    let mut s = scanner(interp, pattern, string, None, None)?;
    let bytes = pattern.bytes;
    let mut out: Vec<char> = Vec::new();
    let mut last = 0;
    let mut n = 0;
    // The pieces CPython would join so far, for its error's "sequence item".
    let mut items = 0;
    if count < 0 {
        return Ok((string_copy(string, &s.text, bytes), 0));
    }
    while count == 0 || n < count {
        let Some(captures) = s.next(interp)? else {
            break;
        };
        let (start, end) = captures.spans[0].unwrap_or((0, 0));
        if start > last {
            items += 1;
        }
        out.extend_from_slice(&s.text[last..start]);
        match &replacement {
            Replacement::Template(pieces) => {
                expand_into(&mut out, pieces, &s.text, &captures);
                items += 1;
            }
            Replacement::Literal(value) => {
                push_returned(&mut out, value, bytes, items)?;
                items += 1;
            }
            Replacement::Function(f) => {
                let span = (s.pos, s.endpos);
                let m = new_match(pattern, string, s.text.clone(), captures, (0, span.1));
                let value = interp.call(f, Args::new(vec![m]))?;
                push_returned(&mut out, &value, bytes, items)?;
                if !matches!(value, Value::None) {
                    items += 1;
                }
            }
        }
        last = end;
        n += 1;
    }
    if n == 0 {
        return Ok((string_copy(string, &s.text, bytes), 0));
    }
    out.extend_from_slice(&s.text[last..]);
    Ok((text_value(&out, bytes), usize::try_from(n).unwrap_or(0)))
}

/// The text unchanged: the same str (CPython returns the string itself).
fn string_copy(string: &Value, text: &[char], bytes: bool) -> Value {
    match string {
        Value::Str(_) | Value::Bytes(_) => string.clone(),
        _ => text_value(text, bytes),
    }
}

// ---- Pattern methods ----

fn pattern_finditer(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let pattern = receiver(&mut args, "finditer")?;
    let [string, pos, endpos] = bind("finditer", args, ["string", "pos", "endpos"], 1, true)?;
    finditer_with(
        interp,
        &pattern,
        &string.unwrap_or(Value::None),
        pos.as_ref(),
        endpos.as_ref(),
    )
}

fn pattern_findall(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let pattern = receiver(&mut args, "findall")?;
    let [string, pos, endpos] = bind("findall", args, ["string", "pos", "endpos"], 1, true)?;
    findall_with(
        interp,
        &pattern,
        &string.unwrap_or(Value::None),
        pos.as_ref(),
        endpos.as_ref(),
    )
}

fn pattern_split(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let pattern = receiver(&mut args, "split")?;
    let [string, maxsplit] = bind("split", args, ["string", "maxsplit"], 1, true)?;
    let maxsplit = int_arg(maxsplit.as_ref(), 0)?;
    split_with(interp, &pattern, &string.unwrap_or(Value::None), maxsplit)
}

fn pattern_subn(interp: &mut Interp, mut args: Args, name: &str) -> PyResult<(Value, usize)> {
    let pattern = receiver(&mut args, name)?;
    let [repl, string, count] = bind(name, args, ["repl", "string", "count"], 2, true)?;
    let count = int_arg(count.as_ref(), 0)?;
    subn_with(
        interp,
        &pattern,
        &repl.unwrap_or(Value::None),
        &string.unwrap_or(Value::None),
        count,
    )
}

static PATTERN_METHODS: &[Builtin] = &[
    builtin!("Pattern.match", |interp, args| pattern_match(
        interp,
        args,
        "match",
        Mode::Match
    )),
    builtin!("Pattern.search", |interp, args| pattern_match(
        interp,
        args,
        "search",
        Mode::Search
    )),
    builtin!("Pattern.fullmatch", |interp, args| pattern_match(
        interp,
        args,
        "fullmatch",
        Mode::Full
    )),
    builtin!("Pattern.finditer", pattern_finditer),
    builtin!("Pattern.findall", pattern_findall),
    builtin!("Pattern.split", pattern_split),
    builtin!("Pattern.sub", |interp, args| Ok(pattern_subn(
        interp, args, "sub"
    )?
    .0)),
    builtin!("Pattern.subn", |interp, args| {
        let (text, n) = pattern_subn(interp, args, "subn")?;
        Ok(Value::tuple(vec![text, Value::Int(count(n))]))
    }),
    builtin!("Pattern.__getattr__", pattern_getattr),
];

/// `Pattern.groupindex`: a dict needs the interpreter to be made.
fn pattern_getattr(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let pattern = receiver(&mut args, "__getattr__")?;
    match args.positional.first() {
        Some(Value::Str(name)) if &**name == "groupindex" => {
            let dict = interp.new_dict();
            for (name, group) in &pattern.regex.names {
                interp.dict_set(&dict, Value::str(name), Value::Int(count(*group)))?;
            }
            Ok(dict)
        }
        Some(Value::Str(name)) => Err(PyErr::new(
            ExcType::AttributeError,
            format!("'re.Pattern' object has no attribute '{name}'"),
        )),
        _ => Err(type_error("attribute name must be string")),
    }
}

// ---- Match methods ----

/// The match a method was called on, and its other arguments.
fn this_match(args: &mut Args, name: &str) -> PyResult<Arc<PyMatch>> {
    let this = (!args.positional.is_empty()).then(|| args.positional.remove(0));
    this.as_ref()
        .and_then(Value::as_native)
        .and_then(|n| n.into_any().downcast::<PyMatch>().ok())
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 're.Match' object")))
}

fn match_group(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let m = this_match(&mut args, "group")?;
    if !args.keywords.is_empty() {
        return Err(type_error("group() takes no keyword arguments"));
    }
    match args.positional.as_slice() {
        [] => Ok(m.group(0, &Value::None)),
        [one] => Ok(m.group(m.group_index(one)?, &Value::None)),
        many => {
            let groups = many
                .iter()
                .map(|g| Ok(m.group(m.group_index(g)?, &Value::None)))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(Value::tuple(groups))
        }
    }
}

fn match_getitem(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let m = this_match(&mut args, "__getitem__")?;
    let which = args.positional.first().cloned().unwrap_or(Value::None);
    Ok(m.group(m.group_index(&which)?, &Value::None))
}

fn match_groups(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let m = this_match(&mut args, "groups")?;
    let [default] = bind("groups", args, ["default"], 0, true)?;
    let default = default.unwrap_or(Value::None);
    Ok(Value::tuple(
        (1..m.captures.spans.len())
            .map(|g| m.group(g, &default))
            .collect(),
    ))
}

fn match_groupdict(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let m = this_match(&mut args, "groupdict")?;
    let [default] = bind("groupdict", args, ["default"], 0, true)?;
    let default = default.unwrap_or(Value::None);
    let dict = interp.new_dict();
    for (name, group) in &m.pattern.regex.names {
        interp.dict_set(&dict, Value::str(name), m.group(*group, &default))?;
    }
    Ok(dict)
}

/// The group of `start`, `end`, `span` (0 if not given).
fn span_of(args: &mut Args, name: &str) -> PyResult<(i64, i64)> {
    let m = this_match(args, name)?;
    let [group] = bind(name, std::mem::take(args), ["group"], 0, true)?;
    let g = match group {
        Some(g) => m.group_index(&g)?,
        None => 0,
    };
    Ok(m.span(g))
}

fn match_expand(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let m = this_match(&mut args, "expand")?;
    let [template] = bind("expand", args, ["template"], 1, true)?;
    let template = template.unwrap_or(Value::None);
    let Some((chars, _)) = chars_of(&template) else {
        return Err(type_error(format!(
            "expected str instance, {} found",
            template.type_name()
        )));
    };
    let pieces =
        template::parse(&chars, &m.pattern.regex).map_err(|e| raise(e, &template, &chars))?;
    let mut out = Vec::new();
    expand_into(&mut out, &pieces, &m.text, &m.captures);
    Ok(text_value(&out, m.pattern.bytes))
}

static MATCH_METHODS: &[Builtin] = &[
    builtin!("Match.group", match_group),
    builtin!("Match.__getitem__", match_getitem),
    builtin!("Match.groups", match_groups),
    builtin!("Match.groupdict", match_groupdict),
    builtin!("Match.start", |_, mut args| Ok(Value::Int(
        span_of(&mut args, "start")?.0
    ))),
    builtin!("Match.end", |_, mut args| Ok(Value::Int(
        span_of(&mut args, "end")?.1
    ))),
    builtin!("Match.span", |_, mut args| Ok(span_value(span_of(
        &mut args, "span"
    )?))),
    builtin!("Match.expand", match_expand),
];

// ---- The module's functions ----

fn re_compile(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [pattern, flags] = bind("compile", args, ["pattern", "flags"], 1, false)?;
    Ok(Value::Native(compiled(
        interp,
        &pattern.unwrap_or(Value::None),
        flags.as_ref(),
    )?))
}

fn re_findall(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [pattern, string, flags] = bind("findall", args, ["pattern", "string", "flags"], 2, false)?;
    let pattern = compiled(interp, &pattern.unwrap_or(Value::None), flags.as_ref())?;
    findall_with(interp, &pattern, &string.unwrap_or(Value::None), None, None)
}

fn re_finditer(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [pattern, string, flags] =
        bind("finditer", args, ["pattern", "string", "flags"], 2, false)?;
    let pattern = compiled(interp, &pattern.unwrap_or(Value::None), flags.as_ref())?;
    finditer_with(interp, &pattern, &string.unwrap_or(Value::None), None, None)
}

fn re_split(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [pattern, string, maxsplit, flags] = bind(
        "split",
        args,
        ["pattern", "string", "maxsplit", "flags"],
        2,
        false,
    )?;
    let pattern = compiled(interp, &pattern.unwrap_or(Value::None), flags.as_ref())?;
    let maxsplit = int_arg(maxsplit.as_ref(), 0)?;
    split_with(interp, &pattern, &string.unwrap_or(Value::None), maxsplit)
}

fn re_subn(interp: &mut Interp, args: Args, name: &str) -> PyResult<(Value, usize)> {
    let [pattern, repl, string, count, flags] = bind(
        name,
        args,
        ["pattern", "repl", "string", "count", "flags"],
        3,
        false,
    )?;
    let pattern = compiled(interp, &pattern.unwrap_or(Value::None), flags.as_ref())?;
    let count = int_arg(count.as_ref(), 0)?;
    subn_with(
        interp,
        &pattern,
        &repl.unwrap_or(Value::None),
        &string.unwrap_or(Value::None),
        count,
    )
}

/// `re.escape`: a backslash before each character special in a pattern.
fn re_escape(_: &mut Interp, args: Args) -> PyResult<Value> {
    let [pattern] = bind("escape", args, ["pattern"], 1, false)?;
    let pattern = pattern.unwrap_or(Value::None);
    let Some((chars, bytes)) = chars_of(&pattern) else {
        return Err(type_error(format!(
            "'{}' object is not iterable",
            pattern.type_name()
        )));
    };
    let mut out = Vec::with_capacity(chars.len());
    for c in chars {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    Ok(text_value(&out, bytes))
}

fn re_purge(interp: &mut Interp, _: Args) -> PyResult<Value> {
    let caches = caches(interp)?;
    lock(&caches.patterns).clear();
    *lock(&caches.last_text) = None;
    Ok(Value::None)
}

/// `re.Pattern()`, `re.Match()`: as in CPython, not made that way.
fn no_instances(_: &mut Interp, _: Args) -> PyResult<Value> {
    Err(type_error(
        "cannot create 're.Pattern' or 're.Match' instances",
    ))
}

static FUNCTIONS: &[Builtin] = &[
    builtin!(type "Pattern", no_instances, methods PATTERN_METHODS),
    builtin!(type "Match", no_instances, methods MATCH_METHODS),
    builtin!("compile", re_compile),
    // What a pattern sent to another process is made again by.
    builtin!("_compile", re_compile),
    builtin!("match", |interp, args| module_match(
        interp,
        args,
        "match",
        Mode::Match
    )),
    builtin!("search", |interp, args| module_match(
        interp,
        args,
        "search",
        Mode::Search
    )),
    builtin!("fullmatch", |interp, args| module_match(
        interp,
        args,
        "fullmatch",
        Mode::Full
    )),
    builtin!("findall", re_findall),
    builtin!("finditer", re_finditer),
    builtin!("split", re_split),
    builtin!("sub", |interp, args| Ok(re_subn(interp, args, "sub")?.0)),
    builtin!("subn", |interp, args| {
        let (text, n) = re_subn(interp, args, "subn")?;
        Ok(Value::tuple(vec![text, Value::Int(count(n))]))
    }),
    builtin!("escape", re_escape),
    builtin!("purge", re_purge),
];

#[must_use]
pub fn module() -> Arc<Module> {
    let m = Module::with_functions("re", FUNCTIONS);
    {
        let mut names = m.names_mut();
        names.insert("error".into(), Value::ExcType(ExcType::ReError));
        names.insert("_caches".into(), Value::Native(Arc::new(Caches::default())));
    }
    m
}
