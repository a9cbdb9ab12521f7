//! Integer arithmetic with Python's semantics where Rust's differs: floor
//! division and modulo (the sign of the divisor), true division and
//! conversion to float correctly rounded, `int(float)`, `int ** int`, and
//! `str(int)` with the 4300-digit limit. Mirrors Objects/longobject.c
//! (`l_divmod`, `long_true_divide`, `PyLong_AsDouble`, `PyLong_FromDouble`,
//! `long_pow`, `long_to_decimal_string`). Small fast paths for `i64` are
//! here too, for the interpreter's small ints.

use super::error::{ErrorKind, ObjectError, ObjectResult};
use super::float_ops::{float_pow, FloatPow};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `sys.get_int_max_str_digits()` by default: the most decimal digits
/// `str(int)` and `int(str)` handle (CPython 3.11.7; bases that are powers of
/// two are not limited).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Significand bits of a double (`DBL_MANT_DIG`).
const DBL_MANT_DIG: i64 = 53;
/// `DBL_MAX_EXP`: 2**1024 overflows.
const DBL_MAX_EXP: i64 = 1024;
/// `DBL_MIN_EXP`: the smallest normal double is 2**-1022.
const DBL_MIN_EXP: i64 = -1021;

/// `str(value)`: decimal digits, with `-` if negative.
///
/// # Errors
/// `ValueError: Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit` for
/// more than [`INT_MAX_STR_DIGITS`] digits.
pub fn int_to_decimal_string(value: &BigInt) -> ObjectResult<String> {
    let too_long = || {
        ObjectError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // A number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1
    // digits: refuse the surely too long ones before converting.
    let bits = value.bits();
    if bits > 1 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as usize >= INT_MAX_STR_DIGITS {
        return Err(too_long());
    }
    let text = value.to_str_radix(10);
    if text.trim_start_matches('-').len() > INT_MAX_STR_DIGITS {
        return Err(too_long());
    }
    Ok(text)
}

/// The top 64 bits of `n > 0` with a sticky bit for the rest, and how far
/// they were shifted: `n ≈ top * 2**shift`, rounding-equivalent for doubles.
fn top_bits_sticky(n: &BigInt) -> (u64, i64) {
    let bits = n.bits() as i64;
    if bits <= 64 {
        return (n.to_u64().expect("fits in 64 bits"), 0);
    }
    let shift = bits - 64;
    let top: BigInt = n >> shift as usize;
    let mut top = top.to_u64().expect("64 bits");
    if n.trailing_zeros().unwrap_or(0) < shift as u64 {
        top |= 1;
    }
    (top, shift)
}

/// `n > 0` as `m * 2**e` with `0.5 <= m < 1`, `m` correctly rounded to a
/// double (`_PyLong_Frexp`): what `math.log` takes the logarithm of when
/// `n` is too large for a float.
#[must_use]
pub fn int_frexp(n: &BigInt) -> (f64, i64) {
    let (top, shift) = top_bits_sticky(&n.abs());
    // u64 -> f64 rounds once, the sticky bit standing for the bits below.
    let (m, e) = super::math_ops::frexp(top as f64);
    (m, i64::from(e) + shift)
}

/// `float(value)` (`PyLong_AsDouble`), correctly rounded, ties to even.
///
/// # Errors
/// `OverflowError: int too large to convert to float` when the rounded value
/// is 2**1024 or more.
pub fn int_to_f64(value: &BigInt) -> ObjectResult<f64> {
    if let Some(small) = value.to_i64() {
        return Ok(small as f64);
    }
    let (top, shift) = top_bits_sticky(&value.abs());
    // u64 -> f64 rounds once (to nearest even); the sticky bit keeps the
    // discarded bits' effect, and the scaling by 2**shift is exact.
    let magnitude = top as f64;
    let result = if shift >= DBL_MAX_EXP {
        f64::INFINITY
    } else {
        ldexp(magnitude, shift)
    };
    if result.is_infinite() {
        return Err(ObjectError::overflow("int too large to convert to float"));
    }
    Ok(if value.is_negative() { -result } else { result })
}

/// `a / b` for ints (`long_true_divide`): the correctly rounded quotient.
///
/// # Errors
/// `ZeroDivisionError: division by zero`; `OverflowError: integer division
/// result too large for a float`.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> ObjectResult<f64> {
    if b.is_zero() {
        return Err(ObjectError::zero_division("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |x: f64| if negate { -x } else { x };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (a, b) = (a.magnitude(), b.magnitude());
    let (a_bits, b_bits) = (a.bits() as i64, b.bits() as i64);
    // Fast path: both exactly representable, one correctly rounded division.
    if a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG {
        let (da, db) = (a.to_f64().expect("small"), b.to_f64().expect("small"));
        return Ok(signed(da / db));
    }
    let diff = a_bits - b_bits;
    if diff > DBL_MAX_EXP {
        return Err(ObjectError::overflow(
            "integer division result too large for a float",
        ));
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    // x = floor(a * 2**-shift / b) has DBL_MANT_DIG + 2 or 3 bits (fewer
    // for subnormal results); `inexact` remembers what was cut off.
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let shifted = if shift <= 0 {
        a << (-shift) as usize
    } else {
        if a.trailing_zeros().unwrap_or(0) < shift as u64 {
            inexact = true;
        }
        a >> shift as usize
    };
    let (mut x, rem) = shifted.div_rem(b);
    if !rem.is_zero() {
        inexact = true;
    }
    let x_bits = x.bits() as i64;
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    debug_assert!(extra_bits == 2 || extra_bits == 3);
    // Round half to even on the low `extra_bits` bits.
    let mask = 1u64 << (extra_bits - 1);
    let low = (&x & num_bigint::BigUint::from(0xffu64))
        .to_u64()
        .expect("byte")
        | u64::from(inexact);
    x >>= extra_bits as usize;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        x += 1u32;
    }
    x <<= extra_bits as usize;
    let dx = x.to_f64().expect("at most 56 bits");
    if shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return Err(ObjectError::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(signed(ldexp(dx, shift)))
}

/// `2**n` for a normal exponent, exactly.
fn pow2(n: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&n));
    f64::from_bits(((n + 1023) as u64) << 52)
}

/// `x * 2**exp` for an integral `x < 2**64` when the result is representable
/// (C's `ldexp`): one scaling step keeps every intermediate value normal, so
/// only the exact last product can be subnormal.
fn ldexp(x: f64, exp: i64) -> f64 {
    let (mut x, mut exp) = (x, exp);
    if exp > 1000 {
        x *= pow2(1000);
        exp -= 1000;
    } else if exp < -1000 {
        x *= pow2(-1000);
        exp += 1000;
    }
    x * pow2(exp)
}

/// `int(x)` for a float (`PyLong_FromDouble`): truncation toward zero.
///
/// # Errors
/// `ValueError: cannot convert float NaN to integer`; `OverflowError: cannot
/// convert float infinity to integer`.
pub fn float_to_int(x: f64) -> ObjectResult<BigInt> {
    if x.is_nan() {
        return Err(ObjectError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(ObjectError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9_223_372_036_854_775_808.0 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**63: an integer; mantissa * 2**exponent exactly.
    let bits = t.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let magnitude = BigInt::from(mantissa) << exponent as usize;
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// `a // b` for ints: the floor of the quotient (`l_divmod`).
///
/// # Errors
/// `ZeroDivisionError: integer division or modulo by zero`.
pub fn int_floor_div(a: &BigInt, b: &BigInt) -> ObjectResult<BigInt> {
    if b.is_zero() {
        return Err(ObjectError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_floor(b))
}

/// `a % b` for ints: the remainder has the sign of `b` (`l_divmod`).
///
/// # Errors
/// `ZeroDivisionError: integer modulo by zero`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> ObjectResult<BigInt> {
    if b.is_zero() {
        return Err(ObjectError::zero_division("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for ints.
///
/// # Errors
/// `ZeroDivisionError: integer division or modulo by zero`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> ObjectResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(ObjectError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_mod_floor(b))
}

/// The most bits [`int_pow`] builds (512 MiB): a larger power is a
/// `MemoryError` at once, where CPython would try to allocate it.
pub const MAX_POW_BITS: u64 = 1 << 32;

/// The result of `int ** int`: an int for a non-negative exponent, a float
/// (`float(a) ** float(b)`, as `long_pow` hands over to `float_pow`) for a
/// negative one.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPow {
    /// Non-negative exponent.
    Int(BigInt),
    /// Negative exponent.
    Float(f64),
}

/// `base ** exp` for ints (`long_pow` without a modulus).
///
/// # Errors
/// For a negative exponent, the errors of converting to float (`OverflowError:
/// int too large to convert to float`) and `ZeroDivisionError: 0.0 cannot be
/// raised to a negative power`. `MemoryError` when the result would have
/// more than [`MAX_POW_BITS`] bits.
pub fn int_pow(base: &BigInt, exp: &BigInt) -> ObjectResult<IntPow> {
    if exp.is_negative() {
        let x = int_to_f64(base)?;
        let y = int_to_f64(exp)?;
        return match float_pow(x, y)? {
            FloatPow::Real(v) => Ok(IntPow::Float(v)),
            FloatPow::Complex => unreachable!("an integer exponent gives a real power"),
        };
    }
    if base.is_zero() {
        return Ok(IntPow::Int(if exp.is_zero() {
            BigInt::one()
        } else {
            BigInt::zero()
        }));
    }
    if base.is_one() {
        return Ok(IntPow::Int(BigInt::one()));
    }
    if *base == BigInt::from(-1) {
        return Ok(IntPow::Int(if exp.is_even() {
            BigInt::one()
        } else {
            BigInt::from(-1)
        }));
    }
    let Some(e) = exp.to_u64() else {
        return Err(ObjectError::new(ErrorKind::MemoryError, ""));
    };
    // The result has at least (bits(base) - 1) * e bits.
    if (base.bits()).saturating_sub(1).saturating_mul(e) > MAX_POW_BITS {
        return Err(ObjectError::new(ErrorKind::MemoryError, ""));
    }
    Ok(IntPow::Int(num_traits::pow::Pow::pow(base, e)))
}

/// `a // b` for small ints. `Ok(None)` when the quotient leaves the `i64`
/// range (`i64::MIN // -1`): redo it with [`int_floor_div`].
///
/// # Errors
/// `ZeroDivisionError: integer division or modulo by zero`.
pub fn i64_floor_div(a: i64, b: i64) -> ObjectResult<Option<i64>> {
    if b == 0 {
        return Err(ObjectError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    let Some(q) = a.checked_div(b) else {
        return Ok(None);
    };
    // Truncation rounds toward zero; step down when the signs differ.
    Ok(Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }))
}

/// `a % b` for small ints (never leaves the `i64` range).
///
/// # Errors
/// `ZeroDivisionError: integer modulo by zero`.
pub fn i64_mod(a: i64, b: i64) -> ObjectResult<i64> {
    if b == 0 {
        return Err(ObjectError::zero_division("integer modulo by zero"));
    }
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `a / b` for small ints, correctly rounded like [`int_true_divide`].
///
/// # Errors
/// `ZeroDivisionError: division by zero`.
pub fn i64_true_divide(a: i64, b: i64) -> ObjectResult<f64> {
    const EXACT: u64 = 1 << 53;
    if b == 0 {
        return Err(ObjectError::zero_division("division by zero"));
    }
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    int_true_divide(&BigInt::from(a), &BigInt::from(b))
}

/// `float(a)` for a small int: `as` rounds to nearest, ties to even.
pub fn i64_to_f64(a: i64) -> f64 {
    a as f64
}
