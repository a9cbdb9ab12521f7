//! The functions of Python's `cmath` module on finite complex numbers, by
//! the algorithms CPython 3.11 uses: Kahan's "Branch Cuts for Complex
//! Elementary Functions" for the square root and the inverse functions
//! (through square roots, so that each keeps its sign of zero on its branch
//! cut, as C99 Annex G wants), scaled formulas near overflow, `log1p` near
//! the unit circle. Infinities and NaNs are given C99 Annex G's values for
//! `sqrt`, `exp` and `log`; the other functions pass them through their
//! formulas.
//!
//! An error is CPython's: `ValueError: math domain error` at a
//! singularity, `OverflowError: math range error` for a finite argument
//! whose result is past the largest float.

use super::complex::Complex;
use super::error::ObjectResult;
use super::math_ops::{domain_error, libc, range_error};

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// `sqrt(LARGE_DOUBLE)`.
const SQRT_LARGE_DOUBLE: f64 = 6.703_903_964_971_298e153;
/// `ln(LARGE_DOUBLE)`.
const LOG_LARGE_DOUBLE: f64 = 708.396_418_532_264_1;
/// `sqrt(f64::MIN_POSITIVE)`.
const SQRT_DBL_MIN: f64 = 1.491_668_146_240_041_3e-154;
const LN2: f64 = std::f64::consts::LN_2;

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// A range error when a finite argument gave an infinite part.
fn overflow_checked(z: Complex, r: Complex) -> ObjectResult<Complex> {
    if finite(z) && !finite(r) {
        return Err(range_error());
    }
    Ok(r)
}

/// The principal square root, its real part never negative; the imaginary
/// part has the sign of `z.im` (so `-4-0j` gives `-2j`).
#[must_use]
pub fn sqrt(z: Complex) -> Complex {
    if !finite(z) {
        return sqrt_special(z);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Subnormal parts: scaled up by 2**53 first, the root down by 2**26.
        let scale = 2f64.powi(53);
        let (ax, ay) = (ax * scale, ay * scale);
        (ax + ax.hypot(ay)).sqrt() * 2f64.powi(-27)
    } else {
        // Divided by 8 first, so that the sum cannot overflow.
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    }
}

/// C99 Annex G's square roots of infinities and NaNs.
fn sqrt_special(z: Complex) -> Complex {
    if z.im.is_infinite() {
        return c(f64::INFINITY, z.im);
    }
    if z.re == f64::NEG_INFINITY {
        return if z.im.is_nan() {
            c(f64::NAN, f64::INFINITY)
        } else {
            c(0.0, f64::INFINITY.copysign(z.im))
        };
    }
    if z.re == f64::INFINITY {
        return if z.im.is_nan() {
            c(f64::INFINITY, f64::NAN)
        } else {
            c(f64::INFINITY, 0.0f64.copysign(z.im))
        };
    }
    c(f64::NAN, f64::NAN)
}

/// `e ** z`.
///
/// # Errors
/// OverflowError for a finite `z` whose result overflows.
pub fn exp(z: Complex) -> ObjectResult<Complex> {
    if !finite(z) {
        return exp_special(z);
    }
    let r = if z.re > LOG_LARGE_DOUBLE {
        // e**x past the largest float, but perhaps not its product with
        // cos(y): computed as e**(x-1) * e.
        let l = (z.re - 1.0).exp();
        c(
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    // `exp(x+0j)` keeps the zero imaginary part's sign.
    let r = if z.im == 0.0 { c(r.re, z.im) } else { r };
    overflow_checked(z, r)
}

/// C99 Annex G's exponentials of infinities and NaNs.
///
/// # Errors
/// ValueError for an infinite imaginary part beside a finite or +inf real
/// part (C's "invalid").
fn exp_special(z: Complex) -> ObjectResult<Complex> {
    let (re, im) = (z.re, z.im);
    if im.is_infinite() && (re.is_finite() || re == f64::INFINITY) {
        return Err(domain_error());
    }
    Ok(if re == f64::INFINITY && im.is_finite() {
        if im == 0.0 {
            c(re, im)
        } else {
            c(re * im.cos(), re * im.sin())
        }
    } else if re == f64::NEG_INFINITY {
        if im.is_finite() {
            c(0.0 * im.cos(), 0.0 * im.sin())
        } else {
            c(0.0, 0.0)
        }
    } else if re == f64::INFINITY {
        c(re, f64::NAN)
    } else if re.is_nan() && im == 0.0 {
        c(re, im)
    } else {
        c(f64::NAN, f64::NAN)
    })
}

/// The natural logarithm's real part and angle, without a domain check.
fn log_parts(z: Complex) -> Complex {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if !finite(z) {
        if ax.is_infinite() || ay.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let scale = 2f64.powi(53);
            (ax * scale).hypot(ay * scale).ln() - 53.0 * LN2
        } else {
            f64::NEG_INFINITY
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle, ln(h) is ln1p(h*h - 1)/2 without
            // the cancellation.
            let (am, an) = (ax.max(ay), ax.min(ay));
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    c(re, z.im.atan2(z.re))
}

/// The natural logarithm.
///
/// # Errors
/// ValueError for zero.
pub fn log(z: Complex) -> ObjectResult<Complex> {
    if z.re == 0.0 && z.im == 0.0 {
        return Err(domain_error());
    }
    Ok(log_parts(z))
}

/// The logarithm in base 10.
///
/// # Errors
/// ValueError for zero.
pub fn log10(z: Complex) -> ObjectResult<Complex> {
    let l = log(z)?;
    Ok(c(
        l.re / std::f64::consts::LN_10,
        l.im / std::f64::consts::LN_10,
    ))
}

/// The inverse hyperbolic sine.
#[must_use]
pub fn asinh(z: Complex) -> Complex {
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + 2.0 * LN2;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return c(re, z.im.atan2(z.re.abs()));
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re));
    let s2 = sqrt(c(1.0 - z.im, z.re));
    c(
        libc::asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

/// The inverse sine: `-i asinh(iz)`.
#[must_use]
pub fn asin(z: Complex) -> Complex {
    let s = asinh(c(-z.im, z.re));
    c(s.im, -s.re)
}

/// The inverse cosine.
#[must_use]
pub fn acos(z: Complex) -> Complex {
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + 2.0 * LN2;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return c(z.im.abs().atan2(z.re), im);
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im));
    let s2 = sqrt(c(1.0 + z.re, z.im));
    c(
        2.0 * s1.re.atan2(s2.re),
        libc::asinh(s2.re * s1.im - s2.im * s1.re),
    )
}

/// The inverse hyperbolic cosine.
#[must_use]
pub fn acosh(z: Complex) -> Complex {
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + 2.0 * LN2;
        return c(l, z.im.atan2(z.re));
    }
    let s1 = sqrt(c(z.re - 1.0, z.im));
    let s2 = sqrt(c(z.re + 1.0, z.im));
    c(
        libc::asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    )
}

/// The inverse hyperbolic tangent.
///
/// # Errors
/// ValueError at 1 and -1.
pub fn atanh(z: Complex) -> ObjectResult<Complex> {
    // Odd: worked out for a non-negative real part.
    if z.re < 0.0 {
        let r = atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let ay = z.im.abs();
    Ok(if z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        c(
            z.re / 4.0 / h / h,
            -(std::f64::consts::FRAC_PI_2).copysign(-z.im),
        )
    } else if z.re == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return Err(domain_error());
        }
        c(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
        )
    } else {
        let one_minus = 1.0 - z.re;
        c(
            (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0,
            -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
        )
    })
}

/// The inverse tangent: `-i atanh(iz)`.
///
/// # Errors
/// ValueError at `1j` and `-1j`.
pub fn atan(z: Complex) -> ObjectResult<Complex> {
    let s = atanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

/// The hyperbolic cosine.
///
/// # Errors
/// OverflowError when the result overflows.
pub fn cosh(z: Complex) -> ObjectResult<Complex> {
    let r = if z.re.abs() > LOG_LARGE_DOUBLE {
        // cosh(x) past the largest float, perhaps not its product.
        let x = z.re - 1.0f64.copysign(z.re);
        c(
            z.im.cos() * x.cosh() * std::f64::consts::E,
            z.im.sin() * x.sinh() * std::f64::consts::E,
        )
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_checked(z, r)
}

/// The hyperbolic sine.
///
/// # Errors
/// OverflowError when the result overflows.
pub fn sinh(z: Complex) -> ObjectResult<Complex> {
    let r = if z.re.abs() > LOG_LARGE_DOUBLE {
        let x = z.re - 1.0f64.copysign(z.re);
        c(
            z.im.cos() * x.sinh() * std::f64::consts::E,
            z.im.sin() * x.cosh() * std::f64::consts::E,
        )
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_checked(z, r)
}

/// The hyperbolic tangent.
#[must_use]
pub fn tanh(z: Complex) -> Complex {
    if z.re.abs() > LOG_LARGE_DOUBLE {
        return c(
            1.0f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        );
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// The cosine: `cosh(iz)`.
///
/// # Errors
/// OverflowError when the result overflows.
pub fn cos(z: Complex) -> ObjectResult<Complex> {
    cosh(c(-z.im, z.re))
}

/// The sine: `-i sinh(iz)`.
///
/// # Errors
/// OverflowError when the result overflows.
pub fn sin(z: Complex) -> ObjectResult<Complex> {
    let s = sinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

/// The tangent: `-i tanh(iz)`.
#[must_use]
pub fn tan(z: Complex) -> Complex {
    let s = tanh(c(-z.im, z.re));
    c(s.im, -s.re)
}

/// `rect(r, phi)`: the number of modulus `r` and angle `phi`.
///
/// # Errors
/// ValueError for an infinite angle with a finite non-zero modulus.
pub fn rect(r: f64, phi: f64) -> ObjectResult<Complex> {
    if r == 0.0 && !phi.is_finite() {
        return Ok(c(0.0, 0.0));
    }
    if r.is_finite() && phi.is_infinite() {
        return Err(domain_error());
    }
    if r.is_infinite() && phi.is_finite() && phi == 0.0 {
        return Ok(c(r, r * phi));
    }
    Ok(c(r * phi.cos(), r * phi.sin()))
}
