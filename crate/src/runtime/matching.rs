//! The tests of `match` patterns (see `compiler/patterns.rs`): whether a
//! value is a sequence, a mapping or an instance of a class of the right
//! shape, and the parts of it the sub-patterns match.

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::Args;
use super::object::BuiltinBase;
use super::value::{lock, Value};
use super::Interp;

/// Built-in types whose class pattern with one positional sub-pattern
/// matches the value itself (`case int(n):`).
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

impl Interp {
    /// `Op::MatchSequence`: the items for `before`, a starred middle (a
    /// list) when `star`, and `after`; None when the value does not fit.
    pub(super) fn match_sequence(
        &mut self,
        value: &Value,
        before: usize,
        after: usize,
        star: bool,
    ) -> PyResult<Value> {
        let sequence = match value {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => value.clone(),
            // A list subclass is a sequence; other classes are not here.
            Value::Instance(i) => match (&i.class.builtin, i.base_object()) {
                (BuiltinBase::Type(b), Some(base)) if b.name == "list" => base,
                _ => return Ok(Value::None),
            },
            _ => return Ok(Value::None),
        };
        let mut items = self.collect(&sequence)?;
        let fits = if star {
            items.len() >= before + after
        } else {
            items.len() == before + after
        };
        if !fits {
            return Ok(Value::None);
        }
        if star {
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            items.push(Value::list(middle));
            items.extend(tail);
        }
        Ok(Value::tuple(items))
    }

    /// `Op::MatchMapping`: the values at `keys`, and with `rest` a dict of
    /// the other items; None when the value is no mapping or lacks a key.
    pub(super) fn match_mapping(
        &mut self,
        value: &Value,
        keys: &[Value],
        rest: bool,
    ) -> PyResult<Value> {
        let dict = match value {
            Value::Dict(_) => value.clone(),
            Value::Instance(i) => match (&i.class.builtin, i.base_object()) {
                (BuiltinBase::Type(b), Some(base)) if b.name == "dict" => base,
                _ => return Ok(Value::None),
            },
            _ => return Ok(Value::None),
        };
        let Value::Dict(d) = &dict else {
            return Ok(Value::None);
        };
        let mut found = Vec::with_capacity(keys.len() + 1);
        for key in keys {
            match self.dict_get(d, key)? {
                Some(v) => found.push(v),
                None => return Ok(Value::None),
            }
        }
        if rest {
            let others = self.new_dict();
            let pairs: Vec<(Value, Value)> = lock(&d.map).values().cloned().collect();
            for (k, v) in pairs {
                let taken = {
                    let mut taken = false;
                    for key in keys {
                        if self.eq(&k, key)? {
                            taken = true;
                            break;
                        }
                    }
                    taken
                };
                if !taken {
                    self.dict_set(&others, k, v)?;
                }
            }
            found.push(others);
        }
        Ok(Value::tuple(found))
    }

    /// `Op::MatchClass`: the attributes the sub-patterns match (the
    /// positional ones named by `__match_args__`); None when the value is
    /// not an instance of `class` or lacks an attribute.
    pub(super) fn match_class(
        &mut self,
        value: &Value,
        class: &Value,
        positional: usize,
        names: &[Value],
    ) -> PyResult<Value> {
        let isinstance = self
            .builtins
            .get("isinstance")
            .cloned()
            .ok_or_else(|| type_error("isinstance is missing"))?;
        let is = self.call(&isinstance, Args::new(vec![value.clone(), class.clone()]))?;
        if !self.truthy(&is)? {
            return Ok(Value::None);
        }
        let mut attributes: Vec<String> = Vec::with_capacity(positional + names.len());
        let mut found = Vec::with_capacity(positional + names.len());
        let self_matching =
            matches!(class, Value::Builtin(b) if b.is_type && SELF_MATCHING.contains(&b.name));
        if self_matching && positional > 0 {
            if positional > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({positional} given)",
                    class_name(class)
                )));
            }
            found.push(value.clone());
        } else if positional > 0 {
            let match_args = match self.get_attr(class, "__match_args__") {
                Ok(Value::Tuple(t)) => t.to_vec(),
                Ok(_) => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple",
                        class_name(class)
                    )))
                }
                Err(e) if e.kind() == Some(ExcType::AttributeError) => Vec::new(),
                Err(e) => return Err(e),
            };
            if positional > match_args.len() {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({positional} given)",
                    class_name(class),
                    match_args.len(),
                    if match_args.len() == 1 { "" } else { "s" }
                )));
            }
            for name in &match_args[..positional] {
                let Value::Str(name) = name else {
                    return Err(type_error("__match_args__ elements must be strings"));
                };
                attributes.push(name.to_string());
            }
        }
        for name in names {
            if let Value::Str(name) = name {
                if attributes.iter().any(|a| **a == **name) {
                    return Err(type_error(format!(
                        "{}() got multiple sub-patterns for attribute '{name}'",
                        class_name(class)
                    )));
                }
                attributes.push(name.to_string());
            }
        }
        for name in &attributes {
            match self.get_attr(value, name) {
                Ok(v) => found.push(v),
                Err(e) if e.kind() == Some(ExcType::AttributeError) => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
        Ok(Value::tuple(found))
    }
}

fn class_name(class: &Value) -> String {
    match class {
        Value::Class(c) => c.name.to_string(),
        Value::Builtin(b) => b.name.to_string(),
        Value::ExcType(k) => k.name().to_string(),
        other => other.type_name(),
    }
}

/// The error for a class pattern whose class is no class.
#[must_use]
pub fn not_a_class() -> PyErr {
    type_error("called match pattern must be a class")
}
