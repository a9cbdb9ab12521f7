//! The common methods of str, list, dict and set. Each gets its receiver as the
//! first positional argument.

use crate::builtin;
use crate::objects::chars::is_space;

use super::alloc;
use super::containers::as_i64;
use super::dict_views::{DictView, ViewKind};
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::value::{lock, Value};
use super::Interp;

/// The method `name` of the built-in type `type_name`, if it has one.
#[must_use]
pub fn lookup(type_name: &str, name: &str) -> Option<&'static Builtin> {
    // Those of `type_methods` first: they stand in for any of the same name here.
    if let Some(found) = super::type_methods::lookup(type_name, name) {
        return Some(found);
    }
    if let Some(found) = super::bytes::lookup(type_name, name) {
        return Some(found);
    }
    let table: &'static [Builtin] = match type_name {
        // The fast str methods here, the rest in their own file.
        "str" => {
            return find(STR_METHODS, name)
                .or_else(|| find(super::str_methods::MORE_STR_METHODS, name))
                .or_else(|| find(super::bytes::STR_BYTES_METHODS, name))
        }
        "list" => LIST_METHODS,
        "dict" => DICT_METHODS,
        "set" => SET_METHODS,
        "generator" => super::generator::GENERATOR_METHODS,
        _ => return None,
    };
    find(table, name)
}

/// The method `name` in a type's `table` of methods.
#[must_use]
#[inline]
pub fn find(table: &'static [Builtin], name: &str) -> Option<&'static Builtin> {
    // Names are "type.method": compared from the end, without splitting.
    table.iter().find(|m| {
        m.name.len() > name.len()
            && m.name.ends_with(name)
            && m.name.as_bytes()[m.name.len() - name.len() - 1] == b'.'
    })
}

/// The receiver of method `name` ("list.append") and the `min..=max`
/// arguments after it, with CPython's errors for the wrong receiver (the
/// method taken from its type: `list.append(1)`) or count.
pub(super) fn receiver(
    args: Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(Value, Vec<Value>)> {
    if !args.keywords.is_empty() {
        let short = name.split_once('.').map_or(name, |(_, short)| short);
        if !matches!(short, "sort" | "pop") {
            return Err(type_error(format!("{name}() takes no keyword arguments")));
        }
    }
    let mut rest = args.positional;
    if rest.is_empty() {
        return Err(type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    }
    // The arguments stay where they are (no new vector per method call). With
    // at most one argument after the receiver, swapping keeps their order and
    // moves nothing else.
    let this = if rest.len() <= 2 {
        rest.swap_remove(0)
    } else {
        rest.remove(0)
    };
    check_call(&this, rest.len(), name, min, max)?;
    Ok((this, rest))
}

/// The TypeError of a fast method (`builtin!(method …)`) called on `this`
/// with `args`, which its own pattern did not accept: CPython's words for a
/// wrong receiver (the method taken from its type: `list.append(1, 2)`) or
/// the wrong count. Out of line: a fast method checks its receiver and count
/// with a pattern, and comes here only when that fails.
#[cold]
#[inline(never)]
fn call_error(this: &Value, args: &[Value], name: &str, min: usize, max: usize) -> PyErr {
    check_call(this, args.len(), name, min, max)
        .err()
        .unwrap_or_else(|| type_error(format!("{name}() got arguments it cannot take")))
}

/// The method's own name ("append" of "list.append") when `this` is of the
/// built-in type whose method `name` is. Compared in place: splitting
/// `name` at its dot on every call took as long as a short method.
#[inline]
pub(super) fn own_method<'a>(this: &Value, name: &'a str) -> Option<&'a str> {
    let receiver_type = this.builtin_type_name()?;
    let own =
        name.as_bytes().get(receiver_type.len()) == Some(&b'.') && name.starts_with(receiver_type);
    own.then(|| &name[receiver_type.len() + 1..])
}

/// CPython's TypeError for a method `name` ("list.append") called on a
/// receiver not of its type, or with `n` arguments, outside `min..=max`.
pub(super) fn check_call(
    this: &Value,
    n: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let own = own_method(this, name).is_some();
    if own && (min..=max).contains(&n) {
        return Ok(());
    }
    let (type_name, short) = name.split_once('.').expect("method names are type.method");
    if !own {
        return Err(type_error(format!(
            "descriptor '{short}' for '{type_name}' objects doesn't apply to a '{}' object",
            this.type_name()
        )));
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(type_error(match (min, max) {
        (0, 0) => format!("{name}() takes no arguments ({n} given)"),
        (1, 1) => format!("{name}() takes exactly one argument ({n} given)"),
        _ if min == max => format!("{short} expected {min} arguments, got {n}"),
        _ if n < min => format!(
            "{short} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        _ => format!(
            "{short} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
    }))
}

fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s,
        _ => "",
    }
}

/// `str.strip` and friends: whitespace, or the given characters.
/// `str.strip([chars])` and its one-sided kin (`left`, `right`: the ends
/// stripped). A str with nothing to strip is returned as it is, as CPython
/// returns the same object.
fn strip(
    this: &Value,
    args: &[Value],
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (Value::Str(s), [] | [_]) = (this, args) else {
        return Err(call_error(this, args, name, 0, 1));
    };
    let chars: Option<Vec<char>> = match args.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(chars)) => Some(chars.chars().collect()),
        Some(_) => return Err(type_error("strip arg must be None or str")),
    };
    // Whitespace as `str.isspace` has it (`'\x1c'` is).
    let matches = |c: char| chars.as_ref().map_or(is_space(c), |cs| cs.contains(&c));
    let mut out: &str = s;
    if left {
        out = out.trim_start_matches(matches);
    }
    if right {
        out = out.trim_end_matches(matches);
    }
    if out.len() == s.len() {
        return Ok(this.clone());
    }
    Ok(Value::str(out))
}

fn str_strip(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    strip(this, args, "str.strip", true, true)
}

fn str_lstrip(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    strip(this, args, "str.lstrip", true, false)
}

fn str_rstrip(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    strip(this, args, "str.rstrip", false, true)
}

fn str_lower(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Str(s), []) = (this, &*args) else {
        return Err(call_error(this, args, "str.lower", 0, 0));
    };
    if s.is_ascii() {
        // With no capital (the common case) it is returned as it is.
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Ok(this.clone());
        }
        return Ok(super::str_methods::map_ascii(
            s,
            super::str_methods::ascii_lower,
        ));
    }
    Ok(Value::str(&s.to_lowercase()))
}

/// `sep.join(iterable)`: one allocation of the total length.
fn str_join(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Str(sep), [iterable]) = (this, &*args) else {
        return Err(call_error(this, args, "str.join", 1, 1));
    };
    let items = match interp.collect(iterable) {
        Ok(items) => items,
        Err(e) => return Err(join_error(interp, e, iterable)),
    };
    let mut parts: Vec<&str> = alloc::vec_with_capacity(items.len().saturating_mul(2))?;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => {
                if i > 0 {
                    parts.push(sep);
                }
                parts.push(s);
            }
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )))
            }
        }
    }
    Value::try_concat(&parts)
}

fn str_upper(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Str(s), []) = (this, &args) else {
        return Err(call_error(this, args, "str.upper", 0, 0));
    };
    // ASCII (the common case) keeps its length: no String on the way.
    if s.is_ascii() {
        return Ok(super::str_methods::map_ascii(
            s,
            super::str_methods::ascii_upper,
        ));
    }
    Ok(Value::str(&s.to_uppercase()))
}

/// `sep.join(x)` failed collecting `x`: when `x` is not iterable at all,
/// CPython's words for it ("can only join an iterable"), else the error.
#[inline(never)]
fn join_error(interp: &mut Interp, e: PyErr, x: &Value) -> PyErr {
    if e.kind() != Some(ExcType::TypeError) {
        return e;
    }
    match interp.iter(x) {
        Err(again) if again.kind() == Some(ExcType::TypeError) => {
            type_error("can only join an iterable")
        }
        _ => e,
    }
}

static STR_METHODS: &[Builtin] = &[
    builtin!(method "str.upper", str_upper),
    builtin!(method "str.lower", str_lower),
    builtin!(method "str.strip", str_strip),
    builtin!(method "str.lstrip", str_lstrip),
    builtin!(method "str.rstrip", str_rstrip),
    builtin!(method "str.join", str_join),
    builtin!("str.zfill", |_, a| {
        let (this, rest) = receiver(a, "str.zfill", 1, 1)?;
        let s = text(&this);
        let width = match &rest[0] {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                as_i64(&rest[0]).ok_or_else(|| {
                    PyErr::new(
                        ExcType::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )
                })?
            }
            other => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        let len = s.chars().count();
        if width <= i64::try_from(len).unwrap_or(i64::MAX) {
            return Ok(this.clone());
        }
        // Past a (32-bit, in wasm) usize: more than the instance can hold.
        let width = usize::try_from(width).map_err(|_| alloc::memory_error())?;
        alloc::check_bytes(Some(width - len).and_then(|zeros| zeros.checked_add(s.len())))?;
        let (sign, digits) = match s.chars().next() {
            Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
            _ => (String::new(), s),
        };
        let zeros = "0".repeat(width - len);
        Value::try_concat(&[&sign, &zeros, digits])
    }),
];

fn list_append(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), [item]) = (this, &mut *args) else {
        return Err(call_error(this, args, "list.append", 1, 1));
    };
    // Moved off the caller's stack, not cloned.
    let item = std::mem::replace(item, Value::None);
    super::alloc::push(lock(&list.items).for_appending(), item)?;
    Ok(Value::None)
}

/// `list.extend(iterable)`.
fn list_extend(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), [other]) = (this, &*args) else {
        return Err(call_error(this, args, "list.extend", 1, 1));
    };
    // Collected first: `l.extend(l)` doubles the list, and an iterator may
    // run Python code that must not find the list locked.
    let items = interp.collect(other)?;
    let mut target = lock(&list.items);
    super::alloc::reserve(target.for_appending(), items.len())?;
    target.extend(items);
    Ok(Value::None)
}

fn list_reverse(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), []) = (this, &*args) else {
        return Err(call_error(this, args, "list.reverse", 0, 0));
    };
    lock(&list.items).reverse();
    Ok(Value::None)
}

fn list_copy(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), []) = (this, &*args) else {
        return Err(call_error(this, args, "list.copy", 0, 0));
    };
    let items = lock(&list.items).to_vec();
    Ok(Value::list(items))
}

fn list_clear(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), []) = (this, &*args) else {
        return Err(call_error(this, args, "list.clear", 0, 0));
    };
    // Taken out, then dropped with the lock released: an item's `__del__`
    // may use the list.
    let items = lock(&list.items).take();
    drop(items);
    Ok(Value::None)
}

static LIST_METHODS: &[Builtin] = &[
    builtin!(method "list.append", list_append),
    builtin!(method "list.extend", list_extend),
    builtin!(method "list.reverse", list_reverse),
    builtin!(method "list.copy", list_copy),
    builtin!(method "list.clear", list_clear),
];

fn dict_get(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (dict, key, default) = match (this, &mut *args) {
        (Value::Dict(dict), [key]) => (dict, key, None),
        (Value::Dict(dict), [key, default]) => (dict, key, Some(default)),
        _ => return Err(call_error(this, args, "dict.get", 1, 2)),
    };
    Ok(match interp.dict_get(dict, key)? {
        Some(found) => found,
        None => default.map_or(Value::None, |d| std::mem::replace(d, Value::None)),
    })
}

/// `d.keys()`, `d.values()`, `d.items()`: a view of the dict, not a copy.
fn dict_view(this: &Value, args: &[Value], name: &str, kind: ViewKind) -> PyResult<Value> {
    let (Value::Dict(dict), []) = (this, args) else {
        return Err(call_error(this, args, name, 0, 0));
    };
    Ok(DictView::value(dict.clone(), kind))
}

fn dict_keys(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    dict_view(this, args, "dict.keys", ViewKind::Keys)
}

fn dict_values(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    dict_view(this, args, "dict.values", ViewKind::Values)
}

fn dict_items(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    dict_view(this, args, "dict.items", ViewKind::Items)
}

/// `d.pop(key[, default])`.
fn dict_pop(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (dict, key, default) = match (this, &mut *args) {
        (Value::Dict(dict), [key]) => (dict, key, None),
        (Value::Dict(dict), [key, default]) => (dict, key, Some(default)),
        _ => return Err(call_error(this, args, "dict.pop", 1, 2)),
    };
    let hashed = interp.key(key)?;
    if let Some(owner) = dict.attributes_of.get() {
        super::containers::store_through(owner, key, None);
    }
    let removed = lock(&dict.map).shift_remove(&hashed);
    match (removed, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(default)) => Ok(std::mem::replace(default, Value::None)),
        (None, None) => Err(interp.key_error(key)),
    }
}

/// `d.setdefault(key[, default])`.
fn dict_setdefault(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (dict, key, default) = match (this, &mut *args) {
        (Value::Dict(dict), [key]) => (dict, key, Value::None),
        (Value::Dict(dict), [key, default]) => (dict, key, std::mem::replace(default, Value::None)),
        _ => return Err(call_error(this, args, "dict.setdefault", 1, 2)),
    };
    let hashed = interp.key(key)?;
    let found = lock(&dict.map)
        .entry(hashed)
        .or_insert_with(|| (key.clone(), default))
        .1
        .clone();
    if let Some(owner) = dict.attributes_of.get() {
        super::containers::store_through(owner, key, Some(&found));
    }
    Ok(found)
}

static DICT_METHODS: &[Builtin] = &[
    builtin!(method "dict.get", dict_get),
    builtin!(method "dict.keys", dict_keys),
    builtin!(method "dict.values", dict_values),
    builtin!(method "dict.items", dict_items),
    builtin!(method "dict.pop", dict_pop),
    builtin!(method "dict.setdefault", dict_setdefault),
    builtin!(method "dict.copy", dict_copy),
    builtin!(method "dict.clear", dict_clear),
];

fn dict_copy(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Dict(_), []) = (this, &*args) else {
        return Err(call_error(this, args, "dict.copy", 0, 0));
    };
    let copy = interp.new_dict();
    interp.dict_update(&copy, this)?;
    Ok(copy)
}

fn dict_clear(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Dict(dict), []) = (this, &*args) else {
        return Err(call_error(this, args, "dict.clear", 0, 0));
    };
    lock(&dict.map).clear();
    Ok(Value::None)
}

/// `set.add(item)`.
fn set_add(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Set(set), [item]) = (this, &mut *args) else {
        return Err(call_error(this, args, "set.add", 1, 1));
    };
    if set.frozen {
        return Err(call_error(this, args, "set.add", 1, 1));
    }
    // Moved off the caller's stack, not cloned.
    let item = std::mem::replace(item, Value::None);
    interp.set_add(this, item)?;
    Ok(Value::None)
}

static SET_METHODS: &[Builtin] = &[
    builtin!(method "set.add", set_add),
    builtin!(method "set.discard", set_discard),
    builtin!(method "set.remove", set_remove),
];

/// The key `item` is looked for by in a set: a set (unhashable) stands for
/// the frozenset of its items, as CPython's `discard` and `remove` take it.
fn set_key(interp: &mut Interp, item: &Value) -> PyResult<super::value::Key> {
    match item {
        Value::Set(s) if !s.frozen => {
            let frozen = interp.set_from(item, true)?;
            interp.key(&frozen)
        }
        _ => interp.key(item),
    }
}

/// `set.discard(item)`.
fn set_discard(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Set(set), [item]) = (this, &*args) else {
        return Err(call_error(this, args, "set.discard", 1, 1));
    };
    if set.frozen {
        return Err(call_error(this, args, "set.discard", 1, 1));
    }
    let key = set_key(interp, item)?;
    lock(&set.map).remove(&key);
    Ok(Value::None)
}

/// `set.remove(item)`: KeyError when it is not there.
fn set_remove(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Set(set), [item]) = (this, &*args) else {
        return Err(call_error(this, args, "set.remove", 1, 1));
    };
    if set.frozen {
        return Err(call_error(this, args, "set.remove", 1, 1));
    }
    let key = set_key(interp, item)?;
    let removed = lock(&set.map).remove(&key);
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(interp.key_error(item)),
    }
}
