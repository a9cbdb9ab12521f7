//! The float algorithms of Python's `math` module that CPython writes itself
//! rather than takes from the C library, so that results match its bit for
//! bit: the special values of `atan2` and `pow`, `remainder`, `frexp` and
//! `ldexp` on the bits, the real gamma function and its logarithm (Lanczos'
//! approximation, CPython's parameters and order of operations), `fsum`'s
//! exact partial sums, the vector norm behind `hypot` and `dist`, `ulp` and
//! `nextafter`. Mirrors Modules/mathmodule.c of CPython 3.11.
//!
//! What CPython does take from the C library comes from the C library here
//! too ([`libc`]), or from Rust's `f64` methods that call it.

use super::error::{ObjectError, ObjectResult};

/// The functions CPython calls in the platform's C library that Rust's
/// `f64` has no method for (`erf`), or computes by a formula of its own that
/// differs from the C library's in the last bit for one input in ten
/// (`asinh`, `acosh`, `atanh`). Natively they are the C library's, as
/// CPython's are; in the browser, which has none, the `libm` crate's (musl's,
/// ported to Rust: what the Rust toolchain links into wasm programs for the
/// functions it has).
pub mod libc {
    #[cfg(not(target_arch = "wasm32"))]
    mod c {
        unsafe extern "C" {
            pub safe fn erf(x: f64) -> f64;
            pub safe fn erfc(x: f64) -> f64;
            pub safe fn asinh(x: f64) -> f64;
            pub safe fn acosh(x: f64) -> f64;
            pub safe fn atanh(x: f64) -> f64;
        }
    }
    #[cfg(target_arch = "wasm32")]
    use libm as c;

    /// The error function.
    #[must_use]
    pub fn erf(x: f64) -> f64 {
        c::erf(x)
    }

    /// The complementary error function, `1 - erf(x)` without the
    /// cancellation.
    #[must_use]
    pub fn erfc(x: f64) -> f64 {
        c::erfc(x)
    }

    /// The inverse hyperbolic sine.
    #[must_use]
    pub fn asinh(x: f64) -> f64 {
        c::asinh(x)
    }

    /// The inverse hyperbolic cosine (NaN below 1).
    #[must_use]
    pub fn acosh(x: f64) -> f64 {
        c::acosh(x)
    }

    /// The inverse hyperbolic tangent (infinite at -1 and 1, NaN past them).
    #[must_use]
    pub fn atanh(x: f64) -> f64 {
        c::atanh(x)
    }
}

/// `ValueError: math domain error`: an argument outside the function's
/// domain, or a singularity.
#[must_use]
pub fn domain_error() -> ObjectError {
    ObjectError::value("math domain error")
}

/// `OverflowError: math range error`: a finite argument, a result too large.
#[must_use]
pub fn range_error() -> ObjectError {
    ObjectError::overflow("math range error")
}

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1`; zero, infinities and
/// NaN as they are, with exponent 0 (as CPython's `math.frexp` says).
#[must_use]
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // A subnormal is made normal first (exactly: a power of two).
    let (x, shift) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    // The same significand, under the exponent of [0.5, 1).
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022 + shift)
}

/// C's `ldexp`: `x * 2**exp`, rounded once (half to even) when the result
/// is subnormal, infinite when it overflows.
#[must_use]
pub fn ldexp(x: f64, exp: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, e) = frexp(x);
    let e = i64::from(e).saturating_add(exp);
    if e > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if e >= -1021 {
        // Normal: only the exponent changes (`m * 2**e`, `e - 1` being the
        // exponent of the result's leading bit).
        let bits = m.to_bits() & !(0x7ff << 52);
        return f64::from_bits(bits | (((e - 1 + 1023) as u64) << 52));
    }
    // Subnormal: its 53 significand bits shifted right onto the multiples of
    // 2**-1074, rounded half to even.
    let significand = (m.abs().to_bits() & ((1 << 52) - 1)) | (1 << 52);
    let shift = -(e + 1021);
    if shift > 54 {
        return 0.0f64.copysign(x);
    }
    let kept = significand >> shift;
    let rest = significand & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    let rounded = if rest > half || (rest == half && kept & 1 == 1) {
        kept + 1
    } else {
        kept
    };
    // 2**52 multiples of 2**-1074 is the smallest normal: the bits agree.
    f64::from_bits(rounded).copysign(x)
}

/// C's `modf`: the fractional and the integral part, both with the sign of
/// `x` (CPython's answers for infinities and NaN).
#[must_use]
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let whole = x.trunc();
    ((x - whole).copysign(x), whole)
}

/// `m_atan2`: the special values of C99 decided here, the rest by the C
/// library's `atan2`.
#[must_use]
pub fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        return match (x.is_infinite(), x.is_sign_positive()) {
            (true, true) => (0.25 * PI).copysign(y),
            (true, false) => (0.75 * PI).copysign(y),
            (false, _) => (0.5 * PI).copysign(y),
        };
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// `m_remainder`: `x - n*y` for the integer `n` nearest `x / y` (the even one
/// of two), exact; NaN where it is undefined.
#[must_use]
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        // `m` against half of `absy`, through `absy - m`, which (unlike
        // `0.5 * absy`) loses nothing where it matters.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: `m` when the multiple below is even, else `-m`.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.pow(x, y)`: C99's special values decided here, the rest by the C
/// library's `pow`; unlike `x ** y`, errors are math's.
///
/// # Errors
/// `ValueError: math domain error` for a negative base and a non-integral
/// exponent, or zero to a negative power; `OverflowError: math range error`.
pub fn pow(x: f64, y: f64) -> ObjectResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// The next double after `x` toward `y` (C's `nextafter`).
#[must_use]
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    // Away from zero is one up in the bits, toward zero one down.
    let bits = x.to_bits();
    f64::from_bits(if (y > x) == (x > 0.0) {
        bits + 1
    } else {
        bits - 1
    })
}

/// The value of the least significant bit of `x`.
#[must_use]
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let above = nextafter(x, f64::INFINITY);
    if above.is_infinite() {
        // The largest double: the gap below it.
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    above - x
}

/// `sin(pi * x)`, exact at the integers and accurate near them, for the
/// reflection formula of the gamma function (finite `x` only).
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(pi * (y - 1.0)), which gives -0.0 at y == 1.0.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Lanczos' `g` (N = 13), one of Boost's choices, and `g - 0.5`: both exact
/// doubles, written out in full.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// The numerator of Lanczos' sum as a rational function.
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];

/// Its denominator: `x * (x + 1) * ... * (x + 11)`, expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// Lanczos' sum for `x > 0`. Past 5 the rational function is evaluated in
/// `1/x` (numerator and denominator scaled by `x**-12`), which cannot
/// overflow and is more accurate there.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `(n - 1)!` for n in 1..=23: exact doubles, returned as they are.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5_040.0,
    40_320.0,
    362_880.0,
    3_628_800.0,
    39_916_800.0,
    479_001_600.0,
    6_227_020_800.0,
    87_178_291_200.0,
    1_307_674_368_000.0,
    20_922_789_888_000.0,
    355_687_428_096_000.0,
    6_402_373_705_728_000.0,
    121_645_100_408_832_000.0,
    2_432_902_008_176_640_000.0,
    51_090_942_171_709_440_000.0,
    1_124_000_727_777_607_680_000.0,
];

/// `math.gamma(x)`: Lanczos' approximation for `x > 0`, the reflection
/// formula below. `(x + g - 0.5)**(x - 0.5) / exp(x + g - 0.5)` is corrected
/// for the rounding error of `x + g - 0.5`, which the power magnifies.
///
/// # Errors
/// `ValueError: math domain error` at zero, the negative integers and -inf;
/// `OverflowError: math range error` past about 171.6.
pub fn gamma(x: f64) -> ObjectResult<f64> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain_error());
    }
    if x == 0.0 {
        return Err(domain_error());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain_error());
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        // gamma(x) ~ 1/x near zero.
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(range_error())
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        // Past 200 it overflows, or (below -200) underflows to a signed zero.
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(range_error())
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, from the smaller of its two terms.
    let error = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = error * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half_power = y.powf(absx / 2.0 - 0.25);
            r /= half_power;
            r /= half_power;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half_power = y.powf(absx / 2.0 - 0.25);
            r *= half_power;
            r *= half_power;
        }
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `ln(pi)`.
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

/// `math.lgamma(x)`: the natural logarithm of `|gamma(x)|`, by Lanczos'
/// formula (and the reflection formula for `x < 0`).
///
/// # Errors
/// `ValueError: math domain error` at zero and the negative integers;
/// `OverflowError: math range error` when the result overflows.
pub fn lgamma(x: f64) -> ObjectResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain_error());
        }
        // lgamma(1) == lgamma(2) == 0.
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.fsum`'s running total: non-overlapping partial sums, increasing in
/// magnitude, whose exact sum is the exact sum of the values added (Shewchuk;
/// Hettinger's `msum`), and apart from them the infinities and NaNs seen.
#[derive(Debug, Default)]
pub struct ExactSum {
    partials: Vec<f64>,
    special: f64,
    infinities: f64,
}

impl ExactSum {
    #[must_use]
    pub fn new() -> ExactSum {
        ExactSum::default()
    }

    /// Adds `x` exactly.
    ///
    /// # Errors
    /// `OverflowError: intermediate overflow in fsum` when a partial sum of
    /// finite values overflows.
    pub fn add(&mut self, x: f64) -> ObjectResult<()> {
        let original = x;
        let mut x = x;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // From an infinity or NaN added, or from an overflow.
                if original.is_finite() {
                    return Err(ObjectError::overflow("intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    self.infinities += original;
                }
                self.special += original;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The exact sum, correctly rounded (half to even).
    ///
    /// # Errors
    /// `ValueError: -inf + inf in fsum`.
    pub fn total(&self) -> ObjectResult<f64> {
        if self.special != 0.0 {
            if self.infinities.is_nan() {
                return Err(ObjectError::value("-inf + inf in fsum"));
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let Some(mut n) = p.len().checked_sub(1) else {
            return Ok(0.0);
        };
        // From the largest down, while each addition is exact.
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: when the rest below `lo` has
        // its sign, `hi + lo` was a tie that must round the other way.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `sqrt(sum(x * x for x in values))` for `values` that are magnitudes
/// (`fabs`), `max` the largest of them, almost always correctly rounded:
/// scaled by a power of two, squared exactly (Veltkamp-Dekker), summed with
/// compensation (Neumaier), and the square root corrected by one Newton step.
#[must_use]
pub fn vector_norm(values: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    // The sum starts at 1.0 (taken off at the end), which is at least every
    // scaled square: each compensated addition then needs no comparison.
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2, mut frac3) = (0.0f64, 0.0f64, 0.0f64);
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &value in values {
            let x = value / max;
            add_compensated(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp(1.0, -i64::from(max_e));
    for &value in values {
        let (hi, lo) = split(value * scale);
        add_compensated(&mut csum, &mut frac1, hi * hi);
        add_compensated(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // The residual of the sum less h*h, for the correction.
    let (hi, lo) = split(h);
    add_compensated(&mut csum, &mut frac1, -hi * hi);
    add_compensated(&mut csum, &mut frac2, -2.0 * hi * lo);
    add_compensated(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `x` as `hi + lo`, each of at most 26 significant bits (Veltkamp-Dekker):
/// their products are exact.
fn split(x: f64) -> (f64, f64) {
    // 2**27 + 1.
    const T27: f64 = 134_217_729.0;
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// `sum += x`, what the addition lost kept in `frac` (Neumaier), for
/// `|sum| >= |x|`.
fn add_compensated(sum: &mut f64, frac: &mut f64, x: f64) {
    let old = *sum;
    *sum += x;
    *frac += (old - *sum) + x;
}
