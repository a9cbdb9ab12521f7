//! Arithmetic, comparison, truth, containment, and Python's rules for mixing
//! ints (exact, of any size), floats, strings and sequences.

use std::cmp::Ordering;
use std::sync::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::alloc;
use super::call::COMPARING;
use super::dict_views::{as_view, is_set_like};
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::Args;
use super::operators::has_class;
use super::value::{lock, shared_str_repeat, Value};
use super::Interp;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::objects::complex::Complex;
use crate::objects::{float_ops, int_ops};

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// A number as a float (ints converted, correctly rounded by num-bigint).
fn float(v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        #[allow(clippy::cast_precision_loss)]
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::BigInt(b) => Some(int_ops::int_to_f64(b)?),
        _ => None,
    })
}

/// A number as a float where Python wants a real (`math.sqrt(x)`,
/// `sys.setswitchinterval(x)`): CPython's `PyFloat_AsDouble`.
///
/// # Errors
/// TypeError for what is not a number; OverflowError for a huge int.
pub fn as_real(v: &Value) -> PyResult<f64> {
    float(v)?.ok_or_else(|| type_error(format!("must be real number, not {}", v.type_name())))
}

impl Interp {
    /// A number as a float where Python wants a real, as CPython's
    /// `PyFloat_AsDouble` takes it: a float, an int (correctly rounded), an
    /// object with `__float__`, else one with `__index__`.
    ///
    /// # Errors
    /// TypeError for what is none of these (or a `__float__` that returns no
    /// float); OverflowError for an int too large for a float; what
    /// `__float__` or `__index__` raises.
    pub fn real_number(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(x) = float(v)? {
            return Ok(x);
        }
        if let Some(method) = self.special(v, "__float__")? {
            return match self.call(&method, super::function::Args::default())? {
                Value::Float(f) => Ok(f),
                other => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    v.type_name(),
                    other.type_name()
                ))),
            };
        }
        // An instance of a class derived from float or int.
        if let Some(base) = v.base_object() {
            if let Some(x) = float(&base)? {
                return Ok(x);
            }
        }
        match super::str_methods::as_index(self, v)? {
            Some(n) => Ok(int_ops::int_to_f64(&n.as_bigint().unwrap_or_default())?),
            None => Err(type_error(format!(
                "must be real number, not {}",
                v.type_name()
            ))),
        }
    }
}

fn zero_division(message: &str) -> PyErr {
    PyErr::new(ExcType::ZeroDivisionError, message)
}

/// A type, or None standing for its type, as `|` joins them.
fn is_type_like(v: &Value) -> bool {
    match v {
        Value::Builtin(b) => b.is_type,
        Value::Class(_) | Value::ExcType(_) | Value::None => true,
        _ => false,
    }
}

/// `a op= b`'s TypeError names the operator `op=` (`-=`, `**=`).
#[inline(never)]
fn inplace_message(error: PyErr, op: BinOp) -> PyErr {
    let binary = format!("unsupported operand type(s) for {}: ", op.symbol());
    // Only the operator's own error (one a method raised has its traceback).
    if error.kind() != Some(ExcType::TypeError) || !error.traceback.is_empty() {
        return error;
    }
    let Value::Exception(e) = &error.value else {
        return error;
    };
    let args = e.args();
    let [Value::Str(message)] = args.as_slice() else {
        return error;
    };
    let Some(operands) = message.strip_prefix(&binary) else {
        return error;
    };
    let symbol = if op == BinOp::Pow { "**" } else { op.symbol() };
    type_error(format!(
        "unsupported operand type(s) for {symbol}=: {operands}"
    ))
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    // A sequence's own `+` refuses anything but its kind, in its own words.
    if let (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_)) = (op, a) {
        if !matches!(b, Value::Instance(_)) {
            let (kind, other) = (a.type_name(), b.type_name());
            return type_error(format!(
                "can only concatenate {kind} (not \"{other}\") to {kind}"
            ));
        }
    }
    // A sequence's repeat takes ints only (`[1] * 2.5`, `1j * "a"`).
    if op == BinOp::Mul && !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
        let other = match (is_sequence(a), is_sequence(b)) {
            (true, _) => Some(b),
            (false, true) => Some(a),
            _ => None,
        };
        if let Some(other) = other {
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            ));
        }
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

/// `x op y` for two small ints, when the result is a small int too (`None`:
/// the general path, for big ints, floats, errors). The interpreter loop calls
/// it directly on the values where they lie on its stack. Inline: a call
/// of its own was a sixth of the instructions of `fib(n - 1)`.
#[inline(always)]
#[must_use]
pub fn small_int_binary(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            Some(Integer::div_floor(&x, &y))
        }
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => Some(Integer::mod_floor(&x, &y)),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::Pow if (0..64).contains(&y) => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)),
        _ => None,
    }
}

/// `a op b` of two floats, or of a float and a small int, when it is plain
/// IEEE arithmetic (`+`, `-`, `*`, and `/` by a non-zero): CPython 3.11's
/// `BINARY_OP_ADD_FLOAT` and its kin. Checked before anything else, as float
/// code (`nbody`, `raytrace`) does little else; every other case is `None`.
#[inline(always)]
fn plain_float_binary(op: BinOp, a: &Value, b: &Value) -> Option<f64> {
    #[allow(clippy::cast_precision_loss)] // as float(i) rounds
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
        _ => return None,
    };
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

impl Interp {
    /// `a op b`
    ///
    /// # Errors
    /// TypeError for unsupported operands, ZeroDivisionError, OverflowError.
    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(x) = plain_float_binary(op, a, b) {
            return Ok(Value::Float(x));
        }
        if let (BinOp::Add, Value::Str(x), Value::Str(y)) = (op, a, b) {
            return Value::try_concat(&[x, y]);
        }
        // printf-style formatting, whatever the values (an int too big for
        // a float must not reach the numbers' path below).
        if let (BinOp::Mod, Value::Str(format)) = (op, a) {
            return super::percent_format::percent_format(self, format, b);
        }
        if op == BinOp::Add {
            if let Some(result) = super::bytes::concat(a, b) {
                return result;
            }
        }
        // The fast path: two small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = small_int_binary(op, *x, *y) {
                return Ok(Value::Int(v));
            }
        }
        // `True & False` is a bool, as `&`, `|` and `^` of two bools are.
        if let (BinOp::And | BinOp::Or | BinOp::Xor, Value::Bool(x), Value::Bool(y)) = (op, a, b) {
            return Ok(Value::Bool(match op {
                BinOp::And => x & y,
                BinOp::Or => x | y,
                _ => x ^ y,
            }));
        }
        if is_int(a) && is_int(b) && op != BinOp::MatMul {
            return int_binary(
                op,
                &a.as_bigint().unwrap_or_default(),
                &b.as_bigint().unwrap_or_default(),
            );
        }
        if let (Some(x), Some(y)) = (float(a)?, float(b)?) {
            if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) || op == BinOp::TrueDiv
            {
                return float_binary(op, x, y, a, b);
            }
        }
        if let Some(result) = super::complex::complex_binary(op, a, b) {
            return result;
        }
        match (op, a, b) {
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                // One lock at a time (`a + a`).
                let first = lock(&x.items).clone();
                let second = lock(&y.items).clone();
                let mut items = alloc::vec_with_capacity(first.len().saturating_add(second.len()))?;
                items.extend(first);
                items.extend(second);
                Ok(Value::list(items))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let total = x.len().saturating_add(y.len());
                alloc::check_bytes(total.checked_mul(size_of::<Value>()))?;
                // An iterator of known length: one allocation, the tuple's.
                Ok(Value::Tuple(x.iter().chain(y.iter()).cloned().collect()))
            }
            (BinOp::Mul, seq, n) | (BinOp::Mul, n, seq) if is_int(n) && is_sequence(seq) => {
                repeat(seq, n)
            }
            (BinOp::Or, Value::Dict(_), Value::Dict(_)) => {
                let merged = self.new_dict();
                self.dict_update(&merged, a)?;
                self.dict_update(&merged, b)?;
                Ok(merged)
            }
            (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Value::Set(_), Value::Set(_)) => {
                self.set_op(op, a, b)
            }
            (BinOp::Mod, Value::Bytes(format), _) => {
                super::percent_format::bytes_percent_format(self, format, b, false)
            }
            (BinOp::Mod, Value::ByteArray(format), _) => {
                let format = lock(&format.bytes).clone();
                super::percent_format::bytes_percent_format(self, &format, b, true)
            }
            // A class on the left has its say first (`__or__`), as CPython's would.
            _ if is_set_like(a) || (is_set_like(b) && !has_class(a)) => self.view_set_op(op, a, b),
            _ if has_class(a) || has_class(b) => self.binary_of_class(op, a, b),
            // `int | None` in an annotation: a `types.UnionType`.
            (BinOp::Or, _, _) if is_type_like(a) && is_type_like(b) => {
                self.call_types("_union", vec![a.clone(), b.clone()])
            }
            _ => Err(unsupported(op, a, b)),
        }
    }

    /// `types.name(*args)`: the frozen module that makes the objects
    /// CPython makes in C for annotations (`list[int]`, `int | None`).
    pub(super) fn call_types(&mut self, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let module = self.import("types")?;
        let function = self.get_attr(&module, name)?;
        self.call(&function, Args::new(args))
    }

    /// `a op= b`: the mutable containers change in place, as CPython's do
    /// (another name for the list, set or dict sees the change): a list
    /// extends (`+=`) or repeats (`*=`), a set takes another set's algebra,
    /// a dict another mapping's items (`|=`); everything else is `a = a op b`.
    ///
    /// # Errors
    /// As `binary`.
    pub fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(x) = plain_float_binary(op, a, b) {
            return Ok(Value::Float(x));
        }
        match (op, a, b) {
            (BinOp::Add, Value::List(list), _) => {
                let items = self.collect(b)?;
                let mut target = lock(&list.items);
                alloc::reserve(target.for_appending(), items.len())?;
                target.extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mul, Value::List(list), n) if is_int(n) => {
                let Value::List(repeated) = repeat(a, n)? else {
                    unreachable!("a list repeated is a list");
                };
                let items = std::mem::take(&mut *lock(&repeated.items));
                *lock(&list.items) = items;
                return Ok(a.clone());
            }
            // A frozenset has no in-place algebra: `f |= s` makes a new one.
            (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Value::Set(set), Value::Set(_))
                if !set.frozen =>
            {
                self.set_op_in_place(op, set, b)?;
                return Ok(a.clone());
            }
            (BinOp::Or, Value::Dict(_), _) => {
                self.dict_update(a, b)?;
                return Ok(a.clone());
            }
            _ => {}
        }
        let result = if has_class(a) {
            self.inplace_of_class(op, a, b)
        } else {
            self.binary(op, a, b)
        };
        result.map_err(|error| inplace_message(error, op))
    }

    /// `-x`
    ///
    /// # Errors
    /// TypeError for non-numbers.
    pub fn negate(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(i
                .checked_neg()
                .map_or_else(|| Value::int(-BigInt::from(*i)), Value::Int)),
            Value::Bool(b) => Ok(Value::Int(-i64::from(*b))),
            Value::BigInt(b) => Ok(Value::int(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            Value::Complex(z) => Ok(Value::complex(Complex::new(-z.re, -z.im))),
            other if has_class(other) => self.unary_of_class(other, "__neg__", "unary -"),
            other => Err(type_error(format!(
                "bad operand type for unary -: '{}'",
                other.type_name()
            ))),
        }
    }

    /// `+x`
    ///
    /// # Errors
    /// TypeError for non-numbers.
    pub fn positive(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
            other if has_class(other) => self.unary_of_class(other, "__pos__", "unary +"),
            other => Err(type_error(format!(
                "bad operand type for unary +: '{}'",
                other.type_name()
            ))),
        }
    }

    /// `~x`
    ///
    /// # Errors
    /// TypeError for non-ints.
    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        match v.as_bigint() {
            Some(i) => Ok(Value::int(-i - 1)),
            None if has_class(v) => self.unary_of_class(v, "__invert__", "unary ~"),
            None => Err(type_error(format!(
                "bad operand type for unary ~: '{}'",
                v.type_name()
            ))),
        }
    }

    /// Python's truth value.
    ///
    /// # Errors
    /// Never for the built-in types; user `__bool__`/`__len__` may raise.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Complex(z) => z.re != 0.0 || z.im != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !lock(&b.bytes).is_empty(),
            Value::List(l) => !lock(&l.items).is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !lock(&d.map).is_empty(),
            Value::Set(s) => !lock(&s.map).is_empty(),
            Value::Range(r) => !r.is_empty(),
            // A module's object (a dict view) may have a length too.
            Value::Instance(_) | Value::Exception(_) | Value::Native(_) | Value::Class(_) => {
                if let Some(result) = self.call_special(v, "__bool__", &[])? {
                    return match result {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            other.type_name()
                        ))),
                    };
                }
                if let Some(n) = self.call_special(v, "__len__", &[])? {
                    return Ok(self.len_result(&n)? != 0);
                }
                match v.base_object() {
                    Some(base) if !matches!(base, Value::Native(_)) => self.truthy(&base)?,
                    _ => true,
                }
            }
            _ => true,
        })
    }

    /// `a == b`
    ///
    /// # Errors
    /// What a user `__eq__` raises.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(match (a, b) {
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Str(x), Value::Str(y)) => x == y,
            (Value::None, Value::None) => true,
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                super::bytes::bytes_like(a) == super::bytes::bytes_like(b)
            }
            _ if is_int(a) && is_int(b) => a.as_bigint() == b.as_bigint(),
            (Value::Float(_), _) | (_, Value::Float(_)) if is_number(a) && is_number(b) => {
                num_cmp(a, b) == Some(Ordering::Equal)
            }
            (Value::Complex(z), other) | (other, Value::Complex(z))
                if is_number(other) || matches!(other, Value::Complex(_)) =>
            {
                super::complex::complex_eq(**z, other).unwrap_or(false)
            }
            (Value::List(x), Value::List(y)) => {
                // One lock at a time: `a == a` locks one list twice.
                // Lengths that differ settle it with no copy.
                let y_len = lock(&y.items).len();
                let x = {
                    let items = lock(&x.items);
                    if items.len() != y_len {
                        return Ok(false);
                    }
                    items.clone()
                };
                let y = lock(&y.items).clone();
                self.seq_eq(&x, &y)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(&x.clone(), &y.clone())?,
            (Value::Slice(x), Value::Slice(y)) => self.seq_eq(&x[..], &y[..])?,
            (Value::Dict(x), Value::Dict(y)) => {
                let x: Vec<_> = lock(&x.map)
                    .iter()
                    .map(|(k, (_, v))| (k.clone(), v.clone()))
                    .collect();
                let y = lock(&y.map).clone();
                if x.len() != y.len() {
                    return Ok(false);
                }
                self.nested_call(COMPARING, |interp| {
                    for (k, v) in x {
                        match y.get(&k) {
                            Some((_, w)) if v.is(w) || interp.eq(&v, &w.clone())? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })?
            }
            (Value::Set(x), Value::Set(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                // Never wait for one lock while holding the other (two
                // threads comparing two sets in turn would each hold one
                // and wait for the other): the second only tried, and when
                // another thread has it, the first's keys copied and its lock
                // let go first. Sizes that differ (`domain == {EMPTY}`)
                // settle it with no copy.
                let y_len = lock(&y.map).len();
                let x_map = lock(&x.map);
                if x_map.len() != y_len {
                    return Ok(false);
                }
                if let Ok(y_map) = y.map.try_lock() {
                    return Ok(x_map.len() == y_map.len()
                        && x_map.index().keys().all(|k| y_map.contains_key(k)));
                }
                let keys: Vec<_> = x_map.index().keys().cloned().collect();
                drop(x_map);
                let y = lock(&y.map);
                keys.len() == y.len() && keys.iter().all(|k| y.contains_key(k))
            }
            (Value::Range(x), Value::Range(y)) => x.same_numbers(y),
            // A comparison CPython makes in C counts a level of recursion.
            _ if has_class(a) || has_class(b) => {
                self.c_level(COMPARING, |interp| interp.eq_of_class(a, b))?
            }
            (Value::Exception(x), Value::Exception(y)) => Arc::ptr_eq(x, y),
            (Value::Native(_), _) | (_, Value::Native(_)) if is_set_like(a) || is_set_like(b) => {
                match self.view_comparands(a, b)? {
                    Some((x, y)) => self.eq(&x, &y)?,
                    None => a.is(b),
                }
            }
            (Value::Native(_), _) | (_, Value::Native(_))
                if super::memoryview::eq(a, b).is_some() =>
            {
                super::memoryview::eq(a, b).unwrap_or(false)
            }
            _ => {
                std::mem::discriminant(a) == std::mem::discriminant(b)
                    && a.identity() == b.identity()
            }
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.nested_call(COMPARING, |interp| {
            for (a, b) in x.iter().zip(y) {
                // An item is equal to itself, as CPython takes it (a list
                // that holds itself equals itself, and `[nan] == [nan]` of one nan).
                if !a.is(b) && !interp.eq(a, b)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// `a < b` and the other orderings (and `==`, `!=`).
    ///
    /// # Errors
    /// TypeError for values that have no order between them.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        // Two floats (CPython's COMPARE_OP_FLOAT_JUMP): IEEE's comparisons
        // are Python's, NaN included.
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            let verdict = match op {
                CmpOp::Lt => Some(x < y),
                CmpOp::Le => Some(x <= y),
                CmpOp::Gt => Some(x > y),
                CmpOp::Ge => Some(x >= y),
                CmpOp::Eq => Some(x == y),
                CmpOp::Ne => Some(x != y),
                _ => None,
            };
            if let Some(verdict) = verdict {
                return Ok(Value::Bool(verdict));
            }
        }
        if has_class(a) || has_class(b) {
            return self.c_level(COMPARING, |interp| interp.compare_of_class(op, a, b));
        }
        match op {
            CmpOp::Eq => return Ok(Value::Bool(self.eq(a, b)?)),
            CmpOp::Ne => return Ok(Value::Bool(!self.eq(a, b)?)),
            _ => {}
        }
        let ordering = self.order(a, b, op)?;
        Ok(Value::Bool(match (op, ordering) {
            (_, None) => false, // NaN
            (CmpOp::Lt, Some(o)) => o == Ordering::Less,
            (CmpOp::Le, Some(o)) => o != Ordering::Greater,
            (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
            (CmpOp::Ge, Some(o)) => o != Ordering::Less,
            _ => false,
        }))
    }

    /// How `a` and `b` order (`None` when a NaN is involved).
    ///
    /// # Errors
    /// TypeError, naming `op`, for unorderable values.
    pub fn order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Some(x.cmp(y)));
        }
        if is_number(a) && is_number(b) {
            return Ok(num_cmp(a, b));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(x.cmp(y))),
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => Ok(
                Some(super::bytes::bytes_like(a).cmp(&super::bytes::bytes_like(b))),
            ),
            (Value::List(x), Value::List(y)) => {
                let x = lock(&x.items).clone();
                let y = lock(&y.items).clone();
                self.seq_order(&x, &y, op)
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_order(&x.clone(), &y.clone(), op),
            // Sets order by inclusion: a subset is less, two sets neither of
            // which holds the other are unordered (every comparison false).
            (Value::Set(x), Value::Set(y)) => {
                let x: Vec<_> = lock(&x.map).index().keys().cloned().collect();
                let y = lock(&y.map);
                let y = y.index();
                let x_in_y = x.iter().all(|k| y.contains_key(k));
                Ok(match (x_in_y, x.len().cmp(&y.len())) {
                    (true, Ordering::Equal) => Some(Ordering::Equal),
                    (true, Ordering::Less) => Some(Ordering::Less),
                    (false, Ordering::Greater) => {
                        let x: std::collections::HashSet<_> = x.iter().collect();
                        let y_in_x = y.keys().all(|k| x.contains(k));
                        y_in_x.then_some(Ordering::Greater)
                    }
                    _ => None,
                })
            }
            _ if has_class(a) || has_class(b) => self.order_of_class(a, b, op),
            (Value::Native(_), _) | (_, Value::Native(_)) if is_set_like(a) || is_set_like(b) => {
                match self.view_comparands(a, b)? {
                    Some((x, y)) => self.order(&x, &y, op),
                    None => Err(unordered(op, a, b)),
                }
            }
            _ => Err(unordered(op, a, b)),
        }
    }

    fn seq_order(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Option<Ordering>> {
        self.nested_call(COMPARING, |interp| {
            for (a, b) in x.iter().zip(y) {
                if !a.is(b) && !interp.eq(a, b)? {
                    return interp.order(a, b, op);
                }
            }
            Ok(Some(x.len().cmp(&y.len())))
        })
    }

    /// `item in container`
    ///
    /// # Errors
    /// TypeError for containers that are not iterable, or unhashable keys.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.contains(&**i)),
                other => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    other.type_name()
                ))),
            },
            Value::Bytes(b) => super::bytes::contains(b, item),
            Value::ByteArray(b) => {
                let bytes = lock(&b.bytes).clone();
                super::bytes::contains(&bytes, item)
            }
            Value::Dict(d) => Ok(self.find_in_dict(d, &lock(&d.map), item)?.is_some()),
            Value::Set(s) => Ok(self.find(lock(&s.map).index(), item)?.is_some()),
            Value::Range(r) => match item {
                Value::Int(i) => {
                    let i = *i;
                    let inside = if r.step > 0 {
                        r.start <= i && i < r.stop
                    } else {
                        r.stop < i && i <= r.start
                    };
                    // In i128: `i - start` and `% -1` of i64::MIN cannot overflow.
                    Ok(inside && (i128::from(i) - i128::from(r.start)) % i128::from(r.step) == 0)
                }
                _ => Ok(false),
            },
            _ if has_class(container)
                || matches!(container, Value::Class(c) if c.metaclass.is_some()) =>
            {
                if let Some(result) =
                    self.call_special(container, "__contains__", std::slice::from_ref(item))?
                {
                    return self.truthy(&result);
                }
                if let Some(base) = container.base_object() {
                    if !matches!(base, Value::Native(_)) {
                        return self.contains(&base, item);
                    }
                }
                let items = self.collect(container)?;
                for candidate in &items {
                    if candidate.is(item) || self.eq(candidate, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(view) = as_view(container) {
                    return self.view_contains(view, item);
                }
                let items = self.collect(container)?;
                for candidate in &items {
                    if candidate.is(item) || self.eq(candidate, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

/// The TypeError of `a op b` for values with no order between them.
fn unordered(op: CmpOp, a: &Value, b: &Value) -> PyErr {
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

pub(super) fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

/// Exact comparison of two numbers (an int and a float compare exactly, as in Python).
pub(super) fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), other) => float_int_cmp(*x, &other.as_bigint()?),
        (other, Value::Float(y)) => float_int_cmp(*y, &other.as_bigint()?).map(Ordering::reverse),
        _ => Some(a.as_bigint()?.cmp(&b.as_bigint()?)),
    }
}

/// Whether float `x` equals the int `i` exactly (`2**53 + 1 != 2.0**53`).
pub(super) fn float_equals_int(x: f64, i: &Value) -> bool {
    i.as_bigint()
        .is_some_and(|i| float_int_cmp(x, &i) == Some(Ordering::Equal))
}

fn float_int_cmp(x: f64, i: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let floor = x.floor();
    // Every finite float's floor is an integer that BigInt holds exactly.
    let whole: BigInt = num_traits::FromPrimitive::from_f64(floor)?;
    match whole.cmp(i) {
        Ordering::Equal if x > floor => Some(Ordering::Greater),
        o => Some(o),
    }
}

/// `seq * n` and `n * seq` (`n` an int): CPython's checks, in its order.
/// A count past a machine index is an OverflowError; a negative count an
/// empty result; a result the instance cannot allocate a MemoryError (for a
/// str whose length would pass `PY_SSIZE_T_MAX`, CPython's OverflowError).
pub(super) fn repeat(seq: &Value, n: &Value) -> PyResult<Value> {
    let count = index_sized(n)?.max(0).unsigned_abs();
    // The items (a str's bytes) of the result: None past 64 bits.
    let items = |len: usize| {
        u64::try_from(len)
            .ok()
            .and_then(|len| len.checked_mul(count))
    };
    match seq {
        Value::Str(s) => {
            if count == 0 || s.is_empty() {
                return Ok(Value::str(""));
            }
            let bytes = items(s.len());
            // CPython counts characters (fewer than bytes, so counted only
            // when the bytes are too many): past `PY_SSIZE_T_MAX`, it gives up.
            if bytes.is_none_or(|n| n > i64::MAX as u64) {
                let chars = u64::try_from(s.chars().count()).unwrap_or(u64::MAX);
                if chars.checked_mul(count).is_none_or(|n| n > i64::MAX as u64) {
                    return Err(PyErr::new(
                        ExcType::OverflowError,
                        "repeated string is too long",
                    ));
                }
            }
            alloc::check_items(bytes.unwrap_or(u64::MAX), 1)?;
            let count = usize::try_from(count).map_err(|_| alloc::memory_error())?;
            Ok(Value::Str(shared_str_repeat(s, count)))
        }
        Value::Bytes(_) | Value::ByteArray(_) => super::bytes::repeat(seq, count),
        Value::List(l) => {
            let source = lock(&l.items).clone();
            // Past `PY_SSIZE_T_MAX` items, CPython's MemoryError too.
            let total =
                alloc::check_items(items(source.len()).unwrap_or(u64::MAX), size_of::<Value>())?;
            let mut out = alloc::vec_with_capacity(total)?;
            while out.len() < total {
                out.extend_from_slice(&source);
            }
            Ok(Value::list(out))
        }
        Value::Tuple(t) => {
            let len = t.len();
            if count == 0 || len == 0 {
                return Ok(Value::tuple(Vec::new()));
            }
            let total = alloc::check_items(items(len).unwrap_or(u64::MAX), size_of::<Value>())?;
            // Collected from an iterator of known length: one allocation,
            // the tuple's own (a Vec first would be copied into it).
            Ok(Value::Tuple(
                (0..total).map(|i| t[i % len].clone()).collect(),
            ))
        }
        _ => unreachable!("is_sequence"),
    }
}

/// An int as a machine index (`Py_ssize_t`, 64 bits on CPython's machines),
/// as `PyNumber_AsSsize_t(n, PyExc_OverflowError)` takes it.
///
/// # Errors
/// OverflowError "cannot fit 'int' into an index-sized integer".
fn index_sized(n: &Value) -> PyResult<i64> {
    match n {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => n.as_bigint().and_then(|n| n.to_i64()).ok_or_else(|| {
            PyErr::new(
                ExcType::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        }),
    }
}

fn int_binary(op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::int(x + y),
        BinOp::Sub => Value::int(x - y),
        BinOp::Mul => Value::int(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::int(x.div_floor(y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::int(x.mod_floor(y))
        }
        BinOp::TrueDiv => Value::Float(int_ops::int_true_divide(x, y)?),
        BinOp::Pow => {
            if y.is_negative() {
                let (xf, yf) = (
                    x.to_f64().unwrap_or(f64::NAN),
                    y.to_f64().unwrap_or(f64::NAN),
                );
                if xf == 0.0 {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float(xf.powf(yf)));
            }
            let Some(e) = y.to_u32() else {
                return Err(alloc::memory_error());
            };
            if x.bits().saturating_mul(u64::from(e)) > 10_000_000 {
                return Err(alloc::memory_error());
            }
            Value::int(num_traits::pow::Pow::pow(x, e))
        }
        BinOp::LShift => {
            let Some(s) = y.to_u32() else {
                return Err(if y.is_negative() {
                    PyErr::new(ExcType::ValueError, "negative shift count")
                } else {
                    PyErr::new(ExcType::OverflowError, "too many digits in integer")
                });
            };
            if s > 10_000_000 {
                return Err(alloc::memory_error());
            }
            Value::int(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            let s = y.to_u32().unwrap_or(u32::MAX);
            Value::int(x >> s)
        }
        BinOp::And => Value::int(x & y),
        BinOp::Or => Value::int(x | y),
        BinOp::Xor => Value::int(x ^ y),
        // Kept from here by `binary`.
        BinOp::MatMul => return Err(type_error("unsupported operand type(s) for @")),
    })
}

fn float_binary(op: BinOp, x: f64, y: f64, a: &Value, b: &Value) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division(if is_int(a) && is_int(b) {
                    "division by zero"
                } else {
                    "float division by zero"
                }));
            }
            x / y
        }
        BinOp::FloorDiv => float_ops::float_floor_div(x, y)?,
        BinOp::Mod => float_ops::float_mod(x, y)?,
        BinOp::Pow => match float_ops::float_pow(x, y)? {
            float_ops::FloatPow::Real(r) => r,
            float_ops::FloatPow::Complex => return super::complex::float_pow_complex(x, y),
        },
        _ => return Err(unsupported(op, a, b)),
    }))
}
