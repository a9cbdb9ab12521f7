//! Attributes: of instances and classes (methods bind to their instance), of
//! modules, and the methods of the built-in types (`methods.rs`).

use std::sync::Arc;

use super::error::{ExcType, PyErr, PyResult};
use super::function::Args;
use super::methods;
use super::object::Class;
use super::value::{lock, Value};
use super::Interp;

/// A function's attributes that are its own slots, not its `__dict__`'s.
const FUNCTION_SLOTS: &[&str] = &[
    "__name__",
    "__qualname__",
    "__doc__",
    "__module__",
    "__defaults__",
    "__kwdefaults__",
    "__annotations__",
];

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
        Value::Builtin(b) if b.is_type => {
            return PyErr::new(
                ExcType::AttributeError,
                format!("type object '{}' has no attribute '{name}'", b.name),
            )
        }
        other => other.type_name(),
    };
    PyErr::new(
        ExcType::AttributeError,
        format!("'{what}' object has no attribute '{name}'"),
    )
}

/// The AttributeError of a frozen module's `__getattr__` (one that loads
/// names on demand, as `collections`'s): the interpreter's own, with no
/// frame of the module's, as CPython's module, which has no such function,
/// raises it.
#[cold]
fn from_frozen_getattr(error: PyErr, hook: &Value, object: &Value, name: &str) -> PyErr {
    let frozen = matches!(hook, Value::Function(f) if f.code.filename.starts_with("<frozen "));
    if frozen && error.kind() == Some(ExcType::AttributeError) {
        return no_attribute(object, name);
    }
    error
}

/// `cls.mro`, bound to the class.
fn bound_mro(class: &Value) -> Value {
    Value::Method(Arc::new((
        class.clone(),
        Value::Builtin(&super::class::TYPE_MRO),
    )))
}

/// The method `name` of the built-in class at the root of `class`'s
/// hierarchy (`dict.items`, `dict.__getitem__` for a dict subclass;
/// `object.__eq__` for a plain class), as the class has it.
fn builtin_base_method(class: &Class, name: &str) -> Option<&'static super::function::Builtin> {
    match &class.builtin {
        super::object::BuiltinBase::Type(base) => methods::lookup(base.name, name)
            .or_else(|| methods::find(base.methods, name))
            .or_else(|| super::dunders::lookup(base.name, name)),
        super::object::BuiltinBase::Exception(_) => super::class::exception_method(name),
        super::object::BuiltinBase::Object => super::dunders::lookup("object", name),
    }
}

/// Whether a built-in type's method `method` (named `name`) is one of the
/// static and class methods that take no receiver (`"x".maketrans("a",
/// "b")`, `b"".fromhex("ff")`).
#[inline]
pub(super) fn takes_no_receiver(method: &super::function::Builtin, name: &str) -> bool {
    matches!(name, "maketrans" | "fromhex") && !method.name.starts_with("float.")
}

/// A built-in type's method `method` (named `name`) as a value of the type
/// has it: bound to the value, unless it takes no receiver.
#[inline]
fn bound_unless_static(method: &'static super::function::Builtin, name: &str) -> Attr {
    if takes_no_receiver(method, name) {
        Attr::Value(Value::Builtin(method))
    } else {
        Attr::Method(Value::Builtin(method))
    }
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
        match self.find_attr(object, name) {
            Err(error) => Err(super::exception_fields::attach(error, object, name)),
            found => found,
        }
    }

    /// `lookup_attr`'s search, its AttributeError not yet told where it
    /// was raised.
    fn find_attr(&mut self, object: &Value, name: &str) -> PyResult<Attr> {
        // A data descriptor of a class's metaclass (a property defined
        // there) comes before the class's own attribute, as in CPython.
        if let Value::Class(c) = object {
            if c.metaclass.is_some() {
                if let Some(v) = self.get_through_meta_descriptor(c, name)? {
                    return Ok(Attr::Value(v));
                }
            }
        }
        Ok(Attr::Value(match object {
            Value::Instance(i) => {
                if !i.class.stores_plainly() && i.class.reads_through_method() {
                    return self.read_through_method(object, &i.class, name);
                }
                return self.instance_attr(object, i, name, true);
            }
            // A class's docstring is its own, never a base's.
            Value::Class(c) if name == "__doc__" => lock(&c.attributes)
                .get("__doc__")
                .cloned()
                .unwrap_or(Value::None),
            Value::Class(c) => match c.lookup(name) {
                Some(found) => self.class_found(c, found)?,
                None => match name {
                    "__name__" => Value::Str(c.name.clone()),
                    "__qualname__" => Value::Str(c.qualname.clone()),
                    "__module__" => Value::Str(c.module.clone()),
                    "__doc__" => Value::None,
                    "__bases__" => super::class::bases_tuple(self, c),
                    "__base__" => match super::class::bases_tuple(self, c) {
                        Value::Tuple(t) => t.first().cloned().unwrap_or(Value::None),
                        _ => Value::None,
                    },
                    "__mro__" => super::mro::mro_tuple(self, c),
                    "mro" => bound_mro(object),
                    "__subclasses__" => Value::Method(Arc::new((
                        object.clone(),
                        Value::Builtin(&super::class::TYPE_SUBCLASSES),
                    ))),
                    "__class__" => super::builtins::type_of(self, object),
                    "__dict__" => self.namespace_dict(&c.attributes)?,
                    _ => match super::class::builtin_base_attr(c, object, name) {
                        // `Base.__init__(self, …)` called through the class.
                        Some(Value::Method(m)) => m.1.clone(),
                        Some(found) => found,
                        // The built-in base's own (`int.__repr__` of an
                        // IntEnum), in the MRO before the metaclass's.
                        None if c.builtin_has(name) && builtin_base_method(c, name).is_some() => {
                            Value::Builtin(builtin_base_method(c, name).expect("found"))
                        }
                        // The metaclass's attributes, after those of the
                        // class's MRO (`object.__new__` before `ABCMeta.__new__`).
                        None if c
                            .metaclass
                            .as_ref()
                            .is_some_and(|m| m.lookup(name).is_some()) =>
                        {
                            let meta = c.metaclass.clone().expect("a metaclass");
                            let found = meta.lookup(name).expect("found");
                            return self.bind_found(object, &meta, found);
                        }
                        // `D.__getitem__`, `D.items` of a dict subclass: the dict's.
                        None => match builtin_base_method(c, name) {
                            Some(method) => Value::Builtin(method),
                            // The metaclass's `__getattr__`, last, as an
                            // instance's class's is for the instance.
                            None => match self.meta_special(c, "__getattr__") {
                                Some(hook) => {
                                    self.call(&hook, Args::new(vec![Value::str(name)]))?
                                }
                                None => return Err(no_attribute(object, name)),
                            },
                        },
                    },
                },
            },
            Value::Module(m) => {
                let found = m.names().get(name).cloned();
                match found {
                    Some(found) => found,
                    None => return self.module_fallback(object, m, name),
                }
            }
            Value::Function(f) => {
                if let Some(found) = f.attributes.get().and_then(|a| lock(a).get(name).cloned()) {
                    return Ok(Attr::Value(found));
                }
                match name {
                    "__name__" => Value::Str(f.code.name.clone()),
                    "__qualname__" => Value::Str(f.code.qualname.clone()),
                    "__module__" => Value::Str(f.globals.name.clone()),
                    "__doc__" => f.code.doc.clone().map_or(Value::None, Value::Str),
                    "__closure__" => super::code_object::closure(f),
                    "__code__" => {
                        Value::Native(Arc::new(super::code_object::CodeObject(f.code.clone())))
                    }
                    // `defaults` holds the positional ones, then one per
                    // keyword-only parameter (a placeholder for a required one).
                    "__defaults__" => {
                        let keyword_only = f.code.keyword_only as usize;
                        let positional = &f.defaults[..f.defaults.len() - keyword_only];
                        if positional.is_empty() {
                            Value::None
                        } else {
                            Value::tuple(positional.to_vec())
                        }
                    }
                    "__kwdefaults__" => {
                        let code = &f.code;
                        let keyword_only = code.keyword_only as usize;
                        let first = f.defaults.len() - keyword_only;
                        let pairs: Vec<(Arc<str>, Value)> = (0..keyword_only)
                            .filter(|&k| !code.required_keyword_only[k])
                            .map(|k| {
                                let name = code.locals[code.positional as usize + k].clone();
                                (name, f.defaults[first + k].clone())
                            })
                            .collect();
                        if pairs.is_empty() {
                            Value::None
                        } else {
                            super::introspect::dict_of(self, pairs)?
                        }
                    }
                    // None given at `def`: an empty dict, made now and kept.
                    "__annotations__" => {
                        let dict = self.new_dict();
                        lock(f.attributes.get_or_init(Default::default))
                            .insert("__annotations__".into(), dict.clone());
                        dict
                    }
                    "__dict__" => {
                        let dict = self.new_dict();
                        let pairs: Vec<(Arc<str>, Value)> =
                            f.attributes.get().map_or_else(Vec::new, |a| {
                                lock(a)
                                    .iter()
                                    // A function's own slots, set over, are not in its `__dict__`.
                                    .filter(|(k, _)| !FUNCTION_SLOTS.contains(&&***k))
                                    .map(|(k, v)| (k.clone(), v.clone()))
                                    .collect()
                            });
                        for (k, v) in pairs {
                            self.dict_set(&dict, Value::Str(k), v)?;
                        }
                        dict
                    }
                    _ => return Err(no_attribute(object, name)),
                }
            }
            Value::Builtin(b) => match name {
                // A method's name is its own ("__add__"), its qualified
                // name its type's too ("int.__add__").
                "__name__" if b.is_type => Value::str(b.name),
                "__name__" => Value::str(b.name.rsplit('.').next().unwrap_or(b.name)),
                "__qualname__" => Value::str(b.name),
                // A built-in type's (`int.__module__`); a module's object's
                // type (a lock's) has none here.
                "__module__" if b.is_type && self.builtins.get(b.name).is_some() => {
                    Value::str("builtins")
                }
                "__class__" => super::builtins::type_of(self, object),
                "__mro__" | "__bases__" | "__base__" if b.is_type => {
                    super::class::builtin_type_lineage(self, object, name)
                }
                "mro" if b.name == "type" => Value::Builtin(&super::class::TYPE_MRO),
                "__subclasses__" if b.name == "type" => {
                    Value::Builtin(&super::class::TYPE_SUBCLASSES)
                }
                "mro" if b.is_type => bound_mro(object),
                _ if b.is_type && super::dunders::is_none_slot(b.name, name) => Value::None,
                _ => match methods::lookup(b.name, name)
                    .or_else(|| methods::find(b.methods, name))
                    .or_else(|| super::dunders::lookup(b.name, name))
                {
                    // `str.upper`, `dict.fromkeys`, `int.__add__`: unbound
                    // methods of the type.
                    Some(method) if b.is_type => Value::Builtin(method),
                    _ => return Err(no_attribute(object, name)),
                },
            },
            Value::Method(m) => match name {
                "__self__" => m.0.clone(),
                "__func__" if matches!(m.1, Value::Function(_)) => m.1.clone(),
                // Its function's, as CPython's bound methods pass them on.
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__code__"
                | "__closure__" | "__defaults__" => return self.lookup_attr(&m.1, name),
                _ => {
                    let type_name = object.builtin_type_name().unwrap_or_default();
                    return self.builtin_value_attr(object, type_name, name);
                }
            },
            Value::Cell(cell) if name == "cell_contents" => {
                super::code_object::cell_contents(cell)?
            }
            Value::ExcType(t) => match name {
                "__name__" | "__qualname__" => Value::str(t.name()),
                "__module__" => Value::str(t.module()),
                "__class__" => super::builtins::type_of(self, object),
                "__mro__" | "__bases__" | "__base__" => {
                    super::class::builtin_type_lineage(self, object, name)
                }
                "mro" => bound_mro(object),
                // `ValueError.__init__(self, message)`, `Exception.__str__(e)`.
                _ => match super::class::exception_method(name) {
                    Some(method) => Value::Builtin(method),
                    None => return Err(no_attribute(object, name)),
                },
            },
            Value::Exception(e) => {
                if let Some(v) = lock(&e.attributes).get(name).cloned() {
                    return Ok(Attr::Value(v));
                }
                if let Some(class) = &e.class {
                    if let Some(found) = class.lookup(name) {
                        return self.bind_found(object, class, found);
                    }
                }
                match name {
                    "args" => Value::tuple(e.args()),
                    // SystemExit's status: None, its one argument, or all of them.
                    "code" if e.kind == ExcType::SystemExit => match e.args().as_slice() {
                        [] => Value::None,
                        [one] => one.clone(),
                        many => Value::tuple(many.to_vec()),
                    },
                    // What the generator returned.
                    "value" if e.kind == ExcType::StopIteration => {
                        e.args().first().cloned().unwrap_or(Value::None)
                    }
                    // A field not set: AttributeError's `name`, OSError's `errno`…
                    _ if super::exception_fields::fields(e.kind).contains(&name) => Value::None,
                    "__cause__" | "__context__" => Value::None,
                    "__traceback__" => {
                        super::traceback_objects::traceback_value(self, &e.traceback())
                    }
                    "__suppress_context__" => Value::Bool(false),
                    "__class__" => super::builtins::type_of(self, object),
                    // Without the fields, which are slots in CPython (`errno`).
                    "__dict__" => {
                        let fields = super::exception_fields::fields(e.kind);
                        let pairs: Vec<_> = lock(&e.attributes)
                            .iter()
                            .filter(|(k, _)| !fields.contains(&&***k))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        super::introspect::dict_of(self, pairs)?
                    }
                    _ => match e
                        .class
                        .as_ref()
                        .and_then(|c| super::class::builtin_base_attr(c, object, name))
                    {
                        Some(found) => found,
                        None => match super::class::exception_method(name).or_else(|| {
                            super::exception_groups::is_group(e.kind)
                                .then(|| super::exception_groups::method(name))
                                .flatten()
                        }) {
                            Some(method) => return Ok(Attr::Method(Value::Builtin(method))),
                            None => return Err(no_attribute(object, name)),
                        },
                    },
                }
            }
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
                    Value::Set(s) if s.frozen => "frozenset",
                    _ => "set",
                };
                match methods::lookup(type_name, name) {
                    Some(method) => return Ok(bound_unless_static(method, name)),
                    None => return self.builtin_value_attr(object, type_name, name),
                }
            }
            Value::Generator(g) if g.attribute(name).is_some() => {
                g.attribute(name).unwrap_or(Value::None)
            }
            _ => {
                if let Some(found) = super::complex::number_attr(object, name) {
                    return Ok(Attr::Value(found));
                }
                if let Some(found) = super::containers::bounds_attr(object, name) {
                    return Ok(Attr::Value(found));
                }
                let type_name = object.builtin_type_name().unwrap_or_default();
                match methods::lookup(type_name, name) {
                    Some(method) => return Ok(bound_unless_static(method, name)),
                    None => return self.builtin_value_attr(object, type_name, name),
                }
            }
        }))
    }

    /// An attribute of a value of a built-in type other than its named
    /// methods: its special methods (`(2).__add__`, `[].__len__`), which
    /// its type and `object` give it, and its `__class__`.
    fn builtin_value_attr(
        &mut self,
        object: &Value,
        type_name: &str,
        name: &str,
    ) -> PyResult<Attr> {
        if name == "__class__" {
            return Ok(Attr::Value(super::builtins::type_of(self, object)));
        }
        if super::dunders::is_none_slot(type_name, name) {
            return Ok(Attr::Value(Value::None));
        }
        let iterator = matches!(object, Value::Iter(_) | Value::RangeIter(_))
            .then(|| super::dunders::iterator_method(object, name))
            .flatten();
        match iterator.or_else(|| super::dunders::lookup(type_name, name)) {
            Some(method) => Ok(Attr::Method(Value::Builtin(method))),
            None => Err(no_attribute(object, name)),
        }
    }

    /// `object.name = value`
    ///
    /// # Errors
    /// AttributeError for objects whose attributes cannot be set.
    pub fn set_attr(&mut self, object: &Value, name: &str, value: Value) -> PyResult<()> {
        if let Value::Class(c) = object {
            if let Some(setattr) = self.meta_special(c, "__setattr__") {
                let args = Args::new(vec![Value::str(name), value]);
                return self.call(&setattr, args).map(|_| ());
            }
            if self.set_through_meta_descriptor(c, name, Some(value.clone()))? {
                return Ok(());
            }
        }
        if let Value::Instance(i) = object {
            if i.class.stores_plainly() {
                if i.class.has_slots() {
                    check_slot(&i.class, name)?;
                }
                store(&i.attributes, name, value);
                return Ok(());
            }
        }
        if let Some(class) = object.class() {
            if self.set_through_property(object, name, Some(value.clone()))? {
                return Ok(());
            }
            let class = class.clone();
            if self.set_through_descriptor(object, &class, name, Some(value.clone()))? {
                return Ok(());
            }
            if let Some(setattr) = class.lookup("__setattr__") {
                if super::descriptors::binds_to_instances(&setattr) {
                    let args = Args::new(vec![object.clone(), Value::str(name), value]);
                    return self.call(&setattr, args).map(|_| ());
                }
            }
        }
        self.set_attr_plain(object, name, value)
    }

    /// `object.__setattr__(self, name, value)`: past the class's own `__setattr__`.
    ///
    /// # Errors
    /// AttributeError for objects whose attributes cannot be set.
    pub fn set_attr_plain(&mut self, object: &Value, name: &str, value: Value) -> PyResult<()> {
        match object {
            Value::Instance(i) => {
                // A thread's `name`, `daemon`: the built-in object's own.
                if let Some(Value::Native(n)) = i.base_object() {
                    if n.set_attr(name, value.clone()) {
                        return Ok(());
                    }
                }
                if i.class.has_slots() {
                    check_slot(&i.class, name)?;
                }
                store(&i.attributes, name, value);
                Ok(())
            }
            Value::Exception(e) => {
                if name == "args" {
                    e.set_args(self.collect(&value)?);
                } else if name == "__traceback__" {
                    super::traceback_objects::set_traceback(e, &value)?;
                } else {
                    lock(&e.attributes).insert(name.into(), value);
                }
                Ok(())
            }
            Value::Class(c) => {
                super::object::class_attribute_set(name, &value);
                if name == "__del__" {
                    super::finalizers::class_finalizes(c);
                }
                let kept = value.clone_inline();
                let old = lock(&c.attributes).insert(name.into(), value);
                super::object::class_attribute_replaced(old.as_ref(), &kept);
                Ok(())
            }
            Value::Module(m) => {
                m.names_mut().insert(name.into(), value);
                Ok(())
            }
            // A call reads the defaults given at `def`: others set later
            // would be shown but not used.
            Value::Function(_) if matches!(name, "__defaults__" | "__kwdefaults__") => {
                Err(PyErr::new(
                    ExcType::NotImplementedError,
                    format!("setting a function's {name} is not supported"),
                ))
            }
            Value::Function(f) => {
                lock(f.attributes.get_or_init(Default::default)).insert(name.into(), value);
                Ok(())
            }
            Value::Native(n) if n.set_attr(name, value.clone()) => Ok(()),
            // One whose attributes check what they are given has a `__setattr__`.
            Value::Native(n) => match methods::find(n.methods(), "__setattr__") {
                Some(method) => {
                    let args = Args::new(vec![object.clone(), Value::str(name), value]);
                    (method.call)(self, args).map(|_| ())
                }
                None => Err(PyErr::new(
                    ExcType::AttributeError,
                    format!("'{}' object has no attribute '{name}'", object.type_name()),
                )),
            },
            // `.real` and `.imag` of a number: data descriptors that refuse.
            other if super::complex::number_attr(other, name).is_some() => Err(PyErr::new(
                ExcType::AttributeError,
                match other {
                    Value::Complex(_) => "readonly attribute".to_string(),
                    _ => format!(
                        "attribute '{name}' of '{}' objects is not writable",
                        other.type_name()
                    ),
                },
            )),
            other => Err(PyErr::new(
                ExcType::AttributeError,
                format!("'{}' object has no attribute '{name}'", other.type_name()),
            )),
        }
    }

    /// `object.__delattr__(self, name)`: `del` past the class's own
    /// `__delattr__` (a property's deleter still runs).
    ///
    /// # Errors
    /// AttributeError when it has no such attribute.
    pub fn del_attr_generic(&mut self, object: &Value, name: &str) -> PyResult<()> {
        if self.set_through_property(object, name, None)? {
            return Ok(());
        }
        if let Some(class) = object.class().cloned() {
            if self.set_through_descriptor(object, &class, name, None)? {
                return Ok(());
            }
        }
        self.del_attr_plain(object, name)
    }

    /// `del object.name`
    ///
    /// # Errors
    /// AttributeError when it has no such attribute.
    pub fn del_attr(&mut self, object: &Value, name: &str) -> PyResult<()> {
        if let Some(class) = object.class() {
            if let Some(delattr) = class.lookup("__delattr__") {
                if super::descriptors::binds_to_instances(&delattr) {
                    let args = Args::new(vec![object.clone(), Value::str(name)]);
                    return self.call(&delattr, args).map(|_| ());
                }
            }
        }
        if self.set_through_property(object, name, None)? {
            return Ok(());
        }
        if let Some(class) = object.class().cloned() {
            if self.set_through_descriptor(object, &class, name, None)? {
                return Ok(());
            }
        }
        if let Value::Class(c) = object {
            if let Some(delattr) = self.meta_special(c, "__delattr__") {
                return self
                    .call(&delattr, Args::new(vec![Value::str(name)]))
                    .map(|_| ());
            }
            if self.set_through_meta_descriptor(c, name, None)? {
                return Ok(());
            }
        }
        self.del_attr_plain(object, name)
    }

    /// `del object.name` past a metaclass's `__delattr__`.
    pub(super) fn del_attr_plain(&mut self, object: &Value, name: &str) -> PyResult<()> {
        let removed = match object {
            Value::Instance(i) => lock(&i.attributes).shift_remove(name).is_some(),
            Value::Exception(e) => lock(&e.attributes).shift_remove(name).is_some(),
            Value::Class(c) => {
                let removed = lock(&c.attributes).shift_remove(name).is_some();
                super::object::class_changed();
                removed
            }
            Value::Module(m) => m.names_mut().shift_remove(name).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(no_attribute(object, name))
        }
    }

    /// A namespace as a new dict (`__dict__`, a copy here).
    fn namespace_dict(&mut self, names: &super::object::Namespace) -> PyResult<Value> {
        let pairs: Vec<_> = lock(names)
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        super::introspect::dict_of(self, pairs)
    }

    /// An attribute a module does not have among its names: its
    /// `__dict__` (a copy, as `globals()` gives), `sys.modules` (the modules
    /// imported so far, a copy by name), else what the module's own
    /// `__getattr__` gives (PEP 562).
    fn module_fallback(
        &mut self,
        object: &Value,
        module: &super::object::Module,
        name: &str,
    ) -> PyResult<Attr> {
        let pairs: Vec<(Arc<str>, Value)> = match name {
            "__dict__" => super::introspect::module_items(module),
            "modules" if &*module.name == "sys" => {
                let mut modules: Vec<(Arc<str>, Value)> = lock(&self.rt.modules)
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                modules.sort_by(|a, b| a.0.cmp(&b.0));
                modules
            }
            _ => {
                let hook = module.names().get("__getattr__").cloned();
                return match hook {
                    Some(hook) => match self.call(&hook, Args::new(vec![Value::str(name)])) {
                        Ok(found) => Ok(Attr::Value(found)),
                        Err(e) => Err(from_frozen_getattr(e, &hook, object, name)),
                    },
                    None => Err(no_attribute(object, name)),
                };
            }
        };
        Ok(Attr::Value(super::introspect::dict_of(self, pairs)?))
    }

    /// `instance.name` as `object.__getattribute__` finds it: a data
    /// descriptor of its class, its own attribute, its class's; then, if
    /// `getattr`, the class's `__getattr__`.
    fn instance_attr(
        &mut self,
        object: &Value,
        i: &super::object::Instance,
        name: &str,
        getattr: bool,
    ) -> PyResult<Attr> {
        if !i.class.stores_plainly() {
            if let Some(v) = self.get_through_data_descriptor(object, &i.class, name)? {
                return Ok(Attr::Value(v));
            }
        }
        if let Some(v) = lock(&i.attributes).get(name).cloned() {
            return Ok(Attr::Value(v));
        }
        if let Some(found) = i.class.lookup(name) {
            return self.bind_found(object, &i.class, found);
        }
        Ok(Attr::Value(match name {
            "__class__" => Value::Class(i.class.clone()),
            // Instances of a class with `__slots__` all the way up have none.
            "__dict__" if i.class.has_slots() && i.class.slot_names().is_some() => {
                return Err(no_attribute(object, name));
            }
            "__dict__" => {
                let dict = self.namespace_dict(&i.attributes)?;
                if let Value::Dict(d) = &dict {
                    let _ = d.attributes_of.set(object.clone());
                }
                dict
            }
            _ => return self.instance_fallback(object, &i.class, name, getattr),
        }))
    }

    /// `instance.name` of a class that defines `__getattribute__`: what it
    /// returns; when it raises AttributeError, what the class's
    /// `__getattr__` returns, if it has one.
    #[inline(never)]
    fn read_through_method(
        &mut self,
        object: &Value,
        class: &Arc<Class>,
        name: &str,
    ) -> PyResult<Attr> {
        let Some(hook) = class.lookup("__getattribute__") else {
            return Err(no_attribute(object, name));
        };
        let args = Args::new(vec![object.clone(), Value::str(name)]);
        match self.call(&hook, args) {
            Ok(found) => Ok(Attr::Value(found)),
            Err(e) if e.kind() == Some(ExcType::AttributeError) => {
                match class.lookup("__getattr__") {
                    Some(getattr) => {
                        let args = Args::new(vec![object.clone(), Value::str(name)]);
                        Ok(Attr::Value(self.call(&getattr, args)?))
                    }
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__(instance, name)`: the attribute as found
    /// with no class's `__getattribute__` or `__getattr__` asked.
    ///
    /// # Errors
    /// AttributeError when there is none.
    pub fn generic_get_attr(&mut self, object: &Value, name: &str) -> PyResult<Value> {
        let found = match object {
            Value::Instance(i) => self.instance_attr(object, i, name, false),
            _ => self.find_attr(object, name),
        };
        match found {
            Ok(Attr::Method(function)) => Ok(Value::Method(Arc::new((object.clone(), function)))),
            Ok(Attr::Value(value)) => Ok(value),
            Err(error) => Err(super::exception_fields::attach(error, object, name)),
        }
    }

    /// An attribute an instance and its classes do not have: the built-in
    /// object's (a list subclass's `append`, a thread subclass's `start`),
    /// then, if `getattr`, the class's `__getattr__`.
    fn instance_fallback(
        &mut self,
        object: &Value,
        class: &Arc<Class>,
        name: &str,
        getattr: bool,
    ) -> PyResult<Attr> {
        if let Some(base) = object.base_object() {
            match &base {
                // Its methods take the instance, which stands for the object.
                Value::Native(n) => {
                    if let Some(method) = methods::find(n.methods(), name) {
                        return Ok(Attr::Method(Value::Builtin(method)));
                    }
                    if let Some(found) = n.get_attr(name) {
                        return Ok(Attr::Value(found));
                    }
                    if let Some(getattr) = methods::find(n.methods(), "__getattr__") {
                        let args = Args::new(vec![object.clone(), Value::str(name)]);
                        match (getattr.call)(self, args) {
                            Ok(found) => return Ok(Attr::Value(found)),
                            Err(e) if e.kind() == Some(ExcType::AttributeError) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
                other => {
                    if let Ok(found) = self.lookup_attr(other, name) {
                        return Ok(match found {
                            // `d.__getitem__(k)` of a dict subclass stays bound to
                            // the instance, whose `__missing__` it asks.
                            Attr::Method(f)
                                if name == "__getitem__" && matches!(other, Value::Dict(_)) =>
                            {
                                Attr::Method(f)
                            }
                            Attr::Method(f) => Attr::Value(Value::Method(Arc::new((base, f)))),
                            value => value,
                        });
                    }
                }
            }
        } else if let super::object::BuiltinBase::Type(base) = &class.builtin {
            if methods::find(base.methods, name).is_some() {
                // The built-in type's `__init__` was not called (CPython's
                // words for a thread).
                let label = if base.name == "Thread" {
                    "thread"
                } else {
                    base.name
                };
                return Err(PyErr::new(
                    ExcType::RuntimeError,
                    format!("{label}.__init__() not called"),
                ));
            }
        }
        // What the class has from `object` (`__eq__`, `__repr__`…), found
        // before any `__getattr__` is asked.
        if let Some(found) = super::class::builtin_base_attr(class, object, name) {
            return Ok(Attr::Value(found));
        }
        if let Some(method) = builtin_base_method(class, name) {
            return Ok(Attr::Method(Value::Builtin(method)));
        }
        if let Some(getattr) = class.lookup("__getattr__").filter(|_| getattr) {
            let found = self.call(&getattr, Args::new(vec![object.clone(), Value::str(name)]))?;
            return Ok(Attr::Value(found));
        }
        Err(no_attribute(object, name))
    }

    /// A special method (`__len__`, `__repr__`…) of an object's class,
    /// bound to the object; `None` when its classes define none (the
    /// built-in object of an instance is then for the caller to try).
    ///
    /// # Errors
    /// What a property's getter raises.
    pub fn special(&mut self, object: &Value, name: &str) -> PyResult<Option<Value>> {
        self.special_found(object, name, None)
    }

    /// `object.name(*args)` of special method `name` (see `special`), or
    /// `None` when the object's class has no such method. The special
    /// methods of a program's classes are mostly plain functions of the
    /// class (`def __eq__(self, other)`): one is called with the instance
    /// and the arguments straight in its frame's locals, with no bound
    /// method or argument vector made (`a == b`, `len(x)`, `x[i]`, a `for`
    /// loop over an iterator class).
    ///
    /// # Errors
    /// What the method raises.
    pub fn call_special(
        &mut self,
        object: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        if let Value::Instance(i) = object {
            let arity = Some(args.len() as u32 + 1);
            // Kept, it is called with no Value made of it.
            if let Some(f) = self.special_methods.get(&i.class, name) {
                if f.simple_arity == arity {
                    return self.call_simple_method(&f, object, args).map(Some);
                }
            }
            let found = self.lookup_special(&i.class, name);
            if let Some(Value::Function(f)) = &found {
                if f.simple_arity == arity {
                    return self.call_simple_method(f, object, args).map(Some);
                }
            }
            return match self.special_found(object, name, Some(found))? {
                Some(method) => self.call(&method, Args::new(args.to_vec())).map(Some),
                None => Ok(None),
            };
        }
        match self.special(object, name)? {
            Some(method) => self.call(&method, Args::new(args.to_vec())).map(Some),
            None => Ok(None),
        }
    }

    /// `class.lookup(name)` of a special method, a Python function found
    /// once and kept while the class epoch holds (see `special_methods`).
    pub(super) fn lookup_special(
        &mut self,
        class: &Arc<super::object::Class>,
        name: &'static str,
    ) -> Option<Value> {
        if let Some(f) = self.special_methods.get(class, name) {
            return Some(Value::Function(f));
        }
        let epoch = super::object::class_epoch();
        let found = class.lookup(name);
        if let Some(Value::Function(f)) = &found {
            self.special_methods.remember(class, name, epoch, f);
        }
        found
    }

    /// `special`, with what an instance's class was already found to hold
    /// by the name (`looked_up`), when it was.
    fn special_found(
        &mut self,
        object: &Value,
        name: &str,
        looked_up: Option<Option<Value>>,
    ) -> PyResult<Option<Value>> {
        let (class, found) = match object {
            Value::Instance(i) => (&i.class, looked_up.unwrap_or_else(|| i.class.lookup(name))),
            // A class's special methods are its metaclass's.
            Value::Class(c) => match &c.metaclass {
                Some(meta) => (meta, meta.lookup(name)),
                None => return Ok(None),
            },
            Value::Exception(e) => match &e.class {
                Some(class) => (class, class.lookup(name)),
                None => return Ok(None),
            },
            // A native object's special methods are in its table ("Array.__len__").
            Value::Native(n) => {
                return Ok(methods::find(n.methods(), name)
                    .map(|f| Value::Method(Arc::new((object.clone(), Value::Builtin(f))))));
            }
            _ => return Ok(None),
        };
        let Some(found) = found else {
            // A thread subclass's `__repr__`: the thread's, given the instance.
            if let Some(Value::Native(n)) = object.base_object() {
                return Ok(methods::find(n.methods(), name)
                    .map(|f| Value::Method(Arc::new((object.clone(), Value::Builtin(f))))));
            }
            return Ok(None);
        };
        let class = class.clone();
        Ok(Some(match self.bind_found(object, &class, found)? {
            Attr::Method(f) => Value::Method(Arc::new((object.clone(), f))),
            Attr::Value(v) => v,
        }))
    }
}

/// `name` = `value` in `namespace`: in place when the name is there (no new
/// shared str for the key), and the old value dropped after the lock.
fn store(namespace: &super::object::Namespace, name: &str, value: Value) {
    let old = {
        let mut names = lock(namespace);
        match names.get_mut(name) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                names.insert(name.into(), value);
                None
            }
        }
    };
    if let Some(old) = old {
        old.discard();
    }
}

/// `instance.name = value` where the instance's class has `__slots__`: an
/// AttributeError when `name` is not one of them (and the instances have
/// no `__dict__`), as CPython's.
#[inline(never)]
pub(super) fn check_slot(class: &Arc<Class>, name: &str) -> PyResult<()> {
    let Some(slots) = class.slot_names() else {
        return Ok(());
    };
    if slots.iter().any(|slot| &**slot == name) {
        return Ok(());
    }
    let message = if class.lookup(name).is_some() {
        format!(
            "'{}' object attribute '{name}' is read-only",
            class.type_name()
        )
    } else {
        format!("'{}' object has no attribute '{name}'", class.type_name())
    };
    Err(PyErr::new(ExcType::AttributeError, message))
}
