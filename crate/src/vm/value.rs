//! Values: Python-like integers (exact, never wrapping) and `None`.
//!
//! Integers live in an `i64` while they fit (the fast path, checked arithmetic);
//! on overflow they are promoted to `i128`; a result that does not fit in 128
//! bits raises `OverflowError` instead of giving a wrong number. Results that fit
//! back into `i64` are demoted, so the fast path resumes.

use std::fmt;

/// A value on the interpreter's stack or in a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// A small integer (the fast path).
    Int(i64),
    /// A large integer (always outside `i64`'s range).
    Big(i128),
    None,
}

/// What can go wrong while running bytecode (Python's exception names).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VmError {
    /// An integer result beyond the interpreter's 128-bit support.
    Overflow(&'static str),
    ZeroDivision,
    /// A wrong operand type (e.g. `None + 1`).
    Type(String),
    /// An argument out of range (e.g. a negative exponent, a bad sleep).
    Value(String),
    /// Malformed bytecode (a bug in a program builder).
    Internal(String),
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VmError::Overflow(what) => write!(
                f,
                "OverflowError: {what} does not fit in the interpreter's 128-bit integers"
            ),
            VmError::ZeroDivision => {
                write!(f, "ZeroDivisionError: integer division or modulo by zero")
            }
            VmError::Type(m) => write!(f, "TypeError: {m}"),
            VmError::Value(m) => write!(f, "ValueError: {m}"),
            VmError::Internal(m) => write!(f, "SystemError: {m}"),
        }
    }
}

impl std::error::Error for VmError {}

impl From<VmError> for String {
    fn from(e: VmError) -> Self {
        e.to_string()
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(v) => write!(f, "{v}"),
            Value::Big(v) => write!(f, "{v}"),
            Value::None => write!(f, "None"),
        }
    }
}

/// The result of an arithmetic operation.
pub type VmResult = Result<Value, VmError>;

impl Value {
    /// The integer `v`, in its canonical representation.
    #[inline]
    #[must_use]
    pub fn from_i128(v: i128) -> Value {
        match i64::try_from(v) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::Big(v),
        }
    }

    /// The integer `v`, or `OverflowError` if it exceeds 128 bits.
    ///
    /// # Errors
    /// `v` does not fit in an `i128`.
    pub fn from_u128(v: u128) -> VmResult {
        i128::try_from(v)
            .map(Value::from_i128)
            .map_err(|_| VmError::Overflow("integer"))
    }

    /// The value as an `i128`, if it is an integer.
    #[inline]
    #[must_use]
    pub fn as_i128(self) -> Option<i128> {
        match self {
            Value::Int(v) => Some(i128::from(v)),
            Value::Big(v) => Some(v),
            Value::None => None,
        }
    }

    /// The value as an `i64` (ranges, sleeps, ...).
    ///
    /// # Errors
    /// Not an integer, or too large.
    pub fn as_i64(self, what: &'static str) -> Result<i64, VmError> {
        match self {
            Value::Int(v) => Ok(v),
            Value::Big(_) => Err(VmError::Overflow(what)),
            Value::None => Err(VmError::Type(format!("{what} must be an int, not None"))),
        }
    }

    fn ints(self, other: Value, op: &str) -> Result<(i128, i128), VmError> {
        match (self.as_i128(), other.as_i128()) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => Err(VmError::Type(format!(
                "unsupported operand type(s) for {op}: '{}' and '{}'",
                self.type_name(),
                other.type_name()
            ))),
        }
    }

    #[must_use]
    pub fn type_name(self) -> &'static str {
        match self {
            Value::Int(_) | Value::Big(_) => "int",
            Value::None => "NoneType",
        }
    }

    /// `self + other`.
    ///
    /// # Errors
    /// Overflow beyond 128 bits, or non-integers.
    #[inline(always)]
    pub fn py_add(self, other: Value) -> VmResult {
        if let (Value::Int(a), Value::Int(b)) = (self, other) {
            if let Some(r) = a.checked_add(b) {
                return Ok(Value::Int(r));
            }
        }
        self.add_slow(other)
    }

    #[cold]
    #[inline(never)]
    fn add_slow(self, other: Value) -> VmResult {
        let (a, b) = self.ints(other, "+")?;
        a.checked_add(b)
            .map(Value::from_i128)
            .ok_or(VmError::Overflow("sum"))
    }

    /// `self - other`.
    ///
    /// # Errors
    /// Overflow beyond 128 bits, or non-integers.
    #[inline(always)]
    pub fn py_sub(self, other: Value) -> VmResult {
        if let (Value::Int(a), Value::Int(b)) = (self, other) {
            if let Some(r) = a.checked_sub(b) {
                return Ok(Value::Int(r));
            }
        }
        self.sub_slow(other)
    }

    #[cold]
    #[inline(never)]
    fn sub_slow(self, other: Value) -> VmResult {
        let (a, b) = self.ints(other, "-")?;
        a.checked_sub(b)
            .map(Value::from_i128)
            .ok_or(VmError::Overflow("difference"))
    }

    /// `self * other`.
    ///
    /// # Errors
    /// Overflow beyond 128 bits, or non-integers.
    #[inline(always)]
    pub fn py_mul(self, other: Value) -> VmResult {
        if let (Value::Int(a), Value::Int(b)) = (self, other) {
            if let Some(r) = a.checked_mul(b) {
                return Ok(Value::Int(r));
            }
        }
        self.mul_slow(other)
    }

    #[cold]
    #[inline(never)]
    fn mul_slow(self, other: Value) -> VmResult {
        let (a, b) = self.ints(other, "*")?;
        a.checked_mul(b)
            .map(Value::from_i128)
            .ok_or(VmError::Overflow("product"))
    }

    /// `self ** other` (non-negative exponents only: ours has no floats).
    ///
    /// # Errors
    /// Overflow beyond 128 bits, a negative exponent, or non-integers.
    #[inline(always)]
    pub fn py_pow(self, other: Value) -> VmResult {
        if let (Value::Int(a), Value::Int(2)) = (self, other) {
            if let Some(r) = a.checked_mul(a) {
                return Ok(Value::Int(r));
            }
        }
        self.pow_slow(other)
    }

    #[cold]
    #[inline(never)]
    fn pow_slow(self, other: Value) -> VmResult {
        let (a, b) = self.ints(other, "** or pow()")?;
        if b < 0 {
            return Err(VmError::Value(
                "negative exponents give floats, which this interpreter does not have".into(),
            ));
        }
        match a {
            0 => return Ok(Value::Int(i64::from(b == 0))),
            1 => return Ok(Value::Int(1)),
            -1 => return Ok(Value::Int(if b % 2 == 0 { 1 } else { -1 })),
            _ => {}
        }
        let exp = u32::try_from(b).map_err(|_| VmError::Overflow("power"))?;
        a.checked_pow(exp)
            .map(Value::from_i128)
            .ok_or(VmError::Overflow("power"))
    }

    /// `self // other` (floor division, as Python).
    ///
    /// # Errors
    /// Division by zero, overflow, or non-integers.
    pub fn floor_div(self, other: Value) -> VmResult {
        let (a, b) = self.ints(other, "//")?;
        if b == 0 {
            return Err(VmError::ZeroDivision);
        }
        let q = a.checked_div(b).ok_or(VmError::Overflow("quotient"))?;
        let q = if (a % b != 0) && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        };
        Ok(Value::from_i128(q))
    }

    /// `self % other` (the sign of the divisor, as Python).
    ///
    /// # Errors
    /// Division by zero or non-integers.
    pub fn modulo(self, other: Value) -> VmResult {
        let (a, b) = self.ints(other, "%")?;
        if b == 0 {
            return Err(VmError::ZeroDivision);
        }
        if b == -1 {
            return Ok(Value::Int(0));
        }
        let r = a % b;
        let r = if r != 0 && ((r < 0) != (b < 0)) {
            r + b
        } else {
            r
        };
        Ok(Value::from_i128(r))
    }
}
