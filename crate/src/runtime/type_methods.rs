//! The methods of the built-in types that `methods.rs` lacks, or takes
//! other arguments than CPython 3.11 does: list (`index` between bounds,
//! `pop` and `insert` of an int only, `sort` by keyword only), tuple, dict
//! (`fromkeys`, `popitem`, `update` with keywords), set (its algebra by
//! name), int, float and slice; and the builtins that go with them (`bin`,
//! `oct`, `hex`, `slice`). `methods::lookup` looks here first: an entry here
//! stands in for one of the same name there.

use std::sync::{Arc, Mutex};

use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::error::{type_error, value_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::set_table::Other;
use super::value::{lock, Set, Value};
use super::Interp;
use crate::builtin;

/// The method `name` of the built-in type `type_name`, if this file has it.
#[must_use]
pub fn lookup(type_name: &str, name: &str) -> Option<&'static Builtin> {
    let table: &'static [Builtin] = match type_name {
        "list" => LIST_METHODS,
        "tuple" => TUPLE_METHODS,
        "dict" => DICT_METHODS,
        "set" => SET_METHODS,
        "frozenset" => FROZENSET_METHODS,
        // A bool is an int: `True.bit_length()`.
        "int" | "bool" => INT_METHODS,
        "float" => FLOAT_METHODS,
        "slice" => SLICE_METHODS,
        "range" => RANGE_METHODS,
        "complex" => super::complex::COMPLEX_METHODS,
        _ => return None,
    };
    super::methods::find(table, name)
}

/// The builtins that go with these types, for `builtins::builtins()`.
pub static BUILTINS: &[Builtin] = &[
    builtin!("bin", |interp, a| int_text(interp, a, "bin", 2, "0b")),
    builtin!("oct", |interp, a| int_text(interp, a, "oct", 8, "0o")),
    builtin!("hex", |interp, a| int_text(interp, a, "hex", 16, "0x")),
    builtin!(type "slice", slice),
];

/// How many arguments after the receiver a method takes, as CPython
/// declares it: each way has its own words for a wrong count.
#[derive(Clone, Copy)]
enum Takes {
    /// "list.copy() takes no arguments (1 given)"
    Nothing,
    /// "set.issubset() takes exactly one argument (0 given)"
    One,
    /// "index expected at least 1 argument, got 0" (Argument Clinic's words)
    Between(usize, usize),
    /// `*others`: any number.
    Any,
}

/// CPython's TypeError for `n` arguments to method `name` ("list.index",
/// known as `short`, "index") that `takes` them so.
fn check_count(n: usize, name: &str, short: &str, takes: Takes) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let message = match takes {
        Takes::Nothing if n > 0 => format!("{name}() takes no arguments ({n} given)"),
        Takes::One if n != 1 => format!("{name}() takes exactly one argument ({n} given)"),
        Takes::Between(min, max) if min == max && n != min => {
            format!("{short} expected {min} argument{}, got {n}", plural(min))
        }
        Takes::Between(min, _) if n < min => {
            format!(
                "{short} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        }
        Takes::Between(_, max) if n > max => {
            format!(
                "{short} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }
        _ => return Ok(()),
    };
    Err(type_error(message))
}

/// Whether `v` is of the built-in type `type_name` (a bool is an int).
fn is_a(v: &Value, type_name: &str) -> bool {
    if let Value::Set(s) = v {
        return type_name == if s.frozen { "frozenset" } else { "set" };
    }
    matches!(
        (type_name, v),
        ("list", Value::List(_))
            | ("tuple", Value::Tuple(_))
            | ("dict", Value::Dict(_))
            | ("int", Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
            | ("float", Value::Float(_))
            | ("slice", Value::Slice(_))
            | ("range", Value::Range(_))
    )
}

/// The receiver of method `name` ("tuple.index") and the arguments after
/// it, with CPython's TypeErrors for keywords, for no receiver or one of
/// another type (the method taken from its type: `tuple.index([], 1)`),
/// and for a count it does not take.
fn receiver(args: Args, name: &str, takes: Takes) -> PyResult<(Value, Vec<Value>)> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let mut rest = args.positional;
    if rest.is_empty() {
        return Err(type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    }
    let this = rest.remove(0);
    // The common case: the receiver of the method's own type.
    if let Some(short) = super::methods::own_method(&this, name) {
        check_count(rest.len(), name, short, takes)?;
        return Ok((this, rest));
    }
    let (type_name, short) = name.split_once('.').expect("method names are type.method");
    if !is_a(&this, type_name) {
        return Err(type_error(format!(
            "descriptor '{short}' for '{type_name}' objects doesn't apply to a '{}' object",
            this.type_name()
        )));
    }
    check_count(rest.len(), name, short, takes)?;
    Ok((this, rest))
}

fn not_an_integer(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// An index argument (`list.pop(i)`), as CPython's `PyNumber_AsSsize_t`.
fn index_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        other => Err(not_an_integer(other)),
    }
}

/// A bound of `index(x, start, stop)`: an int, a huge one clamped (as
/// CPython's `_PyEval_SliceIndexNotNone`; None is refused).
fn bound_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(b) if b.is_negative() => Ok(i64::MIN),
        Value::BigInt(_) => Ok(i64::MAX),
        _ => Err(type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

/// Where `rest[0]` first is in `items`, between the bounds `rest[1]` and
/// `rest[2]` if given (negative from the end): `tuple.index`, `range.index`.
/// An item is equal to itself (a nan is found), as CPython takes it.
fn position_of(interp: &mut Interp, items: &[Value], rest: &[Value]) -> PyResult<Option<usize>> {
    let (start, stop) = index_bounds(rest, items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        interp.count_step()?;
        if item.is(&rest[0]) || interp.eq(item, &rest[0])? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// How many of `items` equal `x` (itself included, as `position_of`).
fn count_of(interp: &mut Interp, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for item in items {
        interp.count_step()?;
        if item.is(x) || interp.eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_items(v: &Value) -> &Mutex<super::list_items::ListItems> {
    match v {
        Value::List(l) => &l.items,
        _ => unreachable!("checked by `receiver`"),
    }
}

/// The position `at` (negative from the end) names in `len` items, if any.
fn position(at: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let at = if at < 0 { at + len } else { at };
    (0..len)
        .contains(&at)
        .then(|| usize::try_from(at).unwrap_or(0))
}

/// The TypeError of a fast method of this file (`builtin!(method …)`)
/// called on `this` with `args`, which its own pattern refused: the words
/// `receiver` has for them. Out of line: the common call never comes here.
#[cold]
#[inline(never)]
fn wrong_call(this: &Value, args: &[Value], name: &str, takes: Takes) -> PyErr {
    let (type_name, short) = name.split_once('.').expect("method names are type.method");
    if !is_a(this, type_name) {
        return type_error(format!(
            "descriptor '{short}' for '{type_name}' objects doesn't apply to a '{}' object",
            this.type_name()
        ));
    }
    check_count(args.len(), name, short, takes)
        .err()
        .unwrap_or_else(|| type_error(format!("{name}() got arguments it cannot take")))
}

/// `list.pop([i])`.
fn list_pop(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), [] | [_]) = (this, &*args) else {
        return Err(wrong_call(this, args, "list.pop", Takes::Between(0, 1)));
    };
    let at = args.first().map(index_arg).transpose()?.unwrap_or(-1);
    let mut items = lock(&list.items);
    if items.is_empty() {
        return Err(PyErr::new(ExcType::IndexError, "pop from empty list"));
    }
    let i = position(at, items.len())
        .ok_or_else(|| PyErr::new(ExcType::IndexError, "pop index out of range"))?;
    Ok(items.remove(i))
}

/// `list.insert(i, item)`.
fn list_insert(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), [at, item]) = (this, &mut *args) else {
        return Err(wrong_call(this, args, "list.insert", Takes::Between(2, 2)));
    };
    let at = index_arg(at)?;
    // Moved off the caller's stack, not cloned.
    let item = std::mem::replace(item, Value::None);
    let mut items = lock(&list.items);
    let len = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    };
    super::alloc::reserve(items.for_appending(), 1)?;
    items.insert(usize::try_from(at).unwrap_or(0), item);
    Ok(Value::None)
}

/// `a == b` for two values whose `==` runs no Python code (ints, bools,
/// floats, strs, None), as `Interp::eq` has it; `None` when either is of
/// another kind. `x is y` counts as equal, as `position_of` takes it.
fn plain_eq(a: &Value, b: &Value) -> Option<bool> {
    /// Which of the plain kinds a value is: values of two kinds are unequal.
    fn kind(v: &Value) -> Option<u8> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => Some(0),
            Value::Str(_) => Some(1),
            Value::None => Some(2),
            _ => None,
        }
    }
    if kind(a)? != kind(b)? {
        return Some(false);
    }
    Some(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::None, Value::None) => true,
        // Two numbers, one of them a float, a bool or a big int: exactly.
        _ => a.is(b) || super::ops::num_cmp(a, b) == Some(std::cmp::Ordering::Equal),
    })
}

/// What `search_list` looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// The first position (`index`), the item removed from there (`remove`).
    First { remove: bool },
    /// How many (`count`).
    Count,
}

/// What `search_list` found.
enum Found {
    At(usize),
    Nowhere,
    Count(i64),
}

/// `list.index`/`count`/`remove`'s search of items `start..stop` of `list`
/// for `x`, over the list as it is at each step, as CPython's: a comparison
/// may run Python code (`__eq__`) that changes the list, and the search
/// goes on over the changed list (no copy of it is made). Plain items
/// (`plain_eq`: ints, floats, strs, None…) are compared under the list's
/// lock, as many as come in a row; another is taken out and compared with
/// the lock released.
fn search_list(
    interp: &mut Interp,
    list: &super::value::List,
    x: &Value,
    (start, stop): (usize, usize),
    want: Want,
) -> PyResult<Found> {
    let x_is_plain = plain_eq(x, x).is_some();
    let mut n = 0;
    let mut i = start;
    loop {
        let item = {
            let mut items = lock(&list.items);
            let mut other = None;
            while i < stop.min(items.len()) {
                interp.count_step()?;
                match x_is_plain.then(|| plain_eq(&items[i], x)).flatten() {
                    Some(false) => {}
                    Some(true) if want == Want::Count => n += 1,
                    Some(true) => {
                        if want == (Want::First { remove: true }) {
                            let removed = items.remove(i);
                            // Dropped with the lock released.
                            drop(items);
                            drop(removed);
                        }
                        return Ok(Found::At(i));
                    }
                    None => {
                        other = Some(items[i].clone());
                        break;
                    }
                }
                i += 1;
            }
            match other {
                Some(item) => item,
                None => break,
            }
        };
        if item.is(x) || interp.eq(&item, x)? {
            match want {
                Want::Count => n += 1,
                Want::First { remove } => {
                    if remove {
                        let mut items = lock(&list.items);
                        // Where the comparison left it, as CPython removes it.
                        if i < items.len() {
                            let removed = items.remove(i);
                            drop(items);
                            drop(removed);
                        }
                    }
                    return Ok(Found::At(i));
                }
            }
        }
        i += 1;
    }
    Ok(match want {
        Want::Count => Found::Count(n),
        Want::First { .. } => Found::Nowhere,
    })
}

/// The `start` and `stop` of `index(x, start, stop)` (`rest`: `x` and
/// them) for `len` items: negative ones from the end. A stop past the end
/// (or none) is kept: a list's search ends at its end as it is then.
fn index_bounds(rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let from_end = |v: i64| {
        if v < 0 {
            v.saturating_add(len).max(0)
        } else {
            v
        }
    };
    let start = rest.get(1).map(bound_arg).transpose()?.map_or(0, from_end);
    let stop = rest
        .get(2)
        .map(bound_arg)
        .transpose()?
        .map_or(i64::MAX, from_end);
    Ok((
        usize::try_from(start).unwrap_or(usize::MAX),
        usize::try_from(stop).unwrap_or(usize::MAX),
    ))
}

/// `list.index(x[, start[, stop]])`.
fn list_index(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), [x, ..]) = (this, &*args) else {
        return Err(wrong_call(this, args, "list.index", Takes::Between(1, 3)));
    };
    if args.len() > 3 {
        return Err(wrong_call(this, args, "list.index", Takes::Between(1, 3)));
    }
    let len = lock(&list.items).len();
    let bounds = index_bounds(args, len)?;
    match search_list(interp, list, x, bounds, Want::First { remove: false })? {
        Found::At(i) => Ok(Value::Int(i64::try_from(i).unwrap_or(i64::MAX))),
        _ => {
            let shown = interp.repr(x)?;
            Err(value_error(format!("{shown} is not in list")))
        }
    }
}

/// `list.count(x)`.
fn list_count(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), [x]) = (this, &*args) else {
        return Err(wrong_call(this, args, "list.count", Takes::One));
    };
    match search_list(interp, list, x, (0, usize::MAX), Want::Count)? {
        Found::Count(n) => Ok(Value::Int(n)),
        _ => unreachable!("a count is asked for"),
    }
}

/// `list.remove(x)`.
fn list_remove(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::List(list), [x]) = (this, &*args) else {
        return Err(wrong_call(this, args, "list.remove", Takes::One));
    };
    match search_list(
        interp,
        list,
        x,
        (0, usize::MAX),
        Want::First { remove: true },
    )? {
        Found::At(_) => Ok(Value::None),
        _ => Err(value_error("list.remove(x): x not in list")),
    }
}

static LIST_METHODS: &[Builtin] = &[
    builtin!(method "list.index", list_index),
    builtin!(method "list.count", list_count),
    builtin!(method "list.remove", list_remove),
    builtin!(method "list.pop", list_pop),
    builtin!(method "list.insert", list_insert),
    builtin!("list.sort", |interp, mut a| {
        let key = a.keyword("key");
        let reverse = a.keyword("reverse");
        if let Some((k, _)) = a.keywords.first() {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for sort()"
            )));
        }
        let (this, rest) = receiver(a, "list.sort", Takes::Any)?;
        if !rest.is_empty() {
            return Err(type_error("sort() takes no positional arguments"));
        }
        let reverse = match reverse {
            Some(r) => interp.truthy(&r)?,
            None => false,
        };
        let items = lock(list_items(&this)).take();
        // On an error the list gets its items back, unsorted.
        let (items, result) = match interp.sorted(items, key.as_ref(), reverse) {
            Ok(sorted) => (sorted, Ok(Value::None)),
            Err((items, error)) => (items, Err(error)),
        };
        *lock(list_items(&this)) = items.into();
        result
    }),
];

/// `tuple.index(x[, start[, stop]])`.
fn tuple_index(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Tuple(items), [_, ..]) = (this, &*args) else {
        return Err(wrong_call(this, args, "tuple.index", Takes::Between(1, 3)));
    };
    if args.len() > 3 {
        return Err(wrong_call(this, args, "tuple.index", Takes::Between(1, 3)));
    }
    match position_of(interp, items, args)? {
        Some(i) => Ok(Value::Int(i64::try_from(i).unwrap_or(i64::MAX))),
        None => Err(value_error("tuple.index(x): x not in tuple")),
    }
}

/// `tuple.count(x)`.
fn tuple_count(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Tuple(items), [x]) = (this, &*args) else {
        return Err(wrong_call(this, args, "tuple.count", Takes::One));
    };
    count_of(interp, items, x)
}

static TUPLE_METHODS: &[Builtin] = &[
    builtin!(method "tuple.index", tuple_index),
    builtin!(method "tuple.count", tuple_count),
];

/// Where int `x` stands in range `r`, if it is one of its numbers.
fn range_position(r: &super::value::Range, x: &Value) -> Option<i64> {
    let x = match x {
        Value::Int(i) => i128::from(*i),
        Value::Bool(b) => i128::from(*b),
        _ => return None,
    };
    let offset = x - i128::from(r.start);
    let step = i128::from(r.step);
    let index = offset / step;
    (offset % step == 0 && (0..r.len()).contains(&index)).then(|| i64::try_from(index).ok())?
}

/// A range's numbers, to compare one by one with what is not an int.
fn range_items(r: &super::value::Range) -> Vec<Value> {
    (0..r.len())
        .filter_map(|i| r.get(i))
        .map(Value::Int)
        .collect()
}

fn range_of(v: &Value) -> &super::value::Range {
    match v {
        Value::Range(r) => r,
        _ => unreachable!("checked by `receiver`"),
    }
}

static RANGE_METHODS: &[Builtin] = &[
    builtin!("range.index", |interp, a| {
        let (this, rest) = receiver(a, "range.index", Takes::One)?;
        let r = range_of(&this);
        let found = match &rest[0] {
            x @ (Value::Int(_) | Value::Bool(_)) => range_position(r, x),
            x => position_of(interp, &range_items(r), std::slice::from_ref(x))?
                .and_then(|i| i64::try_from(i).ok()),
        };
        match found {
            Some(i) => Ok(Value::Int(i)),
            None if matches!(rest[0], Value::Int(_) | Value::Bool(_)) => {
                let shown = interp.repr(&rest[0])?;
                Err(value_error(format!("{shown} is not in range")))
            }
            // Not an int: CPython searches as any sequence does.
            None => Err(value_error("sequence.index(x): x not in sequence")),
        }
    }),
    builtin!("range.count", |interp, a| {
        let (this, rest) = receiver(a, "range.count", Takes::One)?;
        let r = range_of(&this);
        match &rest[0] {
            x @ (Value::Int(_) | Value::Bool(_)) => {
                Ok(Value::Int(i64::from(range_position(r, x).is_some())))
            }
            x => count_of(interp, &range_items(r), x),
        }
    }),
];

/// `dict.update(other)`: from a dict, from an object with `keys()` (a
/// mapping), or from an iterable of pairs; with CPython's errors.
fn update_dict(interp: &mut Interp, dict: &Value, other: &Value) -> PyResult<()> {
    if let Value::Dict(d) = other {
        let pairs: Vec<(Value, Value)> = lock(&d.map).values().cloned().collect();
        for (k, v) in pairs {
            interp.dict_set(dict, k, v)?;
        }
        return Ok(());
    }
    if matches!(other, Value::Instance(_) | Value::Native(_)) {
        match interp.get_attr(other, "keys") {
            Ok(keys) => {
                let keys = interp.call(&keys, Args::default())?;
                for k in interp.collect(&keys)? {
                    let v = interp.get_item(other, &k)?;
                    interp.dict_set(dict, k, v)?;
                }
                return Ok(());
            }
            Err(e) if e.kind() == Some(ExcType::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    let iterator = interp.iter(other)?;
    let mut n = 0;
    while let Some(item) = interp.next(&iterator)? {
        let pair = match interp.iter(&item) {
            Ok(pair) => pair,
            Err(e) if e.kind() == Some(ExcType::TypeError) => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        let kv = interp.collect(&pair)?;
        let [k, v] = <[Value; 2]>::try_from(kv).map_err(|kv| {
            value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                kv.len()
            ))
        })?;
        interp.dict_set(dict, k, v)?;
        n += 1;
    }
    Ok(())
}

/// `d.update(…)` with keywords, or called through `Interp::call`.
fn dict_update(interp: &mut Interp, mut a: Args) -> PyResult<Value> {
    let keywords = std::mem::take(&mut a.keywords);
    let (this, rest) = receiver(a, "dict.update", Takes::Between(0, 1))?;
    if let Some(other) = rest.first() {
        update_dict(interp, &this, other)?;
    }
    for (k, v) in keywords {
        interp.dict_set(&this, Value::Str(k), v)?;
    }
    Ok(Value::None)
}

/// `d.update(other)` and `d.update()`, positional only.
fn dict_update_fast(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    match (this, &*args) {
        (Value::Dict(_), []) => Ok(Value::None),
        (Value::Dict(_), [other]) => {
            update_dict(interp, this, other)?;
            Ok(Value::None)
        }
        _ => Err(wrong_call(this, args, "dict.update", Takes::Between(0, 1))),
    }
}

static DICT_METHODS: &[Builtin] = &[
    builtin!(method "dict.update", dict_update_fast, else dict_update),
    builtin!("dict.popitem", |interp, a| {
        let (this, _) = receiver(a, "dict.popitem", Takes::Nothing)?;
        let Value::Dict(d) = &this else {
            unreachable!("checked by `receiver`")
        };
        let last = lock(&d.map).pop();
        match last {
            Some((_, (k, v))) => Ok(Value::tuple(vec![k, v])),
            None => Err(interp.key_error(&Value::str("popitem(): dictionary is empty"))),
        }
    }),
    // A class method: `dict.fromkeys(keys, value)` has no receiver, and
    // `{}.fromkeys(keys, value)` has a dict it does not use; the two calls
    // reach here alike. Two arguments are taken as the type's
    // (`dict.fromkeys(counts, 0)`, of another dict's keys), the commoner,
    // rather than a dict's `d.fromkeys(keys)`.
    builtin!("dict.fromkeys", |interp, a| {
        if !a.keywords.is_empty() {
            return Err(type_error("dict.fromkeys() takes no keyword arguments"));
        }
        let mut rest = a.positional;
        if rest.len() == 3 && matches!(rest[0], Value::Dict(_)) {
            rest.remove(0);
        }
        check_count(
            rest.len(),
            "dict.fromkeys",
            "fromkeys",
            Takes::Between(1, 2),
        )?;
        let value = rest.get(1).cloned().unwrap_or(Value::None);
        let dict = interp.new_dict();
        let iterator = interp.iter(&rest[0])?;
        while let Some(key) = interp.next(&iterator)? {
            interp.dict_set(&dict, key, value.clone())?;
        }
        Ok(dict)
    }),
];

/// What a set holds: its items by key, in CPython's order.
type SetMap = super::set_table::SetMap;

fn set_of(v: &Value) -> &Arc<Set> {
    match v {
        Value::Set(s) => s,
        _ => unreachable!("checked by `receiver`"),
    }
}

fn new_set(map: SetMap) -> Value {
    Value::Set(Arc::new(Set {
        map: Mutex::new(map),
        frozen: false,
    }))
}

/// A set, or a frozenset when `like` is one: what the algebra of `like`
/// and others makes.
fn new_set_like(like: &Value, map: SetMap) -> Value {
    Value::Set(Arc::new(Set {
        map: Mutex::new(map),
        frozen: set_of(like).frozen,
    }))
}

/// A copy of what the set `this` holds (taken under its lock, which is let
/// go at once: an argument may be the set itself).
fn snapshot(this: &Value) -> SetMap {
    lock(&set_of(this).map).clone()
}

/// The items of an iterable, keyed: what a set made of it would hold.
///
/// # Errors
/// Not iterable; an unhashable item.
fn keyed(interp: &mut Interp, other: &Value) -> PyResult<SetMap> {
    if let Value::Set(s) = other {
        return Ok(lock(&s.map).clone());
    }
    let mut map = SetMap::default();
    let iterator = interp.iter(other)?;
    while let Some(item) = interp.next(&iterator)? {
        let key = interp.key(&item)?;
        map.insert(key, item);
    }
    Ok(map)
}

/// The other operands of `this.method(*others)`, as set algebra takes them.
fn others_of(interp: &mut Interp, this: &Value, others: &[Value]) -> PyResult<Vec<Other>> {
    others
        .iter()
        .map(|other| interp.set_other(Some(set_of(this)), other))
        .collect()
}

/// `s.union(*others)`: a copy, updated with each.
fn union(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, others) = receiver(args, name, Takes::Any)?;
    let others = others_of(interp, &this, &others)?;
    let mut map = lock(&set_of(&this).map).copy();
    for mut other in others {
        map.update(&mut other);
    }
    Ok(new_set_like(&this, map))
}

/// `s.intersection(*others)`: a copy if none, else `s & others[0]`, that
/// `& others[1]`, and so on.
fn intersection_of(interp: &mut Interp, this: &Value, others: &[Value]) -> PyResult<SetMap> {
    let others = others_of(interp, this, others)?;
    let mut mine = lock(&set_of(this).map);
    let mut others = others.into_iter();
    let Some(mut first) = others.next() else {
        return Ok(mine.copy());
    };
    let mut map = mine.intersection(&mut first);
    drop(mine);
    for mut other in others {
        if let Other::Set { same, .. } = &mut other {
            // Only the first is of the set itself; the rest of a new one.
            *same = false;
        }
        map = map.intersection(&mut other);
    }
    Ok(map)
}

/// `s.difference(*others)`: a copy if none, else `s - others[0]`, less
/// each of the rest in place.
fn difference_of(interp: &mut Interp, this: &Value, others: &[Value]) -> PyResult<SetMap> {
    let others = others_of(interp, this, others)?;
    let mut mine = lock(&set_of(this).map);
    let mut others = others.into_iter();
    let Some(mut first) = others.next() else {
        return Ok(mine.copy());
    };
    let mut map = mine.difference(&mut first);
    drop(mine);
    for mut other in others {
        if let Other::Set { same, .. } = &mut other {
            *same = false;
        }
        map.difference_update(&mut other);
    }
    Ok(map)
}

fn intersection(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, others) = receiver(args, name, Takes::Any)?;
    let map = intersection_of(interp, &this, &others)?;
    Ok(new_set_like(&this, map))
}

fn difference(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, others) = receiver(args, name, Takes::Any)?;
    let map = difference_of(interp, &this, &others)?;
    Ok(new_set_like(&this, map))
}

fn symmetric_difference(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, others) = receiver(args, name, Takes::One)?;
    let mut other = interp.set_other(Some(set_of(&this)), &others[0])?;
    let map = lock(&set_of(&this).map).symmetric_difference(&mut other);
    Ok(new_set_like(&this, map))
}

/// `s.update(*others)`, `s.difference_update(*others)`,
/// `s.symmetric_difference_update(other)`: each other in turn, in place.
fn set_op_update(
    interp: &mut Interp,
    args: Args,
    name: &str,
    takes: Takes,
    op: fn(&mut SetMap, &mut Other),
) -> PyResult<Value> {
    let (this, others) = receiver(args, name, takes)?;
    for other in &others {
        let mut other = interp.set_other(Some(set_of(&this)), other)?;
        op(&mut lock(&set_of(&this).map), &mut other);
    }
    Ok(Value::None)
}

/// `s.intersection_update(*others)`: the intersection's table in place.
fn intersection_update(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, others) = receiver(args, "set.intersection_update", Takes::Any)?;
    let map = intersection_of(interp, &this, &others)?;
    lock(&set_of(&this).map).replace_with(map);
    Ok(Value::None)
}

/// `s.issubset(other)`, `s.issuperset(other)`, `s.isdisjoint(other)`
/// (`name` the method's, for its errors): a set's and a frozenset's.
fn is_subset(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = receiver(args, name, Takes::One)?;
    let other = keyed(interp, &rest[0])?;
    let mine = snapshot(&this);
    Ok(Value::Bool(
        mine.index().keys().all(|k| other.contains_key(k)),
    ))
}

fn is_superset(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = receiver(args, name, Takes::One)?;
    let other = keyed(interp, &rest[0])?;
    let mine = snapshot(&this);
    Ok(Value::Bool(
        other.index().keys().all(|k| mine.contains_key(k)),
    ))
}

fn is_disjoint(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = receiver(args, name, Takes::One)?;
    let mine = snapshot(&this);
    // An item at a time: the first one in common ends it.
    let iterator = interp.iter(&rest[0])?;
    while let Some(item) = interp.next(&iterator)? {
        if mine.contains_key(&interp.key(&item)?) {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

static SET_METHODS: &[Builtin] = &[
    builtin!("set.union", |i, a| union(i, a, "set.union")),
    builtin!("set.intersection", |i, a| intersection(
        i,
        a,
        "set.intersection"
    )),
    builtin!("set.difference", |i, a| difference(i, a, "set.difference")),
    builtin!("set.symmetric_difference", |i, a| {
        symmetric_difference(i, a, "set.symmetric_difference")
    }),
    builtin!("set.update", |i, a| {
        set_op_update(i, a, "set.update", Takes::Any, SetMap::update)
    }),
    builtin!("set.intersection_update", intersection_update),
    builtin!("set.difference_update", |i, a| {
        set_op_update(
            i,
            a,
            "set.difference_update",
            Takes::Any,
            SetMap::difference_update,
        )
    }),
    builtin!("set.symmetric_difference_update", |i, a| {
        set_op_update(
            i,
            a,
            "set.symmetric_difference_update",
            Takes::One,
            SetMap::symmetric_difference_update,
        )
    }),
    builtin!("set.issubset", |i, a| is_subset(i, a, "set.issubset")),
    builtin!("set.issuperset", |i, a| is_superset(i, a, "set.issuperset")),
    builtin!("set.isdisjoint", |i, a| is_disjoint(i, a, "set.isdisjoint")),
    builtin!("set.pop", |interp, a| {
        let (this, _) = receiver(a, "set.pop", Takes::Nothing)?;
        // From where the last pop stopped, in CPython's table.
        let popped = lock(&set_of(&this).map).pop();
        match popped {
            Some((_, item)) => Ok(item),
            None => Err(interp.key_error(&Value::str("pop from an empty set"))),
        }
    }),
    builtin!("set.clear", |_, a| {
        let (this, _) = receiver(a, "set.clear", Takes::Nothing)?;
        lock(&set_of(&this).map).clear();
        Ok(Value::None)
    }),
    builtin!("set.copy", |_, a| {
        let (this, _) = receiver(a, "set.copy", Takes::Nothing)?;
        let map = lock(&set_of(&this).map).copy();
        Ok(new_set(map))
    }),
];

/// A frozenset's methods: the set's that change nothing (`copy` gives
/// the frozenset itself, as CPython's does).
static FROZENSET_METHODS: &[Builtin] = &[
    builtin!("frozenset.union", |i, a| union(i, a, "frozenset.union")),
    builtin!("frozenset.intersection", |i, a| {
        intersection(i, a, "frozenset.intersection")
    }),
    builtin!("frozenset.difference", |i, a| {
        difference(i, a, "frozenset.difference")
    }),
    builtin!("frozenset.symmetric_difference", |i, a| {
        symmetric_difference(i, a, "frozenset.symmetric_difference")
    }),
    builtin!("frozenset.issubset", |i, a| is_subset(
        i,
        a,
        "frozenset.issubset"
    )),
    builtin!("frozenset.issuperset", |i, a| is_superset(
        i,
        a,
        "frozenset.issuperset"
    )),
    builtin!("frozenset.isdisjoint", |i, a| is_disjoint(
        i,
        a,
        "frozenset.isdisjoint"
    )),
    builtin!("frozenset.copy", |_, a| {
        let (this, _) = receiver(a, "frozenset.copy", Takes::Nothing)?;
        Ok(this)
    }),
];

/// An int receiver's value (a bool's too).
fn int_value(v: &Value) -> BigInt {
    v.as_bigint().unwrap_or_default()
}

static INT_METHODS: &[Builtin] = &[
    builtin!("int.bit_length", |_, a| {
        let (this, _) = receiver(a, "int.bit_length", Takes::Nothing)?;
        Ok(Value::Int(match this {
            Value::Int(i) => i64::from(64 - i.unsigned_abs().leading_zeros()),
            other => i64::try_from(int_value(&other).bits()).unwrap_or(i64::MAX),
        }))
    }),
    builtin!("int.bit_count", |_, a| {
        let (this, _) = receiver(a, "int.bit_count", Takes::Nothing)?;
        Ok(Value::Int(match this {
            Value::Int(i) => i64::from(i.unsigned_abs().count_ones()),
            other => i64::try_from(int_value(&other).magnitude().count_ones()).unwrap_or(i64::MAX),
        }))
    }),
    builtin!("int.conjugate", |_, a| {
        let (this, _) = receiver(a, "int.conjugate", Takes::Nothing)?;
        Ok(Value::int(int_value(&this)))
    }),
    builtin!("int.to_bytes", int_to_bytes),
    // A class method: `int.from_bytes(b)`, or `x.from_bytes(b)` with an int
    // it does not use.
    builtin!("int.from_bytes", int_from_bytes),
    builtin!("int.as_integer_ratio", |_, a| {
        let (this, _) = receiver(a, "int.as_integer_ratio", Takes::Nothing)?;
        Ok(Value::tuple(vec![
            Value::int(int_value(&this)),
            Value::Int(1),
        ]))
    }),
];

/// The `length`, `byteorder` and `signed` of `to_bytes`/`from_bytes`
/// (positional after `skip` leading ones, or by keyword; Python 3.11's
/// defaults: 1, "big", False), and whether the order is little-endian.
fn byte_layout(
    interp: &mut Interp,
    mut args: Args,
    name: &str,
    with_length: bool,
) -> PyResult<(Vec<Value>, i64, bool, bool)> {
    let signed = args.flag(interp, "signed", None, false)?;
    let byteorder_kw = args.keyword("byteorder");
    let length_kw = if with_length {
        args.keyword("length")
    } else {
        None
    };
    if let Some((key, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{key}' is an invalid keyword argument for {name}()"
        )));
    }
    let mut positional = args.positional;
    // The receiver (`to_bytes`) or the bytes (`from_bytes`), then the rest.
    let mut rest = positional.split_off(1.min(positional.len()));
    let most = if with_length { 2 } else { 1 };
    if rest.len() > most {
        return Err(type_error(format!(
            "{name}() takes at most {} arguments ({} given)",
            most + usize::from(!with_length),
            rest.len() + usize::from(!with_length)
        )));
    }
    let length = if with_length {
        let given = if rest.is_empty() {
            length_kw
        } else {
            Some(rest.remove(0))
        };
        match given {
            None => 1,
            Some(v) => super::containers::as_i64(&v).ok_or_else(|| not_an_integer(&v))?,
        }
    } else {
        0
    };
    let order = if rest.is_empty() {
        byteorder_kw
    } else {
        Some(rest.remove(0))
    };
    let little = match order {
        None => false,
        Some(Value::Str(s)) if &*s == "little" => true,
        Some(Value::Str(s)) if &*s == "big" => false,
        Some(Value::Str(_)) => {
            return Err(value_error("byteorder must be either 'little' or 'big'"))
        }
        Some(other) => {
            return Err(type_error(format!(
                "{name}() argument 'byteorder' must be str, not {}",
                other.type_name()
            )))
        }
    };
    Ok((positional, length, little, signed))
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (receiver_and, length, little, signed) = byte_layout(interp, args, "to_bytes", true)?;
    let Some(this) = receiver_and.into_iter().next().filter(|v| is_a(v, "int")) else {
        return Err(type_error(
            "descriptor 'to_bytes' for 'int' objects needs an int",
        ));
    };
    let Ok(length) = usize::try_from(length) else {
        return Err(value_error("length argument must be non-negative"));
    };
    let value = int_value(&this);
    if value.is_negative() && !signed {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    // Two's complement in `length` bytes, if it fits.
    let mut bytes = value.to_signed_bytes_le();
    let fill = if value.is_negative() { 0xff } else { 0 };
    // Unsigned: a leading zero byte the sign needed may go.
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if !signed && value.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(PyErr::new(ExcType::OverflowError, "int too big to convert"));
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(bytes.into()))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut args = args;
    // Called on an int (`x.from_bytes(b)`): the int is not used.
    if args.positional.len() >= 2
        && matches!(
            args.positional[0],
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
        )
        && !matches!(args.positional[1], Value::Str(_))
    {
        args.positional.remove(0);
    }
    let (given, _, little, signed) = byte_layout(interp, args, "from_bytes", false)?;
    let Some(source) = given.into_iter().next() else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut bytes: Vec<u8> = match super::bytes::bytes_like(&source) {
        Some(b) => b.to_vec(),
        None if matches!(source, Value::Str(_)) => {
            return Err(type_error("cannot convert 'str' object to bytes"));
        }
        None => {
            let items = interp.collect(&source)?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                let byte = super::containers::as_i64(item).ok_or_else(|| not_an_integer(item))?;
                out.push(
                    u8::try_from(byte)
                        .map_err(|_| value_error("bytes must be in range(0, 256)"))?,
                );
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let value = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(Value::int(value))
}

fn float_value(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => unreachable!("checked by `receiver`"),
    }
}

/// The sign, the significand and the power of two of a finite float
/// (`x == ±m * 2**e`), from its bits.
fn float_parts(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    let biased = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let negative = x.is_sign_negative();
    if biased == 0 {
        // Subnormal (or zero): no implicit leading 1.
        (negative, fraction, -1074)
    } else {
        (negative, fraction | (1 << 52), biased - 1075)
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>`, `0x0.…p-1022` for
/// a subnormal, as CPython's.
fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let (_, significand, exponent) = float_parts(x);
    let lead = significand >> 52;
    let fraction = significand & ((1 << 52) - 1);
    // A subnormal's exponent is the smallest normal one's.
    let exponent = if lead == 0 { -1022 } else { exponent + 52 };
    format!("{sign}0x{lead}.{fraction:013x}p{exponent:+}")
}

/// `float.as_integer_ratio()`: the float exactly, in lowest terms.
fn float_ratio(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (negative, mut significand, mut exponent) = float_parts(x);
    if significand == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    // The denominator is a power of two: the numerator's factors of two go
    // into it first.
    if exponent < 0 {
        let shift = i64::from(significand.trailing_zeros()).min(-exponent);
        significand >>= shift;
        exponent += shift;
    }
    let magnitude = BigInt::from(significand);
    let shift = usize::try_from(exponent.unsigned_abs()).unwrap_or(usize::MAX);
    let (numerator, denominator) = if exponent >= 0 {
        (magnitude << shift, BigInt::one())
    } else {
        (magnitude, BigInt::one() << shift)
    };
    let numerator = if negative { -numerator } else { numerator };
    Ok(Value::tuple(vec![
        Value::int(numerator),
        Value::int(denominator),
    ]))
}

/// `m * 2**e` rounded to the nearest float (ties to even), as
/// `float.fromhex` rounds; None past the largest float.
fn scaled_to_f64(m: &BigUint, e: i128) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let top = i128::from(m.bits()) - 1 + e;
    if top > 1024 {
        return None;
    }
    // Below half the smallest subnormal: zero.
    if top < -1075 {
        return Some(0.0);
    }
    // The power of two of the last bit kept: 53 bits, fewer for a subnormal.
    let last = (top - 52).max(-1074);
    let dropped = last - e;
    let kept = if dropped <= 0 {
        m << usize::try_from(-dropped).unwrap_or(0)
    } else {
        let dropped = usize::try_from(dropped).unwrap_or(usize::MAX);
        let kept = m >> dropped;
        let rest = m - (&kept << dropped);
        let half = BigUint::one() << (dropped - 1);
        if rest > half || (rest == half && kept.bit(0)) {
            kept + 1u32
        } else {
            kept
        }
    };
    // At most 2**53: exact as a float, and so is its product with a power
    // of two in range.
    #[allow(clippy::cast_precision_loss)]
    let kept = kept.to_u64()? as f64;
    let scale = if last >= -1022 {
        f64::from_bits(u64::try_from(last + 1023).ok()? << 52)
    } else {
        f64::from_bits(1 << u32::try_from(last + 1074).ok()?)
    };
    Some(kept * scale).filter(|x| x.is_finite())
}

/// `float.fromhex(text)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`
/// in hex (the exponent in decimal, of two), or inf, infinity, nan; with
/// blanks around.
fn float_fromhex(text: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    // CPython's blanks here are ASCII ones (with the vertical tab).
    let text = text.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (negative, text) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let text = text.to_ascii_lowercase();
    match text.as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(crate::objects::parse_number::fresh_nan(false)),
        _ => {}
    }
    let body = text.strip_prefix("0x").unwrap_or(&text);
    let (digits, exponent) = body
        .split_once('p')
        .map_or((body, None), |(d, e)| (d, Some(e)));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if (whole.is_empty() && fraction.is_empty()) || !hex(whole) || !hex(fraction) {
        return Err(invalid());
    }
    let exponent: i128 = match exponent {
        None => 0,
        Some(e) => {
            let (negative, digits) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Far past any float's range is as good as any farther.
            let magnitude = digits
                .bytes()
                .fold(0i128, |n, d| (n * 10 + i128::from(d - b'0')).min(1 << 80));
            if negative {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    let all_digits = [whole, fraction].concat();
    let m = BigUint::parse_bytes(all_digits.as_bytes(), 16).unwrap_or_default();
    let e = exponent - 4 * i128::try_from(fraction.len()).unwrap_or(i128::MAX / 8);
    let x = scaled_to_f64(&m, e).ok_or_else(|| {
        PyErr::new(
            ExcType::OverflowError,
            "hexadecimal value too large to represent as a float",
        )
    })?;
    Ok(sign * x)
}

static FLOAT_METHODS: &[Builtin] = &[
    builtin!("float.is_integer", |_, a| {
        let (this, _) = receiver(a, "float.is_integer", Takes::Nothing)?;
        let x = float_value(&this);
        Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
    }),
    builtin!("float.as_integer_ratio", |_, a| {
        let (this, _) = receiver(a, "float.as_integer_ratio", Takes::Nothing)?;
        float_ratio(float_value(&this))
    }),
    builtin!("float.hex", |_, a| {
        let (this, _) = receiver(a, "float.hex", Takes::Nothing)?;
        Ok(Value::str(&float_hex(float_value(&this))))
    }),
    builtin!("float.conjugate", |_, a| {
        let (this, _) = receiver(a, "float.conjugate", Takes::Nothing)?;
        Ok(this)
    }),
    // A class method: `float.fromhex(s)`, or `x.fromhex(s)` with a float
    // it does not use.
    builtin!("float.fromhex", |_, a| {
        if !a.keywords.is_empty() {
            return Err(type_error("float.fromhex() takes no keyword arguments"));
        }
        let mut rest = a.positional;
        if rest.len() == 2 && matches!(rest[0], Value::Float(_)) {
            rest.remove(0);
        }
        check_count(rest.len(), "float.fromhex", "fromhex", Takes::One)?;
        match &rest[0] {
            Value::Str(s) => Ok(Value::Float(float_fromhex(s)?)),
            _ => Err(type_error("bad argument type for built-in operation")),
        }
    }),
];

/// `slice(stop)`, `slice(start, stop[, step])`.
fn slice(_: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    check_count(
        args.positional.len(),
        "slice",
        "slice",
        Takes::Between(1, 3),
    )?;
    let mut parts = args.positional;
    // `slice(stop)`: the one argument is the stop.
    if parts.len() == 1 {
        parts.insert(0, Value::None);
    }
    parts.resize(3, Value::None);
    let parts = <[Value; 3]>::try_from(parts).expect("resized to three");
    Ok(Value::Slice(Arc::new(parts)))
}

/// `slice.indices(length)`: the start, stop and step a slice selects in a
/// sequence of `length` items (CPython's `_PySlice_GetLongIndices`).
fn slice_indices(parts: &[Value; 3], length: &Value) -> PyResult<Value> {
    let length = length.as_bigint().ok_or_else(|| not_an_integer(length))?;
    if length.is_negative() {
        return Err(value_error("length should not be negative"));
    }
    let index = |v: &Value| -> PyResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            v => v.as_bigint().map(Some).ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    };
    let step = index(&parts[2])?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards {
        (-BigInt::one(), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| match v {
        None => default.clone(),
        Some(v) if v.is_negative() => (v + &length).max(lower.clone()),
        Some(v) => v.min(upper.clone()),
    };
    let (start_default, stop_default) = if backwards {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = clamp(index(&parts[0])?, start_default);
    let stop = clamp(index(&parts[1])?, stop_default);
    Ok(Value::tuple(vec![
        Value::int(start),
        Value::int(stop),
        Value::int(step),
    ]))
}

static SLICE_METHODS: &[Builtin] = &[builtin!("slice.indices", |_, a| {
    let (this, rest) = receiver(a, "slice.indices", Takes::One)?;
    let Value::Slice(parts) = &this else {
        unreachable!("checked by `receiver`")
    };
    slice_indices(parts, &rest[0])
})];

/// `bin(n)`, `oct(n)`, `hex(n)`: the digits in `radix` after `prefix`, a
/// minus sign before.
fn int_text(
    interp: &mut Interp,
    args: Args,
    name: &str,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let [n] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let n = match n.as_bigint() {
        Some(n) => n,
        None => super::str_methods::as_index(interp, n)?
            .and_then(|n| n.as_bigint())
            .ok_or_else(|| not_an_integer(n))?,
    };
    let sign = if n.is_negative() { "-" } else { "" };
    Value::try_concat(&[sign, prefix, &n.magnitude().to_str_radix(radix)])
}
