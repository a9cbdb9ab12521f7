//! The `complex` type in the interpreter: its constructor, its arithmetic
//! with ints and floats, `.real`/`.imag` of every number, and how a
//! function that wants a complex number takes its argument (`cmath`). The
//! number itself, its operations and texts are `objects::complex`.

use super::error::{type_error, PyResult};
use super::function::{Args, Builtin};
use super::value::Value;
use super::Interp;
use crate::builtin;
use crate::compiler::bytecode::BinOp;
use crate::objects::complex::{parse_complex, Complex};
use crate::objects::int_ops::int_to_f64;

/// A plain number as a complex number (ints converted to floats, correctly
/// rounded); `None` for anything else.
///
/// # Errors
/// OverflowError for an int too large for a float.
pub fn plain_complex(v: &Value) -> PyResult<Option<Complex>> {
    Ok(Some(match v {
        Value::Complex(z) => **z,
        Value::Float(f) => Complex::new(*f, 0.0),
        #[allow(clippy::cast_precision_loss)]
        Value::Int(i) => Complex::new(*i as f64, 0.0),
        Value::Bool(b) => Complex::new(f64::from(u8::from(*b)), 0.0),
        Value::BigInt(b) => Complex::new(int_to_f64(b)?, 0.0),
        _ => return Ok(None),
    }))
}

/// `a op b` where one operand is complex and the other a plain number
/// (`None`: not such a pair, for the caller's other rules).
///
/// # Errors
/// TypeError for `//`, `%` and the bitwise operators; ZeroDivisionError;
/// OverflowError.
pub fn complex_binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Complex(_)) && !matches!(b, Value::Complex(_)) {
        return None;
    }
    let (x, y) = match (plain_complex(a), plain_complex(b)) {
        (Ok(Some(x)), Ok(Some(y))) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        _ => return None,
    };
    Some(complex_op(op, x, y, a, b))
}

fn complex_op(op: BinOp, x: Complex, y: Complex, a: &Value, b: &Value) -> PyResult<Value> {
    Ok(Value::complex(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => x.divide(y)?,
        BinOp::Pow => x.pow(y)?,
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            )))
        }
    }))
}

/// `x ** y` of two floats whose result is complex (a negative base, a
/// fractional exponent): `complex(x) ** complex(y)`, as CPython's float
/// power hands it over.
///
/// # Errors
/// OverflowError.
pub fn float_pow_complex(x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::complex(
        Complex::new(x, 0.0).pow(Complex::new(y, 0.0))?,
    ))
}

/// `z == other` for a complex `z` and a plain number (`None` if `other` is
/// not one): an int compares exactly with the real part, as a float does.
#[must_use]
pub fn complex_eq(z: Complex, other: &Value) -> Option<bool> {
    Some(match other {
        Value::Complex(w) => z.re == w.re && z.im == w.im,
        Value::Float(f) => z.im == 0.0 && z.re == *f,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            z.im == 0.0 && super::ops::float_equals_int(z.re, other)
        }
        _ => return None,
    })
}

/// `.real` and `.imag` of a number (an int's are ints, a float's floats),
/// and an int's `.numerator` and `.denominator`.
#[must_use]
pub fn number_attr(v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Complex(z), "real") => Some(Value::Float(z.re)),
        (Value::Complex(z), "imag") => Some(Value::Float(z.im)),
        (Value::Float(_), "real") => Some(v.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Bool(b), "real") => Some(Value::Int(i64::from(*b))),
        (Value::Int(_) | Value::BigInt(_), "real") => Some(v.clone()),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
        // An int is its own fraction: `n / 1`.
        (Value::Bool(b), "numerator") => Some(Value::Int(i64::from(*b))),
        (Value::Int(_) | Value::BigInt(_), "numerator") => Some(v.clone()),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Some(Value::Int(1)),
        _ => None,
    }
}

/// complex's methods.
pub static COMPLEX_METHODS: &[Builtin] = &[builtin!("complex.conjugate", |_, a| {
    if !a.keywords.is_empty() {
        return Err(type_error("complex.conjugate() takes no keyword arguments"));
    }
    match a.positional.as_slice() {
        [Value::Complex(z)] => Ok(Value::complex(Complex::new(z.re, -z.im))),
        [] => Err(type_error(
            "unbound method complex.conjugate() needs an argument",
        )),
        [Value::Complex(_), rest @ ..] => Err(type_error(format!(
            "complex.conjugate() takes no arguments ({} given)",
            rest.len()
        ))),
        [other, ..] => Err(type_error(format!(
            "descriptor 'conjugate' for 'complex' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
})];

/// `complex(real=0, imag=0)` and `complex(text)`.
///
/// # Errors
/// CPython's TypeErrors for arguments of the wrong kind or number, and
/// ValueError for a malformed string.
pub fn complex_new(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let real_kw = args.keyword("real");
    let imag_kw = args.keyword("imag");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for complex()"
        )));
    }
    let given = args.positional.len();
    if given > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut positional = args.positional.into_iter();
    let real = positional.next().or(real_kw);
    let imag = positional.next().or(imag_kw);
    let Some(real) = real else {
        // `complex()`, `complex(imag=2)`.
        let imag = match &imag {
            Some(i) => interp.complex_part(i, "second")?,
            None => (Complex::new(0.0, 0.0), false),
        };
        return Ok(Value::complex(combine(
            (Complex::new(0.0, 0.0), false),
            imag,
        )));
    };
    if let Value::Str(text) = &real {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return Ok(Value::complex(parse_complex(text)?));
    }
    if matches!(imag, Some(Value::Str(_))) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let real = interp.complex_part(&real, "first")?;
    let imag = match &imag {
        Some(i) => interp.complex_part(i, "second")?,
        None => return Ok(Value::complex(real.0)),
    };
    Ok(Value::complex(combine(real, imag)))
}

/// `real + imag * 1j` for two arguments of `complex()`, each a complex
/// number or a real one (`false`), with no arithmetic on parts that are
/// not there: `complex(1, 2j)` is `(-1+0j)`, and `complex(0.0, -0.0)`
/// keeps its signed zero.
fn combine(real: (Complex, bool), imag: (Complex, bool)) -> Complex {
    let (mut re, mut im) = (real.0.re, imag.0.re);
    if imag.1 {
        re -= imag.0.im;
    }
    if real.1 {
        im += real.0.im;
    }
    Complex::new(re, im)
}

impl Interp {
    /// One argument of `complex()` (`which` is "first" or "second"): a
    /// complex number (`true`), from `__complex__` too, or a real one as
    /// `float(x)` takes it.
    fn complex_part(&mut self, v: &Value, which: &str) -> PyResult<(Complex, bool)> {
        if let Value::Complex(z) = v {
            return Ok((**z, true));
        }
        // Only the first argument may be converted by `__complex__`.
        if which == "first" {
            if let Some(z) = self.dunder_complex(v)? {
                return Ok((z, true));
            }
        }
        if let Some(z) = plain_complex(v)? {
            return Ok((z, false));
        }
        let numeric = self.special(v, "__float__")?.is_some()
            || self.special(v, "__index__")?.is_some()
            || v.base_object()
                .is_some_and(|b| plain_complex(&b).ok().flatten().is_some());
        if !numeric {
            let wanted = if which == "first" {
                "a string or a number"
            } else {
                "a number"
            };
            return Err(type_error(format!(
                "complex() {which} argument must be {wanted}, not '{}'",
                v.type_name()
            )));
        }
        Ok((Complex::new(self.real_number(v)?, 0.0), false))
    }

    /// What an instance's `__complex__` returns, if its class has one.
    fn dunder_complex(&mut self, v: &Value) -> PyResult<Option<Complex>> {
        if !matches!(v, Value::Instance(_)) {
            return Ok(None);
        }
        let Some(method) = self.special(v, "__complex__")? else {
            return Ok(None);
        };
        match self.call(&method, Args::default())? {
            Value::Complex(z) => Ok(Some(*z)),
            other => Err(type_error(format!(
                "__complex__ returned non-complex (type {})",
                other.type_name()
            ))),
        }
    }

    /// An argument where a complex number is wanted (`cmath.sqrt(x)`): a
    /// complex number, an object with `__complex__`, or a real number.
    ///
    /// # Errors
    /// TypeError "must be real number, not str" for what is none of these.
    pub fn complex_number(&mut self, v: &Value) -> PyResult<Complex> {
        if let Some(z) = plain_complex(v)? {
            return Ok(z);
        }
        if let Some(z) = self.dunder_complex(v)? {
            return Ok(z);
        }
        Ok(Complex::new(self.real_number(v)?, 0.0))
    }
}
