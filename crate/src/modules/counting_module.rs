//! `_counting`: `count_elements(mapping, iterable)`, the loop of
//! `Counter.update` (CPython's `_collections._count_elements`, in C there
//! too): `mapping[x] = mapping.get(x, 0) + 1` for each item, run in Rust.
//! A dict, or an instance of a dict subclass that overrides neither `get`
//! nor `__setitem__` (a Counter), is counted into straight; any other
//! mapping through its own `get` and `__setitem__`.

use crate::builtin;
use std::sync::Arc;

use crate::compiler::bytecode::BinOp;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::{Dict, Value};
use crate::runtime::Interp;

/// The dict that `mapping[x] = mapping.get(x, 0) + 1` reads and writes
/// plainly, when no Python method stands in the way.
fn plain_dict(mapping: &Value) -> Option<Arc<Dict>> {
    match mapping {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i)
            if i.class.lookup("get").is_none() && i.class.lookup("__setitem__").is_none() =>
        {
            match i.base_object() {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `count + 1`, inline for a small int.
fn plus_one(interp: &mut Interp, count: &Value) -> PyResult<Value> {
    match count {
        Value::Int(n) if *n < i64::MAX => Ok(Value::Int(n + 1)),
        other => interp.binary(BinOp::Add, other, &Value::Int(1)),
    }
}

fn count_elements(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [mapping, iterable] = args.positional.as_slice() else {
        return Err(type_error("count_elements() takes exactly 2 arguments"));
    };
    let iterator = interp.iter(iterable)?;
    if let Some(dict) = plain_dict(mapping) {
        let target = Value::Dict(dict.clone());
        while let Some(item) = interp.next(&iterator)? {
            let count = match interp.dict_get(&dict, &item)? {
                Some(count) => plus_one(interp, &count)?,
                None => Value::Int(1),
            };
            interp.dict_set(&target, item, count)?;
        }
        return Ok(Value::None);
    }
    let get = interp.get_attr(mapping, "get")?;
    while let Some(item) = interp.next(&iterator)? {
        let count = interp.call(&get, Args::new(vec![item.clone(), Value::Int(0)]))?;
        let count = plus_one(interp, &count)?;
        interp.set_item(mapping, item, count)?;
    }
    Ok(Value::None)
}

static FUNCTIONS: &[Builtin] = &[builtin!("count_elements", count_elements)];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("_counting", FUNCTIONS)
}
