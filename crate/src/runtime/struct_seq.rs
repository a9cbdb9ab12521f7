//! CPython's struct sequences (`sys.float_info`, `sys.int_info`,
//! `sys.version_info`): tuples whose items have names too
//! (`sys.version_info.major`). Each is an instance of a class of its own
//! derived from tuple, so that indexing, slicing, `len`, iteration,
//! unpacking, comparison with tuples and hashing are the tuple's; its fields
//! are its attributes, read-only, and its repr is CPython's
//! `sys.float_info(max=1.7976931348623157e+308, ...)`.

use std::sync::{Arc, Mutex};

use super::error::{ExcType, PyErr, PyResult};
use super::function::Builtin;
use super::object::{BuiltinBase, Class, Instance, Names};
use super::value::{lock, Value};
use super::Interp;

/// A struct sequence of type `module.name` with these fields, in order.
#[must_use]
pub fn struct_sequence(module: &str, name: &str, fields: Vec<(&str, Value)>) -> Value {
    let count = Value::Int(i64::try_from(fields.len()).unwrap_or(i64::MAX));
    let mut attributes = Names::default();
    attributes.insert("__repr__".into(), Value::Builtin(&REPR));
    attributes.insert("__setattr__".into(), Value::Builtin(&SETATTR));
    for counter in ["n_sequence_fields", "n_fields"] {
        attributes.insert(counter.into(), count.clone());
    }
    attributes.insert("n_unnamed_fields".into(), Value::Int(0));
    let tuple = Value::Builtin(&super::builtins::TUPLE);
    let class = Arc::new(Class {
        metaclass: None,
        name: name.into(),
        qualname: name.into(),
        module: module.into(),
        attributes: Mutex::new(attributes),
        bases: vec![tuple],
        ancestors: Vec::new(),
        builtin_at: 0,
        builtin: BuiltinBase::Type(&super::builtins::TUPLE),
        plain_stores: std::sync::atomic::AtomicU64::new(0),
        finalizes: std::sync::atomic::AtomicBool::new(false),
        constructor: Default::default(),
        subclasses: Mutex::default(),
    });
    let instance = Instance::new(class);
    let mut items = Vec::with_capacity(fields.len());
    {
        let mut attributes = lock(&instance.attributes);
        for (field, value) in fields {
            attributes.insert(field.into(), value.clone());
            items.push(value);
        }
    }
    *lock(&instance.base_object) = Some(Value::tuple(items));
    Value::Instance(Arc::new(instance))
}

static REPR: Builtin = crate::builtin!(method "structseq.__repr__", repr);
static SETATTR: Builtin = crate::builtin!(method "structseq.__setattr__", setattr);

/// `module.name(field=value, ...)`, each value by its repr.
fn repr(interp: &mut Interp, this: &Value, _: &mut [Value]) -> PyResult<Value> {
    let Value::Instance(instance) = this else {
        return Ok(Value::str("()"));
    };
    let fields: Vec<(Arc<str>, Value)> = lock(&instance.attributes)
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let (module, name) = instance.class.qualified_name();
    let mut text = format!("{module}.{name}(");
    for (i, (field, value)) in fields.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(field);
        text.push('=');
        text.push_str(&interp.repr(value)?);
    }
    text.push(')');
    Ok(Value::str(&text))
}

/// Fields cannot be set, nor other attributes added.
fn setattr(_: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    let (Value::Instance(instance), [Value::Str(name), ..]) = (this, &*args) else {
        return Err(PyErr::new(ExcType::AttributeError, "readonly attribute"));
    };
    if lock(&instance.attributes).contains_key(&**name) {
        return Err(PyErr::new(ExcType::AttributeError, "readonly attribute"));
    }
    let (module, class) = instance.class.qualified_name();
    Err(PyErr::new(
        ExcType::AttributeError,
        format!("'{module}.{class}' object has no attribute '{name}'"),
    ))
}
