//! The format mini-language of `format(value, spec)` and f-strings for int,
//! float, complex and str: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Mirrors CPython 3.11's Python/formatter_unicode.c:
//! `parse_internal_render_format_spec` ([`FormatSpec::parse`]),
//! `format_long_internal` ([`format_int`]), `format_float_internal`
//! ([`format_float`]), `format_string_internal` ([`format_str`]), with
//! `calc_number_widths`/`fill_number` and `_PyUnicode_InsertThousandsGrouping`
//! laying numbers out. The `n` type uses the "C" locale (no grouping, `.`),
//! which is what CPython does unless a program calls `locale.setlocale`.

use super::error::{ErrorKind, ObjectError};
use super::float_repr::{double_to_string, DtsFlags};
use super::int_ops::{int_to_decimal_string, int_to_f64};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// An error of `format()`. Two texts name the value's type (`'int'`,
/// `'float'`, `'str'`, or a subclass's name), which only the caller knows:
/// [`FormatError::into_py_err`] writes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Any other error, complete.
    Py(ObjectError),
    /// `ValueError: Invalid format specifier '<spec>' for object of type '<type>'`
    InvalidSpecifier(String),
    /// `ValueError: Unknown format code '<code>' for object of type '<type>'`
    UnknownCode(char),
}

impl FormatError {
    /// The Python exception, naming `type_name` where CPython names the type.
    pub fn into_py_err(self, type_name: &str) -> ObjectError {
        match self {
            FormatError::Py(err) => err,
            FormatError::InvalidSpecifier(spec) => ObjectError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )),
            FormatError::UnknownCode(code) => ObjectError::value(format!(
                "Unknown format code '{}' for object of type '{type_name}'",
                char_for_message(code)
            )),
        }
    }
}

impl From<ObjectError> for FormatError {
    fn from(err: ObjectError) -> FormatError {
        FormatError::Py(err)
    }
}

fn value_error(message: &str) -> FormatError {
    FormatError::Py(ObjectError::value(message))
}

/// `'%c'` for printable ASCII, else `'\x%x'` (CPython's two cases).
fn char_for_message(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// A parsed format spec, before the value's type fills in the defaults
/// (alignment `<` for str and `>` for numbers; type `s`, `d`, or none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character given before an alignment (`*` in `*^10`).
    pub fill: Option<char>,
    /// `<`, `>`, `=` or `^`, if given.
    pub align: Option<char>,
    /// `+`, `-` or `' '`, if given.
    pub sign: Option<char>,
    /// `z`: negative zero is shown as zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// `0` before the width (without an explicit fill): pad with zeros.
    pub zero_pad: bool,
    /// The minimum width.
    pub width: Option<usize>,
    /// `,` or `_`: thousands separators.
    pub grouping: Option<char>,
    /// The digits after `.`.
    pub precision: Option<usize>,
    /// The presentation type, if given.
    pub ty: Option<char>,
}

/// The longest text these functions build: a wider width, or more digits
/// asked of a float, is a `MemoryError` (where CPython would try to allocate
/// it, and a WebAssembly page would abort).
pub const MAX_FORMAT_LEN: usize = 1 << 28;

fn too_long() -> FormatError {
    FormatError::Py(ObjectError::new(ErrorKind::MemoryError, ""))
}

/// A `MemoryError` for a width beyond [`MAX_FORMAT_LEN`] characters, or
/// whose padding (in `fill`, of up to 4 bytes) the instance could not
/// allocate (`memory::can_allocate`: the page's memory is less than CPython's).
fn check_width(spec: &FormatSpec) -> Result<(), FormatError> {
    let Some(width) = spec.width else {
        return Ok(());
    };
    let fill = spec.fill.map_or(1, char::len_utf8);
    if width > MAX_FORMAT_LEN || !crate::host::memory::can_allocate(width.checked_mul(fill)) {
        return Err(too_long());
    }
    Ok(())
}

/// The largest number a spec may hold (`PY_SSIZE_T_MAX` of a 64-bit CPython,
/// whatever this machine's word: a 32-bit wasm must refuse what it cannot
/// hold as CPython would, not as "too many digits").
const MAX_SPEC_INTEGER: u64 = i64::MAX as u64;

/// `get_integer`: decimal digits (of any script) at `chars[*pos..]`. A number
/// past this machine's `usize` (wasm32) is `usize::MAX`: a width or precision
/// no memory can satisfy, refused later as MemoryError.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut accumulator: u64 = 0;
    let mut consumed = 0;
    while let Some(digit) = chars
        .get(*pos)
        .and_then(|&c| super::chars::decimal_value(c))
    {
        let digit = u64::from(digit);
        if accumulator > (MAX_SPEC_INTEGER - digit) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        accumulator = accumulator * 10 + digit;
        *pos += 1;
        consumed += 1;
    }
    Ok((consumed > 0).then(|| usize::try_from(accumulator).unwrap_or(usize::MAX)))
}

impl FormatSpec {
    /// Parses a format spec (`parse_internal_render_format_spec`). The checks
    /// that depend on the value's type come when formatting.
    ///
    /// # Errors
    /// `ValueError`s: "Too many decimal digits in format string", "Cannot
    /// specify both ',' and '_'.", "Format specifier missing precision",
    /// and [`FormatError::InvalidSpecifier`] when characters are left over.
    pub fn parse(spec: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let at = |i: usize| chars.get(i).copied();
        let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
        let mut out = FormatSpec::default();
        let mut pos = 0;

        if end >= 2 && is_align(at(1)) {
            out.fill = at(0);
            out.align = at(1);
            pos = 2;
        } else if is_align(at(0)) {
            out.align = at(0);
            pos = 1;
        }
        if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
            out.sign = Some(c);
            pos += 1;
        }
        if at(pos) == Some('z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if at(pos) == Some('#') {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && at(pos) == Some('0') {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = get_integer(&chars, &mut pos)?;
        if at(pos) == Some(',') {
            out.grouping = Some(',');
            pos += 1;
        }
        if at(pos) == Some('_') {
            if out.grouping.is_some() {
                return Err(value_error("Cannot specify both ',' and '_'."));
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if at(pos) == Some(',') && out.grouping == Some('_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        if at(pos) == Some('.') {
            pos += 1;
            out.precision = get_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(value_error("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(FormatError::InvalidSpecifier(spec.to_string()));
        }
        out.ty = at(pos);
        Ok(out)
    }

    /// The end of `parse_internal_render_format_spec`: which types allow
    /// `,` and `_`, given the type's default presentation.
    fn thousands(&self, default_type: Option<char>) -> Result<Thousands, FormatError> {
        let Some(sep) = self.grouping else {
            return Ok(Thousands::None);
        };
        let ty = self.ty.or(default_type);
        match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {
                Ok(Thousands::Every3(sep))
            }
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(Thousands::Every4('_')),
            Some(c) => Err(value_error(&format!(
                "Cannot specify '{sep}' with '{}'.",
                char_for_message(c)
            ))),
        }
    }

    /// Fill and alignment once the type's default alignment is known.
    fn fill_align(&self, default_align: char) -> (char, char) {
        match (self.fill, self.zero_pad) {
            (Some(fill), _) => (fill, self.align.unwrap_or(default_align)),
            (None, true) => {
                let align = match self.align {
                    Some(a) => a,
                    None if default_align == '>' => '=',
                    None => default_align,
                };
                ('0', align)
            }
            (None, false) => (' ', self.align.unwrap_or(default_align)),
        }
    }
}

/// Thousands separators of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Thousands {
    None,
    Every3(char),
    Every4(char),
}

/// A number's pieces, as `calc_number_widths` sees them.
struct NumberParts<'a> {
    negative: bool,
    /// `0x` and the like (alternate form).
    prefix: &'a str,
    /// The digits before a point or exponent (grouped, zero-padded).
    digits: &'a str,
    has_decimal: bool,
    /// After the point: fraction, exponent, `%`; or the character of `c`.
    remainder: &'a str,
}

/// `calc_number_widths` and `fill_number`:
/// `<lpadding><sign><prefix><spadding><grouped digits><.><remainder><rpadding>`.
fn lay_out_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    fill: char,
    align: char,
    thousands: Thousands,
    upper: bool,
) -> String {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit_non_padding =
        i64::from(sign.is_some()) + n_prefix + i64::from(parts.has_decimal) + n_remainder;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit_non_padding
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        let group = match thousands {
            Thousands::None => None,
            Thousands::Every3(sep) => Some((3, sep)),
            Thousands::Every4(sep) => Some((4, sep)),
        };
        insert_thousands_grouping(parts.digits, min_width, group)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = width - (n_non_digit_non_padding + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    // One allocation, of the length checked (`check_width`): no doubling.
    let padding = usize::try_from(lpad + spad + rpad).unwrap_or(0) * fill.len_utf8();
    let mut out = String::with_capacity(
        padding + grouped.len() + parts.prefix.len() + parts.remainder.len() + 3,
    );
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(fill, n as usize));
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    pad(&mut out, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    out
}

/// `_PyUnicode_InsertThousandsGrouping`: separators every `group` digits
/// from the right, and zeros on the left up to `min_width` characters
/// (separators included, as in `format(1234, '010,')` == `'00,001,234'`).
fn insert_thousands_grouping(
    digits: &str,
    mut min_width: i64,
    group: Option<(i64, char)>,
) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    // Built right to left, then reversed.
    let mut out: Vec<char> = Vec::new();
    let mut use_separator = false;
    let emit =
        |out: &mut Vec<char>, remaining: i64, n_chars: i64, n_zeros: i64, sep: Option<char>| {
            if let Some(sep) = sep {
                out.push(sep);
            }
            for i in (remaining - n_chars..remaining).rev() {
                out.push(digits[i as usize] as char);
            }
            out.extend(std::iter::repeat_n('0', n_zeros as usize));
        };
    let mut loop_broken = false;
    if let Some((size, sep)) = group {
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(
                &mut out,
                remaining,
                n_chars,
                n_zeros,
                use_separator.then_some(sep),
            );
            use_separator = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let sep = group.and_then(|(_, sep)| use_separator.then_some(sep));
        emit(&mut out, remaining, n_chars, n_zeros, sep);
    }
    out.iter().rev().collect()
}

/// `format(value, spec)` for an `int` (`int.__format__`) with the type name
/// `'int'` in messages.
///
/// # Errors
/// As [`format_int`].
pub fn int_format(value: &BigInt, spec: &str) -> Result<String, ObjectError> {
    FormatSpec::parse(spec)
        .and_then(|spec| format_int(value, &spec))
        .map_err(|err| err.into_py_err("int"))
}

/// `format(value, spec)` for a `float` (`float.__format__`), type `'float'`.
///
/// # Errors
/// As [`format_float`].
pub fn float_format(value: f64, spec: &str) -> Result<String, ObjectError> {
    FormatSpec::parse(spec)
        .and_then(|spec| format_float(value, &spec))
        .map_err(|err| err.into_py_err("float"))
}

/// `format(value, spec)` for a `str` (`str.__format__`), type `'str'`.
///
/// # Errors
/// As [`format_str`].
pub fn str_format(value: &str, spec: &str) -> Result<String, ObjectError> {
    FormatSpec::parse(spec)
        .and_then(|spec| format_str(value, &spec))
        .map_err(|err| err.into_py_err("str"))
}

/// Formats an int (`_PyLong_FormatAdvancedWriter` and
/// `format_long_internal`): types `b c d o x X n` and none (`d`); the float
/// types `e E f F g G %` convert it to a float first.
///
/// # Errors
/// `ValueError`s with CPython's texts ("Cannot specify ',' with 'c'.",
/// "Precision not allowed in integer format specifier", "Negative zero
/// coercion (z) not allowed in integer format specifier", "Sign not allowed
/// with integer format specifier 'c'", the 4300-digit limit of decimal
/// strings...), [`FormatError::UnknownCode`], `OverflowError`s ("%c arg not
/// in range(0x110000)", "Python int too large to convert to C long", "int too
/// large to convert to float"). A code point in U+D800..U+DFFF with `c`
/// gives a `ValueError` (Rust strings cannot hold a lone surrogate); a width
/// beyond [`MAX_FORMAT_LEN`] a `MemoryError`.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    let thousands = spec.thousands(Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(value)?;
            return format_float(x, spec);
        }
        other => return Err(FormatError::UnknownCode(other)),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_width(spec)?;
    let (fill, align) = spec.fill_align('>');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| ObjectError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(ObjectError::overflow("%c arg not in range(0x110000)").into());
        }
        let c = char::from_u32(code as u32).ok_or_else(|| {
            ObjectError::new(
                ErrorKind::ValueError,
                super::chars::lone_surrogate_message(code as u32),
            )
        })?;
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(lay_out_number(&parts, spec, fill, align, thousands, false));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let negative = value.sign() == Sign::Minus;
    let digits = if base == 10 {
        let text = int_to_decimal_string(value)?;
        text.trim_start_matches('-').to_string()
    } else {
        value.magnitude().to_str_radix(base)
    };
    let thousands = if ty == 'n' {
        Thousands::None
    } else {
        thousands
    };
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(lay_out_number(
        &parts,
        spec,
        fill,
        align,
        thousands,
        ty == 'X',
    ))
}

/// Formats a float (`_PyFloat_FormatAdvancedWriter` and
/// `format_float_internal`): types `e E f F g G n %` and none, which is
/// `str(x)` without a precision and like `g` with one, but always with a
/// digit after the point (`format(1.0, '.3')` == `'1.0'`).
///
/// # Errors
/// `ValueError`s with CPython's texts ("Cannot specify ',' with 'n'.",
/// "precision too big", ...) and [`FormatError::UnknownCode`];
/// `MemoryError` beyond [`MAX_FORMAT_LEN`].
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let thousands = spec.thousands(None)?;
    let ty = spec.ty;
    if !matches!(
        ty,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    ) {
        return Err(FormatError::UnknownCode(ty.unwrap_or('\0')));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(c) => c,
    };
    let mut val = value;
    let add_pct = code == '%';
    if add_pct {
        code = 'f';
        val *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let pads_to_precision = matches!(code, 'e' | 'E' | 'f' | 'F') || flags.alt;
    check_width(spec)?;
    if pads_to_precision && precision > MAX_FORMAT_LEN {
        return Err(too_long());
    }
    let mut text = double_to_string(val, code, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let thousands = if ty == Some('n') {
        Thousands::None
    } else {
        thousands
    };
    let (fill, align) = spec.fill_align('>');
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(lay_out_number(&parts, spec, fill, align, thousands, false))
}

/// `format(value, spec)` for a `complex` (`complex.__format__`), type
/// `'complex'`.
///
/// # Errors
/// As [`format_complex`].
pub fn complex_format(re: f64, im: f64, spec: &str) -> Result<String, ObjectError> {
    FormatSpec::parse(spec)
        .and_then(|spec| format_complex(re, im, &spec))
        .map_err(|err| err.into_py_err("complex"))
}

/// A float's text split as `lay_out_number` takes it.
fn float_parts(text: &str) -> (bool, &str, bool, &str) {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    match rest.strip_prefix('.') {
        Some(after) => (negative, digits, true, after),
        None => (negative, digits, false, rest),
    }
}

/// Formats a complex number (`format_complex_internal`): each part as a
/// float of types `e E f F g G n` or none; the imaginary part always signed
/// unless the real part is left out, which the type none does for a real
/// part of +0.0 (else it puts the two in parentheses, as `str(z)`). The
/// width pads the whole.
///
/// # Errors
/// `ValueError`s with CPython's texts ("Zero padding is not allowed in
/// complex format specifier", "'=' alignment flag is not allowed in complex
/// format specifier", ...) and [`FormatError::UnknownCode`] (`%` too).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let thousands = spec.thousands(None)?;
    let ty = spec.ty;
    if !matches!(ty, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(FormatError::UnknownCode(ty.unwrap_or('\0')));
    }
    if spec.zero_pad || spec.fill == Some('0') {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let mut code = match ty {
        None => 'r',
        Some('n') => 'g',
        Some(c) => c,
    };
    // Without a type, as str(z): no real part of +0.0, else parentheses.
    let skip_re = ty.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = ty.is_none() && !skip_re;
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None if code == 'r' => 0,
        None => 6,
    };
    check_width(spec)?;
    if matches!(code, 'e' | 'E' | 'f' | 'F') && precision > MAX_FORMAT_LEN {
        return Err(too_long());
    }
    let thousands = if ty == Some('n') {
        Thousands::None
    } else {
        thousands
    };
    // Each part laid out alone (no width), then the whole padded.
    let part = |x: f64, sign: Option<char>| {
        let text = double_to_string(x, code, precision, flags);
        let (negative, digits, has_decimal, remainder) = float_parts(&text);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        };
        let part_spec = FormatSpec {
            sign,
            width: None,
            ..FormatSpec::default()
        };
        lay_out_number(&parts, &part_spec, ' ', '<', thousands, false)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, spec.sign));
    }
    body.push_str(&part(im, if skip_re { spec.sign } else { Some('+') }));
    body.push('j');
    if parens {
        body.push(')');
    }
    let (fill, align) = spec.fill_align('>');
    let padding = spec.width.unwrap_or(0).saturating_sub(body.chars().count());
    let (left, right) = match align {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let mut out = String::with_capacity(body.len() + padding * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Formats a str (`_PyUnicode_FormatAdvancedWriter` and
/// `format_string_internal`): type `s` or none; the precision cuts the
/// text to that many characters.
///
/// # Errors
/// `ValueError`s with CPython's texts ("Cannot specify ',' with 's'.",
/// "Sign not allowed in string format specifier", "Space not allowed in
/// string format specifier", "Alternate form (#) not allowed in string
/// format specifier", "'=' alignment not allowed in string format
/// specifier", ...) and [`FormatError::UnknownCode`]; `MemoryError` for a
/// width beyond [`MAX_FORMAT_LEN`].
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    spec.thousands(Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(FormatError::UnknownCode(other)),
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_align('<');
    if align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(spec)?;
    let mut len = value.chars().count();
    let text = match spec.precision {
        Some(p) if p < len => {
            len = p;
            let end = value.char_indices().nth(p).map_or(value.len(), |(i, _)| i);
            &value[..end]
        }
        _ => value,
    };
    let total = spec.width.map_or(len, |w| w.max(len));
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}
