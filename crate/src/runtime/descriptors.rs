//! What an attribute found on a class becomes when read through an
//! instance or the class: functions bind, and the built-in descriptors
//! `staticmethod`, `classmethod` and `property` do what they do. Also
//! `super()`, which reads attributes past a class in an instance's MRO.

use std::sync::{Arc, Mutex};

use super::attrs::Attr;
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::object::Class;
use super::value::{lock, Native, Value};
use super::Interp;
use crate::builtin;

/// `staticmethod(f)`, `classmethod(f)`, `property(fget, fset, fdel, doc)`.
#[derive(Debug)]
pub enum Descriptor {
    Static(Value),
    ClassMethod(Value),
    Property(Mutex<Property>),
}

#[derive(Debug, Clone)]
pub struct Property {
    get: Value,
    set: Value,
    delete: Value,
    doc: Value,
    /// The name it has in its class, once the class is made.
    name: Option<Arc<str>>,
}

/// Whether `value` is a descriptor of the program's own that sets or
/// deletes (its class defines `__set__` or `__delete__`).
#[must_use]
pub fn is_data_descriptor(value: &Value) -> bool {
    matches!(value, Value::Instance(i)
        if i.class.lookup("__set__").is_some() || i.class.lookup("__delete__").is_some())
}

/// Whether `value` is a `property`.
#[must_use]
pub fn is_property(value: &Value) -> bool {
    matches!(value, Value::Native(n)
        if matches!(n.as_any().downcast_ref::<Descriptor>(), Some(Descriptor::Property(_))))
}

/// The getter of a property, when it is a simple Python function of one
/// parameter (`@property def x(self)`), which the interpreter loop can run
/// as a call of its own (see `Interp::property_getter`).
#[must_use]
pub fn simple_getter(property: &Value) -> Option<Arc<super::function::Function>> {
    let Value::Native(n) = property else {
        return None;
    };
    let Some(Descriptor::Property(p)) = n.as_any().downcast_ref::<Descriptor>() else {
        return None;
    };
    match &lock(p).get {
        Value::Function(f) if f.simple_arity == Some(1) => Some(f.clone()),
        _ => None,
    }
}

/// A descriptor of the program's own: its class's `__get__`, `__set__`…
fn descriptor_method(value: &Value, name: &str) -> Option<Value> {
    match value {
        Value::Instance(i) => i.class.lookup(name),
        _ => None,
    }
}

impl Interp {
    /// `__set_name__`: an attribute of a class body learns its name (a
    /// property for its errors; a descriptor of the program's own has its
    /// `__set_name__(owner, name)` called).
    pub(super) fn set_name(
        &mut self,
        owner: &Arc<Class>,
        name: &Arc<str>,
        value: &Value,
    ) -> PyResult<()> {
        if let Some(Descriptor::Property(p)) = descriptor(value) {
            lock(p).name = Some(name.clone());
        }
        if let Some(method) = descriptor_method(value, "__set_name__") {
            self.call(
                &method,
                Args::new(vec![
                    value.clone(),
                    Value::Class(owner.clone()),
                    Value::Str(name.clone()),
                ]),
            )?;
        }
        Ok(())
    }

    /// `object.name` through a data descriptor of its class, if there is one
    /// by that name (it comes before the instance's own attribute).
    pub(super) fn get_through_data_descriptor(
        &mut self,
        object: &Value,
        class: &Arc<Class>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let Some(found) = class.lookup(name) else {
            return Ok(None);
        };
        // A property is a data descriptor too: it comes before the
        // instance's own attribute of its name.
        if is_property(&found) {
            return match self.bind_found(object, class, found)? {
                Attr::Value(v) => Ok(Some(v)),
                Attr::Method(m) => Ok(Some(Value::Method(Arc::new((object.clone(), m))))),
            };
        }
        if !is_data_descriptor(&found) {
            return Ok(None);
        }
        match descriptor_method(&found, "__get__") {
            Some(get) => self
                .call(
                    &get,
                    Args::new(vec![found, object.clone(), Value::Class(class.clone())]),
                )
                .map(Some),
            None => Ok(Some(found)),
        }
    }

    /// `C.name` through a data descriptor of `C`'s metaclass (a property
    /// defined there), which comes before `C`'s own attribute of that name,
    /// as in CPython's `type.__getattribute__`.
    pub(super) fn get_through_meta_descriptor(
        &mut self,
        class: &Arc<Class>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let Some(meta) = &class.metaclass else {
            return Ok(None);
        };
        let Some(found) = meta.lookup(name) else {
            return Ok(None);
        };
        let object = Value::Class(class.clone());
        if is_property(&found) {
            return match self.bind_found(&object, meta, found)? {
                Attr::Value(v) => Ok(Some(v)),
                Attr::Method(m) => Ok(Some(Value::Method(Arc::new((object, m))))),
            };
        }
        if !is_data_descriptor(&found) {
            return Ok(None);
        }
        match descriptor_method(&found, "__get__") {
            Some(get) => self
                .call(
                    &get,
                    Args::new(vec![found, object, Value::Class(meta.clone())]),
                )
                .map(Some),
            None => Ok(None),
        }
    }

    /// `C.name = value` (`None`: `del C.name`) through a data descriptor
    /// of `C`'s metaclass: a property's setter or deleter, a descriptor's
    /// `__set__` or `__delete__` (true: done).
    pub(super) fn set_through_meta_descriptor(
        &mut self,
        class: &Arc<Class>,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let Some(meta) = &class.metaclass else {
            return Ok(false);
        };
        let Some(found) = meta.lookup(name) else {
            return Ok(false);
        };
        let object = Value::Class(class.clone());
        if let Some(Descriptor::Property(p)) = descriptor(&found) {
            let property = lock(p).clone();
            let (method, verb) = match &value {
                Some(_) => (property.set.clone(), "setter"),
                None => (property.delete.clone(), "deleter"),
            };
            if matches!(method, Value::None) {
                let label = match &property.name {
                    Some(name) => format!("property '{name}' of '{}' object", meta.name),
                    None => format!("property of '{}' object", meta.name),
                };
                return Err(PyErr::new(
                    ExcType::AttributeError,
                    format!("{label} has no {verb}"),
                ));
            }
            let mut args = vec![object];
            args.extend(value);
            self.call(&method, Args::new(args))?;
            return Ok(true);
        }
        self.call_descriptor_setter(found, object, value)
    }

    /// `object.name = value` (`None`: `del`) through a data descriptor of
    /// its class (true: done).
    pub(super) fn set_through_descriptor(
        &mut self,
        object: &Value,
        class: &Arc<Class>,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        if class.stores_plainly() {
            return Ok(false);
        }
        let Some(found) = class.lookup(name) else {
            return Ok(false);
        };
        self.call_descriptor_setter(found, object.clone(), value)
    }

    /// `found.__set__(object, value)`, or `found.__delete__(object)` for
    /// `None`, if the descriptor `found` has it (true: done).
    fn call_descriptor_setter(
        &mut self,
        found: Value,
        object: Value,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let method = match &value {
            Some(_) => "__set__",
            None => "__delete__",
        };
        let Some(method) = descriptor_method(&found, method) else {
            return Ok(false);
        };
        let mut args = vec![found, object];
        args.extend(value);
        self.call(&method, Args::new(args))?;
        Ok(true)
    }
}

/// "property 'x' of 'T' object", or without the name when it has none.
fn property_label(p: &Property, object: &Value) -> String {
    match &p.name {
        Some(name) => format!("property '{name}' of '{}' object", object.type_name()),
        None => format!("property of '{}' object", object.type_name()),
    }
}

impl Native for Descriptor {
    fn type_name(&self) -> &'static str {
        match self {
            Descriptor::Static(_) => "staticmethod",
            Descriptor::ClassMethod(_) => "classmethod",
            Descriptor::Property(_) => "property",
        }
    }

    fn methods(&self) -> &'static [Builtin] {
        match self {
            Descriptor::Property(_) => PROPERTY_METHODS,
            _ => &[],
        }
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        match (self, name) {
            (Descriptor::Static(f) | Descriptor::ClassMethod(f), "__func__") => Some(f.clone()),
            (Descriptor::Property(p), "fget") => Some(lock(p).get.clone()),
            (Descriptor::Property(p), "fset") => Some(lock(p).set.clone()),
            (Descriptor::Property(p), "fdel") => Some(lock(p).delete.clone()),
            (Descriptor::Property(p), "__doc__") => Some(lock(p).doc.clone()),
            _ => None,
        }
    }

    fn repr(&self) -> String {
        format!("<{} object>", self.type_name())
    }
}

/// The function a `staticmethod` wraps, or the value itself.
#[must_use]
pub fn unwrap_static(value: &Value) -> Value {
    match value.as_native() {
        Some(n) => match n.as_any().downcast_ref::<Descriptor>() {
            Some(Descriptor::Static(f)) => f.clone(),
            _ => value.clone(),
        },
        None => value.clone(),
    }
}

/// Whether `found` on a class is a method of its instances: a function, or
/// a method of a built-in type (`builtin!(method …)`: `list.append`, a struct
/// sequence's `__repr__`), which CPython's method descriptors bind too;
/// or a built-in type's special method (`__eq__ = str.__eq__` in a class),
/// a slot wrapper in CPython, which binds as well.
#[must_use]
pub fn binds_to_instances(found: &Value) -> bool {
    match found {
        Value::Function(_) => true,
        Value::Builtin(b) => {
            matches!(b.fast, Some(super::function::Fast::Method(_))) || is_slot_wrapper(b)
        }
        _ => false,
    }
}

/// Whether builtin `b` is a built-in type's special method ("str.__eq__"),
/// not one that CPython makes a static or class method (`__new__`).
fn is_slot_wrapper(b: &super::function::Builtin) -> bool {
    if b.is_type {
        return false;
    }
    match b.name.rsplit_once('.') {
        Some((_, name)) => {
            name.len() > 4
                && name.starts_with("__")
                && name.ends_with("__")
                && !matches!(
                    name,
                    "__new__" | "__init_subclass__" | "__class_getitem__" | "__subclasshook__"
                )
        }
        None => false,
    }
}

fn descriptor(value: &Value) -> Option<&Descriptor> {
    match value {
        Value::Native(n) => n.as_any().downcast_ref::<Descriptor>(),
        _ => None,
    }
}

/// A property found on `value`'s class by `name`: its setter (or deleter)
/// is what setting (deleting) the attribute calls.
#[must_use]
pub fn property_of(class: &Class, name: &str) -> Option<Property> {
    match class.lookup(name)? {
        Value::Native(n) => match n.as_any().downcast_ref::<Descriptor>() {
            Some(Descriptor::Property(p)) => Some(lock(p).clone()),
            _ => None,
        },
        _ => None,
    }
}

impl Interp {
    /// `object.name` for `found`, what `object`'s class `class` has by that
    /// name: a function binds to the object, a descriptor does its work.
    pub(super) fn bind_found(
        &mut self,
        object: &Value,
        class: &Arc<Class>,
        found: Value,
    ) -> PyResult<Attr> {
        Ok(match descriptor(&found) {
            None if binds_to_instances(&found) => Attr::Method(found),
            // A descriptor of the program's own (`cached_property`).
            None => match descriptor_method(&found, "__get__") {
                Some(get) => Attr::Value(self.call(
                    &get,
                    Args::new(vec![found, object.clone(), Value::Class(class.clone())]),
                )?),
                None => Attr::Value(found),
            },
            Some(Descriptor::Static(f)) => Attr::Value(f.clone()),
            Some(Descriptor::ClassMethod(f)) => Attr::Value(Value::Method(Arc::new((
                Value::Class(class.clone()),
                f.clone(),
            )))),
            Some(Descriptor::Property(p)) => {
                let get = lock(p).get.clone();
                if matches!(get, Value::None) {
                    let label = property_label(&lock(p), object);
                    return Err(PyErr::new(
                        ExcType::AttributeError,
                        format!("{label} has no getter"),
                    ));
                }
                Attr::Value(self.call_with_first(&get, object, &[])?)
            }
        })
    }

    /// `Class.name` for `found`, what `class` or an ancestor has by that
    /// name: a class method binds to the class, a static method unwraps.
    pub(super) fn class_found(&mut self, class: &Arc<Class>, found: Value) -> PyResult<Value> {
        Ok(match descriptor(&found) {
            Some(Descriptor::Static(f)) => f.clone(),
            Some(Descriptor::ClassMethod(f)) => {
                Value::Method(Arc::new((Value::Class(class.clone()), f.clone())))
            }
            // `Class.attr` of a descriptor of the program's own: `__get__(None, Class)`.
            _ => match descriptor_method(&found, "__get__") {
                Some(get) => self.call(
                    &get,
                    Args::new(vec![found, Value::None, Value::Class(class.clone())]),
                )?,
                None => found,
            },
        })
    }

    /// Sets `name` through a property of `object`'s class, if it has one
    /// by that name (true: done).
    pub(super) fn set_through_property(
        &mut self,
        object: &Value,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let Some(class) = object.class() else {
            return Ok(false);
        };
        let Some(property) = property_of(class, name) else {
            return Ok(false);
        };
        let (method, verb) = match &value {
            Some(_) => (property.set.clone(), "setter"),
            None => (property.delete.clone(), "deleter"),
        };
        if matches!(method, Value::None) {
            let label = property_label(&property, object);
            return Err(PyErr::new(
                ExcType::AttributeError,
                format!("{label} has no {verb}"),
            ));
        }
        let mut args = vec![object.clone()];
        args.extend(value);
        self.call(&method, Args::new(args))?;
        Ok(true)
    }
}

pub static STATICMETHOD: Builtin = builtin!(type "staticmethod", |_, args| {
    match args.positional.as_slice() {
        [f] if args.keywords.is_empty() => {
            Ok(Value::Native(Arc::new(Descriptor::Static(f.clone()))))
        }
        _ => Err(type_error("staticmethod expected 1 argument")),
    }
});

pub static CLASSMETHOD: Builtin = builtin!(type "classmethod", |_, args| {
    match args.positional.as_slice() {
        [f] if args.keywords.is_empty() => {
            Ok(Value::Native(Arc::new(Descriptor::ClassMethod(f.clone()))))
        }
        _ => Err(type_error("classmethod expected 1 argument")),
    }
});

pub static PROPERTY: Builtin = builtin!(type "property", |_, mut args| {
    let mut take = |name: &str, index: usize| {
        args.keyword(name)
            .or_else(|| args.positional.get(index).cloned())
            .unwrap_or(Value::None)
    };
    let (get, set, delete, doc) = (take("fget", 0), take("fset", 1), take("fdel", 2), take("doc", 3));
    if args.positional.len() > 4 {
        return Err(type_error("property() takes at most 4 arguments"));
    }
    Ok(property(Property {
        get,
        set,
        delete,
        doc,
        name: None,
    }))
});

fn property(p: Property) -> Value {
    Value::Native(Arc::new(Descriptor::Property(Mutex::new(p))))
}

/// `prop.setter(f)` and the like: a copy of the property with `f` in one place.
fn property_with(args: &Args, place: fn(&mut Property) -> &mut Value) -> PyResult<Value> {
    match args.positional.as_slice() {
        [Value::Native(n), f] => match n.as_any().downcast_ref::<Descriptor>() {
            Some(Descriptor::Property(p)) => {
                let mut copy = lock(p).clone();
                *place(&mut copy) = f.clone();
                Ok(property(copy))
            }
            _ => Err(type_error("descriptor requires a 'property' object")),
        },
        _ => Err(type_error("expected 1 argument")),
    }
}

static PROPERTY_METHODS: &[Builtin] = &[
    builtin!("property.getter", |_, args| property_with(&args, |p| {
        &mut p.get
    })),
    builtin!("property.setter", |_, args| property_with(&args, |p| {
        &mut p.set
    })),
    builtin!("property.deleter", |_, args| property_with(&args, |p| {
        &mut p.delete
    })),
];

/// `super()`: attributes of `object` past `after` in its class's MRO.
#[derive(Debug)]
pub struct Super {
    after: Arc<Class>,
    object: Value,
}

impl Native for Super {
    fn type_name(&self) -> &'static str {
        "super"
    }

    fn methods(&self) -> &'static [Builtin] {
        SUPER_METHODS
    }

    fn repr(&self) -> String {
        format!(
            "<super: <class '{}'>, <{} object>>",
            self.after.name,
            self.object.type_name()
        )
    }
}

static SUPER_METHODS: &[Builtin] = &[builtin!("super.__getattr__", super_getattr)];

/// The class whose instances `object` stands for in `super()`: its class,
/// or itself in a class method.
fn class_seen_from(object: &Value) -> Option<Arc<Class>> {
    match object {
        Value::Class(c) => Some(c.clone()),
        other => other.class().cloned(),
    }
}

/// The class whose method resolution order `super()` in a method of
/// `after` walks for `object`, and whether `object` is seen as a class (in
/// a class method) rather than an instance: a class is an instance of its
/// metaclass in the metaclass's own methods.
fn seen_from(object: &Value, after: &Arc<Class>) -> Option<(Arc<Class>, bool)> {
    let class = class_seen_from(object)?;
    if class.derives_from(after) {
        return Some((class.clone(), matches!(object, Value::Class(_))));
    }
    match &class.metaclass {
        Some(meta) if meta.derives_from(after) => Some((meta.clone(), false)),
        _ => Some((class, matches!(object, Value::Class(_)))),
    }
}

impl Interp {
    /// Zero-argument `super()` in a method of the class named `qualname`,
    /// whose first argument is `object`.
    ///
    /// # Errors
    /// RuntimeError when `object` is not of that class.
    pub(super) fn zero_arg_super(&mut self, qualname: &str, object: Value) -> PyResult<Value> {
        let named = |c: &Arc<Class>| c.mro().find(|c| &*c.qualname == qualname).cloned();
        let seen = class_seen_from(&object);
        // A metaclass's method is given a class as its `self`.
        let found = seen.as_ref().and_then(named).or_else(|| {
            let meta = seen.as_ref().and_then(|c| c.metaclass.clone());
            meta.as_ref().and_then(named)
        });
        match found {
            Some(after) => Ok(Value::Native(Arc::new(Super { after, object }))),
            None => Err(type_error(format!(
                "super(type, obj): obj must be an instance or subtype of type ({qualname})"
            ))),
        }
    }
}

/// `super(type, obj)`; `super()` outside a method.
pub static SUPER: Builtin = builtin!(type "super", |_, args| {
    match args.positional.as_slice() {
        [] => Err(PyErr::new(ExcType::RuntimeError, "super(): no arguments")),
        [Value::Class(after), object] => {
            if !seen_from(object, after).is_some_and(|(c, _)| c.derives_from(after)) {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            Ok(Value::Native(Arc::new(Super {
                after: after.clone(),
                object: object.clone(),
            })))
        }
        [_, _] => Err(type_error("super() argument 1 must be a type")),
        _ => Err(type_error("super() takes one or two arguments here")),
    }
});

fn super_getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Native(n)), Some(Value::Str(name))) =
        (args.positional.first(), args.positional.get(1))
    else {
        return Err(type_error("super attribute needs a name"));
    };
    let Some(sup) = n.as_any().downcast_ref::<Super>() else {
        return Err(type_error("descriptor requires a 'super' object"));
    };
    let Some((class, as_class)) = seen_from(&sup.object, &sup.after) else {
        return Err(type_error("super() of an object without a class"));
    };
    // The classes after `after` in the MRO, up to the built-in base when
    // that has the name (`super().upper()` in `class T(str, Mixin)`).
    let builtin_first = class.builtin_has(name);
    let past = class
        .mro()
        .enumerate()
        .skip_while(|(_, c)| !Arc::ptr_eq(c, &sup.after))
        .skip(1)
        .take_while(|(at, _)| !builtin_first || *at <= class.builtin_at)
        .map(|(_, c)| c);
    for ancestor in past {
        let found = lock(&ancestor.attributes).get(&**name).cloned();
        if let Some(found) = found {
            if as_class {
                return interp.class_found(&class, found);
            }
            return Ok(match interp.bind_found(&sup.object, &class, found)? {
                Attr::Method(f) => Value::Method(Arc::new((sup.object.clone(), f))),
                Attr::Value(v) => v,
            });
        }
    }
    if let Some(found) = super::class::builtin_base_attr(&class, &sup.object, name) {
        return Ok(found);
    }
    // The built-in object's own methods (`super().append(x)` in a list subclass).
    if let Some(base) = sup.object.base_object() {
        // `super().__getitem__(k)` in a dict subclass asks the instance's
        // `__missing__` for a missing key, so it is bound to the instance.
        if matches!(base, Value::Dict(_)) && &**name == "__getitem__" {
            if let Some(method) = super::dunders::lookup("dict", "__getitem__") {
                return Ok(Value::Method(Arc::new((
                    sup.object.clone(),
                    Value::Builtin(method),
                ))));
            }
        }
        if !matches!(base, Value::Native(_)) {
            return interp.get_attr(&base, name);
        }
        if let Some(method) = base
            .as_native()
            .and_then(|n| super::methods::find(n.methods(), name))
        {
            return Ok(Value::Method(Arc::new((
                sup.object.clone(),
                Value::Builtin(method),
            ))));
        }
    }
    Err(PyErr::new(
        ExcType::AttributeError,
        format!("'super' object has no attribute '{name}'"),
    ))
}
