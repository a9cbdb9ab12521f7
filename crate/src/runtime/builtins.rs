//! The built-in functions and types (`print`, `range`, `len`, `sorted`, `int`…).

use crate::builtin;
use std::cmp::Ordering;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::call::CALLING;
use super::containers::as_i64;
use super::error::{type_error, value_error, ExcType, PyErr, PyResult, ALL};
use super::function::{in_full, Args, Builtin};
use super::iter::Iter;
use super::object::BuiltinBase;
use super::value::{lock, Range, Value};
use super::{Interp, PrintTarget, Stream};
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::objects::{float_ops, int_ops, parse_number};

/// Exactly the positional arguments `min..=max`, no keywords.
fn positional(args: Args, name: &str, min: usize, max: usize) -> PyResult<Vec<Value>> {
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "{name}() takes no keyword arguments (got '{k}')"
        )));
    }
    check_count(args.positional.len(), name, min, max)?;
    Ok(args.positional)
}

/// `positional` for a fast builtin (`builtin!(fast …)`): its arguments where they are.
fn positional_in<'a>(
    args: &'a mut [Value],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a mut [Value]> {
    check_count(args.len(), name, min, max)?;
    Ok(args)
}

/// The arguments of a builtin whose parameters `params` may each be given by
/// position or by name (Argument Clinic's `_PyArg_UnpackKeywords`): each one
/// bound or `None`, with CPython's errors for an unknown keyword, too many
/// arguments and one given twice. A missing one is the caller's to refuse.
fn clinic_args<const N: usize>(
    args: Args,
    name: &str,
    params: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let given = args.positional.len() + args.keywords.len();
    if let Some((k, _)) = args.keywords.iter().find(|(k, _)| !params.contains(&&**k)) {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {name}()"
        )));
    }
    if given > N {
        return Err(type_error(format!(
            "{name}() takes at most {N} argument{} ({given} given)",
            if N == 1 { "" } else { "s" }
        )));
    }
    let mut bound: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in bound.iter_mut().zip(args.positional) {
        *slot = Some(v);
    }
    for (k, v) in args.keywords {
        let i = params.iter().position(|p| **p == *k).unwrap_or(0);
        if bound[i].is_some() {
            return Err(type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        bound[i] = Some(v);
    }
    Ok(bound)
}

/// CPython's TypeError for `n` arguments to builtin `name`, outside `min..=max`.
fn check_count(n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    if n < min || n > max {
        return Err(type_error(if min == max && min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == max {
            format!("{name} expected {min} arguments, got {n}")
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

/// An int argument (`range`, `chr`, `round`'s digits): an int as it is, an
/// instance by its `__index__`.
fn int_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match as_i64(v) {
        Some(n) => Ok(n),
        None => index_arg(interp, v),
    }
}

/// `int_arg` for a value that is no small int: an instance's `__index__`.
#[cold]
#[inline(never)]
fn index_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    let not_an_integer = |v: &Value| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))
    };
    if !matches!(v, Value::Instance(_)) {
        return Err(not_an_integer(v));
    }
    match super::str_methods::as_index(interp, v)? {
        Some(n) => as_i64(&n).ok_or_else(|| not_an_integer(&n)),
        None => Err(not_an_integer(v)),
    }
}

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`, as CPython's:
/// to the page's stdout or stderr in one piece; to any other `file` by
/// calling its `write` with each piece (each argument's str, each `sep`,
/// then `end`).
fn print(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let sep = args.keyword("sep");
    let end = args.keyword("end");
    let flush = args.keyword("flush");
    let file = args.keyword("file");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for print()"
        )));
    }
    // `flush` is taken as a bool with the other arguments, before any write.
    let flush = match flush {
        Some(flush) => interp.truthy(&flush)?,
        None => false,
    };
    let target = match file {
        None | Some(Value::None) => interp.print_target()?,
        Some(file) => match super::stdio::TextIo::stream_of(&file) {
            Some(stream) => PrintTarget::Stream(stream),
            None => PrintTarget::File(file),
        },
    };
    let text_of = |v: Option<Value>, default: &str, what: &str| -> PyResult<Option<Arc<str>>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) if &*s != default => Ok(Some(s)),
            Some(Value::Str(_)) => Ok(None),
            Some(other) => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                other.type_name()
            ))),
        }
    };
    let sep = text_of(sep, " ", "sep")?;
    let end = text_of(end, "\n", "end")?;
    let sep = sep.as_deref().unwrap_or(" ");
    let end = end.as_deref().unwrap_or("\n");
    print_to(interp, target, &args.positional, sep, end, flush)
}

/// `print(…)` with positional arguments only, taken where they are.
fn print_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let target = interp.print_target()?;
    print_to(interp, target, args, " ", "\n", false)
}

/// What `print` writes: `values` by their str, `sep` between, `end` after.
fn print_to(
    interp: &mut Interp,
    target: PrintTarget,
    values: &[Value],
    sep: &str,
    end: &str,
    flush: bool,
) -> PyResult<Value> {
    match target {
        PrintTarget::Nowhere => return Ok(Value::None),
        PrintTarget::Stream(stream) => {
            let mut line = String::new();
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    line.push_str(sep);
                }
                line.push_str(&interp.to_str(v)?);
            }
            line.push_str(end);
            match stream {
                Stream::Stdout => interp.write_stdout(&line),
                Stream::Stderr => interp.write_stderr(&line),
            }
            if flush {
                interp.rt.flush_output();
            }
        }
        PrintTarget::File(file) => {
            let write = interp.get_attr(&file, "write")?;
            let put = |interp: &mut Interp, text: Value| -> PyResult<()> {
                interp.call(&write, Args::new(vec![text]))?;
                Ok(())
            };
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    put(interp, Value::str(sep))?;
                }
                let text = match v {
                    Value::Str(_) => v.clone(),
                    other => Value::try_str(&interp.to_str(other)?)?,
                };
                put(interp, text)?;
            }
            put(interp, Value::str(end))?;
            if flush {
                let flush = interp.get_attr(&file, "flush")?;
                interp.call(&flush, Args::default())?;
            }
        }
    }
    Ok(Value::None)
}

fn range(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let (start, stop, step) = match positional_in(args, "range", 1, 3)? {
        [stop] => (0, int_arg(interp, stop)?, 1),
        [start, stop] => (int_arg(interp, start)?, int_arg(interp, stop)?, 1),
        [start, stop, step] => (
            int_arg(interp, start)?,
            int_arg(interp, stop)?,
            int_arg(interp, step)?,
        ),
        _ => unreachable!("1 to 3 arguments"),
    };
    if step == 0 {
        return Err(PyErr::new(
            ExcType::ValueError,
            "range() arg 3 must not be zero",
        ));
    }
    Ok(Value::Range(Arc::new(Range { start, stop, step })))
}

fn len(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "len", 1, 1)?;
    Ok(Value::Int(interp.len(&a[0])?))
}

fn sum(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let given = args.positional.len() + args.keywords.len();
    if given > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({given} given)"
        )));
    }
    if args.positional.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let start_kw = args.keyword("start");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for sum()"
        )));
    }
    let a = args.positional;
    let total = a.get(1).cloned().or(start_kw).unwrap_or(Value::Int(0));
    sum_of(interp, &a[0], total)
}

/// `sum(iterable[, start])`, positional only, taken where they are; a list
/// or tuple of ints alone, or of floats alone, added in place.
fn sum_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let plain = match &*args {
        [Value::List(list)] => plain_sum(interp, &lock(&list.items))?,
        [Value::Tuple(items)] => plain_sum(interp, items)?,
        _ => None,
    };
    if let Some(total) = plain {
        return Ok(total);
    }
    match args {
        [iterable] => sum_of(interp, iterable, Value::Int(0)),
        [iterable, start] => {
            let start = std::mem::replace(start, Value::None);
            sum_of(interp, iterable, start)
        }
        _ => in_full(interp, args, sum),
    }
}

/// The sum of `items` when all are ints or all are floats (as `sum_of`
/// adds them: ints exactly, floats one after another from `0.0`); `None`
/// for any other items, or none.
fn plain_sum(interp: &mut Interp, items: &[Value]) -> PyResult<Option<Value>> {
    match items.first() {
        Some(Value::Int(_)) => {
            let mut exact: i128 = 0;
            for item in items {
                interp.count_step()?;
                let Value::Int(i) = item else { return Ok(None) };
                // An i128 holds the sum of any list of i64s that fits in memory.
                exact += i128::from(*i);
            }
            Ok(Some(int_value(exact)))
        }
        Some(Value::Float(_)) => {
            let mut total = 0.0;
            for item in items {
                interp.count_step()?;
                let Value::Float(f) = item else {
                    return Ok(None);
                };
                total += f;
            }
            Ok(Some(Value::Float(total)))
        }
        _ => Ok(None),
    }
}

/// `sum` of `iterable`'s items, added to `total`.
fn sum_of(interp: &mut Interp, iterable: &Value, mut total: Value) -> PyResult<Value> {
    if matches!(total, Value::Str(_)) {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let iterator = interp.iter(iterable)?;
    // As CPython's sum, ints are added in a machine integer while they fit
    // (here an i128), so a sum past 2**63 allocates no big integer per item.
    if let Value::Int(start) = total {
        let mut exact = i128::from(start);
        loop {
            // Matched in place, not through `?`: that copies the item whole,
            // which stalls on an int just written field by field (see
            // `Frame::pop`); `perf` showed most of sum()'s own time there.
            match interp.next_summing(&iterator, &mut exact) {
                Err(error) => return Err(error),
                Ok(None) => return Ok(int_value(exact)),
                Ok(Some(Value::Int(i))) => match exact.checked_add(i128::from(i)) {
                    Some(sum) => exact = sum,
                    None => {
                        total = interp.binary(BinOp::Add, &int_value(exact), &Value::Int(i))?;
                        break;
                    }
                },
                Ok(Some(item)) => {
                    total = interp.binary(BinOp::Add, &int_value(exact), &item)?;
                    break;
                }
            }
        }
    }
    while let Some(item) = interp.next(&iterator)? {
        total = interp.binary(BinOp::Add, &total, &item)?;
    }
    Ok(total)
}

/// An exact integer as a Value: inline when it fits an i64.
fn int_value(n: i128) -> Value {
    i64::try_from(n).map_or_else(|_| Value::int(num_bigint::BigInt::from(n)), Value::Int)
}

/// `min(…)`, positional only (`key=`, `default=` go to `extreme`).
fn min_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    if let Some(found) = plain_extreme(interp, args, Ordering::Less)? {
        return Ok(found);
    }
    in_full(interp, args, |i, a| extreme(i, a, "min", Ordering::Less))
}

/// `max(…)`, positional only.
fn max_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    if let Some(found) = plain_extreme(interp, args, Ordering::Greater)? {
        return Ok(found);
    }
    in_full(interp, args, |i, a| extreme(i, a, "max", Ordering::Greater))
}

/// `min`/`max` of a list or tuple (one argument) or of the arguments, when
/// all are ints, all floats or all strs: compared in place (a list under
/// its lock), as no comparison of these runs Python code. The first of
/// equals wins, as in `extreme`. `None` for other values, or none.
fn plain_extreme(interp: &mut Interp, args: &[Value], wanted: Ordering) -> PyResult<Option<Value>> {
    match args {
        [Value::List(list)] => extreme_of_plain(interp, &lock(&list.items), wanted),
        [Value::Tuple(items)] => extreme_of_plain(interp, items, wanted),
        [_] => Ok(None),
        items => extreme_of_plain(interp, items, wanted),
    }
}

fn extreme_of_plain(
    interp: &mut Interp,
    items: &[Value],
    wanted: Ordering,
) -> PyResult<Option<Value>> {
    let Some((first, rest)) = items.split_first() else {
        return Ok(None);
    };
    match first {
        Value::Int(best) => {
            let mut best = *best;
            for item in rest {
                interp.count_step()?;
                let Value::Int(i) = item else { return Ok(None) };
                if i.cmp(&best) == wanted {
                    best = *i;
                }
            }
            Ok(Some(Value::Int(best)))
        }
        Value::Float(best) => {
            let mut best = *best;
            for item in rest {
                interp.count_step()?;
                let Value::Float(f) = item else {
                    return Ok(None);
                };
                // A nan is never better, and stays best when first, as `<`
                // and `>` of a nan are false.
                if f.partial_cmp(&best) == Some(wanted) {
                    best = *f;
                }
            }
            Ok(Some(Value::Float(best)))
        }
        Value::Str(_) => {
            let mut best = first;
            for item in rest {
                interp.count_step()?;
                let (Value::Str(s), Value::Str(b)) = (item, best) else {
                    return Ok(None);
                };
                // UTF-8's byte order is the order of code points, Python's.
                if s.as_bytes().cmp(b.as_bytes()) == wanted {
                    best = item;
                }
            }
            Ok(Some(best.clone()))
        }
        _ => Ok(None),
    }
}

/// `min`/`max`: of an iterable or of the arguments, with `key` and `default`.
fn extreme(interp: &mut Interp, mut args: Args, name: &str, wanted: Ordering) -> PyResult<Value> {
    let key = args.keyword("key").filter(|k| !matches!(k, Value::None));
    let default = args.keyword("default");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {name}()"
        )));
    }
    // An iterable is taken an item at a time (never collected: `max(range(10**12))`
    // is a long loop, not a huge list); several arguments are their own iterable.
    let iterator = match args.positional.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => interp.iter(&args.positional[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            interp.iter(&Value::tuple(args.positional))?
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = interp.next(&iterator)? {
        let k = match &key {
            Some(f) => interp.call_with_first(f, &item, &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if wanted == Ordering::Less {
                    CmpOp::Lt
                } else {
                    CmpOp::Gt
                };
                interp.order(&k, bk, op)? == Some(wanted)
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, item)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(PyErr::new(
            ExcType::ValueError,
            format!("{name}() arg is an empty sequence"),
        )),
    }
}

/// `abs(x)` of a plain number (an int subclass's own int).
pub(super) fn call_builtin_abs(interp: &mut Interp, x: Value) -> PyResult<Value> {
    abs(interp, &mut [x])
}

fn abs(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "abs", 1, 1)?;
    match &a[0] {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map_or_else(|| Value::int(BigInt::from(*i).abs()), Value::Int)),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::BigInt(b) => Ok(Value::int(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(z) => Ok(Value::Float(z.abs()?)),
        other if other.class().is_some() => interp.unary_of_class(other, "__abs__", "abs()"),
        other => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

/// `round(number, ndigits=None)`, by position or by name, with Argument
/// Clinic's errors.
fn round(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [number, ndigits] = clinic_args(args, "round", ["number", "ndigits"])?;
    let Some(number) = number else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    round_of(interp, number, ndigits)
}

/// `round(number[, ndigits])`, positional, taken where they are.
fn round_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    match args {
        [Value::Float(f)] => Ok(Value::int(float_ops::round_half_even_to_int(*f)?)),
        [number] => round_of(interp, std::mem::replace(number, Value::None), None),
        [number, ndigits] => {
            let ndigits = std::mem::replace(ndigits, Value::None);
            round_of(
                interp,
                std::mem::replace(number, Value::None),
                Some(ndigits),
            )
        }
        _ => in_full(interp, args, round),
    }
}

/// `round` of `number` to `ndigits` (None: to an int).
fn round_of(interp: &mut Interp, mut number: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let ndigits = ndigits.filter(|n| !matches!(n, Value::None));
    // An instance: its class's `__round__`, else the number it is made of.
    if number.class().is_some() {
        if let Some(method) = interp.special(&number, "__round__")? {
            return interp.call(&method, Args::new(ndigits.into_iter().collect()));
        }
        if let Some(base) = number.base_object() {
            number = base;
        }
    }
    match (number, ndigits) {
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), None) => interp.positive(&v),
        (Value::Float(f), None) => Ok(Value::int(float_ops::round_half_even_to_int(f)?)),
        (Value::Float(f), Some(n)) => {
            let n = int_arg(interp, &n)?;
            Ok(Value::Float(float_ops::round_float(f, n)?))
        }
        (v @ (Value::Int(_) | Value::BigInt(_)), Some(n)) => {
            let n = int_arg(interp, &n)?;
            if n >= 0 {
                return Ok(v);
            }
            let Some(i) = v.as_bigint() else { return Ok(v) };
            let unit = num_traits::pow(BigInt::from(10), usize::try_from(-n).unwrap_or(0));
            let (q, r) = num_integer::Integer::div_mod_floor(&i, &unit);
            let twice: BigInt = &r * 2;
            let q = match twice.cmp(&unit) {
                Ordering::Greater => q + 1,
                Ordering::Equal if num_integer::Integer::is_odd(&q) => q + 1,
                _ => q,
            };
            Ok(Value::int(q * unit))
        }
        (other, _) => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

fn divmod(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "divmod", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    // An instance's `__divmod__`, then the other's `__rdivmod__`.
    if x.class().is_some() || y.class().is_some() {
        for (this, other, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
            if let Some(result) = interp.call_special(this, name, std::slice::from_ref(other))? {
                if !super::class::is_not_implemented(&result) {
                    return Ok(result);
                }
            }
        }
    }
    // Else numbers only (an int subclass's ints included).
    let number = |v: &Value| {
        matches!(
            super::operators::plain(v),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    };
    if !number(x) || !number(y) {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            x.type_name(),
            y.type_name()
        )));
    }
    let (x, y) = (super::operators::plain(x), super::operators::plain(y));
    if float_by_zero(&x, &y) {
        // `//` would say "float floor division by zero"; divmod names itself.
        return Err(PyErr::new(ExcType::ZeroDivisionError, "float divmod()"));
    }
    let q = interp.binary(BinOp::FloorDiv, &x, &y)?;
    let r = interp.binary(BinOp::Mod, &x, &y)?;
    Ok(Value::tuple(vec![q, r]))
}

/// A float divided by a zero int or float (or a number by a zero float).
fn float_by_zero(x: &Value, y: &Value) -> bool {
    let zero = match y {
        Value::Float(f) => *f == 0.0,
        Value::Int(0) | Value::Bool(false) => true,
        _ => false,
    };
    zero && (matches!(x, Value::Float(_)) || matches!(y, Value::Float(_)))
        && matches!(
            x,
            Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
        )
}

fn sorted(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let key = args.keyword("key");
    let reverse = args.keyword("reverse");
    // Argument Clinic's words, not `len()`'s: "sorted expected 1 argument, got 2".
    if args.keywords.is_empty() && args.positional.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.positional.len()
        )));
    }
    if let Some((k, _)) = args.keywords.first() {
        let given =
            args.keywords.len() + usize::from(key.is_some()) + usize::from(reverse.is_some());
        return Err(type_error(if given > 2 {
            format!("sort() takes at most 2 keyword arguments ({given} given)")
        } else {
            format!("'{k}' is an invalid keyword argument for sort()")
        }));
    }
    let a = positional(args, "sorted", 1, 1)?;
    let items = interp.collect(&a[0])?;
    let reverse = match reverse {
        Some(r) => interp.truthy(&r)?,
        None => false,
    };
    interp
        .sorted(items, key.as_ref(), reverse)
        .map(Value::list)
        .map_err(|(_, e)| e)
}

/// `sorted(iterable)`, with no keywords, taken where it is.
fn sorted_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let [iterable] = args else {
        return in_full(interp, args, sorted);
    };
    let items = interp.collect(iterable)?;
    interp
        .sorted(items, None, false)
        .map(Value::list)
        .map_err(|(_, e)| e)
}

fn reversed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "reversed", 1, 1)?;
    if let Some(method) = interp.special(&a[0], "__reversed__")? {
        return interp.call(&method, Args::default());
    }
    // A dict is reversible (its keys, last first), as since Python 3.8.
    if matches!(
        a[0],
        Value::Set(_) | Value::Iter(_) | Value::Generator(_) | Value::RangeIter(_)
    ) {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            a[0].type_name()
        )));
    }
    let name = match &a[0] {
        Value::List(_) => "list_reverseiterator",
        Value::Range(_) => "range_iterator",
        Value::Dict(_) => "dict_reversekeyiterator",
        _ => "reversed",
    };
    let mut items = interp.collect(&a[0])?;
    items.reverse();
    Ok(Iter::named_items(items, name))
}

fn enumerate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [iterable, start] = clinic_args(args, "enumerate", ["iterable", "start"])?;
    let Some(iterable) = iterable else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let start = match &start {
        Some(v) => int_arg(interp, v)?,
        None => 0,
    };
    let inner = interp.iter(&iterable)?;
    Ok(Iter::Enumerate {
        inner,
        count: start,
    }
    .value())
}

/// `enumerate(iterable[, start])`, positional, taken where they are.
fn enumerate_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let (iterable, count) = match &*args {
        [iterable] => (iterable, 0),
        [iterable, Value::Int(start)] => (iterable, *start),
        _ => return in_full(interp, args, enumerate),
    };
    let inner = interp.iter(iterable)?;
    Ok(Iter::Enumerate { inner, count }.value())
}

/// `zip(…)` of positional arguments only (`strict=` goes to `zip`).
fn zip_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let inners = zip_inners(interp, args)?;
    Ok(Iter::Zip {
        inners,
        strict: false,
    }
    .value())
}

/// The iterators of `zip`'s arguments.
fn zip_inners(interp: &mut Interp, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut inners = Vec::with_capacity(args.len());
    for v in args {
        inners.push(interp.iter(v)?);
    }
    Ok(inners)
}

fn zip(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let strict = match args.keyword("strict") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for zip()"
        )));
    }
    let inners = zip_inners(interp, &args.positional)?;
    Ok(Iter::Zip { inners, strict }.value())
}

fn map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut a = positional(args, "map", 2, usize::MAX)?;
    let function = a.remove(0);
    let inners = a.iter().map(|v| interp.iter(v)).collect::<PyResult<_>>()?;
    Ok(Iter::Map { function, inners }.value())
}

fn filter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "filter", 2, 2)?;
    let inner = interp.iter(&a[1])?;
    Ok(Iter::Filter {
        function: a[0].clone(),
        inner,
    }
    .value())
}

fn any_all(interp: &mut Interp, args: Args, name: &str, stop_on: bool) -> PyResult<Value> {
    let a = positional(args, name, 1, 1)?;
    let iterator = interp.iter(&a[0])?;
    while let Some(item) = interp.next(&iterator)? {
        if interp.truthy(&item)? == stop_on {
            return Ok(Value::Bool(stop_on));
        }
    }
    Ok(Value::Bool(!stop_on))
}

fn list(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "list", 0, 1)?;
    Ok(Value::list(match a.first() {
        Some(v) => interp.collect(v)?,
        None => Vec::new(),
    }))
}

fn tuple(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "tuple", 0, 1)?;
    Ok(match a.first() {
        Some(v @ Value::Tuple(_)) => v.clone(),
        Some(v) => Value::tuple(interp.collect(v)?),
        None => Value::tuple(Vec::new()),
    })
}

fn dict(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let d = interp.new_dict();
    if args.positional.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    if let Some(v) = args.positional.first() {
        interp.dict_update(&d, v)?;
    }
    for (k, v) in args.keywords {
        interp.dict_set(&d, Value::Str(k), v)?;
    }
    Ok(d)
}

fn set(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "set", 0, 1)?;
    match a.first() {
        Some(v) => interp.set_from(v, false),
        None => interp.new_set(Vec::new()),
    }
}

/// `frozenset(iterable=())`: a frozenset of the items (a frozenset itself
/// comes back as it is, as CPython's does).
fn frozenset(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "frozenset", 0, 1)?;
    if let Some(Value::Set(s)) = a.first() {
        if s.frozen {
            return Ok(a[0].clone());
        }
    }
    match a.first() {
        Some(v) => interp.set_from(v, true),
        None => interp.new_frozenset(Vec::new()),
    }
}

fn str_(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    // `str(i)`, the commonest, before any counting of arguments.
    if let [Value::Int(i)] = args {
        return Ok(Value::int_str(*i));
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    if args.len() > 1 {
        return super::bytes::str_of_bytes(args);
    }
    let a = positional_in(args, "str", 0, 1)?;
    Ok(match a.first() {
        Some(Value::Str(s)) => Value::Str(s.clone()),
        Some(Value::Int(i)) => Value::int_str(*i),
        Some(v) => Value::str(&interp.to_str(v)?),
        None => Value::str(""),
    })
}

/// `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`
/// with keywords (or called through `Interp::call`).
fn str_full(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [object, encoding, errors] = clinic_args(args, "str", ["object", "encoding", "errors"])?;
    let Some(object) = object else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return str_(interp, &mut [object]);
    }
    let mut args = vec![object, encoding.unwrap_or_else(|| Value::str("utf-8"))];
    args.extend(errors);
    super::bytes::str_of_bytes(&args)
}

/// `repr(x)`: CPython's builtin of one argument is a C call that counts a
/// level of recursion (`CALLING`), as is `hash(x)`.
fn repr(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "repr", 1, 1)?;
    interp.c_level(CALLING, |interp| Ok(Value::str(&interp.repr(&a[0])?)))
}

fn int(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    // `x` is positional only: by name it is an invalid keyword.
    if let Some((k, _)) = args.keywords.iter().find(|(k, _)| &**k != "base") {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for int()"
        )));
    }
    let base_kw = args.keyword("base");
    let given = args.positional.len() + usize::from(base_kw.is_some());
    if given > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({given} given)"
        )));
    }
    let a = args.positional;
    let base = a
        .get(1)
        .or(base_kw.as_ref())
        .map(|b| int_arg(interp, b))
        .transpose()?;
    match (a.first(), base) {
        (None, Some(_)) => Err(type_error("int() missing string argument")),
        (None, None) => Ok(Value::Int(0)),
        (Some(Value::Str(s)), base) => {
            let base = base.unwrap_or(10);
            if base != 0 && !(2..=36).contains(&base) {
                return Err(PyErr::new(
                    ExcType::ValueError,
                    "int() base must be >= 2 and <= 36, or 0",
                ));
            }
            let base = u32::try_from(base).unwrap_or(10);
            Ok(Value::int(parse_number::parse_int(s, base)?))
        }
        (Some(_), Some(_)) => Err(type_error(
            "int() can't convert non-string with explicit base",
        )),
        (Some(Value::Float(f)), None) => Ok(Value::int(int_ops::float_to_int(*f)?)),
        (Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))), None) => interp.positive(v),
        (Some(other), None) => match int_of_instance(interp, other)? {
            Some(v) => Ok(v),
            None => Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// `int(x)` of an int, float or str, taken where it is; the other forms go
/// to `int`.
fn int_fast(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    match &*args {
        [Value::Int(i)] => Ok(Value::Int(*i)),
        [Value::Float(f)] => Ok(Value::int(int_ops::float_to_int(*f)?)),
        [Value::Str(s)] => Ok(Value::int(parse_number::parse_int(s, 10)?)),
        _ => in_full(interp, args, int),
    }
}

/// `int(x)` of an instance of a class, as CPython's `PyNumber_Long` tries
/// them: `__int__`, `__index__`, `__trunc__` (without its deprecation
/// warning), then the int, float or str it is made of; `None` when it has
/// none of these.
fn int_of_instance(interp: &mut Interp, v: &Value) -> PyResult<Option<Value>> {
    if v.class().is_none() {
        return Ok(None);
    }
    for (method, what) in [
        ("__int__", "__int__"),
        ("__index__", "__index__"),
        ("__trunc__", "__trunc__"),
    ] {
        if let Some(m) = interp.special(v, method)? {
            return match interp.call(&m, Args::default())? {
                result @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => Ok(Some(result)),
                other if method == "__trunc__" => int(interp, Args::new(vec![other])).map(Some),
                other => Err(type_error(format!(
                    "{what} returned non-int (type {})",
                    other.type_name()
                ))),
            };
        }
    }
    match v.base_object() {
        Some(base) => int(interp, Args::new(vec![base])).map(Some),
        None => Ok(None),
    }
}

fn float(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "float", 0, 1)?;
    Ok(Value::Float(match a.first() {
        None => 0.0,
        Some(Value::Float(f)) => *f,
        #[allow(clippy::cast_precision_loss)]
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Bool(b)) => f64::from(u8::from(*b)),
        Some(Value::BigInt(b)) => int_ops::int_to_f64(b)?,
        Some(Value::Str(s)) => parse_number::parse_float(s)?,
        // An instance: its `__float__`, the float or int it is made of, or
        // its `__index__` (`real_number`); else the string it is made of.
        Some(other) if numeric_instance(interp, other)? => interp.real_number(other)?,
        Some(other) if matches!(other.base_object(), Some(Value::Str(_))) => {
            let Some(Value::Str(s)) = other.base_object() else {
                unreachable!()
            };
            parse_number::parse_float(&s)?
        }
        Some(other) => {
            return Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                other.type_name()
            )))
        }
    }))
}

/// Whether `v` is an instance that `float()` takes as a number: with
/// `__float__` or `__index__`, or made of an int or a float.
fn numeric_instance(interp: &mut Interp, v: &Value) -> PyResult<bool> {
    if v.class().is_none() {
        return Ok(false);
    }
    Ok(interp.special(v, "__float__")?.is_some()
        || interp.special(v, "__index__")?.is_some()
        || matches!(
            v.base_object(),
            Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))
        ))
}

fn bool_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "bool", 0, 1)?;
    Ok(Value::Bool(match a.first() {
        Some(v) => interp.truthy(v)?,
        None => false,
    }))
}

/// The built-in type of a value, as `type(x)` returns it.
pub(crate) fn type_of(interp: &Interp, v: &Value) -> Value {
    match v {
        Value::Instance(i) => Value::Class(i.class.clone()),
        Value::Class(c) if c.metaclass.is_some() => {
            Value::Class(c.metaclass.clone().expect("a metaclass"))
        }
        Value::Exception(e) => match &e.class {
            Some(class) => Value::Class(class.clone()),
            None => Value::ExcType(e.kind),
        },
        Value::Native(n) if n.type_name() == "memoryview" => {
            Value::Builtin(&super::memoryview::MEMORYVIEW)
        }
        Value::Native(n) => Value::Builtin(native_type(n.type_name())),
        other => {
            let name = other.builtin_type_name().unwrap_or_default();
            interp
                .builtins
                .get(name)
                .filter(|b| matches!(b, Value::Builtin(b) if b.is_type))
                .cloned()
                .or_else(|| {
                    OTHER_TYPES
                        .iter()
                        .find(|t| t.name == name)
                        .map(Value::Builtin)
                })
                // An iterator of the page's own kind (a str's or a tuple's is
                // an "iterator"): a type of its name, not `object`, which
                // would make every value an instance of it.
                .unwrap_or_else(|| Value::Builtin(native_type(name)))
        }
    }
}

/// Types a program meets but does not name as builtins: `type(x)` of their
/// values. They make no instances (CPython's message).
static OTHER_TYPES: &[Builtin] = &[
    builtin!(type "NoneType", |_, _| Ok(Value::None)),
    builtin!(type "function", |_, _| Err(no_instances("function"))),
    builtin!(type "builtin_function_or_method", |_, _| Err(no_instances("builtin_function_or_method"))),
    builtin!(type "method", |_, _| Err(no_instances("method"))),
    builtin!(type "generator", |_, _| Err(no_instances("generator"))),
    builtin!(type "range_iterator", |_, _| Err(no_instances("range_iterator"))),
    builtin!(type "list_iterator", |_, _| Err(no_instances("list_iterator"))),
    builtin!(type "dict_keyiterator", |_, _| Err(no_instances("dict_keyiterator"))),
    builtin!(type "dict_valueiterator", |_, _| Err(no_instances("dict_valueiterator"))),
    builtin!(type "dict_itemiterator", |_, _| Err(no_instances("dict_itemiterator"))),
    builtin!(type "module", |_, _| Err(no_instances("module"))),
];

/// The type of a module's objects (`type(lock).__name__`): one per type
/// name, made when first asked for and kept (type names are a fixed set).
fn native_type(name: &'static str) -> &'static Builtin {
    static TYPES: std::sync::Mutex<Vec<&'static Builtin>> = std::sync::Mutex::new(Vec::new());
    let mut types = super::value::lock(&TYPES);
    if let Some(found) = types.iter().find(|t| t.name == name) {
        return found;
    }
    let made: &'static Builtin = Box::leak(Box::new(Builtin {
        name,
        is_type: true,
        call: |_, _| Err(type_error("cannot create instances of this type this way")),
        fast: None,
        methods: &[],
    }));
    types.push(made);
    made
}

/// `object`: the base of every class; `object()` is a plain object (a sentinel).
/// `tuple`: by itself, for the struct sequences' classes (`sys.version_info`),
/// which derive from it.
pub(crate) static TUPLE: Builtin = builtin!(type "tuple", tuple);

static OBJECT: Builtin = builtin!(type "object", |_, args| {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    Ok(Value::Native(Arc::new(PlainObject)))
});

/// What `object()` makes.
#[derive(Debug)]
struct PlainObject;

impl super::value::Native for PlainObject {
    fn type_name(&self) -> &'static str {
        "object"
    }
    fn repr(&self) -> String {
        format!(
            "<object object at 0x{:012x}>",
            std::ptr::from_ref(self) as usize
        )
    }
}

fn no_instances(name: &str) -> PyErr {
    type_error(format!("cannot create '{name}' instances"))
}

/// `type(x)`: its type; `type(name, bases, namespace)`: a new class.
fn type_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match (args.positional.as_slice(), args.keywords.is_empty()) {
        ([x], true) => Ok(type_of(interp, x)),
        ([name, bases, namespace], _) => {
            interp.type_new(None, name, bases, namespace, args.keywords.clone())
        }
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

fn isinstance(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "isinstance", 2, 2)?;
    fn check(interp: &mut Interp, v: &Value, kind: &Value) -> PyResult<bool> {
        // The kind's type decides, past CPython's exact-type shortcut.
        let exact =
            matches!((kind, v.class()), (Value::Class(c), Some(own)) if Arc::ptr_eq(own, c));
        if !exact {
            if let Some(verdict) = type_hook(interp, "__instancecheck__", v, kind)? {
                return Ok(verdict);
            }
        }
        Ok(match kind {
            Value::Builtin(b) if b.is_type && b.name == "object" => true,
            Value::Builtin(b) if b.is_type => match v.class() {
                // An instance of a class derived from a built-in type (a
                // list, a thread) is of that type.
                Some(class) => {
                    matches!(&class.builtin, BuiltinBase::Type(base) if base.name == b.name)
                }
                None => {
                    let name = v.builtin_type_name();
                    name == Some(b.name) || (b.name == "int" && name == Some("bool"))
                }
            },
            // A class is an instance of its metaclass.
            Value::Class(c) => match v {
                Value::Class(own) => own.metaclass.as_ref().is_some_and(|m| m.derives_from(c)),
                _ => v.class().is_some_and(|own| own.derives_from(c)),
            },
            Value::ExcType(t) => match v {
                Value::Exception(e) => {
                    e.kind.is_subclass(*t)
                        || e.class
                            .as_ref()
                            .is_some_and(|c| c.derives_from_exception(*t))
                }
                _ => false,
            },
            Value::Tuple(kinds) => {
                for k in kinds.iter() {
                    if check(interp, v, k)? {
                        return Ok(true);
                    }
                }
                false
            }
            _ => {
                return Err(type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ))
            }
        })
    }
    Ok(Value::Bool(check(interp, &a[0], &a[1])?))
}

/// What `kind`'s type answers to `isinstance`/`issubclass` of `x`
/// (`method`: `__instancecheck__` or `__subclasscheck__`): for a class, its
/// metaclass's hook (abc.ABCMeta's registered classes and
/// `__subclasshook__`); for an object, its class's (`int | None`, a
/// `types.UnionType`). None when the type has no such hook.
fn type_hook(interp: &mut Interp, method: &str, x: &Value, kind: &Value) -> PyResult<Option<bool>> {
    let hook = match kind {
        Value::Class(c) => interp.meta_special(c, method),
        Value::Instance(_) => interp.special(kind, method)?,
        _ => None,
    };
    let Some(hook) = hook else {
        return Ok(None);
    };
    let answer = interp.call(&hook, Args::new(vec![x.clone()]))?;
    Ok(Some(interp.truthy(&answer)?))
}

/// `issubclass(cls, classinfo)`: through a class's ancestors and the
/// built-in class at their root, the exception hierarchy, a built-in type
/// and itself (`bool` under `int`).
fn issubclass(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "issubclass", 2, 2)?;
    fn is_class(v: &Value) -> bool {
        matches!(v, Value::ExcType(_) | Value::Class(_))
            || matches!(v, Value::Builtin(b) if b.is_type)
    }
    fn check(interp: &mut Interp, cls: &Value, kind: &Value) -> PyResult<bool> {
        // The kind's type decides, as for isinstance.
        if let Some(verdict) = type_hook(interp, "__subclasscheck__", cls, kind)? {
            return Ok(verdict);
        }
        Ok(match (cls, kind) {
            (_, Value::Tuple(kinds)) => {
                for k in kinds.iter() {
                    if check(interp, cls, k)? {
                        return Ok(true);
                    }
                }
                false
            }
            (_, k) if !is_class(k) => {
                return Err(type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
            (_, Value::Builtin(k)) if k.name == "object" => true,
            (Value::ExcType(c), Value::ExcType(k)) => c.is_subclass(*k),
            (Value::Class(c), Value::Class(k)) => c.derives_from(k),
            (Value::Class(c), Value::ExcType(k)) => c.derives_from_exception(*k),
            (Value::Class(c), Value::Builtin(k)) => {
                matches!(&c.builtin, BuiltinBase::Type(base) if base.name == k.name)
            }
            (Value::Builtin(c), Value::Builtin(k)) => {
                c.name == k.name || (c.name == "bool" && k.name == "int")
            }
            _ => false,
        })
    }
    if !is_class(&a[0]) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::Bool(check(interp, &a[0], &a[1])?))
}

fn id(_: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "id", 1, 1)?;
    Ok(Value::Int(
        i64::try_from(a[0].identity() as u64 & 0x7fff_ffff_ffff).unwrap_or(0),
    ))
}

fn hash(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "hash", 1, 1)?;
    let key = interp.c_level(CALLING, |interp| interp.key(&a[0]))?;
    Ok(hash_of_key(key))
}

/// `hash(x)` of the dict key `key` that `x` is (CPython's for numbers,
/// tuples and frozensets; see `set_table::py_hash`).
pub(crate) fn hash_of_key(key: super::value::Key) -> Value {
    Value::Int(super::set_table::py_hash(&key))
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut a = positional(args, "iter", 1, 2)?;
    if a.len() == 2 {
        let sentinel = a.pop().unwrap_or(Value::None);
        let callable = a.pop().unwrap_or(Value::None);
        let callable_kind = matches!(
            callable,
            Value::Function(_)
                | Value::Builtin(_)
                | Value::Method(_)
                | Value::Class(_)
                | Value::ExcType(_)
                | Value::Native(_)
        );
        if !callable_kind {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(super::iter::Iter::Native(std::sync::Arc::new(CallIter {
            callable,
            sentinel,
            ended: std::sync::atomic::AtomicBool::new(false),
        }))
        .value());
    }
    interp.iter(&a[0])
}

/// `iter(callable, sentinel)`: calls `callable()` until it returns `sentinel`.
#[derive(Debug)]
struct CallIter {
    callable: Value,
    sentinel: Value,
    ended: std::sync::atomic::AtomicBool,
}

impl super::iter::NativeIter for CallIter {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        use std::sync::atomic::Ordering;
        if self.ended.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let value = interp.call(&self.callable, Args::default())?;
        if value.is(&self.sentinel) || interp.eq(&value, &self.sentinel)? {
            self.ended.store(true, Ordering::Relaxed);
            return Ok(None);
        }
        Ok(Some(value))
    }
}

fn next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "next", 1, 2)?;
    if !matches!(
        a[0],
        Value::Iter(_) | Value::Generator(_) | Value::RangeIter(_) | Value::Instance(_)
    ) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            a[0].type_name()
        )));
    }
    // A generator's return value rides on its StopIteration.
    if let Value::Generator(generator) = &a[0] {
        return match generator.step(interp, super::generator::Input::Send(Value::None))? {
            super::generator::Step::Yielded(v) => Ok(v),
            super::generator::Step::Returned(_) if a.len() > 1 => Ok(a[1].clone()),
            returned => super::generator::sent_result(returned),
        };
    }
    match interp.next(&a[0])? {
        Some(v) => Ok(v),
        None => a
            .get(1)
            .cloned()
            .ok_or_else(|| PyErr::bare(ExcType::StopIteration)),
    }
}

fn ascii(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "ascii", 1, 1)?;
    Ok(Value::str(&ascii_text(interp, &a[0])?))
}

/// `ascii(v)`: its repr, with each character past ASCII escaped.
pub(super) fn ascii_text(interp: &mut Interp, v: &Value) -> PyResult<String> {
    let r = interp.repr(v)?;
    let mut out = String::new();
    for c in r.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    Ok(out)
}

fn format(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
        None => String::new(),
    };
    Value::try_str(&interp.format(&a[0], &spec)?)
}

fn chr_(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "chr", 1, 1)?;
    let n = int_arg(interp, &a[0])?;
    if let Ok(code @ 0xD800..=0xDFFF) = u32::try_from(n) {
        return Err(value_error(crate::objects::chars::lone_surrogate_message(
            code,
        )));
    }
    u32::try_from(n)
        .ok()
        .and_then(char::from_u32)
        .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
        .ok_or_else(|| PyErr::new(ExcType::ValueError, "chr() arg not in range(0x110000)"))
}

fn ord(_: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "ord", 1, 1)?;
    match &a[0] {
        Value::Str(s) if s.chars().count() == 1 => {
            Ok(Value::Int(i64::from(s.chars().next().map_or(0, u32::from))))
        }
        Value::Str(s) => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

/// `pow(base, exp, mod=None)`, by position or by keyword.
fn pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 3] = ["base", "exp", "mod"];
    let given = args.positional.len() + args.keywords.len();
    if given > 3 {
        return Err(type_error(format!(
            "pow() takes at most 3 arguments ({given} given)"
        )));
    }
    let positional = args.positional.len();
    let mut a: Vec<Option<Value>> = args.positional.into_iter().map(Some).collect();
    a.resize(3, None);
    for (k, v) in args.keywords {
        let Some(i) = NAMES.iter().position(|n| **n == *k) else {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for pow()"
            )));
        };
        if i < positional {
            return Err(type_error(format!(
                "argument for pow() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        a[i] = Some(v);
    }
    for (i, name) in NAMES.iter().enumerate().take(2) {
        if a[i].is_none() {
            return Err(type_error(format!(
                "pow() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    // Base and exponent are there (checked above); `mod=None` is no modulus.
    let mut a = a.into_iter().flatten();
    let (base, exp) = (
        a.next().unwrap_or(Value::None),
        a.next().unwrap_or(Value::None),
    );
    if let Some(m) = a.next().filter(|m| !matches!(m, Value::None)) {
        let numbers = [&base, &exp, &m];
        if numbers.iter().any(|v| matches!(v, Value::Complex(_)))
            && numbers
                .iter()
                .all(|v| super::complex::plain_complex(v).is_ok_and(|z| z.is_some()))
        {
            return Err(PyErr::new(ExcType::ValueError, "complex modulo"));
        }
        let (Some(b), Some(e), Some(m)) = (base.as_bigint(), exp.as_bigint(), m.as_bigint()) else {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if m.is_zero() {
            return Err(PyErr::new(
                ExcType::ValueError,
                "pow() 3rd argument cannot be 0",
            ));
        }
        // A negative exponent raises the base's inverse: `pow(3, -1, 7) == 5`.
        let (b, e) = if e.is_negative() {
            let inverse = b.modinv(&m).ok_or_else(|| {
                PyErr::new(
                    ExcType::ValueError,
                    "base is not invertible for the given modulus",
                )
            })?;
            (inverse, -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && r.is_negative() != m.is_negative() {
            r + m
        } else {
            r
        };
        return Ok(Value::int(r));
    }
    interp.binary(BinOp::Pow, &base, &exp)
}

fn attr_name(v: &Value, function: &str) -> PyResult<Arc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "{function}(): attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn getattr(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "getattr", 2, 3)?;
    let name = attr_name(&a[1], "getattr")?;
    match (interp.get_attr(&a[0], &name), a.get(2)) {
        (Err(e), Some(default)) if e.kind() == Some(ExcType::AttributeError) => Ok(default.clone()),
        (result, _) => result,
    }
}

fn hasattr(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "hasattr", 2, 2)?;
    let name = attr_name(&a[1], "hasattr")?;
    match interp.get_attr(&a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.kind() == Some(ExcType::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "setattr", 3, 3)?;
    let name = attr_name(&a[1], "setattr")?;
    interp.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

/// The `builtins` namespace.
#[must_use]
pub fn builtins() -> super::object::Names {
    static FUNCTIONS: &[Builtin] = &[
        builtin!(fast "print", print_fast, else print),
        builtin!(fast type "range", range),
        builtin!(fast "len", len),
        builtin!(fast "sum", sum_fast, else sum),
        builtin!(fast "min", min_fast, else |i, a| extreme(i, a, "min", Ordering::Less)),
        builtin!(fast "max", max_fast, else |i, a| extreme(i, a, "max", Ordering::Greater)),
        builtin!(fast "abs", abs),
        builtin!(fast "round", round_fast, else round),
        builtin!(fast "divmod", divmod),
        builtin!(fast "sorted", sorted_fast, else sorted),
        builtin!(type "reversed", reversed),
        builtin!(fast type "enumerate", enumerate_fast, else enumerate),
        builtin!(fast type "zip", zip_fast, else zip),
        builtin!(type "map", map),
        builtin!(type "filter", filter),
        builtin!("any", |i, a| any_all(i, a, "any", true)),
        builtin!("all", |i, a| any_all(i, a, "all", false)),
        builtin!(type "list", list),
        builtin!(type "dict", dict),
        builtin!(type "set", set),
        builtin!(type "frozenset", frozenset),
        builtin!(fast type "str", str_, else str_full),
        builtin!(type "bytes", super::bytes::bytes_),
        builtin!(type "bytearray", super::bytes::bytearray_),
        builtin!(fast type "int", int_fast, else int),
        builtin!(fast type "float", float),
        builtin!(type "complex", super::complex::complex_new),
        builtin!(type "bool", bool_),
        builtin!(fast "repr", repr),
        builtin!("ascii", ascii),
        builtin!("format", format),
        builtin!(fast "isinstance", isinstance),
        builtin!(type "type", type_),
        builtin!(fast "id", id),
        builtin!(fast "hash", hash),
        builtin!("iter", iter),
        builtin!(fast "issubclass", issubclass),
        builtin!("next", next),
        builtin!(fast "chr", chr_),
        builtin!(fast "ord", ord),
        builtin!("pow", pow),
        builtin!(fast "getattr", getattr),
        builtin!(fast "hasattr", hasattr),
        builtin!("setattr", setattr),
        builtin!("delattr", delattr),
        builtin!(fast "callable", callable),
        builtin!("vars", vars),
        builtin!("input", input),
        builtin!("open", open),
    ];
    let mut names: super::object::Names = FUNCTIONS
        .iter()
        .chain(super::type_methods::BUILTINS)
        .map(|b| (Arc::from(b.name), Value::Builtin(b)))
        .collect();
    for kind in ALL {
        names.insert(kind.name().into(), Value::ExcType(kind));
    }
    // Old names of OSError, kept by CPython as aliases.
    for alias in ["EnvironmentError", "IOError"] {
        names.insert(alias.into(), Value::ExcType(ExcType::OSError));
    }
    names.insert("None".into(), Value::None);
    names.insert("NotImplemented".into(), super::class::not_implemented());
    names.insert("Ellipsis".into(), super::class::ellipsis());
    for descriptor in [
        &OBJECT,
        &TUPLE,
        &super::introspect::DIR,
        &super::introspect::GLOBALS,
        &super::exec::EXEC,
        &super::exec::EVAL,
        &super::exec::COMPILE,
        &super::introspect::LOCALS,
        &super::introspect::IMPORT,
        &super::descriptors::STATICMETHOD,
        &super::descriptors::CLASSMETHOD,
        &super::descriptors::PROPERTY,
        &super::descriptors::SUPER,
        &super::memoryview::MEMORYVIEW,
    ] {
        names.insert(descriptor.name.into(), Value::Builtin(descriptor));
    }
    names
}

fn delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "delattr", 2, 2)?;
    let name = attr_name(&a[1], "delattr")?;
    interp.del_attr(&a[0], &name)?;
    Ok(Value::None)
}

/// `input(prompt)`: the page has no keyboard input for a program, so, as
/// CPython does at the end of its input (`python3 prog.py < /dev/null`), the
/// prompt is written and EOFError raised.
fn input(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "input", 0, 1)?;
    if let Some(prompt) = a.first() {
        let text = interp.to_str(prompt)?;
        interp.write_stdout(&text);
    }
    Err(PyErr::new(ExcType::EOFError, "EOF when reading a line"))
}

/// `open(file, mode='r', …)`: the page gives a program no files, so none can
/// be read (FileNotFoundError) and none written (a read-only file system),
/// each with the error CPython gives for that.
fn open(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let mode = args.keyword("mode");
    let file = args.keyword("file");
    let mut given = args.positional.into_iter();
    let Some(file) = given.next().or(file) else {
        return Err(type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let mode = match given.next().or(mode) {
        Some(Value::Str(m)) => m.to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "open() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
        None => "r".into(),
    };
    let writes = mode.contains(['w', 'a', 'x', '+']);
    let (kind, errno, text) = if writes {
        (ExcType::OSError, 30, "Read-only file system")
    } else {
        (ExcType::FileNotFoundError, 2, "No such file or directory")
    };
    let name = interp.to_str(&file)?;
    let error = super::exception_fields::os_error(
        kind,
        vec![Value::Int(errno), Value::str(text), Value::str(&name)],
    );
    Err(PyErr::raised(Value::Exception(error), Vec::new()))
}

/// `vars(obj)`: its `__dict__`.
fn vars(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(args, "vars", 1, 1)?;
    interp.get_attr(&a[0], "__dict__").map_err(|e| {
        if e.kind() == Some(ExcType::AttributeError) {
            type_error("vars() argument must have __dict__ attribute")
        } else {
            e
        }
    })
}

fn callable(interp: &mut Interp, args: &mut [Value]) -> PyResult<Value> {
    let a = positional_in(args, "callable", 1, 1)?;
    Ok(Value::Bool(match &a[0] {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Class(_)
        | Value::ExcType(_) => true,
        Value::Instance(_) => interp.special(&a[0], "__call__")?.is_some(),
        _ => false,
    }))
}
