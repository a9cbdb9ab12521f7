//! The operators of instances of Python classes: `a + b` calls
//! `a.__add__(b)`, then `b.__radd__(a)`; `a < b` calls `a.__lt__(b)`, then
//! `b.__gt__(a)`; each may return `NotImplemented` to pass. An instance of a
//! class derived from a built-in type (a list) that defines no such method
//! is that built-in object to the operator.

use std::cmp::Ordering;
use std::sync::Arc;

use super::class::is_not_implemented;
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::Args;
use super::value::{Key, Value};
use super::Interp;
use crate::compiler::bytecode::{BinOp, CmpOp};

/// A binary operator's method and its reflected one.
pub(super) fn binary_methods(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::And => ("__and__", "__rand__"),
        BinOp::Or => ("__or__", "__ror__"),
        BinOp::Xor => ("__xor__", "__rxor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
    }
}

/// An in-place operator's method (`+=`: `__iadd__`).
pub(super) fn inplace_method(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mul => "__imul__",
        BinOp::TrueDiv => "__itruediv__",
        BinOp::FloorDiv => "__ifloordiv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::And => "__iand__",
        BinOp::Or => "__ior__",
        BinOp::Xor => "__ixor__",
        BinOp::MatMul => "__imatmul__",
    }
}

/// A comparison's method and the one that answers it from the other side.
pub(super) fn compare_methods(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        _ => ("__ne__", "__ne__"),
    }
}

/// Whether an operator on `v` is for its class's methods.
#[must_use]
pub fn has_class(v: &Value) -> bool {
    v.class().is_some()
}

/// The error of `x op y` on the built-in objects of instances `a` and `b`:
/// an "unsupported operand" one names the instances' classes
/// (`Counter(a=1) * 2` names 'Counter', not 'dict').
#[inline(never)]
fn operands_named(e: PyErr, op: BinOp, a: &Value, b: &Value) -> PyErr {
    let unsupported = match &e.value {
        Value::Exception(x) if x.kind == ExcType::TypeError => matches!(
            x.args().first(),
            Some(Value::Str(m)) if m.starts_with("unsupported operand type(s) for ")
        ),
        _ => false,
    };
    if !unsupported {
        return e;
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

impl Interp {
    /// `method(other)` of `object`, if its class has the method and it does
    /// not return `NotImplemented`.
    fn try_method(
        &mut self,
        object: &Value,
        name: &'static str,
        other: &Value,
    ) -> PyResult<Option<Value>> {
        let Some(result) = self.call_special(object, name, std::slice::from_ref(other))? else {
            return Ok(None);
        };
        Ok((!is_not_implemented(&result)).then_some(result))
    }

    /// `a op b` where an operand is an instance of a class.
    pub(super) fn binary_of_class(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (method, reflected) = binary_methods(op);
        if let Some(result) = self.try_method(a, method, b)? {
            return Ok(result);
        }
        // The reflected method is the other type's: not tried between two
        // instances of one class.
        let same_class = matches!((a.class(), b.class()), (Some(x), Some(y)) if Arc::ptr_eq(x, y));
        if !a.is(b) && !same_class {
            if let Some(result) = self.try_method(b, reflected, a)? {
                return Ok(result);
            }
        }
        // A list subclass's `+`: the lists'.
        let (x, y) = (plain(a), plain(b));
        if !has_class(&x) && !has_class(&y) {
            return self
                .binary(op, &x, &y)
                .map_err(|e| operands_named(e, op, a, b));
        }
        if op == BinOp::Mul {
            if let Some(repeated) = self.repeat_by_index(&x, &y)? {
                return Ok(repeated);
            }
        }
        Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        )))
    }

    /// `seq * n` or `n * seq` where `n` is an instance with `__index__` and
    /// neither side's `__mul__` answered: the sequence repeated, as
    /// CPython's `sq_repeat` takes any index.
    #[inline(never)]
    fn repeat_by_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (seq, n) = if super::ops::is_sequence(a) {
            (a, b)
        } else if super::ops::is_sequence(b) {
            (b, a)
        } else {
            return Ok(None);
        };
        match super::str_methods::as_index(self, n)? {
            Some(count) => super::ops::repeat(seq, &count).map(Some),
            None => Ok(None),
        }
    }

    /// `a op= b` for an instance of a class: `__iadd__`, else `a op b`.
    pub(super) fn inplace_of_class(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(result) = self.try_method(a, inplace_method(op), b)? {
            return Ok(result);
        }
        self.binary_of_class(op, a, b)
    }

    /// `a op b` for a comparison where an operand is an instance of a class:
    /// what the method returns (any value).
    pub(super) fn compare_of_class(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (method, reflected) = compare_methods(op);
        if let Some(result) = self.try_method(a, method, b)? {
            return Ok(result);
        }
        if let Some(result) = self.try_method(b, reflected, a)? {
            return Ok(result);
        }
        match op {
            // `!=` is `not ==` when the class defines only `__eq__`.
            CmpOp::Ne => {
                let equal = self.eq_of_class(a, b)?;
                return Ok(Value::Bool(!equal));
            }
            // Both `__eq__`s were tried above: not again.
            CmpOp::Eq => return Ok(Value::Bool(self.eq_without_methods(a, b)?)),
            _ => {}
        }
        let message = |a: &Value, b: &Value| {
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            )
        };
        let (x, y) = (plain(a), plain(b));
        if !has_class(&x) && !has_class(&y) {
            // Instances of subclasses of built-in types (`class D(dict)`)
            // that have no order are named by their own classes.
            return self.compare(op, &x, &y).map_err(|error| {
                let of_plain = match &error.value {
                    Value::Exception(e) if error.kind() == Some(ExcType::TypeError) => {
                        matches!(e.args().first(), Some(Value::Str(m)) if **m == *message(&x, &y))
                    }
                    _ => false,
                };
                if of_plain {
                    type_error(message(a, b))
                } else {
                    error
                }
            });
        }
        Err(type_error(message(a, b)))
    }

    /// `a == b` where an operand is an instance of a class.
    pub(super) fn eq_of_class(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(result) = self.try_method(a, "__eq__", b)? {
            return self.truthy(&result);
        }
        if let Some(result) = self.try_method(b, "__eq__", a)? {
            return self.truthy(&result);
        }
        self.eq_without_methods(a, b)
    }

    /// `a == b` when neither class's `__eq__` answers: the built-in objects
    /// they are made of (a dict subclass's dict), else identity.
    fn eq_without_methods(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (x, y) = (plain(a), plain(b));
        if !has_class(&x) && !has_class(&y) {
            return self.eq(&x, &y);
        }
        Ok(a.is(b))
    }

    /// How `a` and `b` order for `op` (`sorted`, `min`, `max` ask with
    /// `<` or `>`), from the classes' methods: the answer to `op` as an
    /// ordering that gives that answer back.
    pub(super) fn order_of_class(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> PyResult<Option<Ordering>> {
        let result = self.compare_of_class(op, a, b)?;
        let holds = self.truthy(&result)?;
        Ok(Some(match (op, holds) {
            (CmpOp::Lt | CmpOp::Le, true) | (CmpOp::Gt | CmpOp::Ge, false) => Ordering::Less,
            _ => Ordering::Greater,
        }))
    }

    /// `-x`, `+x`, `~x`, `abs(x)` of an instance: its `__neg__`… method.
    ///
    /// # Errors
    /// TypeError when its class has no such method.
    pub fn unary_of_class(&mut self, v: &Value, method: &str, symbol: &str) -> PyResult<Value> {
        match self.special(v, method)? {
            Some(m) => self.call(&m, Args::default()),
            // An int or float subclass's `-x`: its number's.
            None if matches!(
                v.base_object(),
                Some(Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_))
            ) =>
            {
                let base = plain(v);
                match method {
                    "__neg__" => self.negate(&base),
                    "__pos__" => self.positive(&base),
                    "__abs__" => super::builtins::call_builtin_abs(self, base),
                    _ => self.invert(&base),
                }
            }
            None => Err(type_error(format!(
                "bad operand type for {symbol}: '{}'",
                v.type_name()
            ))),
        }
    }

    /// The dict key of an instance of a class: its `__hash__`, or its
    /// identity; unhashable when its class defines `__eq__` but no `__hash__`.
    pub(super) fn key_of_class(&mut self, v: &Value) -> PyResult<Key> {
        let Some(class) = v.class() else {
            return Ok(Key::Id(v.identity()));
        };
        let class = class.clone();
        let hash = self.lookup_special(&class, "__hash__");
        // An int, str, tuple or float subclass's instance keeps its value's hash and
        // equality (an IntEnum member finds the int's entry), unless its
        // class has a `__hash__` or an `__eq__` of its own.
        let number_or_text = v.base_object().filter(|b| {
            matches!(
                b,
                Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Str(_)
                    | Value::Tuple(_)
                    | Value::Float(_)
            )
        });
        if let Some(base) = &number_or_text {
            if hash.is_none() && class.lookup("__eq__").is_none() {
                return self.key(base);
            }
        }
        match hash {
            Some(Value::None) => Err(unhashable(v)),
            Some(hash) => {
                let result = self.call_with_first(&hash, v, &[])?;
                let hashed = match result {
                    Value::Int(h) => h,
                    Value::Bool(b) => i64::from(b),
                    Value::BigInt(big) => big_hash(&big),
                    _ => return Err(type_error("__hash__ method should return an integer")),
                };
                // Hashed as its value and equal to it: the same key, as
                // CPython's dict finds either by the other.
                if let Some(base) = number_or_text {
                    let key = self.key(&base)?;
                    let shown = if hashed == -1 { -2 } else { hashed };
                    if matches!(super::builtins::hash_of_key(key.clone()), Value::Int(h) if h == shown)
                        && self.eq(v, &base)?
                    {
                        return Ok(key);
                    }
                }
                Ok(Key::Hashed(hashed))
            }
            None if class.lookup("__eq__").is_some() => Err(unhashable(v)),
            None => match v.base_object() {
                Some(Value::Native(_)) | None => Ok(Key::Id(v.identity())),
                // A struct sequence hashes as its tuple.
                Some(base @ Value::Tuple(_)) => self.key(&base),
                Some(_) => Err(unhashable(v)),
            },
        }
    }
}

fn unhashable(v: &Value) -> PyErr {
    type_error(format!("unhashable type: '{}'", v.type_name()))
}

/// A big int's hash, folded into an i64 as CPython reduces modulo 2**61 - 1.
fn big_hash(big: &num_bigint::BigInt) -> i64 {
    use num_traits::ToPrimitive;
    let modulus = num_bigint::BigInt::from((1i64 << 61) - 1);
    (big % modulus).to_i64().unwrap_or(0)
}

/// The built-in object an instance is (a list subclass's list), or the value.
pub(super) fn plain(v: &Value) -> Value {
    match v.base_object() {
        Some(base) if !matches!(base, Value::Native(_)) => base,
        _ => v.clone(),
    }
}
