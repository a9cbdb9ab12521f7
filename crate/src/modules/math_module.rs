//! Python's `math` module: the common functions and constants.

use crate::builtin;
use std::sync::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::ops::as_real;
use crate::runtime::value::Value;

fn one(args: &Args, name: &str) -> PyResult<Value> {
    if args.positional.len() != 1 || !args.keywords.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    }
    Ok(args.positional[0].clone())
}

fn to_big(v: &Value, name: &str) -> PyResult<BigInt> {
    v.as_bigint().ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer{name}",
            v.type_name()
        ))
    })
}

fn domain_error() -> PyErr {
    PyErr::new(ExcType::ValueError, "math domain error")
}

/// A float function that is undefined outside its domain (`ValueError`).
fn float_fn(args: &Args, name: &str, f: fn(f64) -> f64, ok: fn(f64) -> bool) -> PyResult<Value> {
    let x = as_real(&one(args, name)?)?;
    if !ok(x) {
        return Err(domain_error());
    }
    Ok(Value::Float(f(x)))
}

fn floor_ceil(args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    match one(args, name)? {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        v => {
            let x = as_real(&v)?;
            if x.is_nan() {
                return Err(PyErr::new(
                    ExcType::ValueError,
                    "cannot convert float NaN to integer",
                ));
            }
            if x.is_infinite() {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(num_traits::FromPrimitive::from_f64(f(x)).map_or(Value::None, Value::int))
        }
    }
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("sqrt", |_, a| float_fn(&a, "sqrt", f64::sqrt, |x| x >= 0.0
        || x.is_nan())),
    builtin!("exp", |_, a| {
        let x = as_real(&one(&a, "exp")?)?;
        let r = x.exp();
        if r.is_infinite() && x.is_finite() {
            return Err(PyErr::new(ExcType::OverflowError, "math range error"));
        }
        Ok(Value::Float(r))
    }),
    builtin!("log", |_, a| {
        if a.positional.len() == 2 {
            let (x, b) = (as_real(&a.positional[0])?, as_real(&a.positional[1])?);
            if x <= 0.0 || b <= 0.0 {
                return Err(domain_error());
            }
            if b == 1.0 {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            return Ok(Value::Float(x.ln() / b.ln()));
        }
        float_fn(&a, "log", f64::ln, |x| x > 0.0 || x.is_nan())
    }),
    builtin!("log2", |_, a| float_fn(&a, "log2", f64::log2, |x| x > 0.0
        || x.is_nan())),
    builtin!("log10", |_, a| float_fn(&a, "log10", f64::log10, |x| x
        > 0.0
        || x.is_nan())),
    builtin!("sin", |_, a| float_fn(&a, "sin", f64::sin, |x| !x
        .is_infinite())),
    builtin!("cos", |_, a| float_fn(&a, "cos", f64::cos, |x| !x
        .is_infinite())),
    builtin!("tan", |_, a| float_fn(&a, "tan", f64::tan, |x| !x
        .is_infinite())),
    builtin!("atan", |_, a| float_fn(&a, "atan", f64::atan, |_| true)),
    builtin!("fabs", |_, a| float_fn(&a, "fabs", f64::abs, |_| true)),
    builtin!("floor", |_, a| floor_ceil(&a, "floor", f64::floor)),
    builtin!("ceil", |_, a| floor_ceil(&a, "ceil", f64::ceil)),
    builtin!("trunc", |_, a| floor_ceil(&a, "trunc", f64::trunc)),
    builtin!("isqrt", |_, a| {
        let n = to_big(&one(&a, "isqrt")?, "")?;
        if n.is_negative() {
            return Err(PyErr::new(
                ExcType::ValueError,
                "isqrt() argument must be nonnegative",
            ));
        }
        Ok(Value::int(n.sqrt()))
    }),
    builtin!("factorial", |_, a| {
        let n = to_big(&one(&a, "factorial")?, "")?;
        if n.is_negative() {
            return Err(PyErr::new(
                ExcType::ValueError,
                "factorial() not defined for negative values",
            ));
        }
        let n = n
            .to_u64()
            .filter(|n| *n <= 20_000)
            .ok_or_else(crate::runtime::alloc::memory_error)?;
        Ok(Value::int((1..=n).fold(BigInt::from(1), |acc, k| acc * k)))
    }),
    builtin!("gcd", |_, a| {
        let mut g = BigInt::zero();
        for v in &a.positional {
            g = g.gcd(&to_big(v, "")?);
        }
        Ok(Value::int(g))
    }),
    builtin!("isclose", |_, mut a| {
        let rel = a
            .keyword("rel_tol")
            .map(|v| as_real(&v))
            .transpose()?
            .unwrap_or(1e-9);
        let abs = a
            .keyword("abs_tol")
            .map(|v| as_real(&v))
            .transpose()?
            .unwrap_or(0.0);
        if a.positional.len() != 2 {
            return Err(type_error("isclose() takes exactly 2 positional arguments"));
        }
        let (x, y) = (as_real(&a.positional[0])?, as_real(&a.positional[1])?);
        if x == y {
            return Ok(Value::Bool(true));
        }
        let diff = (x - y).abs();
        Ok(Value::Bool(
            diff <= (rel * y.abs()).max(rel * x.abs()) || diff <= abs,
        ))
    }),
    builtin!("pow", |_, a| {
        if a.positional.len() != 2 {
            return Err(type_error("pow expected 2 arguments"));
        }
        Ok(Value::Float(
            as_real(&a.positional[0])?.powf(as_real(&a.positional[1])?),
        ))
    }),
    builtin!("hypot", |_, a| {
        let mut sum = 0.0f64;
        for v in &a.positional {
            let x = as_real(v)?;
            sum += x * x;
        }
        Ok(Value::Float(sum.sqrt()))
    }),
];

#[must_use]
pub fn module() -> Arc<Module> {
    let m = Module::with_functions("math", FUNCTIONS);
    {
        let mut names = m.names_mut();
        names.insert("pi".into(), Value::Float(std::f64::consts::PI));
        names.insert("e".into(), Value::Float(std::f64::consts::E));
        names.insert("tau".into(), Value::Float(std::f64::consts::TAU));
        names.insert("inf".into(), Value::Float(f64::INFINITY));
        names.insert("nan".into(), Value::Float(f64::NAN));
    }
    m
}
