//! The methods of `str` beyond the few fast ones of `methods.rs`: searching
//! within `[start:end]`, splitting and partitioning, padding, the character
//! classes (`isalnum`…), case mappings, tabs, prefixes, `translate`, and
//! `format` (`str_methods/format.rs`). They behave and fail as CPython 3.11's
//! (Objects/unicodeobject.c, Objects/stringlib), for a str held as UTF-8:
//! positions are counted in characters, as Python counts them.

mod char_tables;
mod chars;

/// `str.isalnum` of one character, for `re`'s `\w`.
pub use chars::is_alnum;
mod format;

use ruff_text_size::Ranged;

use super::alloc;
use super::containers::as_i64;
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::{method_in_full, Args, Builtin};
use super::methods::{check_call, receiver};
use super::value::Value;
use super::Interp;
use crate::builtin;
use crate::objects::chars::{is_printable, is_space};
use chars::Sigmas;

/// `builtin!` for a method whose function takes the method's name (for its
/// errors) after the interpreter and arguments, and maybe more:
/// `fast!("str.rfind", find, Search::Last)`.
macro_rules! method {
    ($name:literal, $f:ident $(, $extra:expr)*) => {
        builtin!($name, |interp, args| $f(interp, args, $name $(, $extra)*))
    };
}

/// `builtin!(method …)` for a method whose function takes the method's name
/// and maybe more after its receiver and arguments (which it takes where
/// they are): `fast!("str.find", find, Search::First, Missing::MinusOne)`.
macro_rules! fast {
    ($name:literal, $f:ident $(, $extra:expr)*) => {
        builtin!(method $name, |interp, this, args| $f(interp, this, args, $name $(, $extra)*))
    };
}

/// `methods::lookup` looks here for a str method not in `methods.rs`.
pub static MORE_STR_METHODS: &[Builtin] = &[
    fast!("str.find", find, Search::First, Missing::MinusOne),
    fast!("str.rfind", find, Search::Last, Missing::MinusOne),
    fast!("str.index", find, Search::First, Missing::Raise),
    fast!("str.rindex", find, Search::Last, Missing::Raise),
    fast!("str.count", count),
    fast!("str.replace", replace),
    builtin!(method "str.startswith", startswith_fast, else |interp, args| affix(interp, args, "str.startswith", Search::First)),
    builtin!(method "str.endswith", endswith_fast, else |interp, args| affix(interp, args, "str.endswith", Search::Last)),
    builtin!(method "str.split", split_fast, else |interp, args| split(interp, args, "str.split", Search::First)),
    builtin!(method "str.rsplit", rsplit_fast, else |interp, args| split(interp, args, "str.rsplit", Search::Last)),
    method!("str.splitlines", splitlines),
    fast!("str.partition", partition, Search::First),
    fast!("str.rpartition", partition, Search::Last),
    fast!("str.ljust", pad, Align::Left),
    fast!("str.rjust", pad, Align::Right),
    fast!("str.center", pad, Align::Center),
    fast!("str.casefold", map_text, casefold, ascii_lower),
    fast!("str.swapcase", map_text, swapcase, ascii_swapcase),
    fast!("str.title", map_text, title, ascii_title),
    fast!("str.capitalize", map_text, capitalize, ascii_capitalize),
    fast!("str.isalnum", every_char, chars::is_alnum),
    fast!("str.isalpha", every_char, chars::is_alpha),
    fast!("str.isdecimal", every_char, chars::is_decimal),
    fast!("str.isdigit", every_char, chars::is_digit),
    fast!("str.isnumeric", every_char, chars::is_numeric),
    fast!("str.isspace", every_char, is_space),
    fast!("str.isprintable", test, is_printable_text),
    fast!("str.isascii", test, str::is_ascii),
    fast!("str.isupper", test, is_upper),
    fast!("str.islower", test, is_lower),
    fast!("str.istitle", test, is_title),
    fast!("str.isidentifier", test, is_identifier),
    method!("str.expandtabs", expandtabs),
    fast!("str.removeprefix", remove_affix, Search::First),
    fast!("str.removesuffix", remove_affix, Search::Last),
    method!("str.translate", translate),
    builtin!("str.maketrans", maketrans),
    builtin!(method "str.format", format_fast, else |interp, args| str_format(interp, args, "str.format")),
    method!("str.format_map", format_map),
];

fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s,
        _ => "",
    }
}

/// `s.startswith(prefix)` with one str: compared in place, with no count of
/// characters (which `start` and `end` need).
fn startswith_fast(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    if let (Value::Str(s), [Value::Str(prefix)]) = (this, &*args) {
        return Ok(Value::Bool(s.starts_with(&**prefix)));
    }
    method_in_full(interp, this, args, |interp, args| {
        affix(interp, args, "str.startswith", Search::First)
    })
}

/// `s.endswith(suffix)` with one str (see `startswith_fast`).
fn endswith_fast(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    if let (Value::Str(s), [Value::Str(suffix)]) = (this, &*args) {
        return Ok(Value::Bool(s.ends_with(&**suffix)));
    }
    method_in_full(interp, this, args, |interp, args| {
        affix(interp, args, "str.endswith", Search::Last)
    })
}

/// `s.split()` and `s.split(sep)`, the common forms, with no vector of
/// arguments on the way.
fn split_fast(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let parts: Vec<&str> = match (this, &*args) {
        (Value::Str(s), [] | [Value::None]) => split_whitespace(s, usize::MAX, Search::First),
        (Value::Str(s), [Value::Str(sep)]) if !sep.is_empty() => s.split(&**sep).collect(),
        _ => {
            return method_in_full(interp, this, args, |interp, args| {
                split(interp, args, "str.split", Search::First)
            })
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// `s.rsplit()` and `s.rsplit(sep)`. With no limit, words between
/// whitespace are `split`'s; a separator is matched from the right
/// (`"aaa".rsplit("aa")` is `['a', '']`).
fn rsplit_fast(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let parts: Vec<&str> = match (this, &*args) {
        (Value::Str(s), [] | [Value::None]) => split_whitespace(s, usize::MAX, Search::First),
        (Value::Str(s), [Value::Str(sep)]) if !sep.is_empty() => {
            let mut parts: Vec<&str> = s.rsplit(&**sep).collect();
            parts.reverse();
            parts
        }
        _ => {
            return method_in_full(interp, this, args, |interp, args| {
                split(interp, args, "str.rsplit", Search::Last)
            })
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// "str.find" without its type: CPython's older messages name the method alone.
fn short(name: &str) -> &str {
    name.split_once('.').map_or(name, |(_, short)| short)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A value's type as Argument Clinic's `_PyArg_BadArgument` names it in
/// "argument must be str, not None": None by itself, not as "NoneType".
fn clinic_type_name(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        other => other.type_name(),
    }
}

/// The receiver of a method, taken from the front of its arguments: a str,
/// or CPython's TypeError for a method taken from its type and given none,
/// or something else (`str.find(1, 'a')`).
fn take_receiver(positional: &mut Vec<Value>, name: &str) -> PyResult<Value> {
    if positional.is_empty() {
        return Err(type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    }
    let this = positional.remove(0);
    check_call(&this, 0, name, 0, 0)?;
    Ok(this)
}

/// The receiver and the `min..=max` arguments of a method CPython parses
/// with `PyArg_ParseTuple` (`find`, `count`, `startswith`…), with its words
/// for the wrong count: "find() takes at least 1 argument (0 given)".
fn tuple_args(args: Args, name: &str, min: usize, max: usize) -> PyResult<(Value, Vec<Value>)> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let mut positional = args.positional;
    let this = take_receiver(&mut positional, name)?;
    let n = positional.len();
    if n < min {
        return Err(type_error(format!(
            "{}() takes at least {min} argument{} ({n} given)",
            short(name),
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{}() takes at most {max} argument{} ({n} given)",
            short(name),
            plural(max)
        )));
    }
    Ok((this, positional))
}

/// `methods::receiver` for a fast method (`fast!`): the receiver's text,
/// with CPython's TypeError for another receiver or a count of arguments
/// outside `min..=max`.
fn receiver_in<'a>(
    this: &'a Value,
    args: &[Value],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a str> {
    match this {
        Value::Str(s) if (min..=max).contains(&args.len()) => Ok(s),
        _ => Err(wrong_count(this, args.len(), name, min, max)),
    }
}

/// `tuple_args` for a fast method (`fast!`): the receiver's text, its
/// arguments where they are.
fn tuple_args_in<'a>(
    this: &'a Value,
    args: &[Value],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a str> {
    match this {
        Value::Str(s) if (min..=max).contains(&args.len()) => Ok(s),
        _ => Err(wrong_tuple_args(this, args.len(), name, min, max)),
    }
}

/// `tuple_args_in`'s TypeError, out of line.
#[cold]
#[inline(never)]
fn wrong_tuple_args(this: &Value, n: usize, name: &str, min: usize, max: usize) -> PyErr {
    if let Err(e) = check_call(this, 0, name, 0, 0) {
        return e;
    }
    let (bound, word) = if n < min {
        (min, "least")
    } else {
        (max, "most")
    };
    type_error(format!(
        "{}() takes at {word} {bound} argument{} ({n} given)",
        short(name),
        plural(bound)
    ))
}

/// The receiver and parameters of a method that takes keywords
/// (`split(sep=None, maxsplit=-1)`), bound as Argument Clinic's
/// `_PyArg_UnpackKeywords` binds them: each by position or by name, `None`
/// when not given; with its errors for too many, a parameter given twice,
/// and an unknown keyword.
fn keyword_args(args: Args, name: &str, params: &[&str]) -> PyResult<(Value, Vec<Option<Value>>)> {
    let Args {
        mut positional,
        keywords,
    } = args;
    let this = take_receiver(&mut positional, name)?;
    let short = short(name);
    let given = positional.len() + keywords.len();
    if given > params.len() {
        return Err(type_error(format!(
            "{short}() takes at most {} argument{} ({given} given)",
            params.len(),
            plural(params.len())
        )));
    }
    let mut bound: Vec<Option<Value>> = positional.into_iter().map(Some).collect();
    bound.resize(params.len(), None);
    for (key, value) in keywords {
        match params.iter().position(|p| **p == *key) {
            Some(i) if bound[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {short}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => bound[i] = Some(value),
            None => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {short}()"
                )))
            }
        }
    }
    Ok((this, bound))
}

/// `PyNumber_Index`: an int (or bool) as it is, or what an instance's
/// `__index__` returns; `None` for a value that is no integer.
///
/// # Errors
/// What `__index__` raises; TypeError when it returns no int.
pub(crate) fn as_index(interp: &mut Interp, v: &Value) -> PyResult<Option<Value>> {
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Ok(Some(v.clone()));
    }
    // An int subclass's instance is its int (CPython does not ask its `__index__`).
    if let Some(n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) = v.base_object() {
        return Ok(Some(n));
    }
    let Some(method) = interp.special(v, "__index__")? else {
        return Ok(None);
    };
    match interp.call(&method, Args::default())? {
        result @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Ok(Some(result)),
        other => Err(type_error(format!(
            "__index__ returned non-int (type {})",
            other.type_name()
        ))),
    }
}

/// An integer argument within `min..=max` (a C ssize_t or int, named
/// `c_type` in the OverflowError past it).
fn int_arg(interp: &mut Interp, v: &Value, min: i64, max: i64, c_type: &str) -> PyResult<i64> {
    let Some(index) = as_index(interp, v)? else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )));
    };
    as_i64(&index)
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            PyErr::new(
                ExcType::OverflowError,
                format!("Python int too large to convert to C {c_type}"),
            )
        })
}

/// An argument CPython converts to a `Py_ssize_t` (a width, a `maxsplit`).
fn ssize_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    int_arg(interp, v, i64::MIN, i64::MAX, "ssize_t")
}

/// An argument CPython converts to a C `int` (a tab size, `keepends`).
fn c_int_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    int_arg(interp, v, i64::from(i32::MIN), i64::from(i32::MAX), "int")
}

/// `_PyEval_SliceIndex`: a start or end, `None` when not given or None; an
/// int past a ssize_t is clamped, as CPython clamps it.
fn slice_index(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !matches!(v, Value::None)) else {
        return Ok(None);
    };
    match as_index(interp, v)? {
        Some(Value::BigInt(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(n) => Ok(as_i64(&n)),
        None => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// The length of `s` in characters.
fn char_len(s: &str) -> i64 {
    let n = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The byte offset of character `i` of `s` (`0 <= i <= char_len(s)`).
fn byte_at(s: &str, i: i64) -> usize {
    let i = usize::try_from(i).unwrap_or(0);
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// Characters `start..end` of `s` (`0 <= start <= end <= char_len(s)`).
fn chars_slice(s: &str, start: i64, end: i64) -> &str {
    let from = byte_at(s, start);
    &s[from..from + byte_at(&s[from..], end - start)]
}

/// The `[start:end]` window a search looks in, from a method's optional
/// start and end arguments, as `ADJUST_INDICES` bounds it: `end` within
/// the string, negatives from its end; `start` may still pass `end`.
fn window(interp: &mut Interp, s: &str, bounds: &[Value]) -> PyResult<(i64, i64)> {
    let start = slice_index(interp, bounds.first())?.unwrap_or(0);
    let end = slice_index(interp, bounds.get(1))?.unwrap_or(i64::MAX);
    let len = char_len(s);
    let end = if end > len {
        len
    } else if end < 0 {
        end.saturating_add(len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        start.saturating_add(len).max(0)
    } else {
        start
    };
    Ok((start, end))
}

/// A str argument of a search: "must be str, not int".
fn needle(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(type_error(format!(
            "must be str, not {}",
            other.type_name()
        ))),
    }
}

/// Which end a method works from: `find` or `rfind`, `split` or `rsplit`,
/// `startswith` or `endswith`…
#[derive(Clone, Copy, PartialEq, Eq)]
enum Search {
    First,
    Last,
}

/// What `find` gives when the substring is nowhere, and `index` does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Missing {
    MinusOne,
    Raise,
}

/// `find`, `rfind`, `index`, `rindex`: where `sub` first (last) is within
/// `[start:end]`; -1 or ValueError when nowhere.
fn find(
    interp: &mut Interp,
    this: &Value,
    rest: &mut [Value],
    name: &str,
    from: Search,
    missing: Missing,
) -> PyResult<Value> {
    let s = tuple_args_in(this, rest, name, 1, 3)?;
    let (start, end) = window(interp, s, &rest[1..])?;
    let sub = needle(&rest[0])?;
    let found = if end - start < char_len(sub) {
        None
    } else {
        let within = chars_slice(s, start, end);
        let at = match from {
            Search::First => within.find(sub),
            Search::Last => within.rfind(sub),
        };
        at.map(|b| start + char_len(&within[..b]))
    };
    match (found, missing) {
        (Some(i), _) => Ok(Value::Int(i)),
        (None, Missing::MinusOne) => Ok(Value::Int(-1)),
        (None, Missing::Raise) => Err(PyErr::new(ExcType::ValueError, "substring not found")),
    }
}

/// `count(sub[, start[, end]])`: the occurrences of `sub` that do not
/// overlap; the empty string is between every two characters and at both ends.
fn count(interp: &mut Interp, this: &Value, rest: &mut [Value], name: &str) -> PyResult<Value> {
    let s = tuple_args_in(this, rest, name, 1, 3)?;
    let (start, end) = window(interp, s, &rest[1..])?;
    let sub = needle(&rest[0])?;
    if end - start < char_len(sub) {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let n = chars_slice(s, start, end).matches(sub).count();
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

/// `replace(old, new[, count])`: the first `count` occurrences of `old`
/// (all when negative or not given).
fn replace(interp: &mut Interp, this: &Value, rest: &mut [Value], name: &str) -> PyResult<Value> {
    let (Value::Str(s), [old, new, ..]) = (this, &*rest) else {
        return Err(wrong_count(this, rest.len(), name, 2, 3));
    };
    if rest.len() > 3 {
        return Err(wrong_count(this, rest.len(), name, 2, 3));
    }
    let argument = |v: &Value, n: usize| match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "replace() argument {n} must be str, not {}",
            clinic_type_name(other)
        ))),
    };
    let (old, new) = (argument(old, 1)?, argument(new, 2)?);
    let limit = match rest.get(2) {
        Some(count) => usize::try_from(ssize_arg(interp, count)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    if !s.contains(&*old) {
        return Ok(this.clone());
    }
    // The result's length, asked for before it is built (a long `new`
    // many times over).
    if new.len() > old.len() {
        let found = s.matches(&*old).take(limit).count();
        let grown = found.checked_mul(new.len() - old.len());
        alloc::check_bytes(grown.and_then(|g| g.checked_add(s.len())))?;
    }
    Value::try_str(&s.replacen(&*old, &new, limit))
}

/// `check_call`'s TypeError for a str method of `min..=max` arguments.
#[cold]
#[inline(never)]
fn wrong_count(this: &Value, n: usize, name: &str, min: usize, max: usize) -> PyErr {
    check_call(this, n, name, min, max)
        .err()
        .unwrap_or_else(|| type_error(format!("{name}() got arguments it cannot take")))
}

/// `startswith` and `endswith`: `[start:end]` begins (ends) with the prefix,
/// or with one of a tuple of them (`tailmatch`).
fn affix(interp: &mut Interp, args: Args, name: &str, end_of: Search) -> PyResult<Value> {
    let (this, rest) = tuple_args(args, name, 1, 3)?;
    let s = text(&this);
    let (start, end) = window(interp, s, &rest[1..])?;
    let matches = |affix: &str| {
        let len = char_len(affix);
        let last = end - len;
        if last < start {
            return false;
        }
        let at = match end_of {
            Search::First => start,
            Search::Last => last,
        };
        affix.is_empty() || chars_slice(s, at, at + len) == affix
    };
    match &rest[0] {
        Value::Str(affix) => Ok(Value::Bool(matches(affix))),
        // Tried in order: a match before an item that is no str is True.
        Value::Tuple(options) => {
            for option in options.iter() {
                match option {
                    Value::Str(affix) if matches(affix) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            short(name),
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            short(name),
            other.type_name()
        ))),
    }
}

/// `split` and `rsplit`: at each `sep`, or at runs of whitespace (ends
/// trimmed) when `sep` is None; at most `maxsplit` splits (all when
/// negative), counted from the left (right).
fn split(interp: &mut Interp, args: Args, name: &str, from: Search) -> PyResult<Value> {
    let (this, params) = keyword_args(args, name, &["sep", "maxsplit"])?;
    let s = text(&this);
    let max = match &params[1] {
        Some(v) => ssize_arg(interp, v)?,
        None => -1,
    };
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let parts: Vec<&str> = match &params[0] {
        None | Some(Value::None) => split_whitespace(s, max, from),
        Some(Value::Str(sep)) if sep.is_empty() => {
            return Err(PyErr::new(ExcType::ValueError, "empty separator"))
        }
        Some(Value::Str(sep)) => {
            let pieces = max.saturating_add(1);
            if from == Search::Last {
                let mut parts: Vec<&str> = s.rsplitn(pieces, &**sep).collect();
                parts.reverse();
                parts
            } else {
                s.splitn(pieces, &**sep).collect()
            }
        }
        Some(other) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// `split_whitespace` and `rsplit_whitespace` of stringlib: words between
/// runs of whitespace (`str.isspace`); after `max` splits, the rest from its
/// next word on (its whitespace at the far end kept).
fn split_whitespace(s: &str, max: usize, from: Search) -> Vec<&str> {
    let from_right = from == Search::Last;
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        rest = if from_right {
            rest.trim_end_matches(is_space)
        } else {
            rest.trim_start_matches(is_space)
        };
        if rest.is_empty() {
            break;
        }
        if parts.len() == max {
            parts.push(rest);
            break;
        }
        if from_right {
            let start = rest
                .char_indices()
                .rev()
                .find(|&(_, c)| is_space(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            parts.push(&rest[start..]);
            rest = &rest[..start];
        } else {
            let end = rest.find(is_space).unwrap_or(rest.len());
            parts.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    if from_right {
        parts.reverse();
    }
    parts
}

/// `splitlines(keepends=False)`: lines, ended by any of Python's line
/// boundaries (`\r\n` is one), which stay when `keepends` is true.
fn splitlines(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, params) = keyword_args(args, name, &["keepends"])?;
    let keep = match &params[0] {
        Some(v) => c_int_arg(interp, v)? != 0,
        None => false,
    };
    let s = text(&this);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, next)| next == '\n').is_some() {
            end += 1;
        }
        lines.push(Value::str(&s[start..if keep { end } else { i }]));
        start = end;
    }
    if start < s.len() {
        lines.push(Value::str(&s[start..]));
    }
    Ok(Value::list(lines))
}

/// `partition` and `rpartition`: the text before the first (last) `sep`,
/// `sep`, and the text after; the whole string at the far end when absent.
fn partition(
    _: &mut Interp,
    this: &Value,
    rest: &mut [Value],
    name: &str,
    from: Search,
) -> PyResult<Value> {
    let s = receiver_in(this, rest, name, 1, 1)?;
    let sep = needle(&rest[0])?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcType::ValueError, "empty separator"));
    }
    let found = match from {
        Search::First => s.find(sep),
        Search::Last => s.rfind(sep),
    };
    let parts = match (found, from) {
        (Some(i), _) => [&s[..i], sep, &s[i + sep.len()..]],
        (None, Search::First) => [s, "", ""],
        (None, Search::Last) => ["", "", s],
    };
    Ok(Value::tuple(parts.into_iter().map(Value::str).collect()))
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

/// `ljust`, `rjust`, `center`: padded with `fillchar` to `width`
/// characters (the string itself when it is that long already).
fn pad(
    interp: &mut Interp,
    this: &Value,
    rest: &mut [Value],
    name: &str,
    align: Align,
) -> PyResult<Value> {
    let s = receiver_in(this, rest, name, 1, 2)?;
    let width = ssize_arg(interp, &rest[0])?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
        Some(other) => {
            return Err(type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    let len = char_len(s);
    if width <= len {
        return Ok(this.clone());
    }
    let margin = width - len;
    // CPython's `pad`: center puts the odd character on the right, unless
    // both the margin and the width are odd.
    let left = match align {
        Align::Left => 0,
        Align::Right => margin,
        Align::Center => margin / 2 + (margin & width & 1),
    };
    let (left, right) = (
        usize::try_from(left).map_err(|_| alloc::memory_error())?,
        usize::try_from(margin - left).map_err(|_| alloc::memory_error())?,
    );
    let bytes = (left + right)
        .checked_mul(fill.len_utf8())
        .and_then(|b| b.checked_add(s.len()));
    let mut out = alloc::string_with_capacity(alloc::check_bytes(bytes)?)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::str(&out))
}

/// A method that maps the receiver's text to a new text, taking no
/// arguments: `f` for any text; `ascii`, the same mapping of ASCII text
/// (which keeps its length), done in place in the new str's one allocation
/// (no String on the way, no table of sigmas).
fn map_text(
    _: &mut Interp,
    this: &Value,
    args: &mut [Value],
    name: &str,
    f: fn(&str) -> String,
    ascii: fn(&mut [u8]),
) -> PyResult<Value> {
    let (Value::Str(s), []) = (this, &*args) else {
        return Err(no_arguments(this, args, name));
    };
    if s.is_ascii() {
        return Ok(map_ascii(s, ascii));
    }
    Value::try_str(&f(s))
}

/// A copy of ASCII text `s` changed by `f` in place, which keeps it ASCII.
pub(super) fn map_ascii(s: &str, f: fn(&mut [u8])) -> Value {
    if s.len() == 1 {
        // One character: shared (see `Value::str`), not allocated.
        let mut byte = [s.as_bytes()[0]];
        f(&mut byte);
        return Value::str(std::str::from_utf8(&byte).unwrap_or(s));
    }
    let mut copy = super::value::shared_str(&[s]);
    let text = std::sync::Arc::get_mut(&mut copy).expect("a new str has no other owner");
    // SAFETY: `f` maps ASCII bytes to ASCII bytes (every `ascii_*` below).
    f(unsafe { text.as_bytes_mut() });
    debug_assert!(text.is_ascii());
    Value::Str(copy)
}

/// `lower` and `casefold` of ASCII text.
pub(super) fn ascii_lower(text: &mut [u8]) {
    text.make_ascii_lowercase();
}

/// `upper` of ASCII text.
pub(super) fn ascii_upper(text: &mut [u8]) {
    text.make_ascii_uppercase();
}

/// `swapcase` of ASCII text.
fn ascii_swapcase(text: &mut [u8]) {
    for b in text {
        if b.is_ascii_alphabetic() {
            *b ^= 0x20;
        }
    }
}

/// `title` of ASCII text: upper case after an uncased character, lower case
/// after a letter.
fn ascii_title(text: &mut [u8]) {
    let mut previous_cased = false;
    for b in text {
        if previous_cased {
            b.make_ascii_lowercase();
        } else {
            b.make_ascii_uppercase();
        }
        previous_cased = b.is_ascii_alphabetic();
    }
}

/// `capitalize` of ASCII text: the first character upper case, the rest lower.
fn ascii_capitalize(text: &mut [u8]) {
    if let Some((first, rest)) = text.split_first_mut() {
        first.make_ascii_uppercase();
        rest.make_ascii_lowercase();
    }
}

/// The TypeError of a str method that takes no arguments (`isdigit`,
/// `capitalize`…) called on another type or with some.
#[cold]
#[inline(never)]
fn no_arguments(this: &Value, args: &[Value], name: &str) -> PyErr {
    check_call(this, args.len(), name, 0, 0)
        .err()
        .unwrap_or_else(|| type_error(format!("{name}() got arguments it cannot take")))
}

/// `casefold`: for caseless comparison (`ß` is `ss`).
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        chars::push_folded(&mut out, c);
    }
    out
}

/// `swapcase`: upper case to lower, lower to upper; title case kept.
fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sigmas = Sigmas::of(s);
    for c in s.chars() {
        let sigma = sigmas.at(c);
        if c.is_uppercase() {
            chars::push_lower(&mut out, c, sigma);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `title`: title case after an uncased character, lower case after a
/// cased one (`"they're"` is `"They'Re"`, as in CPython).
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sigmas = Sigmas::of(s);
    let mut previous_cased = false;
    for c in s.chars() {
        let sigma = sigmas.at(c);
        if previous_cased {
            chars::push_lower(&mut out, c, sigma);
        } else {
            chars::push_title(&mut out, c);
        }
        previous_cased = chars::is_cased(c);
    }
    out
}

/// `capitalize`: the first character in title case, the rest in lower.
fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sigmas = Sigmas::of(s);
    for (i, c) in s.chars().enumerate() {
        let sigma = sigmas.at(c);
        if i == 0 {
            chars::push_title(&mut out, c);
        } else {
            chars::push_lower(&mut out, c, sigma);
        }
    }
    out
}

/// A predicate method (`istitle`…) of the receiver's text.
fn test(
    _: &mut Interp,
    this: &Value,
    args: &mut [Value],
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    let (Value::Str(s), []) = (this, &*args) else {
        return Err(no_arguments(this, args, name));
    };
    Ok(Value::Bool(f(s)))
}

/// A character-class method (`isalnum`…): every character is of the class,
/// and there is one.
fn every_char(
    _: &mut Interp,
    this: &Value,
    args: &mut [Value],
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    let (Value::Str(s), []) = (this, &*args) else {
        return Err(no_arguments(this, args, name));
    };
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

/// `isprintable`: true of the empty string, unlike the character classes.
fn is_printable_text(s: &str) -> bool {
    s.chars().all(is_printable)
}

fn is_upper(s: &str) -> bool {
    is_cased_as(s, true)
}

fn is_lower(s: &str) -> bool {
    is_cased_as(s, false)
}

/// `isupper` (`upper`) and `islower`: some cased character, and none of the
/// other case or title case.
fn is_cased_as(s: &str, upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (same, other) = if upper {
            (c.is_uppercase(), c.is_lowercase())
        } else {
            (c.is_lowercase(), c.is_uppercase())
        };
        if other || chars::is_title(c) {
            return false;
        }
        cased |= same;
    }
    cased
}

/// `istitle`: some cased character; upper and title case only after an
/// uncased character, lower case only after a cased one.
fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || chars::is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `isidentifier`: a name by Python's grammar (XID_Start or `_`, then
/// XID_Continue), keywords included. Beyond ASCII, Python's lexer (ruff's,
/// which checks the same Unicode properties) decides: the text must parse
/// as one name, whole.
fn is_identifier(s: &str) -> bool {
    if s.is_ascii() {
        let mut bytes = s.bytes();
        return bytes
            .next()
            .is_some_and(|b| b == b'_' || b.is_ascii_alphabetic())
            && bytes.all(|b| b == b'_' || b.is_ascii_alphanumeric());
    }
    let Ok(parsed) = ruff_python_parser::parse_expression(s) else {
        return false;
    };
    let expr = parsed.expr();
    expr.is_name_expr() && usize::from(expr.range().start()) == 0 && {
        let end: usize = expr.range().end().into();
        end == s.len()
    }
}

/// `expandtabs(tabsize=8)`: each tab to spaces up to the next multiple of
/// `tabsize` columns (removed when `tabsize` is not positive); `\n` and
/// `\r` start a new line's columns.
fn expandtabs(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, params) = keyword_args(args, name, &["tabsize"])?;
    let tabsize = match &params[0] {
        Some(v) => c_int_arg(interp, v)?,
        None => 8,
    };
    let s = text(&this);
    if !s.contains('\t') {
        return Ok(this.clone());
    }
    // The spaces each tab becomes, counted first (as CPython does), so that
    // a result too long is an error before anything is built.
    let mut tabs = Vec::new();
    let (mut column, mut total) = (0i64, 0i64);
    let too_long = || PyErr::new(ExcType::OverflowError, "new string is too long");
    for c in s.chars() {
        match c {
            '\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                tabs.push(spaces);
                column = column.checked_add(spaces).ok_or_else(too_long)?;
                total = total.checked_add(spaces).ok_or_else(too_long)?;
            }
            '\t' => tabs.push(0),
            '\n' | '\r' => column = 0,
            _ => column += 1,
        }
    }
    let bytes = usize::try_from(total)
        .ok()
        .and_then(|spaces| spaces.checked_add(s.len()));
    let mut out = alloc::string_with_capacity(alloc::check_bytes(bytes)?)?;
    let mut tabs = tabs.into_iter();
    for c in s.chars() {
        if c == '\t' {
            let spaces = tabs.next().unwrap_or(0);
            out.extend(std::iter::repeat_n(
                ' ',
                usize::try_from(spaces).unwrap_or(0),
            ));
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(&out))
}

/// `removeprefix` and `removesuffix`.
fn remove_affix(
    _: &mut Interp,
    this: &Value,
    rest: &mut [Value],
    name: &str,
    end_of: Search,
) -> PyResult<Value> {
    let s = receiver_in(this, rest, name, 1, 1)?;
    let Value::Str(affix) = &rest[0] else {
        return Err(type_error(format!(
            "{}() argument must be str, not {}",
            short(name),
            clinic_type_name(&rest[0])
        )));
    };
    let stripped = match end_of {
        Search::First => s.strip_prefix(&**affix),
        Search::Last => s.strip_suffix(&**affix),
    };
    match stripped {
        Some(rest) if !affix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(this.clone()),
    }
}

/// `translate(table)`: each character looked up as `table[ord(c)]`: kept
/// when the lookup raises LookupError, deleted for None, replaced by a str
/// or by the character of an int.
fn translate(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = receiver(args, name, 1, 1)?;
    let table = &rest[0];
    let mut out = String::new();
    for c in text(&this).chars() {
        interp.count_step()?;
        let mapped = match interp.get_item(table, &Value::Int(i64::from(u32::from(c)))) {
            Ok(mapped) => mapped,
            Err(e)
                if e.kind()
                    .is_some_and(|k| k.is_subclass(ExcType::LookupError)) =>
            {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Str(s) => alloc::push_str(&mut out, &s)?,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let code = as_i64(&mapped)
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|&n| n < 0x11_0000)
                    .ok_or_else(|| {
                        PyErr::new(
                            ExcType::ValueError,
                            "character mapping must be in range(0x110000)",
                        )
                    })?;
                let c = char::from_u32(code).ok_or_else(|| {
                    PyErr::new(
                        ExcType::ValueError,
                        crate::objects::chars::lone_surrogate_message(code),
                    )
                })?;
                out.push(c);
            }
            _ => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Value::try_str(&out)
}

/// `str.maketrans(x[, y[, z]])`, a static method: the table `translate`
/// takes, from a dict whose keys are characters or their code points, or
/// from two strings of the same length (each character of the first to the
/// one of the second) and a third of characters to delete.
fn maketrans(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    let a = args.positional;
    if a.is_empty() || a.len() > 3 {
        return Err(type_error(if a.is_empty() {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {}", a.len())
        }));
    }
    // Argument Clinic checks the second and third to be str before the body.
    for (i, v) in a.iter().enumerate().skip(1) {
        if !matches!(v, Value::Str(_)) {
            return Err(type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                clinic_type_name(v)
            )));
        }
    }
    let table = interp.new_dict();
    let code = |c: char| Value::Int(i64::from(u32::from(c)));
    if a.len() == 1 {
        let Value::Dict(d) = &a[0] else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let pairs: Vec<(Value, Value)> = super::value::lock(&d.map).values().cloned().collect();
        for (key, value) in pairs {
            let key = match &key {
                Value::Str(s) => {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => code(c),
                        _ => {
                            return Err(PyErr::new(
                                ExcType::ValueError,
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                }
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => key,
                _ => {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            interp.dict_set(&table, key, value)?;
        }
        return Ok(table);
    }
    let Value::Str(from) = &a[0] else {
        return Err(type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let to = text(&a[1]);
    if char_len(from) != char_len(to) {
        return Err(PyErr::new(
            ExcType::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (x, y) in from.chars().zip(to.chars()) {
        interp.dict_set(&table, code(x), code(y))?;
    }
    if let Some(delete) = a.get(2) {
        for c in text(delete).chars() {
            interp.dict_set(&table, code(c), Value::None)?;
        }
    }
    Ok(table)
}

/// `template.format(*args, **kwargs)`.
fn str_format(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let Args {
        mut positional,
        keywords,
    } = args;
    let this = take_receiver(&mut positional, name)?;
    let arguments = format::Arguments {
        positional: Some(&positional),
        names: format::Names::Keywords(&keywords),
    };
    Value::try_str(&format::format(interp, text(&this), arguments)?)
}

/// `template.format(…)` with positional arguments only, taken where they
/// are; a call with keywords goes to `str_format`.
fn format_fast(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let Value::Str(template) = this else {
        return method_in_full(interp, this, args, |interp, args| {
            str_format(interp, args, "str.format")
        });
    };
    let arguments = format::Arguments {
        positional: Some(args),
        names: format::Names::Keywords(&[]),
    };
    Value::try_str(&format::format(interp, template, arguments)?)
}

/// `template.format_map(mapping)`: fields by name only, looked up as
/// `mapping[name]` (a dict subclass's `__missing__` works).
fn format_map(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = receiver(args, name, 1, 1)?;
    let arguments = format::Arguments {
        positional: None,
        names: format::Names::Mapping(&rest[0]),
    };
    Value::try_str(&format::format(interp, text(&this), arguments)?)
}

/// `ascii(v)` (`PyObject_ASCII`): the repr with its non-ASCII characters
/// escaped, for the `!a` conversion and `%a`.
///
/// # Errors
/// What the repr raises.
pub fn ascii(interp: &mut Interp, v: &Value) -> PyResult<String> {
    use std::fmt::Write;
    let repr = interp.repr(v)?;
    if repr.is_ascii() {
        return Ok(repr);
    }
    let mut out = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        let n = u32::from(c);
        let _ = match n {
            0..=0x7f => {
                out.push(c);
                Ok(())
            }
            0x80..=0xff => write!(out, "\\x{n:02x}"),
            0x100..=0xffff => write!(out, "\\u{n:04x}"),
            _ => write!(out, "\\U{n:08x}"),
        };
    }
    Ok(out)
}
