//! Python's `math` module, every function and constant of CPython 3.11's,
//! with its errors: `ValueError: math domain error` outside a function's
//! domain, `OverflowError: math range error` past a float's range, and the
//! TypeErrors of its argument parsing. The float algorithms CPython writes
//! itself are in `objects::math_ops`; ints stay exact ints (`factorial`,
//! `comb`, `perm`, `gcd`, `lcm`, `isqrt`, `prod`), and the logarithms take
//! ints of any size.

use crate::builtin;
use std::sync::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::compiler::bytecode::BinOp;
use crate::objects::int_ops::{float_to_int, int_frexp, int_to_f64};
use crate::objects::math_ops::{self, domain_error, libc, range_error, ExactSum};
use crate::runtime::alloc;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::str_methods::as_index;
use crate::runtime::value::Value;
use crate::runtime::Interp;

/// TypeError unless the call has no keyword arguments (every function of
/// the module but `isclose` and `prod` takes none).
fn no_keywords(args: &Args, name: &str) -> PyResult<()> {
    if args.keywords.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )))
    }
}

/// The argument of a function of one argument (CPython's `METH_O`).
fn one(args: Args, name: &str) -> PyResult<Value> {
    no_keywords(&args, name)?;
    let given = args.positional.len();
    let [x] = <[Value; 1]>::try_from(args.positional).map_err(|_| {
        type_error(format!(
            "math.{name}() takes exactly one argument ({given} given)"
        ))
    })?;
    Ok(x)
}

/// The arguments of a function of two.
fn two(args: Args, name: &str) -> PyResult<(Value, Value)> {
    no_keywords(&args, name)?;
    let given = args.positional.len();
    let [x, y] = <[Value; 2]>::try_from(args.positional)
        .map_err(|_| type_error(format!("{name} expected 2 arguments, got {given}")))?;
    Ok((x, y))
}

/// An integer argument (an int, or an object with `__index__`).
fn index(interp: &mut Interp, v: &Value) -> PyResult<BigInt> {
    match as_index(interp, v)? {
        Some(n) => Ok(n.as_bigint().unwrap_or_default()),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// CPython's `math_1`: `r = f(x)` is a domain error when it is NaN and `x`
/// is not, and when it is infinite and `x` finite either a range error
/// (`can_overflow`: `exp`, `cosh`…) or a domain error (a singularity).
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error().into());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        }
        .into());
    }
    Ok(r)
}

/// A float function of one argument from the C library, `math_1`'s errors.
fn unary(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = interp.real_number(&one(args, name)?)?;
    Ok(Value::Float(checked(x, f(x), can_overflow)?))
}

/// A float function of one argument that never raises for a float.
fn total(interp: &mut Interp, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = interp.real_number(&one(args, name)?)?;
    Ok(Value::Float(f(x)))
}

/// A float function of one argument with errors of its own (`gamma`).
fn fallible(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(f64) -> crate::objects::error::ObjectResult<f64>,
) -> PyResult<Value> {
    let x = interp.real_number(&one(args, name)?)?;
    Ok(Value::Float(f(x)?))
}

/// A float predicate (`isnan`…).
fn test(interp: &mut Interp, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = interp.real_number(&one(args, name)?)?;
    Ok(Value::Bool(f(x)))
}

/// The two floats of a function of two.
fn two_reals(interp: &mut Interp, args: Args, name: &str) -> PyResult<(f64, f64)> {
    let (x, y) = two(args, name)?;
    Ok((interp.real_number(&x)?, interp.real_number(&y)?))
}

/// A float function of two arguments, CPython's `math_2`: a NaN from
/// non-NaN arguments is a domain error, an infinity from finite ones a range
/// error.
fn binary(interp: &mut Interp, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_reals(interp, args, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error().into());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error().into());
    }
    Ok(Value::Float(r))
}

/// `math.fmod(x, y)`: C's `fmod` (Rust's `%` on floats), `x` itself for an
/// infinite `y`.
fn fmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(interp, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error().into());
    }
    Ok(Value::Float(r))
}

/// The logarithm `f` (`ln`, `log2`, `log10`) of a float: CPython's `m_log`,
/// special values decided here.
fn log_float(x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        return Ok(f(x));
    }
    // log(0) is -inf, a singularity; below, NaN: both a domain error.
    Err(domain_error().into())
}

/// The logarithm `f` of a number, an int of any size included
/// (`loghelper`): an int too large for a float is `m * 2**e`, and its
/// logarithm `f(m) + f(2) * e`.
fn log_of(interp: &mut Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let Some(n) = v.as_bigint() else {
        return log_float(interp.real_number(v)?, f);
    };
    if !n.is_positive() {
        return Err(domain_error().into());
    }
    Ok(match int_to_f64(&n) {
        Ok(x) => f(x),
        Err(_) => {
            let (m, e) = int_frexp(&n);
            #[allow(clippy::cast_precision_loss)]
            let e = e as f64;
            f(m) + f(2.0) * e
        }
    })
}

/// `math.log(x[, base])`.
fn log(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    let (x, base) = match args.positional.as_slice() {
        [x] => (x, None),
        [x, base] => (x, Some(base)),
        _ => return Err(type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_of(interp, x, f64::ln)?;
    let Some(base) = base else {
        return Ok(Value::Float(num));
    };
    let den = log_of(interp, base, f64::ln)?;
    if den == 0.0 {
        return Err(PyErr::new(
            ExcType::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(Value::Float(num / den))
}

/// `math.log2(x)` and `math.log10(x)`.
fn log_base(interp: &mut Interp, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = one(args, name)?;
    Ok(Value::Float(log_of(interp, &x, f)?))
}

/// `math.floor(x)` and `math.ceil(x)`: an int, from the object's own
/// `__floor__` (`__ceil__`) when it has one.
fn floor_ceil(
    interp: &mut Interp,
    args: Args,
    name: &str,
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one(args, name)?;
    let x = match &v {
        Value::Float(x) => *x,
        Value::Int(_) | Value::BigInt(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        _ => {
            if let Some(method) = interp.special(&v, special)? {
                return interp.call(&method, Args::default());
            }
            interp.real_number(&v)?
        }
    };
    Ok(Value::int(float_to_int(f(x))?))
}

/// `math.trunc(x)`: toward zero, through `__trunc__`.
fn trunc(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(args, "trunc")?;
    match &v {
        Value::Float(x) => Ok(Value::int(float_to_int(*x)?)),
        Value::Int(_) | Value::BigInt(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        _ => match interp.special(&v, "__trunc__")? {
            Some(method) => interp.call(&method, Args::default()),
            None => Err(type_error(format!(
                "type {} doesn't define __trunc__ method",
                v.type_name()
            ))),
        },
    }
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e`.
fn frexp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = interp.real_number(&one(args, "frexp")?)?;
    let (m, e) = math_ops::frexp(x);
    Ok(Value::tuple(vec![
        Value::Float(m),
        Value::Int(i64::from(e)),
    ]))
}

/// `math.ldexp(x, i)`: `x * 2**i`, `i` an int of any size.
fn ldexp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, i) = two(args, "ldexp")?;
    let x = interp.real_number(&x)?;
    let exp = match &i {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        // Past i64 it is as far as any exponent can take a double.
        Value::BigInt(b) if b.is_negative() => i64::MIN,
        Value::BigInt(_) => i64::MAX,
        _ => return Err(type_error("Expected an int as second argument to ldexp.")),
    };
    let r = math_ops::ldexp(x, exp);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error().into());
    }
    Ok(Value::Float(r))
}

/// `math.modf(x)`: the fractional and integral parts, as floats.
fn modf(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = interp.real_number(&one(args, "modf")?)?;
    let (fraction, whole) = math_ops::modf(x);
    Ok(Value::tuple(vec![
        Value::Float(fraction),
        Value::Float(whole),
    ]))
}

/// `math.pow(x, y)`: always a float, math's errors (not `**`'s).
fn pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(interp, args, "pow")?;
    Ok(Value::Float(math_ops::pow(x, y)?))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
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
    let mut ab = [0.0; 2];
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
        ab[i] = interp.real_number(&v)?;
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
    // Equal (two infinities of one sign too); else no infinity is close.
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// `math.fsum(iterable)`: the correctly rounded sum of the exact sum.
fn fsum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let iterator = interp.iter(&one(args, "fsum")?)?;
    let mut sum = ExactSum::new();
    while let Some(item) = interp.next(&iterator)? {
        sum.add(interp.real_number(&item)?)?;
    }
    Ok(Value::Float(sum.total()?))
}

/// `math.prod(iterable, *, start=1)`: `*` of the items in turn, so ints stay
/// exact and any type that multiplies can be given.
fn prod(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let start = args.keyword("start");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for prod()"
        )));
    }
    let given = args.positional.len();
    let [iterable] = <[Value; 1]>::try_from(args.positional).map_err(|_| {
        type_error(format!(
            "prod() takes exactly 1 positional argument ({given} given)"
        ))
    })?;
    let iterator = interp.iter(&iterable)?;
    let mut product = start.unwrap_or(Value::Int(1));
    while let Some(item) = interp.next(&iterator)? {
        product = interp.binary(BinOp::Mul, &product, &item)?;
    }
    Ok(product)
}

/// `values` as magnitudes, with the largest and whether one is a NaN: what
/// `vector_norm` takes.
fn magnitudes(mut values: Vec<f64>) -> (Vec<f64>, f64, bool) {
    let (mut max, mut found_nan) = (0.0f64, false);
    for x in &mut values {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    (values, max, found_nan)
}

/// `math.hypot(*coordinates)`: the Euclidean norm.
fn hypot(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(&args, "hypot")?;
    let mut coordinates = Vec::with_capacity(args.positional.len());
    for v in &args.positional {
        coordinates.push(interp.real_number(v)?);
    }
    let (values, max, found_nan) = magnitudes(coordinates);
    Ok(Value::Float(math_ops::vector_norm(&values, max, found_nan)))
}

/// A point's coordinates (a tuple, or any iterable made one).
fn point(interp: &mut Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => interp.collect(v),
    }
}

/// `math.dist(p, q)`: the Euclidean distance between two points.
fn dist(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (p, q) = two(args, "dist")?;
    let (p, q) = (point(interp, &p)?, point(interp, &q)?);
    if p.len() != q.len() {
        return Err(PyErr::new(
            ExcType::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let mut differences = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let a = interp.real_number(a)?;
        let b = interp.real_number(b)?;
        differences.push(a - b);
    }
    let (values, max, found_nan) = magnitudes(differences);
    Ok(Value::Float(math_ops::vector_norm(&values, max, found_nan)))
}

/// The integer arguments of `gcd` and `lcm`.
fn integers(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    no_keywords(args, name)?;
    args.positional.iter().map(|v| index(interp, v)).collect()
}

/// `math.gcd(*integers)`.
fn gcd(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let numbers = integers(interp, &args, "gcd")?;
    let g = numbers.iter().fold(BigInt::zero(), |g, n| g.gcd(n));
    Ok(Value::int(g))
}

/// `math.lcm(*integers)`.
fn lcm(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let numbers = integers(interp, &args, "lcm")?;
    let l = numbers.iter().fold(BigInt::one(), |l, n| {
        if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            (&l / l.gcd(n) * n).abs()
        }
    });
    Ok(Value::int(l))
}

/// `math.isqrt(n)`: the largest int whose square is at most `n`.
fn isqrt(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let n = index(interp, &one(args, "isqrt")?)?;
    if n.is_negative() {
        return Err(PyErr::new(
            ExcType::ValueError,
            "isqrt() argument must be nonnegative",
        ));
    }
    Ok(Value::int(n.sqrt()))
}

/// `first * (first + 1) * ... * (first + count - 1)`, halves multiplied
/// together (big by big, where num-bigint's fast multiplication pays), or
/// MemoryError when the result could not be held.
fn rising_product(first: &BigInt, count: u64) -> PyResult<BigInt> {
    let last = first + count;
    let bits = count.saturating_mul(last.bits());
    alloc::check_bytes(
        usize::try_from(bits / 8)
            .ok()
            .and_then(|b| b.checked_mul(3)),
    )?;
    Ok(product_of(first, count))
}

fn product_of(first: &BigInt, count: u64) -> BigInt {
    if count <= 16 {
        return (0..count).fold(BigInt::one(), |p, i| p * (first + i));
    }
    let half = count / 2;
    product_of(first, half) * product_of(&(first + half), count - half)
}

/// `n!` for a non-negative `n`.
fn factorial_of(n: u64) -> PyResult<BigInt> {
    rising_product(&BigInt::one(), n)
}

/// The argument of `factorial`, checked as CPython checks it.
fn factorial_argument(interp: &mut Interp, v: &Value) -> PyResult<u64> {
    let n = index(interp, v)?;
    if n > BigInt::from(i64::MAX) {
        return Err(PyErr::new(
            ExcType::OverflowError,
            format!("factorial() argument should not exceed {}", i64::MAX),
        ));
    }
    n.to_u64().ok_or_else(|| {
        PyErr::new(
            ExcType::ValueError,
            "factorial() not defined for negative values",
        )
    })
}

/// `math.factorial(n)`.
fn factorial(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let n = factorial_argument(interp, &one(args, "factorial")?)?;
    Ok(Value::int(factorial_of(n)?))
}

/// `n` and `k` of `perm` and `comb`: ints, neither negative.
fn n_and_k(interp: &mut Interp, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index(interp, n)?;
    let k = index(interp, k)?;
    for (value, name) in [(&n, "n"), (&k, "k")] {
        if value.is_negative() {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("{name} must be a non-negative integer"),
            ));
        }
    }
    Ok((n, k))
}

/// `k` as a count, or OverflowError in CPython's words (`what`) past i64.
fn count_of(k: &BigInt, what: &str) -> PyResult<u64> {
    k.to_i64().and_then(|k| k.to_u64()).ok_or_else(|| {
        PyErr::new(
            ExcType::OverflowError,
            format!("{what} must not exceed {}", i64::MAX),
        )
    })
}

/// `math.perm(n, k=None)`: `n! / (n - k)!`, or `n!`.
fn perm(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(&args, "perm")?;
    let (n, k) = match args.positional.as_slice() {
        [n] | [n, Value::None] => {
            let n = factorial_argument(interp, n)?;
            return Ok(Value::int(factorial_of(n)?));
        }
        [n, k] => n_and_k(interp, n, k)?,
        [] => return Err(type_error("perm expected at least 1 argument, got 0")),
        more => {
            return Err(type_error(format!(
                "perm expected at most 2 arguments, got {}",
                more.len()
            )))
        }
    };
    if n < k {
        return Ok(Value::Int(0));
    }
    let count = count_of(&k, "k")?;
    Ok(Value::int(rising_product(&(&n - &k + 1u32), count)?))
}

/// `math.comb(n, k)`: `n! / (k! * (n - k)!)`.
fn comb(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (n, k) = two(args, "comb")?;
    let (n, k) = n_and_k(interp, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let count = count_of(&k, "min(n - k, k)")?;
    let top = rising_product(&(&n - &k + 1u32), count)?;
    Ok(Value::int(top / factorial_of(count)?))
}

/// `math.nextafter(x, y)`.
fn nextafter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(interp, args, "nextafter")?;
    Ok(Value::Float(math_ops::nextafter(x, y)))
}

/// Degrees per radian and radians per degree, as CPython computes them.
const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;

static FUNCTIONS: &[Builtin] = &[
    builtin!("acos", |i, a| unary(i, a, "acos", f64::acos, false)),
    builtin!("acosh", |i, a| unary(i, a, "acosh", libc::acosh, false)),
    builtin!("asin", |i, a| unary(i, a, "asin", f64::asin, false)),
    builtin!("asinh", |i, a| unary(i, a, "asinh", libc::asinh, false)),
    builtin!("atan", |i, a| unary(i, a, "atan", f64::atan, false)),
    builtin!("atan2", |i, a| binary(i, a, "atan2", math_ops::atan2)),
    builtin!("atanh", |i, a| unary(i, a, "atanh", libc::atanh, false)),
    builtin!("cbrt", |i, a| unary(i, a, "cbrt", f64::cbrt, false)),
    builtin!("ceil", |i, a| floor_ceil(
        i,
        a,
        "ceil",
        "__ceil__",
        f64::ceil
    )),
    builtin!("comb", comb),
    builtin!("copysign", |i, a| binary(i, a, "copysign", f64::copysign)),
    builtin!("cos", |i, a| unary(i, a, "cos", f64::cos, false)),
    builtin!("cosh", |i, a| unary(i, a, "cosh", f64::cosh, true)),
    builtin!("degrees", |i, a| total(i, a, "degrees", |x| x * RAD_TO_DEG)),
    builtin!("dist", dist),
    builtin!("erf", |i, a| total(i, a, "erf", libc::erf)),
    builtin!("erfc", |i, a| total(i, a, "erfc", libc::erfc)),
    builtin!("exp", |i, a| unary(i, a, "exp", f64::exp, true)),
    builtin!("exp2", |i, a| unary(i, a, "exp2", f64::exp2, true)),
    builtin!("expm1", |i, a| unary(i, a, "expm1", f64::exp_m1, true)),
    builtin!("fabs", |i, a| total(i, a, "fabs", f64::abs)),
    builtin!("factorial", factorial),
    builtin!("floor", |i, a| floor_ceil(
        i,
        a,
        "floor",
        "__floor__",
        f64::floor
    )),
    builtin!("fmod", fmod),
    builtin!("frexp", frexp),
    builtin!("fsum", fsum),
    builtin!("gamma", |i, a| fallible(i, a, "gamma", math_ops::gamma)),
    builtin!("gcd", gcd),
    builtin!("hypot", hypot),
    builtin!("isclose", isclose),
    builtin!("isfinite", |i, a| test(i, a, "isfinite", f64::is_finite)),
    builtin!("isinf", |i, a| test(i, a, "isinf", f64::is_infinite)),
    builtin!("isnan", |i, a| test(i, a, "isnan", f64::is_nan)),
    builtin!("isqrt", isqrt),
    builtin!("lcm", lcm),
    builtin!("ldexp", ldexp),
    builtin!("lgamma", |i, a| fallible(i, a, "lgamma", math_ops::lgamma)),
    builtin!("log", log),
    builtin!("log10", |i, a| log_base(i, a, "log10", f64::log10)),
    builtin!("log1p", |i, a| unary(i, a, "log1p", f64::ln_1p, false)),
    builtin!("log2", |i, a| log_base(i, a, "log2", f64::log2)),
    builtin!("modf", modf),
    builtin!("nextafter", nextafter),
    builtin!("perm", perm),
    builtin!("pow", pow),
    builtin!("prod", prod),
    builtin!("radians", |i, a| total(i, a, "radians", |x| x * DEG_TO_RAD)),
    builtin!("remainder", |i, a| binary(
        i,
        a,
        "remainder",
        math_ops::remainder
    )),
    builtin!("sin", |i, a| unary(i, a, "sin", f64::sin, false)),
    builtin!("sinh", |i, a| unary(i, a, "sinh", f64::sinh, true)),
    builtin!("sqrt", |i, a| unary(i, a, "sqrt", f64::sqrt, false)),
    builtin!("tan", |i, a| unary(i, a, "tan", f64::tan, false)),
    builtin!("tanh", |i, a| unary(i, a, "tanh", f64::tanh, false)),
    builtin!("trunc", trunc),
    builtin!("ulp", |i, a| total(i, a, "ulp", math_ops::ulp)),
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
