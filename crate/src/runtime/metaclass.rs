//! Metaclasses and `__init_subclass__`: the class-level hooks.
//!
//! A metaclass here is a class of the program's derived from `type`
//! (`class Meta(type)`). A class made by one (`class C(metaclass=Meta)`, or
//! deriving from such a class) keeps it in `Class::metaclass`; the special
//! methods the metaclass defines then serve the class itself: `len(C)`,
//! `iter(C)`, `C[key]`, `x in C`, `repr(C)`, `bool(C)`, `C(…)` (its
//! `__call__`), `C.name = v` (its `__setattr__`), and `C.attr` finds the
//! metaclass's attributes after the class's own. What is not supported:
//! `__prepare__` (the class body always runs into a plain namespace; a
//! metaclass defining it is refused with a TypeError), and metaclasses
//! derived from a built-in type other than `type`.

use std::sync::Arc;

use super::error::{type_error, PyResult};
use super::function::{Args, Builtin};
use super::object::{BuiltinBase, Class};
use super::value::{lock, Value};
use super::Interp;
use crate::builtin;

/// Whether `class` derives from `type`: its instances are classes.
#[must_use]
pub fn is_metaclass(class: &Class) -> bool {
    matches!(&class.builtin, BuiltinBase::Type(base) if base.name == "type")
}

/// The keyword `name` taken out of a class's keywords.
pub(super) fn take_keyword(keywords: &mut Vec<(Arc<str>, Value)>, name: &str) -> Option<Value> {
    let at = keywords.iter().position(|(k, _)| &**k == name)?;
    Some(keywords.remove(at).1)
}

/// The metaclass a class with `bases` is made by, given `explicit`
/// (`metaclass=`): the most derived of it and the bases' metaclasses, as
/// CPython picks it. `None` is `type`.
pub(super) fn winner(
    explicit: Option<Arc<Class>>,
    bases: &[Value],
) -> PyResult<Option<Arc<Class>>> {
    let mut winner = explicit;
    for base in bases {
        let Value::Class(base) = base else { continue };
        let Some(meta) = &base.metaclass else {
            continue;
        };
        winner = match winner {
            None => Some(meta.clone()),
            Some(w) if w.derives_from(meta) => Some(w),
            Some(w) if meta.derives_from(&w) => Some(meta.clone()),
            Some(_) => {
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a \
                     (non-strict) subclass of the metaclasses of all its bases",
                ))
            }
        };
    }
    Ok(winner)
}

impl Interp {
    /// What a `class` statement with `bases` and a `metaclass=` keyword
    /// calls to make the class, when not `type` itself: a metaclass, or any
    /// callable named (called with name, bases and namespace).
    pub(super) fn class_maker(
        &mut self,
        explicit: Option<Value>,
        bases: &[Value],
    ) -> PyResult<Option<Value>> {
        let explicit = match explicit {
            None => None,
            Some(Value::Builtin(b)) if b.is_type && b.name == "type" => None,
            Some(Value::Class(c)) if is_metaclass(&c) => Some(c),
            // A function, or a class not derived from type: called as is.
            Some(other) => return Ok(Some(other)),
        };
        let Some(meta) = winner(explicit, bases)? else {
            return Ok(None);
        };
        if meta.lookup("__prepare__").is_some() {
            return Err(type_error(
                "a metaclass's __prepare__ is not supported by this page's Python",
            ));
        }
        Ok(Some(Value::Class(meta)))
    }

    /// `Meta(…)` of a metaclass: `type(x)` for one argument, else a new
    /// class made by its `__new__` (`type.__new__` unless it has its own),
    /// then initialised by its `__init__` if it is the metaclass's.
    pub(super) fn instantiate_metaclass(
        &mut self,
        meta: &Arc<Class>,
        args: Args,
    ) -> PyResult<Value> {
        if args.positional.len() == 1 && args.keywords.is_empty() {
            return Ok(super::builtins::type_of(self, &args.positional[0]));
        }
        let new = meta
            .lookup("__new__")
            .map(|n| super::descriptors::unwrap_static(&n))
            .unwrap_or(Value::Builtin(&TYPE_NEW));
        let mut positional = vec![Value::Class(meta.clone())];
        positional.extend(args.positional.iter().cloned());
        let made = self.call(
            &new,
            Args {
                positional,
                keywords: args.keywords.clone(),
            },
        )?;
        let made_by_meta = matches!(&made, Value::Class(c) if c.metaclass.as_ref().is_some_and(|m| m.derives_from(meta)));
        if made_by_meta {
            if let Some(init) = meta.lookup("__init__") {
                let mut positional = vec![made.clone()];
                positional.extend(args.positional);
                self.call(
                    &init,
                    Args {
                        positional,
                        keywords: args.keywords,
                    },
                )?;
            }
        }
        Ok(made)
    }

    /// The special method `name` of `class`'s metaclass, bound to the class
    /// (`len(C)` is `type(C).__len__(C)`); `None` without a metaclass.
    pub(super) fn meta_special(&mut self, class: &Arc<Class>, name: &str) -> Option<Value> {
        let meta = class.metaclass.as_ref()?;
        let found = meta.lookup(name)?;
        Some(Value::Method(Arc::new((
            Value::Class(class.clone()),
            found,
        ))))
    }

    /// After `class` is made: its parent's `__init_subclass__` with the
    /// class's keywords (`object`'s takes none).
    pub(super) fn init_subclass(
        &mut self,
        class: &Arc<Class>,
        keywords: Vec<(Arc<str>, Value)>,
    ) -> PyResult<()> {
        let hook = class
            .ancestors
            .iter()
            .find_map(|a| lock(&a.attributes).get("__init_subclass__").cloned());
        match hook {
            Some(hook) => {
                let bound = self.class_found(class, hook)?;
                self.call(
                    &bound,
                    Args {
                        positional: Vec::new(),
                        keywords,
                    },
                )?;
                Ok(())
            }
            None if keywords.is_empty() => Ok(()),
            None => Err(no_keywords(class)),
        }
    }
}

fn no_keywords(class: &Class) -> super::error::PyErr {
    type_error(format!(
        "{}.__init_subclass__() takes no keyword arguments",
        class.name
    ))
}

/// `object.__init_subclass__(cls)`: does nothing, takes no keywords.
pub static OBJECT_INIT_SUBCLASS: Builtin = builtin!("object.__init_subclass__", |_, args| {
    match args.positional.first() {
        Some(Value::Class(c)) if !args.keywords.is_empty() => Err(no_keywords(c)),
        _ if !args.keywords.is_empty() => Err(type_error(
            "object.__init_subclass__() takes no keyword arguments",
        )),
        _ => Ok(Value::None),
    }
});

/// `type.__new__(meta, name, bases, namespace, **keywords)`: a class made
/// by `meta` (`type` itself, or a metaclass of the program's).
pub static TYPE_NEW: Builtin = builtin!("type.__new__", |interp, args| {
    let Args {
        positional,
        keywords,
    } = args;
    match positional.as_slice() {
        [meta, name, bases, namespace] => {
            let meta = match meta {
                Value::Class(c) if is_metaclass(c) => Some(c.clone()),
                Value::Builtin(b) if b.is_type && b.name == "type" => None,
                other => {
                    return Err(type_error(format!(
                        "type.__new__(X): X is not a subtype of type ({})",
                        other.type_name()
                    )))
                }
            };
            interp.type_new(meta, name, bases, namespace, keywords)
        }
        _ => Err(type_error("type.__new__() takes exactly 3 arguments")),
    }
});

/// `type.__init__(cls, …)`: nothing more to do once the class is made.
pub static TYPE_INIT: Builtin = builtin!("type.__init__", |_, _| Ok(Value::None));

/// `type.__call__(cls, …)`: a new instance of `cls`, past its metaclass's
/// own `__call__` (what `super().__call__(…)` in one reaches).
pub static TYPE_CALL: Builtin = builtin!("type.__call__", |interp, mut args| {
    if args.positional.is_empty() {
        return Err(type_error("type.__call__() needs a class"));
    }
    match args.positional.remove(0) {
        Value::Class(c) => interp.instantiate(&c, args),
        other => interp.call(&other, args),
    }
});

/// `type.__setattr__(cls, name, value)`: sets the class's attribute, past
/// its metaclass's own `__setattr__`.
pub static TYPE_SETATTR: Builtin = builtin!("type.__setattr__", |interp, args| {
    match args.positional.as_slice() {
        [class @ Value::Class(c), Value::Str(name), value] => {
            // A data descriptor of the metaclass (a property) sets it.
            if !interp.set_through_meta_descriptor(c, name, Some(value.clone()))? {
                interp.set_attr_plain(class, name, value.clone())?;
            }
            Ok(Value::None)
        }
        _ => Err(type_error(
            "type.__setattr__ expected a class, a name and a value",
        )),
    }
});

/// `type.__delattr__(cls, name)`: past its metaclass's own `__delattr__`.
pub static TYPE_DELATTR: Builtin = builtin!("type.__delattr__", |interp, args| {
    match args.positional.as_slice() {
        [class @ Value::Class(c), Value::Str(name)] => {
            if !interp.set_through_meta_descriptor(c, name, None)? {
                interp.del_attr_plain(class, name)?;
            }
            Ok(Value::None)
        }
        _ => Err(type_error("type.__delattr__ expected a class and a name")),
    }
});

/// `type.__repr__(cls)`: `<class 'module.Name'>`.
pub static TYPE_REPR: Builtin = builtin!("type.__repr__", |_, args| {
    match args.positional.first() {
        Some(Value::Class(c)) => Ok(Value::str(&format!(
            "<class '{}.{}'>",
            c.module, c.qualname
        ))),
        _ => Err(type_error("type.__repr__() needs a class")),
    }
});

/// The method `name` of `type` a metaclass has from it (`__new__`,
/// `__call__`…), bound to `object` where a method is.
#[must_use]
pub fn type_method(name: &str) -> Option<&'static Builtin> {
    Some(match name {
        "__new__" => &TYPE_NEW,
        "__init__" => &TYPE_INIT,
        "__call__" => &TYPE_CALL,
        "__setattr__" => &TYPE_SETATTR,
        "__delattr__" => &TYPE_DELATTR,
        "__repr__" => &TYPE_REPR,
        "__init_subclass__" => &OBJECT_INIT_SUBCLASS,
        _ => return None,
    })
}
