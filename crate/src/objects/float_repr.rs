//! `repr(float)` and `str(float)`, and the general double-to-text routine
//! behind them and behind `format(float, spec)`: CPython's
//! `PyOS_double_to_string` and `format_float_short` (Python/pystrtod.c).

use super::dtoa::{self, Digits};

/// The flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: a `+` before non-negative values.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integers without exponent get `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that is zero has no minus (the `z` option).
    pub no_neg_0: bool,
}

/// `repr(x)` and `str(x)` of a float: the shortest digits that read back to
/// `x`, in positional notation when the decimal exponent is in `-4..16` and
/// in scientific notation otherwise: `0.1`, `1e+16`, `1.5e-05`, `-0.0`,
/// `inf`, `nan`. Mirrors `float_repr` (`PyOS_double_to_string(x, 'r', 0,
/// Py_DTSF_ADD_DOT_0)`).
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// `PyOS_double_to_string(val, format_code, precision, flags)`.
///
/// `format_code` is one of `e E f F g G r`; `'r'` (repr) ignores
/// `precision`. Upper-case codes write `E`, `INF` and `NAN`.
///
/// # Panics
/// On any other `format_code` (CPython's `PyErr_BadInternalCall`).
pub fn double_to_string(val: f64, format_code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = format_code.is_ascii_uppercase();
    let (code, mode, precision) = match format_code {
        'e' | 'E' => ('e', 2, precision + 1),
        'f' | 'F' => ('f', 3, precision),
        'g' | 'G' => ('g', 2, precision.max(1)),
        'r' => ('r', 0, 0),
        _ => panic!("double_to_string: bad format code {format_code:?}"),
    };
    let mut out = format_float_short(val, code, mode, precision, flags);
    if upper {
        out.make_ascii_uppercase();
    }
    out
}

/// `format_float_short`: lays out dtoa's digits.
fn format_float_short(d: f64, code: char, mode: u8, precision: usize, flags: DtsFlags) -> String {
    let mut buf = String::new();
    if d.is_nan() {
        // The sign of a NaN is ignored.
        if flags.sign {
            buf.push('+');
        }
        buf.push_str("nan");
        return buf;
    }
    let mut negative = d.is_sign_negative();
    if d.is_infinite() {
        if negative {
            buf.push('-');
        } else if flags.sign {
            buf.push('+');
        }
        buf.push_str("inf");
        return buf;
    }

    let Digits { digits, decpt } = match mode {
        0 => dtoa::shortest(d),
        2 => dtoa::significant(d, precision),
        _ => dtoa::fixed(d, precision),
    };
    // Detect negative zero, or a value that rounds to zero.
    if flags.no_neg_0 && negative && digits == "0" {
        negative = false;
    }
    let digits = digits.as_bytes();
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = decpt;

    // The output is a slice vdigits[vdigits_start..vdigits_end] of the digits
    // padded with zeros on both sides, with a point at decpt.
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': exponent from 1e16 on.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let zeros = |buf: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            buf.push('0');
        }
    };
    let push_digits = |buf: &mut String, bytes: &[u8]| {
        buf.push_str(std::str::from_utf8(bytes).expect("ASCII digits"));
    };

    if negative {
        buf.push('-');
    } else if flags.sign {
        buf.push('+');
    }
    // Zero padding on the left of the digits.
    if decpt <= 0 {
        zeros(&mut buf, decpt - vdigits_start);
        buf.push('.');
        zeros(&mut buf, -decpt);
    } else {
        zeros(&mut buf, -vdigits_start);
    }
    // The digits, with the point if it falls among them.
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut buf, &digits[..decpt as usize]);
        buf.push('.');
        push_digits(&mut buf, &digits[decpt as usize..]);
    } else {
        push_digits(&mut buf, digits);
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut buf, decpt - digits_len);
        buf.push('.');
        zeros(&mut buf, vdigits_end - decpt);
    } else {
        zeros(&mut buf, vdigits_end - digits_len);
    }
    // Drop a trailing point unless in the alternate form.
    if buf.ends_with('.') && !flags.alt {
        buf.pop();
    }
    if use_exp {
        buf.push('e');
        buf.push(if exp < 0 { '-' } else { '+' });
        buf.push_str(&format!("{:02}", exp.abs()));
    }
    buf
}
