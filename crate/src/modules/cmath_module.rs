//! Python's `cmath` module: the elementary functions of a complex argument
//! (`objects::cmath_ops`), `phase`, `polar`, `rect`, the tests `isclose`,
//! `isfinite`, `isinf`, `isnan`, and the constants. An argument is a complex
//! number, an object with `__complex__`, or a real number.

use crate::builtin;
use std::sync::Arc;

use crate::objects::cmath_ops;
use crate::objects::complex::Complex;
use crate::objects::error::ObjectResult;
use crate::objects::math_ops::{self, domain_error, range_error};
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::Value;
use crate::runtime::Interp;

/// The one argument of `cmath.name(z)`, as a complex number.
fn one(interp: &mut Interp, args: Args, name: &str) -> PyResult<Complex> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!(
            "cmath.{name}() takes no keyword arguments"
        )));
    }
    match args.positional.as_slice() {
        [z] => interp.complex_number(z),
        other => Err(type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

/// A function that cannot fail on a finite argument.
fn total(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(Complex) -> Complex,
) -> PyResult<Value> {
    Ok(Value::complex(f(one(interp, args, name)?)))
}

/// A function with a domain or a range.
fn fallible(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(Complex) -> ObjectResult<Complex>,
) -> PyResult<Value> {
    Ok(Value::complex(f(one(interp, args, name)?)?))
}

fn test(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(f64) -> bool,
    any: bool,
) -> PyResult<Value> {
    let z = one(interp, args, name)?;
    Ok(Value::Bool(if any {
        f(z.re) || f(z.im)
    } else {
        f(z.re) && f(z.im)
    }))
}

/// `cmath.log(z[, base])`: `log(z) / log(base)`.
fn log(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    let given = args.positional.len();
    if given == 0 || given > 2 {
        let bound = if given == 0 {
            "at least 1"
        } else {
            "at most 2"
        };
        return Err(type_error(format!(
            "log expected {bound} argument{}, got {given}",
            if given == 0 { "" } else { "s" }
        )));
    }
    let z = interp.complex_number(&args.positional[0])?;
    let l = cmath_ops::log(z)?;
    let Some(base) = args.positional.get(1) else {
        return Ok(Value::complex(l));
    };
    let base = cmath_ops::log(interp.complex_number(base)?)?;
    // A base of 1 (log 0) divides by zero: C's EDOM, "math domain error".
    Ok(Value::complex(
        l.checked_div(base).ok_or_else(domain_error)?,
    ))
}

fn phase(z: Complex) -> f64 {
    math_ops::atan2(z.im, z.re)
}

/// `cmath.polar(z)`: `(abs(z), phase(z))`.
fn polar(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let z = one(interp, args, "polar")?;
    let modulus = z.abs().map_err(|_| range_error())?;
    Ok(Value::tuple(vec![
        Value::Float(modulus),
        Value::Float(phase(z)),
    ]))
}

/// `cmath.rect(r, phi)`.
fn rect(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("rect() takes no keyword arguments"));
    }
    let [r, phi] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "rect expected 2 arguments, got {}",
            args.positional.len()
        )));
    };
    let (r, phi) = (interp.real_number(r)?, interp.real_number(phi)?);
    Ok(Value::complex(cmath_ops::rect(r, phi)?))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: as `math.isclose`,
/// with the modulus of the difference.
fn isclose(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let rel_tol = args.keyword("rel_tol");
    let abs_tol = args.keyword("abs_tol");
    let named = [args.keyword("a"), args.keyword("b")];
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for isclose()"
        )));
    }
    let given = args.positional.len();
    if given > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({given} given)"
        )));
    }
    let mut positional = args.positional.into_iter();
    let mut ab = [Complex::new(0.0, 0.0); 2];
    for (i, (name, by_name)) in ["a", "b"].into_iter().zip(named).enumerate() {
        let v = match (positional.next(), by_name) {
            (Some(_), Some(_)) => {
                return Err(type_error(format!(
                    "argument for isclose() given by name ('{name}') and position ({})",
                    i + 1
                )))
            }
            (Some(v), None) | (None, Some(v)) => v,
            (None, None) => {
                return Err(type_error(format!(
                    "isclose() missing required argument '{name}' (pos {})",
                    i + 1
                )))
            }
        };
        ab[i] = interp.complex_number(&v)?;
    }
    let [a, b] = ab;
    let rel_tol = rel_tol.map_or(Ok(1e-9), |v| interp.real_number(&v))?;
    let abs_tol = abs_tol.map_or(Ok(0.0), |v| interp.real_number(&v))?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::new(
            ExcType::ValueError,
            "tolerances must be non-negative",
        ));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if [a.re, a.im, b.re, b.im].iter().any(|x| x.is_infinite()) {
        return Ok(Value::Bool(false));
    }
    let modulus = |z: Complex| z.re.hypot(z.im);
    let diff = modulus(a - b);
    Ok(Value::Bool(
        diff <= rel_tol * modulus(b) || diff <= rel_tol * modulus(a) || diff <= abs_tol,
    ))
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("sqrt", |i, a| total(i, a, "sqrt", cmath_ops::sqrt)),
    builtin!("exp", |i, a| fallible(i, a, "exp", cmath_ops::exp)),
    builtin!("log", log),
    builtin!("log10", |i, a| fallible(i, a, "log10", cmath_ops::log10)),
    builtin!("sin", |i, a| fallible(i, a, "sin", cmath_ops::sin)),
    builtin!("cos", |i, a| fallible(i, a, "cos", cmath_ops::cos)),
    builtin!("tan", |i, a| total(i, a, "tan", cmath_ops::tan)),
    builtin!("asin", |i, a| total(i, a, "asin", cmath_ops::asin)),
    builtin!("acos", |i, a| total(i, a, "acos", cmath_ops::acos)),
    builtin!("atan", |i, a| fallible(i, a, "atan", cmath_ops::atan)),
    builtin!("sinh", |i, a| fallible(i, a, "sinh", cmath_ops::sinh)),
    builtin!("cosh", |i, a| fallible(i, a, "cosh", cmath_ops::cosh)),
    builtin!("tanh", |i, a| total(i, a, "tanh", cmath_ops::tanh)),
    builtin!("asinh", |i, a| total(i, a, "asinh", cmath_ops::asinh)),
    builtin!("acosh", |i, a| total(i, a, "acosh", cmath_ops::acosh)),
    builtin!("atanh", |i, a| fallible(i, a, "atanh", cmath_ops::atanh)),
    builtin!("phase", |i, a| Ok(Value::Float(phase(one(i, a, "phase")?)))),
    builtin!("polar", polar),
    builtin!("rect", rect),
    builtin!("isclose", isclose),
    builtin!("isfinite", |i, a| test(
        i,
        a,
        "isfinite",
        f64::is_finite,
        false
    )),
    builtin!("isinf", |i, a| test(i, a, "isinf", f64::is_infinite, true)),
    builtin!("isnan", |i, a| test(i, a, "isnan", f64::is_nan, true)),
];

/// A fresh `cmath` module.
#[must_use]
pub fn module() -> Arc<Module> {
    let m = Module::with_functions("cmath", FUNCTIONS);
    {
        let mut names = m.names_mut();
        names.insert("pi".into(), Value::Float(std::f64::consts::PI));
        names.insert("e".into(), Value::Float(std::f64::consts::E));
        names.insert("tau".into(), Value::Float(std::f64::consts::TAU));
        names.insert("inf".into(), Value::Float(f64::INFINITY));
        names.insert("nan".into(), Value::Float(f64::NAN));
        names.insert(
            "infj".into(),
            Value::complex(Complex::new(0.0, f64::INFINITY)),
        );
        names.insert("nanj".into(), Value::complex(Complex::new(0.0, f64::NAN)));
    }
    m
}
