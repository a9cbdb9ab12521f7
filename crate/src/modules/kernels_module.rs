//! `kernels`: the page's built-in extension module, written in Rust. It stands
//! for a C extension such as numpy: its functions run at wasm speed and, when
//! asked with `release_gil=True`, release the GIL while they compute (as numpy
//! does around its loops), so other Python threads run meanwhile.
//!
//! - `sum_squares(n, release_gil=False)`: `sum(i*i for i in range(n))`.
//! - `process_data_chunk(seed, start, count, release_gil=False)`: the articles'
//!   `process_data_chunk` over items `start .. start + count` of data set `seed`
//!   (drawn inside the kernel, so no process has to be sent the data).

use crate::builtin;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::Value;
use crate::runtime::Interp;
use crate::trace::State;
use crate::workloads::{process_data, sum_squares};

/// A non-negative integer argument that fits a `u64`.
fn count(value: &Value, function: &str, name: &str) -> PyResult<u64> {
    let Some(big) = value.as_bigint() else {
        return Err(type_error(format!(
            "{function}() argument '{name}' must be int, not {}",
            value.type_name()
        )));
    };
    u64::try_from(&big).map_err(|_| {
        PyErr::new(
            ExcType::ValueError,
            format!("{function}() argument '{name}' must be between 0 and 2**64 - 1"),
        )
    })
}

/// The positional arguments `names`, then `release_gil` (keyword or last positional).
fn arguments(
    interp: &mut Interp,
    mut args: Args,
    function: &str,
    names: &[&str],
) -> PyResult<(Vec<u64>, bool)> {
    let release = args.keyword("release_gil");
    if let Some((key, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "{function}() got an unexpected keyword argument '{key}'"
        )));
    }
    let most = names.len() + usize::from(release.is_none());
    if args.positional.len() < names.len() || args.positional.len() > most {
        return Err(type_error(format!(
            "{function}() takes from {} to {} positional arguments but {} were given",
            names.len(),
            names.len() + 1,
            args.positional.len()
        )));
    }
    let release = match release.or_else(|| args.positional.get(names.len()).cloned()) {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let values = names
        .iter()
        .zip(&args.positional)
        .map(|(name, v)| count(v, function, name))
        .collect::<PyResult<_>>()?;
    Ok((values, release))
}

/// Runs `kernel` holding the GIL (other threads wait, as for any C function
/// that keeps it), or with the GIL released (traced as native code).
fn call_kernel<R: Send>(interp: &mut Interp, release_gil: bool, kernel: impl FnOnce() -> R) -> R {
    if release_gil {
        interp.allow_threads(State::Native, kernel)
    } else {
        kernel()
    }
}

fn sum_squares_fn(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (values, release) = arguments(interp, args, "sum_squares", &["n"])?;
    let n = values[0];
    let total = call_kernel(interp, release, || sum_squares::sum_squares(n))
        .map_err(|message| PyErr::new(ExcType::OverflowError, message))?;
    Ok(Value::int(BigInt::from(total)))
}

fn process_data_chunk_fn(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (values, release) = arguments(
        interp,
        args,
        "process_data_chunk",
        &["seed", "start", "count"],
    )?;
    let (seed, start, items) = (values[0], values[1], values[2]);
    if start.checked_add(items).is_none() {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "process_data_chunk(): start + count is too large",
        ));
    }
    let total = call_kernel(interp, release, || {
        process_data::process_data_chunk(seed, start, items)
    });
    Ok(Value::int(BigInt::from(total)))
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("sum_squares", sum_squares_fn),
    builtin!("process_data_chunk", process_data_chunk_fn),
];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("kernels", FUNCTIONS)
}
