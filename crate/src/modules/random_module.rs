//! Python's `random` module, on the Mersenne Twister of `random.rs` (bit for
//! bit CPython's): one generator per interpreter, seeded from the clock until
//! the program calls `random.seed`.

use crate::builtin;
use std::sync::{Arc, Mutex};

use num_bigint::BigInt;

use crate::host::clock;
use crate::objects::random::{Random, RandomError};
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
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
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<PyRandom>() => {
            let n = n.clone();
            args.positional.remove(0);
            Source(Some(n))
        }
        _ => Source(None),
    }
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

/// A `Random` instance's methods: the module's functions, on its own generator.
static RANDOM_METHODS: &[Builtin] = &[
    builtin!("Random.seed", seed),
    builtin!("Random.random", random),
    builtin!("Random.uniform", uniform),
    builtin!("Random.randint", randint),
    builtin!("Random.randrange", randrange),
    builtin!("Random.choice", choice),
    builtin!("Random.shuffle", shuffle),
    builtin!("Random.getrandbits", getrandbits),
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
];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("random", FUNCTIONS)
}
