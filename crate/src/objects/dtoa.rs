//! Decimal digits of a double, as David Gay's `_Py_dg_dtoa` gives them to
//! CPython: a digit string without trailing zeros and the position of the
//! decimal point (`decpt`: the value is `0.DIGITS * 10**decpt`).
//!
//! Rust's float formatting is correctly rounded (exact ties go to even, like
//! dtoa's default rounding) and its shortest form is the shortest string that
//! reads back to the same double, closest to it, like dtoa's mode 0; these
//! functions only reshape its output (and break the rare exact ties of the
//! shortest form to even, as dtoa does).

use num_bigint::BigInt;
use num_integer::Integer;

/// Digits and decimal point position of a finite non-negative double. Zero is
/// `("0", 1)`, as `_Py_dg_dtoa` returns it, in every mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    /// ASCII digits, no leading or trailing zeros (except the lone `"0"`).
    pub digits: String,
    /// The value is `0.<digits> * 10**decpt`.
    pub decpt: i64,
}

impl Digits {
    fn zero() -> Digits {
        Digits {
            digits: "0".to_string(),
            decpt: 1,
        }
    }

    /// From Rust's `{:e}` output of a non-negative finite value.
    fn from_exp_form(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').expect("exponent form");
        let exp: i64 = exp.parse().expect("exponent");
        let mut digits: String = mantissa.chars().filter(|&c| c != '.').collect();
        trim_trailing_zeros(&mut digits);
        if digits == "0" {
            return Digits::zero();
        }
        Digits {
            digits,
            decpt: exp + 1,
        }
    }
}

fn trim_trailing_zeros(digits: &mut String) {
    let len = digits.trim_end_matches('0').len().max(1);
    digits.truncate(len);
}

/// Mode 0: the shortest digits that read back to `x` (`repr`); of two
/// such strings equally near `x`, the one ending in an even digit, as dtoa
/// does (`repr(1026153590141362.25)` is `'1026153590141362.2'`, where Rust
/// writes `...362.3`).
pub fn shortest(x: f64) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits::zero();
    }
    let digits = Digits::from_exp_form(&format!("{x:e}"));
    break_tie_to_even(x, digits)
}

/// `x = mantissa * 2**exp` with an odd mantissa.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    (m, e)
}

/// If `x` lies exactly halfway between `d.digits` and its neighbour in the
/// last place, and the neighbour ends in an even digit and also reads back
/// to `x`, the neighbour.
fn break_tie_to_even(x: f64, d: Digits) -> Digits {
    let last = d.digits.as_bytes()[d.digits.len() - 1] - b'0';
    if last.is_multiple_of(2) {
        return d;
    }
    // A tie needs x's exact decimal expansion to end one digit after the
    // shortest one: at most 18 significant digits, so a short binary
    // fraction, or an integer below about 1e40.
    let (m, e) = decompose(x);
    if !(-25..=80).contains(&e) {
        return d;
    }
    // Scale so that d.digits is an integer: t = x * 10**k.
    let n = d.digits.len() as i64;
    let k = n - d.decpt;
    // With e < 0 the exact expansion's last digit (a 5) is -e places after
    // the point: it must be the one right after d's last digit. With e >= 0
    // x is an integer, and d must stop above the units.
    if (e < 0 && -e != k + 1) || (e >= 0 && k >= 0) {
        return d;
    }
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1u8);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten = num_traits::pow(BigInt::from(10u8), k.unsigned_abs() as usize);
    if k >= 0 {
        num *= ten;
    } else {
        den *= ten;
    }
    let (q, r) = num.div_rem(&den);
    if r.clone() * 2u8 != den {
        return d;
    }
    // t = q + 1/2: the candidates are q and q + 1; d is the odd one.
    let current: BigInt = d.digits.parse().expect("digits");
    let other = if current == q { q + 1u8 } else { q };
    let text = other.to_string();
    let mut alt = Digits {
        decpt: d.decpt + (text.len() as i64 - n),
        digits: text,
    };
    trim_trailing_zeros(&mut alt.digits);
    let literal = format!("0.{}e{}", alt.digits, alt.decpt);
    if literal.parse::<f64>() == Ok(x) {
        alt
    } else {
        d
    }
}

/// Mode 2: `x` correctly rounded to `ndigits >= 1` significant digits
/// (`'e'` and `'g'` formats), trailing zeros removed.
pub fn significant(x: f64, ndigits: usize) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits::zero();
    }
    // A double has at most 767 significant digits: more are zeros.
    let ndigits = ndigits.clamp(1, MAX_SIGNIFICANT);
    Digits::from_exp_form(&format!("{:.*e}", ndigits - 1, x))
}

/// More significant digits than any double's exact expansion has (767).
const MAX_SIGNIFICANT: usize = 800;
/// More digits after the point than any double's exact expansion has (1074).
const MAX_FRACTION: usize = 1100;

/// Mode 3: `x` correctly rounded to `ndigits` digits after the decimal point
/// (`'f'` format), trailing zeros removed; a result of zero is `("0", 1)`.
pub fn fixed(x: f64, ndigits: usize) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits::zero();
    }
    let ndigits = ndigits.min(MAX_FRACTION);
    let text = format!("{x:.ndigits$}");
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let all = format!("{int_part}{frac_part}");
    let leading = all.len() - all.trim_start_matches('0').len();
    let mut digits = all[leading..].to_string();
    if digits.is_empty() {
        return Digits::zero();
    }
    trim_trailing_zeros(&mut digits);
    Digits {
        digits,
        decpt: int_part.len() as i64 - leading as i64,
    }
}
