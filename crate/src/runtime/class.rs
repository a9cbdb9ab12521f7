//! Classes: making one from its `class` statement (bases, C3 method
//! resolution order), making its instances (`__new__`, `__init__`), and
//! what the built-in class at the root of its hierarchy does for them
//! (`object`, an exception, or a built-in type such as `list` or `Thread`).

use std::sync::{Arc, Mutex};

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::object::{BuiltinBase, Class, Instance, Names};
use super::value::{lock, Exception, Value};
use super::Interp;
use crate::builtin;

impl Interp {
    /// `class Name(bases): body`: runs the body into a namespace, which
    /// becomes the class's attributes.
    pub(super) fn build_class(
        &mut self,
        name: &str,
        body: &Value,
        bases: Vec<Value>,
        mut keywords: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Value> {
        let Value::Function(function) = body else {
            return Err(type_error("class body is not a function"));
        };
        let (bases, orig_bases) = self.resolve_mro_entries(bases)?;
        let explicit = super::metaclass::take_keyword(&mut keywords, "metaclass");
        let maker = self.class_maker(explicit, &bases)?;
        let builtin = builtin_base(&bases)?;
        let (ancestors, builtin_at) = c3_ancestors(self, &bases)?;
        let namespace = super::object::Module::new(name);
        // The body starts with the names CPython gives it: `__module__`
        // stays in the class's namespace, `__qualname__` becomes its
        // qualified name.
        let module_name = function.globals.names().get("__name__").cloned();
        {
            let mut names = namespace.names_mut();
            names.insert(
                "__module__".into(),
                module_name.unwrap_or_else(|| Value::Str(function.globals.name.clone())),
            );
            names.insert(
                "__qualname__".into(),
                Value::Str(function.code.qualname.clone()),
            );
        }
        let mut frame = super::frame::Frame::new(
            function.code.clone(),
            function.globals.clone(),
            &function.closure,
        );
        frame.namespace = Some(namespace.clone());
        self.run_frame(&mut frame, None)?;
        // Bases that stood for others (`Stack[int]`) are kept as written.
        if let Some(orig_bases) = orig_bases {
            namespace
                .names_mut()
                .insert("__orig_bases__".into(), orig_bases);
        }
        // A metaclass makes the class from its name, bases and namespace.
        if let Some(maker) = maker {
            let pairs: Vec<(Arc<str>, Value)> = namespace
                .names()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let namespace = self.new_dict();
            for (k, v) in pairs {
                self.dict_set(&namespace, Value::Str(k), v)?;
            }
            let args = Args {
                positional: vec![Value::str(name), Value::tuple(bases), namespace],
                keywords,
            };
            return self.call(&maker, args);
        }
        let mut attributes: Names = std::mem::take(&mut *namespace.names_mut());
        let qualname = match attributes.shift_remove("__qualname__") {
            Some(Value::Str(qualname)) => qualname,
            _ => function.code.qualname.clone(),
        };
        // A body that sets `__module__` names the module its class claims.
        let module = match attributes.get("__module__") {
            Some(Value::Str(module)) => module.clone(),
            _ => function.globals.name.clone(),
        };
        let made = MadeOf {
            qualname,
            module,
            bases,
            builtin,
            ancestors,
            builtin_at,
            metaclass: None,
        };
        self.make_class(name, attributes, made, keywords)
    }

    /// The bases a `class` statement lists, each that is not a class but
    /// has `__mro_entries__` (`Stack[int]`, `list[int]`) replaced by the
    /// classes that method returns, given all the bases as written; with
    /// them, the bases as written when any was replaced (`__orig_bases__`).
    fn resolve_mro_entries(&mut self, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
        let is_class = |v: &Value| {
            matches!(v, Value::Class(_) | Value::ExcType(_))
                || matches!(v, Value::Builtin(b) if b.is_type)
        };
        if bases.iter().all(is_class) {
            return Ok((bases, None));
        }
        let written = Value::tuple(bases.clone());
        let mut resolved = Vec::with_capacity(bases.len());
        let mut replaced = false;
        for base in bases {
            let entries = match &base {
                Value::Instance(_) if !is_class(&base) => self.special(&base, "__mro_entries__")?,
                _ => None,
            };
            let Some(entries) = entries else {
                resolved.push(base);
                continue;
            };
            let entries = self.call(&entries, Args::new(vec![written.clone()]))?;
            let Value::Tuple(entries) = entries else {
                return Err(type_error("__mro_entries__ must return a tuple"));
            };
            resolved.extend(entries.iter().cloned());
            replaced = true;
        }
        Ok((resolved, replaced.then_some(written)))
    }

    /// `type(name, bases, namespace)`: the class a `class` statement with
    /// those bases would make from a body that left `namespace`. Its
    /// `__qualname__` is the namespace's, else its name; its `__module__`
    /// the namespace's, else the program's (`__main__`: a builtin does not
    /// see its caller's module here).
    /// Made by `metaclass` when it is given (`type.__new__(Meta, …)`), else
    /// by the bases' metaclass if they have one.
    pub(super) fn type_new(
        &mut self,
        metaclass: Option<Arc<Class>>,
        name: &Value,
        bases: &Value,
        namespace: &Value,
        keywords: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Value> {
        let argument = |n: u32, want: &str, got: &Value| {
            type_error(format!(
                "type.__new__() argument {n} must be {want}, not {}",
                got.type_name()
            ))
        };
        let Value::Str(name) = name else {
            return Err(argument(1, "str", name));
        };
        let Value::Tuple(bases) = bases else {
            return Err(argument(2, "tuple", bases));
        };
        let Value::Dict(namespace) = namespace else {
            return Err(argument(3, "dict", namespace));
        };
        let bases: Vec<Value> = bases.iter().cloned().collect();
        let explicit = metaclass.is_some();
        let metaclass = super::metaclass::winner(metaclass, &bases)?;
        // `type(name, bases, ns)` of bases made by a metaclass: made by it.
        if let (false, Some(meta)) = (explicit, &metaclass) {
            let args = Args {
                positional: vec![
                    Value::Str(name.clone()),
                    Value::tuple(bases),
                    Value::Dict(namespace.clone()),
                ],
                keywords,
            };
            return self.call(&Value::Class(meta.clone()), args);
        }
        let builtin = builtin_base(&bases)?;
        let (ancestors, builtin_at) = c3_ancestors(self, &bases)?;
        let mut attributes = Names::default();
        for (key, value) in lock(&namespace.map).values() {
            if let Value::Str(key) = key {
                attributes.insert(key.clone(), value.clone());
            }
        }
        let qualname = match attributes.shift_remove("__qualname__") {
            Some(Value::Str(q)) => q,
            Some(other) => {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    other.type_name()
                )))
            }
            None => name.clone(),
        };
        let module = match attributes.get("__module__") {
            Some(Value::Str(m)) => m.clone(),
            _ => Arc::from("__main__"),
        };
        let made = MadeOf {
            qualname,
            module,
            bases,
            builtin,
            ancestors,
            builtin_at,
            metaclass,
        };
        self.make_class(name, attributes, made, keywords)
    }

    /// A new class named `name` with `attributes`, made of `made`; each
    /// attribute then learns its name (`__set_name__`), and its parent's
    /// `__init_subclass__` is called with `keywords`.
    fn make_class(
        &mut self,
        name: &str,
        mut attributes: Names,
        made: MadeOf,
        keywords: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Value> {
        // Every class has a `__doc__` of its own (None without a docstring),
        // so neither it nor its instances find a base's.
        attributes.entry("__doc__".into()).or_insert(Value::None);
        let MadeOf {
            qualname,
            module,
            bases,
            builtin,
            ancestors,
            builtin_at,
            metaclass,
        } = made;
        // A class that defines `__eq__` but not `__hash__` is unhashable:
        // its `__hash__` is None, as CPython's `type.__new__` sets it.
        if attributes.contains_key("__eq__") && !attributes.contains_key("__hash__") {
            attributes.insert("__hash__".into(), Value::None);
        }
        // `__init_subclass__` is a class method without saying so.
        if let Some(hook @ Value::Function(_)) = attributes.get("__init_subclass__").cloned() {
            let wrapped = (super::descriptors::CLASSMETHOD.call)(self, Args::new(vec![hook]))?;
            attributes.insert("__init_subclass__".into(), wrapped);
        }
        let set_names: Vec<(Arc<str>, Value)> = attributes
            .iter()
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        let class = Arc::new(Class {
            name: name.into(),
            qualname,
            module,
            attributes: Mutex::new(attributes),
            bases,
            ancestors,
            builtin_at,
            builtin,
            metaclass,
            plain_stores: std::sync::atomic::AtomicU64::new(0),
            constructor: Default::default(),
            subclasses: Mutex::default(),
            finalizes: std::sync::atomic::AtomicBool::new(false),
        });
        if lock(&class.attributes).contains_key("__del__")
            || class
                .ancestors
                .iter()
                .any(|a| a.finalizes.load(std::sync::atomic::Ordering::Relaxed))
        {
            super::finalizers::class_finalizes(&class);
        }
        for base in &class.bases {
            if let Value::Class(base) = base {
                lock(&base.subclasses).push(Arc::downgrade(&class));
            }
        }
        // Each attribute learns the name it was given (`__set_name__`): a
        // property for its errors, a descriptor of the program's own.
        for (name, value) in set_names {
            self.set_name(&class, &name, &value)?;
        }
        self.init_subclass(&class, keywords)?;
        Ok(Value::Class(class))
    }

    /// `Class(args)`: a new instance (`__new__`), initialised (`__init__`).
    pub(super) fn instantiate(&mut self, class: &Arc<Class>, args: Args) -> PyResult<Value> {
        if super::metaclass::is_metaclass(class) {
            return self.instantiate_metaclass(class, args);
        }
        let custom_new = class.lookup("__new__");
        let instance = match &custom_new {
            Some(new) => {
                let new = super::descriptors::unwrap_static(new);
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(Value::Class(class.clone()));
                positional.extend(args.positional.iter().cloned());
                let made = self.call(
                    &new,
                    Args {
                        positional,
                        keywords: args.keywords.clone(),
                    },
                )?;
                // `__init__` runs only on an instance of the class.
                if !made.class().is_some_and(|c| c.derives_from(class)) {
                    return Ok(made);
                }
                made
            }
            None => new_instance(self, class, &args)?,
        };
        match class.lookup("__init__") {
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
            None => match &class.builtin {
                BuiltinBase::Object => {
                    if custom_new.is_none()
                        && (!args.positional.is_empty() || !args.keywords.is_empty())
                    {
                        return Err(type_error(format!("{}() takes no arguments", class.name)));
                    }
                }
                // Its arguments were taken as it was made.
                BuiltinBase::Exception(_) => {}
                // An immutable value made by a `__new__` of the class's own
                // (`super().__new__(cls, (x, y))`) is what it is.
                BuiltinBase::Type(base)
                    if is_immutable(base) && instance.base_object().is_some() => {}
                BuiltinBase::Type(base) => init_base(self, &instance, class, base, args)?,
            },
        }
        Ok(instance)
    }
}

/// What a new class is made of besides its name and attributes.
struct MadeOf {
    qualname: Arc<str>,
    module: Arc<str>,
    bases: Vec<Value>,
    builtin: BuiltinBase,
    ancestors: Vec<Arc<Class>>,
    builtin_at: usize,
    metaclass: Option<Arc<Class>>,
}

/// `object.__new__(cls)`: an instance of `class` not yet initialised; an
/// exception holds its arguments from the start, as CPython's.
fn new_instance(interp: &mut Interp, class: &Arc<Class>, args: &Args) -> PyResult<Value> {
    Ok(match &class.builtin {
        BuiltinBase::Object => Value::Instance(Arc::new(Instance::new(class.clone()))),
        BuiltinBase::Exception(kind) if super::exception_groups::is_group(*kind) => {
            let group = super::exception_groups::new_group(
                *kind,
                Some(class.clone()),
                args.positional.clone(),
            )?;
            Value::Exception(group)
        }
        BuiltinBase::Exception(kind) => {
            let exception =
                Exception::of_class(*kind, args.positional.clone(), Some(class.clone()));
            // OSError's `__new__` reads its fields when the class has no
            // `__init__` of its own to do it.
            if kind.is_subclass(ExcType::OSError) && class.lookup("__init__").is_none() {
                init_os_fields(interp, class, &exception);
            }
            Value::Exception(exception)
        }
        BuiltinBase::Type(base) => {
            let instance = Instance::new(class.clone());
            // A container is there, empty, before `__init__` fills it; an
            // immutable value is made from the arguments, as CPython's
            // `str.__new__` makes it (`__init__` cannot change it after).
            if matches!(base.name, "list" | "dict" | "set") || own_init(base).is_some() {
                *lock(&instance.base_object) = Some((base.call)(interp, Args::default())?);
            } else if is_immutable(base) {
                *lock(&instance.base_object) = Some((base.call)(interp, args.clone())?);
            }
            Value::Instance(Arc::new(instance))
        }
    })
}

/// Stores what a built-in type's constructor made (from `args`) as the
/// instance's base object.
fn set_base_object(instance: &Value, made: Value, class: &Class, args_named: bool) {
    if let Value::Instance(i) = instance {
        if let (Value::Native(n), BuiltinBase::Type(base), false) =
            (&made, &class.builtin, args_named)
        {
            // A process subclass not given a name is named after its class
            // ("Squarer-1"), as CPython's Process names `type(self).__name__`.
            if base.name == "Process" || base.name == "SpawnProcess" {
                if let Some(Value::Str(name)) = n.get_attr("name") {
                    let number = name.strip_prefix(&format!("{}-", base.name));
                    if let Some(number) = number {
                        n.set_attr("name", Value::str(&format!("{}-{number}", class.name)));
                    }
                }
            }
        }
        *lock(&i.base_object) = Some(made);
    }
}

/// Whether a constructor call names its object (`name=`).
fn names_it(args: &Args) -> bool {
    args.keywords.iter().any(|(k, _)| &**k == "name")
}

/// The built-in class the bases' instances are made of: one at most
/// besides `object` (the most derived of related exceptions).
fn builtin_base(bases: &[Value]) -> PyResult<BuiltinBase> {
    let mut found = BuiltinBase::Object;
    for base in bases {
        let this = match base {
            Value::Class(c) => c.builtin.clone(),
            Value::ExcType(kind) if *kind != ExcType::OsExit => BuiltinBase::Exception(*kind),
            Value::Builtin(b) if b.is_type && b.name == "object" => BuiltinBase::Object,
            Value::Builtin(b) if b.is_type && SUBCLASSABLE.contains(&b.name) => {
                BuiltinBase::Type(b)
            }
            Value::Builtin(b) if b.is_type => {
                return Err(type_error(format!(
                    "subclassing '{}' is not supported by this page's Python",
                    b.name
                )))
            }
            other => {
                return Err(type_error(format!(
                    "bases must be types, not {}",
                    other.type_name()
                )))
            }
        };
        found = match (found, this) {
            (BuiltinBase::Object, this) => this,
            (current, BuiltinBase::Object) => current,
            (BuiltinBase::Exception(a), BuiltinBase::Exception(b)) => {
                BuiltinBase::Exception(exception_base(a, b)?)
            }
            (BuiltinBase::Type(a), BuiltinBase::Type(b)) if a.name == b.name => {
                BuiltinBase::Type(a)
            }
            _ => return Err(type_error("multiple bases have instance lay-out conflict")),
        };
    }
    Ok(found)
}

/// The exception the instances of a class with exceptions `a` and `b`
/// among its bases are: the more derived when one derives from the other,
/// else the one whose layout extends the other's; of two with the same
/// layout (`class C(ArithmeticError, ValueError)`), `a`, unless `b` is a
/// KeyError, whose `__str__` (the only one of its own among them) the
/// class's MRO finds before `BaseException`'s. The other stays a base the
/// class derives from (`Class::derives_from_exception`).
fn exception_base(a: ExcType, b: ExcType) -> PyResult<ExcType> {
    let (layout_a, layout_b) = (a.layout(), b.layout());
    if !layout_a.is_subclass(layout_b) && !layout_b.is_subclass(layout_a) {
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    let b_wins = if layout_a == layout_b {
        b.is_subclass(a) || (b.is_subclass(ExcType::KeyError) && !a.is_subclass(ExcType::KeyError))
    } else {
        layout_b.is_subclass(layout_a)
    };
    Ok(if b_wins { b } else { a })
}

/// Whether instances of built-in type `base` are values fixed when made
/// (by `__new__`), not filled by `__init__`.
fn is_immutable(base: &Builtin) -> bool {
    matches!(base.name, "int" | "str" | "tuple" | "float")
}

/// The built-in types a class may derive from here.
/// (`type`: its subclasses are metaclasses, whose instances are classes.)
const SUBCLASSABLE: &[&str] = &[
    "list", "dict", "set", "int", "str", "tuple", "float", "Thread", "Process", "type", "Random",
];

/// The `__init__` a built-in type has in its table of methods (`Random`'s
/// seeds through `self.seed`): its instances are made before it runs on them.
fn own_init(base: &Builtin) -> Option<&'static Builtin> {
    super::methods::find(base.methods, "__init__")
}

/// Initialises `instance` of `class`, derived from built-in type `base`,
/// from `args`: by the type's own `__init__` when it has one, else as the
/// object the type makes of them.
fn init_base(
    interp: &mut Interp,
    instance: &Value,
    class: &Class,
    base: &Builtin,
    args: Args,
) -> PyResult<()> {
    if let Some(init) = own_init(base) {
        let mut positional = Vec::with_capacity(args.positional.len() + 1);
        positional.push(instance.clone());
        positional.extend(args.positional);
        (init.call)(
            interp,
            Args {
                positional,
                keywords: args.keywords,
            },
        )?;
        return Ok(());
    }
    let named = names_it(&args);
    let made = (base.call)(interp, args)?;
    set_base_object(instance, made, class, named);
    Ok(())
}

/// The Python classes after a new class in its method resolution order
/// (CPython's C3, built-in types taken into account and then left out),
/// and how many of them come before its built-in base other than `object`
/// (`class T(str, Mixin)`: none; all of them when there is no such base).
fn c3_ancestors(interp: &Interp, bases: &[Value]) -> PyResult<(Vec<Arc<Class>>, usize)> {
    let mut ancestors = Vec::new();
    let mut builtin_at = None;
    for v in super::mro::after_bases(interp, bases)? {
        match v {
            Value::Class(c) => ancestors.push(c),
            Value::Builtin(b) if b.name == "object" => {}
            _ => {
                builtin_at.get_or_insert(ancestors.len());
            }
        }
    }
    let builtin_at = builtin_at.unwrap_or(ancestors.len());
    Ok((ancestors, builtin_at))
}

/// `type.mro(cls)`, `cls.mro()`: its `__mro__` as a list.
pub static TYPE_MRO: super::function::Builtin = crate::builtin!("mro", |interp, args| {
    let Some(class) = args.positional.first() else {
        return Err(super::error::type_error(
            "unbound method type.mro() needs an argument",
        ));
    };
    let mro = interp.get_attr(class, "__mro__")?;
    Ok(Value::list(interp.collect(&mro)?))
});

/// `cls.__subclasses__()`: the classes made with `cls` among their bases
/// that are still alive, in the order they were made.
pub static TYPE_SUBCLASSES: super::function::Builtin =
    crate::builtin!("__subclasses__", |_, args| {
        let class = match args.positional.as_slice() {
            [Value::Class(class)] => class,
            [other] => {
                return Err(type_error(format!(
                    "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
                    other.type_name()
                )))
            }
            _ => {
                return Err(type_error(
                    "unbound method type.__subclasses__() needs an argument",
                ))
            }
        };
        let mut subclasses = lock(&class.subclasses);
        subclasses.retain(|weak| weak.strong_count() > 0);
        let alive = subclasses
            .iter()
            .filter_map(std::sync::Weak::upgrade)
            .map(Value::Class)
            .collect();
        Ok(Value::list(alive))
    });

/// A built-in type's `__mro__`, `__bases__` or `__base__` (`name`): an
/// exception class's through its hierarchy, `bool`'s through `int`, every
/// other's straight to `object` (`object`'s own: none).
#[must_use]
pub fn builtin_type_lineage(interp: &Interp, type_value: &Value, name: &str) -> Value {
    let object = object_type(interp);
    let mut mro = vec![type_value.clone()];
    match type_value {
        Value::ExcType(kind) => {
            let mut parent = kind.base();
            while let Some(kind) = parent {
                mro.push(Value::ExcType(kind));
                parent = kind.base();
            }
            // ExceptionGroup(BaseExceptionGroup, Exception).
            if *kind == ExcType::ExceptionGroup {
                mro.insert(2, Value::ExcType(ExcType::Exception));
            }
        }
        Value::Builtin(b) if b.name == "bool" => {
            if let Some(int) = interp.builtins.get("int") {
                mro.push(int.clone());
            }
        }
        _ => {}
    }
    let is_object = matches!(type_value, Value::Builtin(b) if b.name == "object");
    if !is_object {
        mro.push(object);
    }
    match name {
        "__mro__" => Value::tuple(mro),
        "__bases__" if matches!(type_value, Value::ExcType(ExcType::ExceptionGroup)) => {
            Value::tuple(mro[1..3].to_vec())
        }
        "__bases__" => Value::tuple(mro.get(1).cloned().into_iter().collect()),
        _ => mro.get(1).cloned().unwrap_or(Value::None),
    }
}

/// The `object` type.
pub(super) fn object_type(interp: &Interp) -> Value {
    interp
        .builtins
        .get("object")
        .cloned()
        .unwrap_or(Value::None)
}

/// `C.__bases__`: as written, or `(object,)`.
#[must_use]
pub fn bases_tuple(interp: &Interp, class: &Class) -> Value {
    if class.bases.is_empty() {
        return Value::tuple(vec![object_type(interp)]);
    }
    Value::tuple(class.bases.clone())
}

/// What the built-in class at the root of `class`'s hierarchy has by
/// `name` for `object` (reached by `super()` past the Python classes, or
/// when the classes define no such method): `__init__`, `__new__`…
#[must_use]
pub fn builtin_base_attr(class: &Class, object: &Value, name: &str) -> Option<Value> {
    let bound = |method: &'static Builtin| {
        Some(Value::Method(Arc::new((
            object.clone(),
            Value::Builtin(method),
        ))))
    };
    if super::metaclass::is_metaclass(class) {
        if let Some(method) = super::metaclass::type_method(name) {
            return match name {
                "__new__" => Some(Value::Builtin(method)),
                _ => bound(method),
            };
        }
    }
    match (&class.builtin, name) {
        (_, "__new__") => Some(Value::Builtin(&OBJECT_NEW)),
        (_, "__init_subclass__") => bound(&super::metaclass::OBJECT_INIT_SUBCLASS),
        (_, "__setattr__") => bound(&OBJECT_SETATTR),
        (_, "__delattr__") => bound(&OBJECT_DELATTR),
        (_, "__getattribute__") => bound(&OBJECT_GETATTRIBUTE),
        (BuiltinBase::Object, "__init__") => bound(&OBJECT_INIT),
        (BuiltinBase::Exception(_), "__init__") => bound(&EXCEPTION_INIT),
        (BuiltinBase::Type(_), "__init__") => bound(&TYPE_INIT),
        (BuiltinBase::Object | BuiltinBase::Exception(_), "__repr__") => bound(&OBJECT_REPR),
        (BuiltinBase::Object | BuiltinBase::Exception(_), "__str__") => bound(&OBJECT_STR),
        (BuiltinBase::Object, "__eq__") => bound(&OBJECT_EQ),
        (BuiltinBase::Object, "__hash__") => bound(&OBJECT_HASH),
        // A list or dict subclass is unhashable, as its base is.
        (BuiltinBase::Type(b), _) if super::dunders::is_none_slot(b.name, name) => {
            Some(Value::None)
        }
        // `super().__format__(spec)` in a class's own `__format__`.
        (BuiltinBase::Object | BuiltinBase::Exception(_), "__format__") => {
            super::dunders::lookup("object", "__format__").and_then(bound)
        }
        _ => None,
    }
}

/// `object`'s method `name` (`object.__init__`, `object.__repr__`…),
/// which every class has unless it defines its own.
#[must_use]
pub fn object_method(name: &str) -> Option<&'static Builtin> {
    Some(match name {
        "__init__" => &OBJECT_INIT,
        "__new__" => &OBJECT_NEW,
        "__setattr__" => &OBJECT_SETATTR,
        "__delattr__" => &OBJECT_DELATTR,
        "__repr__" => &OBJECT_REPR,
        "__str__" => &OBJECT_STR,
        "__eq__" => &OBJECT_EQ,
        "__ne__" => &OBJECT_NE,
        "__hash__" => &OBJECT_HASH,
        "__getattribute__" => &OBJECT_GETATTRIBUTE,
        _ => return None,
    })
}

/// A built-in exception class's method `name` (`ValueError.__init__`,
/// `Exception.__str__`): `BaseException`'s, else `object`'s.
#[must_use]
pub fn exception_method(name: &str) -> Option<&'static Builtin> {
    match name {
        "__init__" => Some(&EXCEPTION_INIT),
        "with_traceback" => Some(&super::traceback_objects::WITH_TRACEBACK),
        "add_note" => Some(&super::exception_fields::ADD_NOTE),
        _ => object_method(name),
    }
}

/// `object.__getattribute__(self, name)`: the attribute found past any
/// `__getattribute__` of the class (which calls this to find it).
static OBJECT_GETATTRIBUTE: Builtin = builtin!("object.__getattribute__", |interp, args| {
    match args.positional.as_slice() {
        [object, Value::Str(name)] => interp.generic_get_attr(object, name),
        [_, other] => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
        _ => Err(type_error(format!(
            "expected 1 argument, got {}",
            args.positional.len().saturating_sub(1)
        ))),
    }
});

static OBJECT_INIT: Builtin = builtin!("object.__init__", |_, args| {
    if args.positional.len() > 1 || !args.keywords.is_empty() {
        return Err(type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
});

static OBJECT_NEW: Builtin = builtin!("object.__new__", |interp, args| {
    match args.positional.first() {
        Some(Value::Class(class)) => {
            let class = class.clone();
            let rest = Args::new(args.positional[1..].to_vec());
            new_instance(interp, &class, &rest)
        }
        _ => Err(type_error("object.__new__(X): X is not a type object")),
    }
});

/// `BaseException.__init__(self, *args)`: sets `args`; `OSError.__init__`
/// also its fields.
static EXCEPTION_INIT: Builtin = builtin!("BaseException.__init__", |interp, args| {
    if let Some((Value::Exception(e), rest)) = args.positional.split_first() {
        e.set_args(rest.to_vec());
        if let (true, Some(class)) = (e.kind.is_subclass(ExcType::OSError), &e.class) {
            init_os_fields(interp, class, e);
        }
    }
    Ok(Value::None)
});

/// Sets the fields of OSError `exception` of `class` from its arguments
/// when the first built-in exception in the class's MRO is an OSError: its
/// `__init__` is then OSError's (not so for `class E(ValueError, OSError)`,
/// whose instances are made and initialised as ValueError's).
fn init_os_fields(interp: &Interp, class: &Arc<Class>, exception: &Exception) {
    let Value::Tuple(mro) = super::mro::mro_tuple(interp, class) else {
        return;
    };
    let first = mro.iter().find_map(|c| match c {
        Value::ExcType(kind) => Some(*kind),
        _ => None,
    });
    if first.is_some_and(|kind| kind.is_subclass(ExcType::OSError)) {
        super::exception_fields::os_fields(exception);
    }
}

/// `list.__init__(self, …)`, `Thread.__init__(self, …)`: the built-in
/// object the instance is, made by its type.
static TYPE_INIT: Builtin = builtin!("type.__init__", |interp, mut args| {
    if args.positional.is_empty() {
        return Err(type_error("__init__() needs its instance"));
    }
    let instance = args.positional.remove(0);
    let Some(class) = instance.class().cloned() else {
        return Err(type_error(
            "__init__() of a built-in type needs an instance",
        ));
    };
    let BuiltinBase::Type(base) = &class.builtin else {
        return Ok(Value::None);
    };
    // An immutable value was made by `__new__`; its `__init__` is object's.
    if is_immutable(base) && instance.base_object().is_some() {
        return Ok(Value::None);
    }
    init_base(interp, &instance, &class, base, args)?;
    Ok(Value::None)
});

/// `object.__setattr__(self, name, value)`: sets it in the instance's
/// namespace, past any `__setattr__` of its class.
static OBJECT_SETATTR: Builtin = builtin!("object.__setattr__", |interp, args| {
    match args.positional.as_slice() {
        [object, Value::Str(name), value] => {
            interp.set_attr_plain(object, name, value.clone())?;
            Ok(Value::None)
        }
        _ => Err(type_error(
            "__setattr__ expected 2 arguments: a name and a value",
        )),
    }
});

static OBJECT_REPR: Builtin = builtin!("object.__repr__", |interp, args| {
    match args.positional.first() {
        Some(object) => Ok(Value::str(&interp.default_repr(object)?)),
        None => Err(type_error("__repr__() needs its instance")),
    }
});

/// `object.__str__(x)` is `repr(x)` (the class's `__repr__`, if it has
/// one); `BaseException.__str__` of an exception, its message.
static OBJECT_STR: Builtin = builtin!("object.__str__", |interp, args| {
    match args.positional.first() {
        Some(Value::Exception(e)) => Ok(Value::str(&interp.exception_str(e)?)),
        Some(object) => Ok(Value::str(&interp.repr(object)?)),
        None => Err(type_error("__str__() needs its instance")),
    }
});

static OBJECT_EQ: Builtin = builtin!("object.__eq__", |_, args| {
    match args.positional.as_slice() {
        [a, b] if a.is(b) => Ok(Value::Bool(true)),
        [_, _] => Ok(not_implemented()),
        _ => Err(type_error("expected 1 argument")),
    }
});

/// `object.__ne__(a, b)`: the inverse of `a.__eq__(b)`, unless that is
/// `NotImplemented`.
static OBJECT_NE: Builtin = builtin!("object.__ne__", |interp, args| {
    let [a, b] = args.positional.as_slice() else {
        return Err(type_error("expected 1 argument"));
    };
    let eq = interp.get_attr(a, "__eq__")?;
    let result = interp.call(&eq, Args::new(vec![b.clone()]))?;
    if is_not_implemented(&result) {
        return Ok(result);
    }
    Ok(Value::Bool(!interp.truthy(&result)?))
});

/// `object.__delattr__(self, name)`: past any `__delattr__` of its class.
static OBJECT_DELATTR: Builtin = builtin!("object.__delattr__", |interp, args| {
    match args.positional.as_slice() {
        [object, Value::Str(name)] => {
            interp.del_attr_generic(object, name)?;
            Ok(Value::None)
        }
        _ => Err(type_error("__delattr__ expected 1 argument: a name")),
    }
});

/// `NotImplemented`: what a binary method returns for an operand it does
/// not handle, so that the other operand's reflected method is tried.
#[derive(Debug)]
pub struct NotImplementedType;

impl super::value::Native for NotImplementedType {
    fn type_name(&self) -> &'static str {
        "NotImplementedType"
    }
    fn repr(&self) -> String {
        "NotImplemented".into()
    }
}

/// The `NotImplemented` singleton.
#[must_use]
pub fn not_implemented() -> Value {
    static ONE: std::sync::OnceLock<Arc<NotImplementedType>> = std::sync::OnceLock::new();
    Value::Native(ONE.get_or_init(|| Arc::new(NotImplementedType)).clone())
}

/// The type of `Ellipsis` (`...`).
#[derive(Debug)]
pub struct EllipsisType;

impl super::value::Native for EllipsisType {
    fn type_name(&self) -> &'static str {
        "ellipsis"
    }
    fn repr(&self) -> String {
        "Ellipsis".into()
    }
}

/// The `Ellipsis` singleton (`...`).
#[must_use]
pub fn ellipsis() -> Value {
    static ONE: std::sync::OnceLock<Arc<EllipsisType>> = std::sync::OnceLock::new();
    Value::Native(ONE.get_or_init(|| Arc::new(EllipsisType)).clone())
}

/// Whether `v` is `NotImplemented`.
#[must_use]
pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Native(n) if n.as_any().is::<NotImplementedType>())
}

static OBJECT_HASH: Builtin = builtin!("object.__hash__", |_, args| {
    match args.positional.first() {
        // As `hash()` of an object whose class defines no `__hash__`.
        Some(object) => Ok(super::builtins::hash_of_key(super::value::Key::Id(
            object.identity(),
        ))),
        None => Err(type_error("__hash__() needs its instance")),
    }
});

/// The error for `raise` of what is not an exception.
#[must_use]
pub fn not_an_exception() -> PyErr {
    PyErr::new(
        ExcType::TypeError,
        "exceptions must derive from BaseException",
    )
}
