//! `hash()` of numbers as CPython 3.11 computes it, so that numbers that
//! compare equal hash equal across types and programs print CPython's
//! values: a rational `m * 2**e` hashes to `m * 2**e` modulo the Mersenne
//! prime `2**61 - 1` (where `2**61` is 1, so a power of two is a rotation),
//! with the sign outside; a complex number to `hash(re) + 1000003 *
//! hash(im)`. -1 is kept for errors in C, so it becomes -2.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The modulus: `2**61 - 1`.
const MODULUS: u64 = (1 << 61) - 1;
const INF_HASH: i64 = 314_159;
/// What multiplies the imaginary part's hash.
const IMAG_MULTIPLIER: u64 = 1_000_003;

fn signed(negative: bool, magnitude: u64) -> i64 {
    let h = i64::try_from(magnitude).unwrap_or(0);
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` of an int.
#[must_use]
pub fn hash_i64(i: i64) -> i64 {
    signed(i < 0, i.unsigned_abs() % MODULUS)
}

/// `hash(i)` of an int of any size.
#[must_use]
pub fn hash_bigint(i: &BigInt) -> i64 {
    let magnitude = (i.magnitude() % MODULUS).to_u64().unwrap_or(0);
    signed(i.sign() == Sign::Minus, magnitude)
}

/// `hash(x)` of a float. A NaN hashes to 0 (CPython 3.10+ hashes each NaN
/// object by its identity, which a value here does not have).
#[must_use]
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF_HASH } else { -INF_HASH };
    }
    // x == ±significand * 2**exponent, from the bits.
    let bits = x.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    let biased = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let (significand, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2**61 == 1 (mod 2**61 - 1): a power of two is a rotation of 61 bits.
    let shift = u32::try_from(exponent.rem_euclid(61)).unwrap_or(0);
    let rotated = (u128::from(significand) << shift) % u128::from(MODULUS);
    signed(x < 0.0, u64::try_from(rotated).unwrap_or(0))
}

/// `hash(z)` of a complex number.
#[must_use]
pub fn hash_complex(re: f64, im: f64) -> i64 {
    #[allow(clippy::cast_sign_loss, clippy::cast_possible_wrap)]
    let combined = (hash_f64(re) as u64)
        .wrapping_add(IMAG_MULTIPLIER.wrapping_mul(hash_f64(im) as u64)) as i64;
    if combined == -1 {
        -2
    } else {
        combined
    }
}
