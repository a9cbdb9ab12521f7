//! printf-style formatting, `format % values`: conversions `%s %r %a %d %i
//! %u %o %x %X %e %E %f %F %g %G %c %%`, flags `- + space # 0`, width and
//! precision (`*` takes them from the values), and `%(key)s` from a
//! mapping. Mirrors CPython 3.11's `PyUnicode_Format`
//! (Objects/unicodeobject.c: `unicode_format_arg_parse`,
//! `unicode_format_arg_format`, `unicode_format_arg_output`,
//! `_PyUnicode_FormatLong`), with its errors.

use num_bigint::BigInt;

use super::alloc;
use super::containers::as_i64;
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::Args;
use super::str_methods::{as_index, ascii};
use super::value::Value;
use super::Interp;
use crate::objects::float_repr::{double_to_string, DtsFlags};
use crate::objects::int_ops::{float_to_int, int_to_decimal_string, int_to_f64};

/// `format % values`.
///
/// # Errors
/// CPython's TypeErrors and ValueErrors for a malformed format or values
/// that do not fit it, and what a value's conversion raises.
pub fn percent_format(interp: &mut Interp, format: &str, values: &Value) -> PyResult<Value> {
    // Sized at once (a collect would grow it a few times).
    let mut chars = Vec::with_capacity(format.len());
    chars.extend(format.chars());
    let out = format_chars(interp, &chars, values, Kind::Str)?;
    Value::try_str(&out)
}

/// `bytes % values` (and `bytearray % values`, a bytearray): as a str's,
/// but `%s` and `%b` take bytes-like values (or `__bytes__`), `%r` and `%a`
/// are `ascii()`, `%c` an int below 256 or one byte, and `%(key)` keys are
/// bytes (CPython's `_PyBytes_FormatEx`). The format is read as Latin-1:
/// each byte one char, and each char of the result one byte again.
///
/// # Errors
/// As `percent_format`, with bytes' messages.
pub fn bytes_percent_format(
    interp: &mut Interp,
    format: &[u8],
    values: &Value,
    bytearray: bool,
) -> PyResult<Value> {
    let chars: Vec<char> = format.iter().map(|&b| char::from(b)).collect();
    let out = format_chars(interp, &chars, values, Kind::Bytes)?;
    // Every char is below 256: each conversion makes Latin-1 or ASCII.
    let bytes: Vec<u8> = out
        .chars()
        .map(|c| u8::try_from(c).unwrap_or(b'?'))
        .collect();
    Ok(if bytearray {
        Value::bytearray(bytes)
    } else {
        Value::Bytes(bytes.into())
    })
}

/// What is being formatted: a str, or bytes (read as Latin-1 chars).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Str,
    Bytes,
}

fn format_chars(
    interp: &mut Interp,
    chars: &[char],
    values: &Value,
    kind: Kind,
) -> PyResult<String> {
    let mut state = Values::new(interp, values, kind)?;
    let mut out = String::with_capacity(chars.len() + 16);
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            let start = pos;
            while pos < chars.len() && chars[pos] != '%' {
                pos += 1;
            }
            out.extend(&chars[start..pos]);
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            pos += 1;
            out.push('%');
            continue;
        }
        interp.count_step()?;
        let spec = parse(interp, chars, &mut pos, &mut state, kind)?;
        let value = state.next()?;
        let text = match kind {
            Kind::Str => convert(interp, &spec, &value, pos - 1)?,
            Kind::Bytes => convert_for_bytes(interp, &spec, &value, pos - 1)?,
        };
        write(&mut out, &spec, &text)?;
        // A key's value is all a `%(key)` conversion may use.
        if state.mapping.is_some() && state.index < state.len {
            return Err(not_all_converted(kind));
        }
    }
    if state.index < state.len && state.mapping.is_none() {
        return Err(not_all_converted(kind));
    }
    Ok(out)
}

fn not_all_converted(kind: Kind) -> PyErr {
    type_error(match kind {
        Kind::Str => "not all arguments converted during string formatting",
        Kind::Bytes => "not all arguments converted during bytes formatting",
    })
}

/// The values a format takes its arguments from, as CPython's formatter
/// walks them: a tuple's items in turn; else the one value, once (`len`
/// -1, `index` -2: `index < len` means one is left).
struct Values {
    /// The tuple, the single value, or the value a `%(key)` looked up.
    args: Value,
    len: i64,
    index: i64,
    /// The values, when they are a mapping (not a tuple or str): what
    /// `%(key)` looks keys up in.
    mapping: Option<Value>,
}

impl Values {
    fn new(interp: &mut Interp, values: &Value, kind: Kind) -> PyResult<Values> {
        // An instance of a tuple subclass (a namedtuple) is its values.
        let base = match values.base_object() {
            Some(base @ Value::Tuple(_)) => Some(base),
            _ => None,
        };
        let values = base.as_ref().unwrap_or(values);
        let (len, index) = match values {
            Value::Tuple(t) => (i64::try_from(t.len()).unwrap_or(i64::MAX), 0),
            _ => (-1, -2),
        };
        // `PyMapping_Check`: anything subscriptable is a mapping here (a
        // list too), but a tuple and a str are the values themselves.
        // For bytes, a bytearray is subscriptable too (bytes are the value).
        let subscriptable = |v: &Value| {
            matches!(v, Value::Dict(_) | Value::List(_) | Value::Range(_))
                || (kind == Kind::Bytes && matches!(v, Value::ByteArray(_)))
        };
        let mapping = match values {
            Value::Instance(i) => {
                i.base_object().is_some_and(|base| subscriptable(&base))
                    || interp.special(values, "__getitem__")?.is_some()
            }
            other => subscriptable(other),
        };
        Ok(Values {
            args: values.clone(),
            len,
            index,
            mapping: mapping.then(|| values.clone()),
        })
    }

    /// `unicode_format_getnextarg`: the next value a conversion or `*` takes.
    fn next(&mut self) -> PyResult<Value> {
        if self.index >= self.len {
            return Err(type_error("not enough arguments for format string"));
        }
        let index = self.index;
        self.index += 1;
        match &self.args {
            Value::Tuple(t) if self.len >= 0 => Ok(t[usize::try_from(index).unwrap_or(0)].clone()),
            one => Ok(one.clone()),
        }
    }
}

/// A conversion's flags, width and precision, and its type character.
struct Spec {
    left: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    /// -1 when not given, as in CPython.
    width: i64,
    precision: i64,
    kind: char,
}

/// The format's characters as CPython's parser reads them: `ch` is the
/// last one read; reading past the end makes the conversion incomplete,
/// whatever `ch` then holds.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    ch: char,
    ended: bool,
}

impl Cursor<'_> {
    fn read(&mut self) {
        match self.chars.get(self.pos) {
            Some(&c) => {
                self.ch = c;
                self.pos += 1;
            }
            None => self.ended = true,
        }
    }

    /// `ch` is `c`, and the format did not end before it.
    fn at(&self, c: char) -> bool {
        self.ch == c && !self.ended
    }

    /// A width or precision of decimal digits, `ch` its first; `ch` is
    /// left the character after them.
    fn number(&mut self, max: i64, too_big: &str) -> PyResult<i64> {
        let digit = |c: char| i64::from(u32::from(c) - u32::from('0'));
        let mut n = digit(self.ch);
        loop {
            self.read();
            if self.ended || !self.ch.is_ascii_digit() {
                return Ok(n);
            }
            if n > (max - digit(self.ch)) / 10 {
                return Err(PyErr::new(ExcType::ValueError, too_big));
            }
            n = n * 10 + digit(self.ch);
        }
    }
}

/// `unicode_format_arg_parse`: the conversion after a `%` at `chars[*pos]`,
/// `*pos` left after its type character. A `%(key)` looks its value up here.
fn parse(
    interp: &mut Interp,
    chars: &[char],
    pos: &mut usize,
    values: &mut Values,
    kind: Kind,
) -> PyResult<Spec> {
    let mut spec = Spec {
        left: false,
        sign: false,
        blank: false,
        alternate: false,
        zero: false,
        width: -1,
        precision: -1,
        kind: '\0',
    };
    let mut at = Cursor {
        chars,
        pos: *pos,
        ch: chars.get(*pos).copied().unwrap_or('\0'),
        ended: false,
    };
    if at.ch == '(' {
        let Some(mapping) = values.mapping.clone() else {
            return Err(type_error("format requires a mapping"));
        };
        // The key runs to the `)` that balances its `(`.
        let start = at.pos + 1;
        let mut depth = 1;
        at.pos = start;
        while depth > 0 && at.pos < chars.len() {
            match chars[at.pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            at.pos += 1;
        }
        if depth > 0 {
            return Err(PyErr::new(ExcType::ValueError, "incomplete format key"));
        }
        let key = &chars[start..at.pos - 1];
        let key = match kind {
            Kind::Str => Value::str(&key.iter().collect::<String>()),
            Kind::Bytes => {
                Value::Bytes(key.iter().map(|&c| u8::try_from(c).unwrap_or(0)).collect())
            }
        };
        values.args = interp.get_item(&mapping, &key)?;
        values.len = -1;
        values.index = -2;
    }
    loop {
        at.read();
        if at.ended {
            break;
        }
        match at.ch {
            '-' => spec.left = true,
            '+' => spec.sign = true,
            ' ' => spec.blank = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    if at.at('*') {
        let width = star(values, i64::MIN, i64::MAX, "ssize_t")?;
        if width < 0 {
            spec.left = true;
        }
        spec.width = width.saturating_abs();
        at.read();
    } else if at.ch.is_ascii_digit() && !at.ended {
        spec.width = at.number(i64::MAX, "width too big")?;
    }
    if at.at('.') {
        spec.precision = 0;
        at.read();
        if at.at('*') {
            let precision = star(values, i64::from(i32::MIN), i64::from(i32::MAX), "int")?;
            spec.precision = precision.max(0);
            at.read();
        } else if at.ch.is_ascii_digit() && !at.ended {
            spec.precision = at.number(i64::from(i32::MAX), "precision too big")?;
        }
    }
    // The C length modifiers mean nothing here: `%ld` is `%d`.
    if at.at('h') || at.at('l') || at.at('L') {
        at.read();
    }
    if at.ended {
        return Err(PyErr::new(ExcType::ValueError, "incomplete format"));
    }
    *pos = at.pos;
    spec.kind = at.ch;
    Ok(spec)
}

/// A `*` width or precision: the next value, an int within `min..=max`.
fn star(values: &mut Values, min: i64, max: i64, c_type: &str) -> PyResult<i64> {
    let v = values.next()?;
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(type_error("* wants int"));
    }
    as_i64(&v)
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            PyErr::new(
                ExcType::OverflowError,
                format!("Python int too large to convert to C {c_type}"),
            )
        })
}

/// `unicode_format_arg_format`: `value` as the text of conversion `spec`
/// (the type character at index `at` of the format), before padding.
fn convert(interp: &mut Interp, spec: &Spec, value: &Value, at: usize) -> PyResult<String> {
    // An int or float subclass's instance is formatted as its number.
    let number;
    let value = match value.base_object() {
        Some(base @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_)))
            if !matches!(spec.kind, 's' | 'r' | 'a') =>
        {
            number = base;
            &number
        }
        _ => value,
    };
    match spec.kind {
        's' => interp.to_str(value),
        'r' => interp.repr(value),
        'a' => ascii(interp, value),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => format_int(interp, spec, value),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_float(interp, spec, value),
        'c' => format_char(interp, value).map(String::from),
        c => Err(PyErr::new(
            ExcType::ValueError,
            format!(
                "unsupported format character '{}' (0x{:x}) at index {at}",
                if ('\x1f'..='~').contains(&c) { c } else { '?' },
                u32::from(c)
            ),
        )),
    }
}

/// `convert` for bytes: `%s %b` a bytes-like value's bytes (or its
/// `__bytes__`), `%r %a` its `ascii()`, `%c` one byte; numbers as a str's.
fn convert_for_bytes(
    interp: &mut Interp,
    spec: &Spec,
    value: &Value,
    at: usize,
) -> PyResult<String> {
    let latin1 = |bytes: &[u8]| bytes.iter().map(|&b| char::from(b)).collect::<String>();
    match spec.kind {
        's' | 'b' => {
            if let Some(bytes) = super::bytes::bytes_like(value) {
                return Ok(latin1(&bytes));
            }
            if let Some(method) = interp.special(value, "__bytes__")? {
                return match interp.call(&method, Args::default())? {
                    Value::Bytes(b) => Ok(latin1(&b)),
                    other => Err(type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        other.type_name()
                    ))),
                };
            }
            Err(type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                value.type_name()
            )))
        }
        'r' | 'a' => ascii(interp, value),
        'c' => {
            let wrong = || type_error("%c requires an integer in range(256) or a single byte");
            if let Some(bytes) = super::bytes::bytes_like(value) {
                return match *bytes {
                    [b] => Ok(char::from(b).to_string()),
                    _ => Err(wrong()),
                };
            }
            if matches!(value, Value::Str(_)) {
                return Err(wrong());
            }
            let Some(n) = as_index(interp, value)? else {
                return Err(wrong());
            };
            as_i64(&n)
                .and_then(|n| u8::try_from(n).ok())
                .map(|b| char::from(b).to_string())
                .ok_or_else(|| PyErr::new(ExcType::OverflowError, "%c arg not in range(256)"))
        }
        _ => convert(interp, spec, value, at),
    }
}

/// `mainformatlong` and `_PyUnicode_FormatLong`: an int (a float truncated
/// for `d i u`; an `__index__` or `__int__` of an instance) in decimal,
/// octal or hex, zero-padded to the precision, `0o`/`0x` with `#`.
fn format_int(interp: &mut Interp, spec: &Spec, value: &Value) -> PyResult<String> {
    let kind = spec.kind;
    let integer_only = matches!(kind, 'o' | 'x' | 'X');
    let wrong_type = || {
        type_error(format!(
            "%{kind} format: {} is required, not {}",
            if integer_only {
                "an integer"
            } else {
                "a real number"
            },
            value.type_name()
        ))
    };
    // `%d` of a small int with no precision: its digits, as `str` makes them.
    if let (Value::Int(i), 'd' | 'i' | 'u') = (value, kind) {
        if spec.precision < 0 {
            return Ok(i.to_string());
        }
    }
    let n: BigInt = match value {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => value.as_bigint().unwrap_or_default(),
        Value::Float(f) if !integer_only => float_to_int(*f)?,
        // `o x X` take `__index__` alone; `d i u` are `int(value)`, which
        // tries `__int__` first.
        _ => {
            let int = if integer_only {
                None
            } else {
                interp.special(value, "__int__")?
            };
            let n = match int {
                Some(method) => Some(interp.call(&method, Args::default())?),
                None => as_index(interp, value)?,
            };
            match n {
                Some(n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                    n.as_bigint().unwrap_or_default()
                }
                _ => return Err(wrong_type()),
            }
        }
    };
    let digits = match kind {
        'o' => n.magnitude().to_str_radix(8),
        'x' => n.magnitude().to_str_radix(16),
        'X' => n.magnitude().to_str_radix(16).to_ascii_uppercase(),
        // The decimal limit of int's str applies (4300 digits).
        _ => {
            let text = int_to_decimal_string(&n)?;
            text.trim_start_matches('-').to_string()
        }
    };
    let prefix = match kind {
        'o' if spec.alternate => "0o",
        'x' if spec.alternate => "0x",
        'X' if spec.alternate => "0X",
        _ => "",
    };
    let zeros = usize::try_from(spec.precision)
        .unwrap_or(0)
        .saturating_sub(digits.len());
    alloc::check_bytes(zeros.checked_add(digits.len() + 3))?;
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(format!("{sign}{prefix}{}{digits}", "0".repeat(zeros)))
}

/// `formatfloat`: a float (an int converted; an instance's `__float__` or
/// `__index__`) by `PyOS_double_to_string`, precision 6 unless given.
fn format_float(interp: &mut Interp, spec: &Spec, value: &Value) -> PyResult<String> {
    let x = match value {
        Value::Float(f) => *f,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            int_to_f64(&value.as_bigint().unwrap_or_default())?
        }
        _ => interp.real_number(value)?,
    };
    let precision = usize::try_from(spec.precision).unwrap_or(6);
    // Digits asked beyond what the instance could hold are a MemoryError.
    alloc::check_bytes(precision.checked_add(400))?;
    let flags = DtsFlags {
        alt: spec.alternate,
        ..DtsFlags::default()
    };
    Ok(double_to_string(x, spec.kind, precision, flags))
}

/// `formatchar`: a str of one character, or a code point.
fn format_char(interp: &mut Interp, value: &Value) -> PyResult<char> {
    let wrong = || type_error("%c requires int or char");
    if let Value::Str(s) = value {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(wrong()),
        };
    }
    let Some(n) = as_index(interp, value)? else {
        return Err(wrong());
    };
    let code = as_i64(&n)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|&n| n < 0x11_0000)
        .ok_or_else(|| PyErr::new(ExcType::OverflowError, "%c arg not in range(0x110000)"))?;
    char::from_u32(code).ok_or_else(|| {
        PyErr::new(
            ExcType::ValueError,
            crate::objects::chars::lone_surrogate_message(code),
        )
    })
}

/// `unicode_format_arg_output`: `text` laid out by the spec's width, flags
/// and (for `s r a`) precision. A number's sign and `0x` prefix go before
/// zero padding and after space padding.
fn write(out: &mut String, spec: &Spec, text: &str) -> PyResult<()> {
    let numeric = matches!(
        spec.kind,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
    );
    // No width, sign flag or cut: the text as it is (`%s`, `%d`).
    let cut = spec.precision >= 0 && matches!(spec.kind, 's' | 'r' | 'a');
    if spec.width <= 0 && !spec.sign && !spec.blank && !cut {
        out.push_str(text);
        return Ok(());
    }
    let mut body: Vec<char> = text.chars().collect();
    if matches!(spec.kind, 's' | 'r' | 'a') {
        if let Ok(precision) = usize::try_from(spec.precision) {
            body.truncate(precision);
        }
    }
    let mut sign = None;
    if numeric {
        match body.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                body.remove(0);
            }
            _ if spec.sign => sign = Some('+'),
            _ if spec.blank => sign = Some(' '),
            _ => {}
        }
    }
    // `format_int` put the `0x` of `#` first: it goes where the sign goes.
    let prefix: Vec<char> = if spec.alternate && matches!(spec.kind, 'o' | 'x' | 'X') {
        body.drain(..2.min(body.len())).collect()
    } else {
        Vec::new()
    };
    let fill = if spec.zero && numeric { '0' } else { ' ' };
    let len = body.len() + prefix.len() + usize::from(sign.is_some());
    let padding = usize::try_from(spec.width).unwrap_or(0).saturating_sub(len);
    alloc::check_bytes(padding.checked_add(text.len()))?;
    let pad = |out: &mut String| out.extend(std::iter::repeat_n(fill, padding));
    let pad_spaces = |out: &mut String| out.extend(std::iter::repeat_n(' ', padding));
    if spec.left {
        out.extend(sign);
        out.extend(&prefix);
        out.extend(&body);
        pad_spaces(out);
    } else if fill == '0' {
        out.extend(sign);
        out.extend(&prefix);
        pad(out);
        out.extend(&body);
    } else {
        pad(out);
        out.extend(sign);
        out.extend(&prefix);
        out.extend(&body);
    }
    Ok(())
}
