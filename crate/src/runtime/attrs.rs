//! Attributes: of instances and classes (methods bind to their instance), of
//! modules, and the methods of the built-in types (`methods.rs`).

use std::sync::{Arc, Mutex};

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::Args;
use super::methods;
use super::object::{Class, Instance};
use super::value::{lock, Value};
use super::Interp;

/// What an attribute is, for a call: a method (a function that takes the
/// object as its first argument), or any other value.
pub enum Attr {
    Method(Value),
    Value(Value),
}

fn no_attribute(object: &Value, name: &str) -> PyErr {
    let what = match object {
        Value::Module(m) => {
            return PyErr::new(
                ExcType::AttributeError,
                format!("module '{}' has no attribute '{name}'", m.name),
            )
        }
        Value::Class(c) => {
            return PyErr::new(
                ExcType::AttributeError,
                format!("type object '{}' has no attribute '{name}'", c.name),
            )
        }
        other => other.type_name(),
    };
    PyErr::new(
        ExcType::AttributeError,
        format!("'{what}' object has no attribute '{name}'"),
    )
}

impl Interp {
    /// `object.name`
    ///
    /// # Errors
    /// AttributeError when there is none.
    pub fn get_attr(&mut self, object: &Value, name: &str) -> PyResult<Value> {
        Ok(match self.lookup_attr(object, name)? {
            Attr::Method(function) => Value::Method(Arc::new((object.clone(), function))),
            Attr::Value(value) => value,
        })
    }

    /// `object.name`, a method not yet bound to `object`: what `obj.name(…)`
    /// calls (a call of a method then makes no bound method).
    ///
    /// # Errors
    /// AttributeError when there is none.
    pub fn lookup_attr(&mut self, object: &Value, name: &str) -> PyResult<Attr> {
        Ok(Attr::Value(match object {
            Value::Instance(i) => {
                if let Some(v) = lock(&i.attributes).get(name).cloned() {
                    return Ok(Attr::Value(v));
                }
                if let Some(v) = lock(&i.class.attributes).get(name).cloned() {
                    return Ok(match v {
                        Value::Function(_) => Attr::Method(v),
                        other => Attr::Value(other),
                    });
                }
                match name {
                    "__class__" => Value::Class(i.class.clone()),
                    "__dict__" => {
                        let dict = self.new_dict();
                        let attrs: Vec<_> = lock(&i.attributes)
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        for (k, v) in attrs {
                            self.dict_set(&dict, Value::Str(k), v)?;
                        }
                        dict
                    }
                    _ => return Err(no_attribute(object, name)),
                }
            }
            Value::Class(c) => match lock(&c.attributes).get(name).cloned() {
                Some(v) => v,
                None => match name {
                    "__name__" => Value::Str(c.name.clone()),
                    "__qualname__" => Value::Str(c.qualname.clone()),
                    _ => return Err(no_attribute(object, name)),
                },
            },
            Value::Module(m) => {
                let found = m.names().get(name).cloned();
                found.ok_or_else(|| no_attribute(object, name))?
            }
            Value::Function(f) => match name {
                "__name__" => Value::Str(f.code.name.clone()),
                "__qualname__" => Value::Str(f.code.qualname.clone()),
                _ => return Err(no_attribute(object, name)),
            },
            Value::Builtin(b) => match name {
                "__name__" => Value::str(b.name),
                _ => match methods::lookup(b.name, name).or_else(|| methods::find(b.methods, name))
                {
                    // `str.upper`, `dict.fromkeys`: unbound methods of the type.
                    Some(method) if b.is_type => Value::Builtin(method),
                    _ => return Err(no_attribute(object, name)),
                },
            },
            Value::ExcType(t) => match name {
                "__name__" | "__qualname__" => Value::str(t.name()),
                "__module__" => Value::str(t.module()),
                _ => return Err(no_attribute(object, name)),
            },
            Value::Exception(e) => match name {
                "args" => Value::tuple(e.args.clone()),
                // SystemExit's status: None, its one argument, or all of them.
                "code" if e.kind == ExcType::SystemExit => match e.args.as_slice() {
                    [] => Value::None,
                    [one] => one.clone(),
                    many => Value::tuple(many.to_vec()),
                },
                _ => return Err(no_attribute(object, name)),
            },
            Value::Native(n) => match methods::find(n.methods(), name) {
                Some(method) => return Ok(Attr::Method(Value::Builtin(method))),
                None => match n.get_attr(name) {
                    Some(found) => found,
                    // One whose attributes need the interpreter (a wait) has a `__getattr__`.
                    None => match methods::find(n.methods(), "__getattr__") {
                        Some(getattr) => {
                            let args =
                                super::function::Args::new(vec![object.clone(), Value::str(name)]);
                            (getattr.call)(self, args)?
                        }
                        None => return Err(no_attribute(object, name)),
                    },
                },
            },
            // The built-in types by a static name (no String made per lookup).
            Value::Str(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                let type_name = match object {
                    Value::Str(_) => "str",
                    Value::List(_) => "list",
                    Value::Dict(_) => "dict",
                    _ => "set",
                };
                match methods::lookup(type_name, name) {
                    Some(method) => return Ok(Attr::Method(Value::Builtin(method))),
                    None => return Err(no_attribute(object, name)),
                }
            }
            _ => match methods::lookup(object.builtin_type_name().unwrap_or_default(), name) {
                Some(method) => return Ok(Attr::Method(Value::Builtin(method))),
                None => return Err(no_attribute(object, name)),
            },
        }))
    }

    /// `object.name = value`
    ///
    /// # Errors
    /// AttributeError for objects whose attributes cannot be set.
    pub fn set_attr(&mut self, object: &Value, name: &str, value: Value) -> PyResult<()> {
        match object {
            Value::Instance(i) => {
                lock(&i.attributes).insert(name.into(), value);
                Ok(())
            }
            Value::Class(c) => {
                lock(&c.attributes).insert(name.into(), value);
                Ok(())
            }
            Value::Module(m) => {
                m.names_mut().insert(name.into(), value);
                Ok(())
            }
            Value::Native(n) if n.set_attr(name, value.clone()) => Ok(()),
            // One whose attributes check what they are given has a `__setattr__`.
            Value::Native(_) => match self.special(object, "__setattr__")? {
                Some(method) => {
                    let args = super::function::Args::new(vec![Value::str(name), value]);
                    self.call(&method, args).map(|_| ())
                }
                None => Err(PyErr::new(
                    ExcType::AttributeError,
                    format!("'{}' object has no attribute '{name}'", object.type_name()),
                )),
            },
            other => Err(PyErr::new(
                ExcType::AttributeError,
                format!("'{}' object has no attribute '{name}'", other.type_name()),
            )),
        }
    }

    /// A special method (`__len__`, `__repr__`…) of an instance's class, bound.
    ///
    /// # Errors
    /// Never yet; kept fallible for inherited lookups.
    pub fn special(&mut self, object: &Value, name: &str) -> PyResult<Option<Value>> {
        let found = match object {
            Value::Instance(i) => lock(&i.class.attributes).get(name).cloned(),
            // A native object's special methods are in its table ("Array.__len__").
            Value::Native(n) => methods::find(n.methods(), name).map(Value::Builtin),
            _ => return Ok(None),
        };
        Ok(found.map(|f| Value::Method(Arc::new((object.clone(), f)))))
    }

    /// `class Name: body`: runs the body into a namespace, which becomes the class's.
    pub(super) fn build_class(&mut self, name: &str, body: &Value) -> PyResult<Value> {
        let Value::Function(function) = body else {
            return Err(type_error("class body is not a function"));
        };
        let namespace = super::object::Module::new(name);
        let mut frame =
            super::frame::Frame::new(function.code.clone(), function.globals.clone(), &[]);
        frame.namespace = Some(namespace.clone());
        self.run_frame(&mut frame, None)?;
        let attributes: super::object::Names = std::mem::take(&mut *namespace.names_mut());
        Ok(Value::Class(Arc::new(Class {
            name: name.into(),
            qualname: function.code.qualname.clone(),
            attributes: Mutex::new(attributes),
        })))
    }

    /// `Class(args)`: a new instance, initialised by `__init__`.
    pub(super) fn instantiate(&mut self, class: &Arc<Class>, args: Args) -> PyResult<Value> {
        let instance = Value::Instance(Arc::new(Instance {
            class: class.clone(),
            attributes: Mutex::new(super::object::Names::default()),
        }));
        let init = lock(&class.attributes).get("__init__").cloned();
        match init {
            Some(init) => {
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(instance.clone());
                positional.extend(args.positional);
                let result = self.call(
                    &init,
                    Args {
                        positional,
                        keywords: args.keywords,
                    },
                )?;
                if !matches!(result, Value::None) {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        result.type_name()
                    )));
                }
            }
            None => {
                if !args.positional.is_empty() || !args.keywords.is_empty() {
                    return Err(type_error(format!("{}() takes no arguments", class.name)));
                }
            }
        }
        Ok(instance)
    }
}
