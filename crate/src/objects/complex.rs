//! Python's `complex`: a pair of floats, with CPython 3.11's arithmetic
//! (Smith's division, powers by repeated squaring for small integral
//! exponents and by polar form otherwise), its error texts, its repr and the
//! grammar of `complex(str)`.

use super::error::{ObjectError, ObjectResult};
use super::float_repr::{double_to_string, DtsFlags};
use super::parse_number::float_prefix;

/// A complex number: its real and imaginary parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    #[must_use]
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// `self / other` by Smith's method: divided through by the larger part
    /// of the divisor, so that squaring it cannot overflow. `None` for a zero
    /// divisor.
    #[must_use]
    pub fn checked_div(self, other: Complex) -> Option<Complex> {
        let (a, b) = (self, other);
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (a.re + a.im * ratio) / denom,
                (a.im - a.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (a.re * ratio + a.im) / denom,
                (a.im * ratio - a.re) / denom,
            ))
        } else {
            // A NaN in the divisor: neither comparison holds.
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `self / other`.
    ///
    /// # Errors
    /// `ZeroDivisionError: complex division by zero`.
    pub fn divide(self, other: Complex) -> ObjectResult<Complex> {
        self.checked_div(other)
            .ok_or_else(|| ObjectError::zero_division("complex division by zero"))
    }

    /// `self ** exponent`. An integral real exponent up to 100 in size is
    /// done by repeated multiplication (exact for small Gaussian integers:
    /// `(1+2j)**2 == (-3+4j)`), any other through the polar form.
    ///
    /// # Errors
    /// `ZeroDivisionError: 0.0 to a negative or complex power`;
    /// `OverflowError: complex exponentiation` when a part is infinite.
    pub fn pow(self, exponent: Complex) -> ObjectResult<Complex> {
        let zero_power = || ObjectError::zero_division("0.0 to a negative or complex power");
        let result = if exponent.im == 0.0
            && exponent.re == exponent.re.floor()
            && exponent.re.abs() <= 100.0
        {
            #[allow(clippy::cast_possible_truncation)]
            let n = exponent.re as i64;
            if n >= 0 {
                self.pow_unsigned(n.unsigned_abs())
            } else {
                Complex::new(1.0, 0.0)
                    .checked_div(self.pow_unsigned(n.unsigned_abs()))
                    .ok_or_else(zero_power)?
            }
        } else if exponent.re == 0.0 && exponent.im == 0.0 {
            Complex::new(1.0, 0.0)
        } else if self.re == 0.0 && self.im == 0.0 {
            if exponent.im != 0.0 || exponent.re < 0.0 {
                return Err(zero_power());
            }
            Complex::new(0.0, 0.0)
        } else {
            let modulus = self.re.hypot(self.im);
            let mut length = modulus.powf(exponent.re);
            let angle = self.im.atan2(self.re);
            let mut phase = angle * exponent.re;
            if exponent.im != 0.0 {
                length /= (angle * exponent.im).exp();
                phase += exponent.im * modulus.ln();
            }
            Complex::new(length * phase.cos(), length * phase.sin())
        };
        if result.re.is_infinite() || result.im.is_infinite() {
            return Err(ObjectError::overflow("complex exponentiation"));
        }
        Ok(result)
    }

    /// `self ** n` by squaring.
    fn pow_unsigned(self, mut n: u64) -> Complex {
        let mut result = Complex::new(1.0, 0.0);
        let mut power = self;
        while n > 0 {
            if n & 1 == 1 {
                result = result * power;
            }
            n >>= 1;
            if n > 0 {
                power = power * power;
            }
        }
        result
    }

    /// `abs(z)`: the hypotenuse, infinite if a part is (even beside a NaN).
    ///
    /// # Errors
    /// `OverflowError: absolute value too large` for finite parts whose
    /// modulus is past the largest float.
    pub fn abs(self) -> ObjectResult<f64> {
        if !self.re.is_finite() || !self.im.is_finite() {
            return Ok(if self.re.is_infinite() || self.im.is_infinite() {
                f64::INFINITY
            } else {
                f64::NAN
            });
        }
        let modulus = self.re.hypot(self.im);
        if modulus.is_infinite() {
            return Err(ObjectError::overflow("absolute value too large"));
        }
        Ok(modulus)
    }

    /// Whether the real part is +0.0, which repr and format leave out.
    #[must_use]
    pub fn real_is_plus_zero(self) -> bool {
        self.re == 0.0 && self.re.is_sign_positive()
    }
}

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, other: Complex) -> Complex {
        Complex::new(self.re + other.re, self.im + other.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, other: Complex) -> Complex {
        Complex::new(self.re - other.re, self.im - other.im)
    }
}

/// The product by the schoolbook formula, also when one operand came from
/// a float: `2.0 * complex(inf, 1)` is `(inf+nanj)` in CPython too.
impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, other: Complex) -> Complex {
        Complex::new(
            self.re * other.re - self.im * other.im,
            self.re * other.im + self.im * other.re,
        )
    }
}

/// `repr(z)`: `2j` when the real part is +0.0, else `(1+2j)`, `(-0-1j)`,
/// `(nan+infj)`: each part as the shortest float repr, without `.0`.
#[must_use]
pub fn complex_repr(z: Complex) -> String {
    let plain = DtsFlags::default();
    let signed = DtsFlags {
        sign: true,
        ..DtsFlags::default()
    };
    if z.real_is_plus_zero() {
        format!("{}j", double_to_string(z.im, 'r', 0, plain))
    } else {
        format!(
            "({}{}j)",
            double_to_string(z.re, 'r', 0, plain),
            double_to_string(z.im, 'r', 0, signed)
        )
    }
}

fn malformed() -> ObjectError {
    ObjectError::value("complex() arg is a malformed string")
}

/// `complex(text)`: `<float>`, `<float>j`, `<float><signed float>j`, and
/// the old forms `<float><sign>j`, `<sign>j`, `j`, in optional parentheses,
/// with whitespace around (and inside the parentheses). Each float is
/// what `float(str)` takes (`inf`, `nan`, underscores between digits).
///
/// # Errors
/// `ValueError: complex() arg is a malformed string`; `ValueError: could
/// not convert string to complex: '1__2'` for a misplaced underscore.
pub fn parse_complex(text: &str) -> ObjectResult<Complex> {
    // A misplaced underscore is refused before the grammar, in float()'s words.
    let ascii = super::parse_number::ascii_number_text(text).ok_or_else(|| {
        ObjectError::value(format!(
            "could not convert string to complex: {}",
            super::str_repr::str_repr(text)
        ))
    })?;
    let s = ascii.as_slice();
    let mut at = 0;
    let skip_space = |at: &mut usize| {
        while *at < s.len() && super::chars::is_ascii_space(s[*at]) {
            *at += 1;
        }
    };
    skip_space(&mut at);
    let bracketed = s.get(at) == Some(&b'(');
    if bracketed {
        at += 1;
        skip_space(&mut at);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let sign_of = |c: u8| if c == b'+' { 1.0 } else { -1.0 };
    let (mut re, mut im) = (0.0, 0.0);
    if let Some((first, len)) = float_prefix(&s[at..]) {
        at += len;
        match s.get(at) {
            Some(&c @ (b'+' | b'-')) => {
                re = first;
                match float_prefix(&s[at..]) {
                    Some((second, len)) => {
                        im = second;
                        at += len;
                    }
                    None => {
                        im = sign_of(c);
                        at += 1;
                    }
                }
                if !is_j(s.get(at)) {
                    return Err(malformed());
                }
                at += 1;
            }
            c if is_j(c) => {
                im = first;
                at += 1;
            }
            _ => re = first,
        }
    } else {
        if let Some(&c @ (b'+' | b'-')) = s.get(at) {
            im = sign_of(c);
            at += 1;
        } else {
            im = 1.0;
        }
        if !is_j(s.get(at)) {
            return Err(malformed());
        }
        at += 1;
    }
    skip_space(&mut at);
    if bracketed {
        if s.get(at) != Some(&b')') {
            return Err(malformed());
        }
        at += 1;
        skip_space(&mut at);
    }
    if at != s.len() {
        return Err(malformed());
    }
    Ok(Complex::new(re, im))
}
