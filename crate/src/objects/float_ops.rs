//! Float arithmetic with Python's semantics where C's differs: division by
//! zero raises, `//` and `%` take the sign of the divisor (with CPython's
//! care for `-0.0`), `**` sorts out the special cases before `pow`, and
//! `round` is correctly rounded through the decimal digits. Mirrors
//! Objects/floatobject.c of CPython 3.11 (`float_div`, `float_rem`,
//! `_float_div_mod`, `float_pow`, `float___round___impl`, `double_round`).

use super::error::{ObjectError, ObjectResult};
use super::int_ops::float_to_int;
use num_bigint::BigInt;
use num_integer::Integer;

/// `x / y` for floats (`float_div`).
///
/// # Errors
/// `ZeroDivisionError: float division by zero`.
pub fn float_div(x: f64, y: f64) -> ObjectResult<f64> {
    if y == 0.0 {
        return Err(ObjectError::zero_division("float division by zero"));
    }
    Ok(x / y)
}

/// `x % y` for floats (`float_rem`): the remainder has the sign of `y`; a
/// zero remainder is a zero with the sign of `y`.
///
/// # Errors
/// `ZeroDivisionError: float modulo`.
pub fn float_mod(x: f64, y: f64) -> ObjectResult<f64> {
    if y == 0.0 {
        return Err(ObjectError::zero_division("float modulo"));
    }
    let mut m = x % y; // C's fmod
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// `_float_div_mod`: the floor quotient (snapped to an integral value) and
/// the remainder with the sign of `wx`.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    // fmod is exact, so vx - m is a multiple of wx up to rounding.
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        // A zero with the sign of the true quotient.
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y` for floats (`float_floor_div`).
///
/// # Errors
/// `ZeroDivisionError: float floor division by zero`.
pub fn float_floor_div(x: f64, y: f64) -> ObjectResult<f64> {
    if y == 0.0 {
        return Err(ObjectError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(x, y).0)
}

/// `divmod(x, y)` for floats (`float_divmod`).
///
/// # Errors
/// `ZeroDivisionError: float divmod()`.
pub fn float_divmod(x: f64, y: f64) -> ObjectResult<(f64, f64)> {
    if y == 0.0 {
        return Err(ObjectError::zero_division("float divmod()"));
    }
    Ok(div_mod(x, y))
}

/// The result of `float ** float`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    /// A float result.
    Real(f64),
    /// A negative base to a non-integral power: Python computes it as a
    /// complex number (`complex(x) ** complex(y)`), which is the caller's.
    Complex,
}

/// `fmod(|x|, 2) == 1`: `x` (finite) is an odd integer.
fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// `x ** y` for floats (`float_pow`): the special cases of C99 Annex F
/// decided here, the rest by the platform's `pow`.
///
/// # Errors
/// `ZeroDivisionError: 0.0 cannot be raised to a negative power`;
/// `OverflowError: (34, 'Numerical result out of range')` when the result
/// overflows (CPython's `PyErr_SetFromErrno(ERANGE)` text on Linux).
pub fn float_pow(x: f64, y: f64) -> ObjectResult<FloatPow> {
    let (mut iv, iw) = (x, y);
    if iw == 0.0 {
        return Ok(FloatPow::Real(1.0));
    }
    if iv.is_nan() {
        return Ok(FloatPow::Real(iv));
    }
    if iw.is_nan() {
        return Ok(FloatPow::Real(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        iv = iv.abs();
        return Ok(FloatPow::Real(if iv == 1.0 {
            1.0
        } else if (iw > 0.0) == (iv > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(FloatPow::Real(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(ObjectError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(FloatPow::Real(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Ok(FloatPow::Complex);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(FloatPow::Real(if negate { -1.0 } else { 1.0 }));
    }
    let mut ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(ObjectError::overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    if negate {
        ix = -ix;
    }
    Ok(FloatPow::Real(ix))
}

/// `round(x)` (`float.__round__` without `ndigits`): the nearest integer,
/// halves to even.
///
/// # Errors
/// `ValueError: cannot convert float NaN to integer`; `OverflowError:
/// cannot convert float infinity to integer`.
pub fn round_half_even_to_int(x: f64) -> ObjectResult<BigInt> {
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    float_to_int(rounded)
}

/// `round(x, ndigits)` (`float.__round__` with `ndigits`): `x` rounded to a
/// multiple of `10**-ndigits`, correctly: halves to even on the exact
/// binary value (so `round(2.675, 2) == 2.67`, since 2.675 is really
/// 2.67499999...), the result read back correctly rounded as `double_round`
/// does with `_Py_dg_dtoa` mode 3 and `_Py_dg_strtod`. NaNs and
/// infinities are returned as they are; `ndigits > 323` returns `x`,
/// `ndigits < -308` a zero with the sign of `x`. (CPython clips an
/// `ndigits` beyond `Py_ssize_t` to its range: the caller clips to `i64`.)
///
/// # Errors
/// `OverflowError: rounded value too large to represent` (e.g.
/// `round(1.7976931348623157e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> ObjectResult<f64> {
    const NDIGITS_MAX: i64 = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const NDIGITS_MIN: i64 = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN || x == 0.0 {
        return Ok(0.0 * x);
    }
    // x = mantissa * 2**exp exactly; q = round_half_even(x * 10**ndigits).
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    // x * 10**n = mantissa * 2**exp * 10**n = num / den.
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1u8);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let ten_pow = num_traits::pow(BigInt::from(10u8), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= ten_pow;
    } else {
        den *= ten_pow;
    }
    let (q, r) = num.div_rem(&den);
    let twice = r * 2u8;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1u8
    } else {
        q
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let text = format!("{sign}{q}e{}", -ndigits);
    let rounded: f64 = text.parse().expect("a valid float literal");
    if rounded.is_infinite() {
        return Err(ObjectError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}
