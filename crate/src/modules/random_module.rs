//! Python's `random` module, on the Mersenne Twister of `random.rs` (bit for
//! bit CPython's): one generator per interpreter, seeded from the clock until
//! the program calls `random.seed`. `sample`, `choices`, the distributions,
//! `randbytes` and `getstate`/`setstate` are CPython 3.11's, as the module
//! functions and as `random.Random` methods.

use crate::builtin;
use std::sync::{Arc, Mutex};

use num_bigint::BigInt;
use num_integer::Integer;

use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::host::clock;
use crate::objects::random::{Random, RandomError, N};
use crate::runtime::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::{lock, Native, Value};
use crate::runtime::Interp;

fn raise(error: RandomError) -> PyErr {
    let kind = match error {
        RandomError::ValueError(_) => ExcType::ValueError,
        RandomError::IndexError(_) => ExcType::IndexError,
        RandomError::TypeError(_) => ExcType::TypeError,
        RandomError::OverflowError(_) => ExcType::OverflowError,
        RandomError::ZeroDivisionError(_) => ExcType::ZeroDivisionError,
    };
    PyErr::new(kind, error.message())
}

/// Seeded from the clock, as `random.seed(None)` seeds from the OS.
fn from_clock() -> Random {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let nanos = (clock::now_ms() * 1e6) as u64;
    Random::from_entropy(&[nanos as u32, (nanos >> 32) as u32, 0x9e37_79b9])
}

/// A `random.Random` instance: a generator of its own.
#[derive(Debug)]
pub struct PyRandom {
    rng: Mutex<Option<Random>>,
}

impl Native for PyRandom {
    fn type_name(&self) -> &'static str {
        "Random"
    }
    fn methods(&self) -> &'static [Builtin] {
        RANDOM_METHODS
    }
    fn repr(&self) -> String {
        format!(
            "<random.Random object at 0x{:012x}>",
            std::ptr::from_ref(self) as usize
        )
    }
}

/// The generator a call uses: a `Random` instance's (its receiver, taken
/// out of the arguments), or the module's.
struct Source(Option<Arc<dyn Native>>);

fn source(args: &mut Args) -> Source {
    let own = match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<PyRandom>() => n.clone(),
        // An instance of a subclass: the generator it is made of.
        Some(Value::Instance(i)) => match &*lock(&i.base_object) {
            Some(Value::Native(n)) if n.as_any().is::<PyRandom>() => n.clone(),
            _ => return Source(None),
        },
        _ => return Source(None),
    };
    args.positional.remove(0);
    Source(Some(own))
}

/// The methods the others are built on: a subclass defining one of them
/// (`def random(self)`) has the others follow it, as in CPython, whose
/// `Random` methods call `self.random()`, `self.randrange()`…
const FOUNDATIONS: &[&str] = &[
    "random",
    "getrandbits",
    "_randbelow",
    "randrange",
    "normalvariate",
    "gammavariate",
    "sample",
];

/// Whether a method's receiver is an instance of a subclass of `Random`
/// that defines one of the `FOUNDATIONS`.
fn overrides(args: &Args) -> bool {
    let Some(Value::Instance(i)) = args.positional.first() else {
        return false;
    };
    let made_of_random =
        matches!(&*lock(&i.base_object), Some(Value::Native(n)) if n.as_any().is::<PyRandom>());
    made_of_random
        && FOUNDATIONS
            .iter()
            .any(|name| i.class.lookup(name).is_some())
}

/// The `Random` methods that follow a subclass's `FOUNDATIONS`: for such a
/// subclass, the methods of the same name in `_random_subclass`, written in
/// Python over `self`'s own methods; else the built-in ones.
macro_rules! following_subclasses {
    ($($method:ident => $native:ident),* $(,)?) => {
        $(
            fn $method(interp: &mut Interp, args: Args) -> PyResult<Value> {
                if overrides(&args) {
                    let module = interp.import("_random_subclass")?;
                    let method = interp.get_attr(&module, stringify!($native))?;
                    return interp.call(&method, args);
                }
                $native(interp, args)
            }
        )*
    };
}

following_subclasses!(
    method_uniform => uniform,
    method_randint => randint,
    method_randrange => randrange,
    method_choice => choice,
    method_shuffle => shuffle,
    method_sample => sample,
    method_choices => choices,
    method_gauss => gauss,
    method_normalvariate => normalvariate,
    method_expovariate => expovariate,
    method_triangular => triangular,
    method_lognormvariate => lognormvariate,
    method_betavariate => betavariate,
    method_gammavariate => gammavariate,
    method_vonmisesvariate => vonmisesvariate,
    method_paretovariate => paretovariate,
    method_weibullvariate => weibullvariate,
    method_randbytes => randbytes,
);

/// `Random.__init__(self, x=None)` of a subclass's instance: seeds it by
/// `self.seed(x)`, a `seed` of the subclass's own if it has one.
fn init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some((instance, rest)) = args.positional.split_first() else {
        return Err(type_error("Random.__init__() needs its instance"));
    };
    if rest.len() > 1 || !args.keywords.is_empty() {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    let seed = interp.get_attr(instance, "seed")?;
    interp.call(&seed, Args::new(rest.to_vec()))?;
    Ok(Value::None)
}

/// Runs `f` on the generator of `from` (the module's is shared by the
/// program's threads).
fn with_rng<R>(interp: &Interp, from: &Source, f: impl FnOnce(&mut Random) -> R) -> R {
    let own = from
        .0
        .as_ref()
        .and_then(|n| n.as_any().downcast_ref::<PyRandom>());
    let mut slot = match own {
        Some(r) => lock(&r.rng),
        None => lock(&interp.rt.random),
    };
    f(slot.get_or_insert_with(from_clock))
}

/// The generator `seed` makes from its argument.
fn seeded(args: &Args) -> PyResult<Random> {
    Ok(match args.positional.first() {
        None | Some(Value::None) => from_clock(),
        Some(Value::Str(s)) => Random::from_str(s),
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            Random::from_int(&int(v, "")?)
        }
        Some(Value::Bytes(b)) => Random::from_bytes(b),
        Some(Value::ByteArray(b)) => Random::from_bytes(&lock(&b.bytes)),
        // A float seeds by its hash taken as unsigned (a negative hash
        // wraps), as CPython's C seed does.
        Some(Value::Float(f)) => Random::from_int(&num_bigint::BigInt::from(
            crate::objects::num_hash::hash_f64(*f).cast_unsigned(),
        )),
        Some(other) => {
            return Err(type_error(format!(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. (got {})",
                other.type_name()
            )))
        }
    })
}

/// `random.Random(seed=None)`
fn random_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Native(Arc::new(PyRandom {
        rng: Mutex::new(Some(seeded(&args)?)),
    })))
}

fn int(v: &Value, what: &str) -> PyResult<BigInt> {
    v.as_bigint().ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer{what}",
            v.type_name()
        ))
    })
}

fn float(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        #[allow(clippy::cast_precision_loss)]
        Value::Int(i) => Ok(*i as f64),
        other => Err(type_error(format!(
            "unsupported operand type(s) for -: '{}' and '{}'",
            other.type_name(),
            other.type_name()
        ))),
    }
}

fn seed(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let generator = seeded(&args)?;
    with_rng(interp, &from, |r| *r = generator);
    Ok(Value::None)
}

fn randint(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    if args.positional.len() != 2 {
        return Err(type_error(format!(
            "Random.randint() missing {} required positional argument{}",
            2usize.saturating_sub(args.positional.len()),
            if args.positional.len() == 1 {
                ": 'b'"
            } else {
                "s: 'a' and 'b'"
            }
        )));
    }
    let (a, b) = (int(&args.positional[0], "")?, int(&args.positional[1], "")?);
    with_rng(interp, &from, |r| r.randint(&a, &b))
        .map(Value::int)
        .map_err(raise)
}

fn randrange(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let p = &args.positional;
    if p.is_empty() || p.len() > 3 {
        return Err(type_error("randrange expected 1 to 3 arguments"));
    }
    let start = int(&p[0], "")?;
    let stop = p.get(1).map(|v| int(v, "")).transpose()?;
    let step = p
        .get(2)
        .map(|v| int(v, ""))
        .transpose()?
        .unwrap_or_else(|| BigInt::from(1));
    with_rng(interp, &from, |r| r.randrange(&start, stop.as_ref(), &step))
        .map(Value::int)
        .map_err(raise)
}

fn choice(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let [seq] = args.positional.as_slice() else {
        return Err(type_error("Random.choice() takes 2 positional arguments"));
    };
    let len = interp.len(seq)?;
    // A range may hold more than a (32-bit, in wasm) usize counts.
    let index = match usize::try_from(len) {
        Ok(len) => u64::try_from(with_rng(interp, &from, |r| r.choice_index(len)).map_err(raise)?)
            .unwrap_or(u64::MAX),
        Err(_) => with_rng(interp, &from, |r| r.randbelow_u64(len.unsigned_abs())),
    };
    interp.get_item(seq, &Value::Int(i64::try_from(index).unwrap_or(i64::MAX)))
}

fn shuffle(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let [Value::List(list)] = args.positional.as_slice() else {
        return Err(type_error("shuffle() takes a list"));
    };
    let mut items = std::mem::take(&mut *lock(&list.items));
    with_rng(interp, &from, |r| r.shuffle(&mut items));
    *lock(&list.items) = items;
    Ok(Value::None)
}

fn random(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    Ok(Value::Float(with_rng(interp, &from, Random::random)))
}

fn uniform(interp: &mut Interp, mut a: Args) -> PyResult<Value> {
    let from = source(&mut a);
    let [x, y] = a.positional.as_slice() else {
        return Err(type_error("uniform() takes exactly 2 arguments"));
    };
    let (x, y) = (float(x)?, float(y)?);
    Ok(Value::Float(with_rng(interp, &from, |r| r.uniform(x, y))))
}

fn getrandbits(interp: &mut Interp, mut a: Args) -> PyResult<Value> {
    let from = source(&mut a);
    let [k] = a.positional.as_slice() else {
        return Err(type_error("getrandbits() takes exactly one argument"));
    };
    let k = int(k, "")?;
    with_rng(interp, &from, |r| r.getrandbits_checked(&k))
        .map(Value::int)
        .map_err(raise)
}

/// The arguments of a call by name: `names` in order, of which the first
/// `positional` may come by position and the first `required` must be given.
/// CPython's messages name the method `Random.name()`.
fn params(
    args: Args,
    name: &str,
    names: &[&str],
    positional: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let given = args.positional.len();
    if given > positional {
        let takes = if required == positional {
            format!("{}", positional + 1)
        } else {
            format!("from {} to {}", required + 1, positional + 1)
        };
        return Err(type_error(format!(
            "Random.{name}() takes {takes} positional arguments but {} were given",
            given + 1
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(args.positional) {
        *slot = Some(v);
    }
    for (key, v) in args.keywords {
        let Some(i) = names.iter().position(|n| **n == *key) else {
            return Err(type_error(format!(
                "Random.{name}() got an unexpected keyword argument '{key}'"
            )));
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "Random.{name}() got multiple values for argument '{key}'"
            )));
        }
        out[i] = Some(v);
    }
    let missing: Vec<String> = names[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
            [] => String::new(),
        };
        return Err(type_error(format!(
            "Random.{name}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(out)
}

/// A float parameter, `default` when not given.
fn real(interp: &mut Interp, v: Option<&Value>, default: f64) -> PyResult<f64> {
    match v {
        None => Ok(default),
        Some(v) => interp.real_number(v),
    }
}

/// A distribution of float parameters (`defaults` for those left out,
/// NaN marking a required one) on the call's generator.
fn distribution(
    interp: &mut Interp,
    mut args: Args,
    name: &str,
    names: &[&str],
    defaults: &[f64],
    f: impl FnOnce(&mut Random, &[f64]) -> Result<f64, RandomError>,
) -> PyResult<Value> {
    let from = source(&mut args);
    let required = defaults.iter().take_while(|d| d.is_nan()).count();
    let given = params(args, name, names, names.len(), required)?;
    let mut xs = Vec::with_capacity(names.len());
    for (v, d) in given.iter().zip(defaults) {
        xs.push(real(interp, v.as_ref(), *d)?);
    }
    with_rng(interp, &from, |r| f(r, &xs))
        .map(Value::Float)
        .map_err(raise)
}

fn gauss(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "gauss",
        &["mu", "sigma"],
        &[0.0, 1.0],
        |r, x| Ok(r.gauss(x[0], x[1])),
    )
}

fn normalvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "normalvariate",
        &["mu", "sigma"],
        &[0.0, 1.0],
        |r, x| Ok(r.normalvariate(x[0], x[1])),
    )
}

fn lognormvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "lognormvariate",
        &["mu", "sigma"],
        &[f64::NAN, f64::NAN],
        |r, x| Ok(r.lognormvariate(x[0], x[1])),
    )
}

fn expovariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "expovariate",
        &["lambd"],
        &[f64::NAN],
        |r, x| r.expovariate(x[0]),
    )
}

fn vonmisesvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "vonmisesvariate",
        &["mu", "kappa"],
        &[f64::NAN, f64::NAN],
        |r, x| r.vonmisesvariate(x[0], x[1]),
    )
}

fn gammavariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "gammavariate",
        &["alpha", "beta"],
        &[f64::NAN, f64::NAN],
        |r, x| r.gammavariate(x[0], x[1]),
    )
}

fn betavariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "betavariate",
        &["alpha", "beta"],
        &[f64::NAN, f64::NAN],
        |r, x| r.betavariate(x[0], x[1]),
    )
}

fn paretovariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "paretovariate",
        &["alpha"],
        &[f64::NAN],
        |r, x| r.paretovariate(x[0]),
    )
}

fn weibullvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    distribution(
        interp,
        args,
        "weibullvariate",
        &["alpha", "beta"],
        &[f64::NAN, f64::NAN],
        |r, x| r.weibullvariate(x[0], x[1]),
    )
}

/// `random.triangular(low=0.0, high=1.0, mode=None)`.
fn triangular(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let p = params(args, "triangular", &["low", "high", "mode"], 3, 0)?;
    let low = real(interp, p[0].as_ref(), 0.0)?;
    let high = real(interp, p[1].as_ref(), 1.0)?;
    let mode = match &p[2] {
        None | Some(Value::None) => None,
        Some(v) => Some(interp.real_number(v)?),
    };
    if mode.is_some() && high - low == 0.0 {
        // `(mode - low) / (high - low)` raises ZeroDivisionError, after the
        // draw: CPython returns `low` as it was given.
        with_rng(interp, &from, Random::random);
        return Ok(p[0].clone().unwrap_or(Value::Float(0.0)));
    }
    Ok(Value::Float(with_rng(interp, &from, |r| {
        r.triangular(low, high, mode)
    })))
}

/// `random.randbytes(n)`: `getrandbits(n * 8)`, little-endian.
fn randbytes(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let p = params(args, "randbytes", &["n"], 1, 1)?;
    let n = int(p[0].as_ref().unwrap_or(&Value::None), "")?;
    let bits = &n * 8u32;
    let value = with_rng(interp, &from, |r| r.getrandbits_checked(&bits)).map_err(raise)?;
    let len = usize::try_from(&n).unwrap_or(0);
    let mut bytes = value.magnitude().to_bytes_le();
    bytes.resize(len, 0);
    Ok(Value::bytes(&bytes))
}

/// `bisect_right(a, x, 0, hi)` with Python's comparisons.
fn bisect_right(interp: &mut Interp, a: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = usize::midpoint(lo, hi);
        let less = interp.compare(CmpOp::Lt, x, &a[mid])?;
        if interp.truthy(&less)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `list(itertools.accumulate(values))` with Python's `+`.
fn accumulate(interp: &mut Interp, values: &Value) -> PyResult<Vec<Value>> {
    let items = interp.collect(values)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        let next = match out.last() {
            None => v,
            Some(last) => interp.binary(BinOp::Add, last, &v)?,
        };
        out.push(next);
    }
    Ok(out)
}

/// A population's item at `i`.
fn item(interp: &mut Interp, population: &Value, i: u64) -> PyResult<Value> {
    interp.get_item(
        population,
        &Value::Int(i64::try_from(i).unwrap_or(i64::MAX)),
    )
}

/// `random.sample(population, k, *, counts=None)`.
fn sample(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let p = params(args, "sample", &["population", "k", "counts"], 2, 2)?;
    let (Some(population), Some(k)) = (&p[0], &p[1]) else {
        unreachable!("required parameters");
    };
    if !matches!(
        population,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
    ) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = u64::try_from(interp.len(population)?).unwrap_or(0);
    if let Some(counts) = p[2].as_ref().filter(|c| !matches!(c, Value::None)) {
        let mut cum = accumulate(interp, counts)?;
        if u64::try_from(cum.len()).ok() != Some(n) {
            return Err(value_error(
                "The number of counts does not match the population",
            ));
        }
        let Some(total) = cum.pop() else {
            return Err(PyErr::new(ExcType::IndexError, "pop from empty list"));
        };
        if !matches!(total, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
            return Err(type_error("Counts must be integers"));
        }
        let total = int(&total, "")?;
        if total <= BigInt::from(0) {
            return Err(value_error("Total of counts must be greater than zero"));
        }
        let total = u64::try_from(&total)
            .map_err(|_| PyErr::new(ExcType::OverflowError, "Python int too large"))?;
        let k = sample_k(k)?;
        let picks = with_rng(interp, &from, |r| r.sample_indices(total, k)).map_err(raise)?;
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let s = Value::int(BigInt::from(s));
            let i = bisect_right(interp, &cum, &s, cum.len())?;
            out.push(item(
                interp,
                population,
                u64::try_from(i).unwrap_or(u64::MAX),
            )?);
        }
        return Ok(Value::list(out));
    }
    let k = sample_k(k)?;
    let picks = with_rng(interp, &from, |r| r.sample_indices(n, k)).map_err(raise)?;
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(item(interp, population, i)?);
    }
    Ok(Value::list(out))
}

/// `sample`'s `k`: an int, at least 0 (a larger one than the population is
/// the sampler's error).
fn sample_k(k: &Value) -> PyResult<u64> {
    let k = int(k, "").map_err(|_| {
        type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            k.type_name()
        ))
    })?;
    if k < BigInt::from(0) {
        return Err(value_error("Sample larger than population or is negative"));
    }
    Ok(u64::try_from(&k).unwrap_or(u64::MAX))
}

/// `random.choices(population, weights=None, *, cum_weights=None, k=1)`.
fn choices(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let p = params(
        args,
        "choices",
        &["population", "weights", "cum_weights", "k"],
        2,
        1,
    )?;
    let population = p[0].clone().unwrap_or(Value::None);
    let n = interp.len(&population)?;
    let weights = p[1].clone().filter(|v| !matches!(v, Value::None));
    let cum_weights = p[2].clone().filter(|v| !matches!(v, Value::None));
    let k_value = p[3].clone().unwrap_or(Value::Int(1));
    let k = |k: &Value| -> PyResult<u64> {
        let k = int(k, "")?;
        Ok(u64::try_from(&k).unwrap_or(if k < BigInt::from(0) { 0 } else { u64::MAX }))
    };
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let count = k(&k_value)?;
            #[allow(clippy::cast_precision_loss)]
            let nf = n as f64;
            let mut out = Vec::new();
            for _ in 0..count {
                let x = with_rng(interp, &from, Random::random) * nf;
                #[allow(clippy::cast_possible_truncation)]
                let i = x.floor() as i64;
                out.push(interp.get_item(&population, &Value::Int(i))?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => match accumulate(interp, &w) {
            Ok(c) => c,
            Err(e) => {
                if let Value::Int(k) = w {
                    return Err(type_error(format!(
                        "The number of choices must be a keyword argument: k={k}"
                    )));
                }
                return Err(e);
            }
        },
        (None, Some(c)) => interp.collect(&c)?,
        (Some(_), Some(_)) => {
            return Err(type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if i64::try_from(cum.len()).ok() != Some(n) {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let Some(last) = cum.last() else {
        return Err(PyErr::new(ExcType::IndexError, "list index out of range"));
    };
    let total = interp.binary(BinOp::Add, last, &Value::Float(0.0))?;
    let total = interp.real_number(&total)?;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let hi = cum.len() - 1;
    let count = k(&k_value)?;
    let mut out = Vec::new();
    for _ in 0..count {
        let x = Value::Float(with_rng(interp, &from, Random::random) * total);
        let i = bisect_right(interp, &cum, &x, hi)?;
        out.push(item(
            interp,
            &population,
            u64::try_from(i).unwrap_or(u64::MAX),
        )?);
    }
    Ok(Value::list(out))
}

/// `random.getstate()`: `(3, (624 words..., index), gauss_next)`.
fn getstate(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    params(args, "getstate", &[], 0, 0)?;
    let (words, index, gauss_next) = with_rng(interp, &from, |r| {
        let (w, i) = r.state();
        (*w, i, r.gauss_next())
    });
    let mut internal: Vec<Value> = words.iter().map(|w| Value::Int(i64::from(*w))).collect();
    internal.push(Value::Int(i64::try_from(index).unwrap_or(0)));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(internal),
        gauss_next.map_or(Value::None, Value::Float),
    ]))
}

/// `random.setstate(state)`, for version 3 states (what `getstate` gives).
fn setstate(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let from = source(&mut args);
    let p = params(args, "setstate", &["state"], 1, 1)?;
    let state = interp.collect(p[0].as_ref().unwrap_or(&Value::None))?;
    let version = state.first().cloned().unwrap_or(Value::None);
    let version_2 = matches!(version, Value::Int(2));
    if !version_2 && !matches!(version, Value::Int(3)) {
        return Err(value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            interp.repr(&version)?
        )));
    }
    let [_, internal, gauss_next] = state.as_slice() else {
        return Err(value_error(if state.len() > 3 {
            "too many values to unpack (expected 3)".to_owned()
        } else {
            format!(
                "not enough values to unpack (expected 3, got {})",
                state.len()
            )
        }));
    };
    let Value::Tuple(_) = internal else {
        return Err(type_error("state vector must be a tuple"));
    };
    let internal = interp.collect(internal)?;
    if internal.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(&internal) {
        let mut n = int(v, "")?;
        if version_2 {
            // Version 2 states hold signed words: CPython takes them modulo
            // 2**32.
            n = n.mod_floor(&BigInt::from(1u64 << 32));
        }
        let n = u64::try_from(&n).map_err(|_| {
            PyErr::new(
                ExcType::OverflowError,
                if n < BigInt::from(0) {
                    "can't convert negative int to unsigned"
                } else {
                    "Python int too large to convert to C unsigned long"
                },
            )
        })?;
        // CPython keeps the low 32 bits.
        #[allow(clippy::cast_possible_truncation)]
        {
            *w = n as u32;
        }
    }
    let index = int(&internal[N], "")?;
    let index = usize::try_from(&index).unwrap_or(usize::MAX);
    let gauss_next = match gauss_next {
        Value::None => None,
        v => Some(interp.real_number(v)?),
    };
    with_rng(interp, &from, |r| r.set_state(&words, index, gauss_next)).map_err(raise)?;
    Ok(Value::None)
}

/// A `Random` instance's methods: the module's functions, on its own generator.
static RANDOM_METHODS: &[Builtin] = &[
    builtin!("Random.__init__", init),
    builtin!("Random.seed", seed),
    builtin!("Random.random", random),
    builtin!("Random.uniform", method_uniform),
    builtin!("Random.randint", method_randint),
    builtin!("Random.randrange", method_randrange),
    builtin!("Random.choice", method_choice),
    builtin!("Random.shuffle", method_shuffle),
    builtin!("Random.getrandbits", getrandbits),
    builtin!("Random.sample", method_sample),
    builtin!("Random.choices", method_choices),
    builtin!("Random.gauss", method_gauss),
    builtin!("Random.normalvariate", method_normalvariate),
    builtin!("Random.expovariate", method_expovariate),
    builtin!("Random.triangular", method_triangular),
    builtin!("Random.lognormvariate", method_lognormvariate),
    builtin!("Random.betavariate", method_betavariate),
    builtin!("Random.gammavariate", method_gammavariate),
    builtin!("Random.vonmisesvariate", method_vonmisesvariate),
    builtin!("Random.paretovariate", method_paretovariate),
    builtin!("Random.weibullvariate", method_weibullvariate),
    builtin!("Random.randbytes", method_randbytes),
    builtin!("Random.getstate", getstate),
    builtin!("Random.setstate", setstate),
];

static FUNCTIONS: &[Builtin] = &[
    builtin!(type "Random", random_new, methods RANDOM_METHODS),
    builtin!("seed", seed),
    builtin!("random", random),
    builtin!("uniform", uniform),
    builtin!("randint", randint),
    builtin!("randrange", randrange),
    builtin!("choice", choice),
    builtin!("shuffle", shuffle),
    builtin!("getrandbits", getrandbits),
    builtin!("sample", sample),
    builtin!("choices", choices),
    builtin!("gauss", gauss),
    builtin!("normalvariate", normalvariate),
    builtin!("expovariate", expovariate),
    builtin!("triangular", triangular),
    builtin!("lognormvariate", lognormvariate),
    builtin!("betavariate", betavariate),
    builtin!("gammavariate", gammavariate),
    builtin!("vonmisesvariate", vonmisesvariate),
    builtin!("paretovariate", paretovariate),
    builtin!("weibullvariate", weibullvariate),
    builtin!("randbytes", randbytes),
    builtin!("getstate", getstate),
    builtin!("setstate", setstate),
];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("random", FUNCTIONS)
}
