//! The builtins that look at the running program and its values: `dir()`,
//! `globals()`, `locals()` and `__import__()`.
//!
//! Without an argument, `dir()`, `globals()` and `locals()` read the scope of
//! the frame that calls them: a call from bytecode hands that frame over
//! (`Interp::call_other` asks `reads_frame`). Called any other way (through
//! `map`, `*args`), they read the main module's names.
//!
//! `globals()` and `locals()` return a new dict each time, a snapshot of the
//! names: writing to it changes no variable (CPython's `globals()` is the
//! module's own dict, so there a write does).

use std::collections::BTreeSet;
use std::sync::Arc;

use super::dir_names;
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::frame::Frame;
use super::function::{Args, Builtin};
use super::object::{BuiltinBase, Class, Module};
use super::value::{lock, Value};
use super::Interp;
use crate::builtin;

pub(crate) static DIR: Builtin = builtin!("dir", |i, a| dir(i, None, a));
pub(crate) static GLOBALS: Builtin = builtin!("globals", |i, a| globals(i, None, a));
pub(crate) static LOCALS: Builtin = builtin!("locals", |i, a| locals(i, None, a));
pub(crate) static IMPORT: Builtin = builtin!("__import__", import);

/// A builtin that reads the scope of the frame calling it.
pub(super) type ScopeBuiltin = fn(&mut Interp, Option<&Frame>, Args) -> PyResult<Value>;

/// What to call, with the caller's frame, for `builtin` if it reads the
/// caller's scope.
#[inline]
pub(super) fn reads_frame(builtin: &'static Builtin) -> Option<ScopeBuiltin> {
    if std::ptr::eq(builtin, &DIR) {
        Some(dir)
    } else if std::ptr::eq(builtin, &GLOBALS) {
        Some(globals)
    } else if std::ptr::eq(builtin, &LOCALS) {
        Some(locals)
    } else if std::ptr::eq(builtin, &super::exec::EXEC) {
        Some(super::exec::exec)
    } else if std::ptr::eq(builtin, &super::exec::EVAL) {
        Some(super::exec::eval)
    } else if std::ptr::eq(builtin, &super::live_frames::GETFRAME) {
        Some(super::live_frames::request)
    } else {
        None
    }
}

/// TypeError unless the call has no arguments at all.
fn no_arguments(args: &Args, name: &str) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.positional.len() {
        0 => Ok(()),
        n => Err(type_error(format!(
            "{name}() takes no arguments ({n} given)"
        ))),
    }
}

/// The module whose names are the globals of `frame` (the main module when
/// there is no frame to ask).
pub(super) fn global_module(interp: &Interp, frame: Option<&Frame>) -> Option<Arc<Module>> {
    if let Some(frame) = frame {
        return Some(frame.globals.clone());
    }
    match lock(&interp.rt.modules).get("__main__") {
        Some(Value::Module(m)) => Some(m.clone()),
        _ => None,
    }
}

/// A module's names and values, in the order they were first set.
pub(super) fn module_items(module: &Module) -> Vec<(Arc<str>, Value)> {
    module
        .names()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The local names of `frame` and their values: a function's bound locals,
/// the cells it shares with nested functions and the ones it was given; a
/// class body's namespace; at module level, the globals.
fn local_items(interp: &Interp, frame: Option<&Frame>) -> Vec<(Arc<str>, Value)> {
    let Some(frame) = frame.filter(|f| !f.code.is_module || f.namespace.is_some()) else {
        return global_module(interp, frame).map_or_else(Vec::new, |m| module_items(&m));
    };
    if let Some(namespace) = &frame.namespace {
        return module_items(namespace);
    }
    function_items(frame)
}

/// A function frame's bound locals, cells and free variables.
fn function_items(frame: &Frame) -> Vec<(Arc<str>, Value)> {
    let code = &frame.code;
    let mut items = Vec::new();
    for (slot, name) in code.locals.iter().enumerate() {
        let value = match code.cell_locals.iter().position(|&s| s as usize == slot) {
            Some(cell) => lock(&frame.cells[cell]).clone(),
            None => frame.locals[slot].clone(),
        };
        if let Some(value) = value {
            items.push((name.clone(), value));
        }
    }
    let first_free = code.cell_locals.len();
    for (i, name) in code.free.iter().enumerate() {
        if let Some(value) = lock(&frame.cells[first_free + i]).clone() {
            items.push((name.clone(), value));
        }
    }
    items
}

/// The names `exec`/`eval` see as the locals of `frame`: a class body's
/// namespace itself; a function's locals as a new namespace (a snapshot, as
/// `locals()`); none at module level (there the locals are the globals).
pub(super) fn local_namespace(frame: Option<&Frame>) -> Option<Arc<Module>> {
    let frame = frame?;
    if let Some(namespace) = &frame.namespace {
        return Some(namespace.clone());
    }
    if frame.code.is_module {
        return None;
    }
    let namespace = Module::new("<locals>");
    {
        let mut names = namespace.names_mut();
        for (name, value) in function_items(frame) {
            names.insert(name, value);
        }
    }
    Some(namespace)
}

/// A new dict of `items`.
pub(super) fn dict_of(interp: &mut Interp, items: Vec<(Arc<str>, Value)>) -> PyResult<Value> {
    let dict = interp.new_dict();
    for (k, v) in items {
        interp.dict_set(&dict, Value::Str(k), v)?;
    }
    Ok(dict)
}

/// `globals()`: the module's names, as a new dict.
fn globals(interp: &mut Interp, frame: Option<&Frame>, args: Args) -> PyResult<Value> {
    no_arguments(&args, "globals")?;
    let items = global_module(interp, frame).map_or_else(Vec::new, |m| module_items(&m));
    dict_of(interp, items)
}

/// `locals()`: the scope's names, as a new dict.
fn locals(interp: &mut Interp, frame: Option<&Frame>, args: Args) -> PyResult<Value> {
    no_arguments(&args, "locals")?;
    let items = local_items(interp, frame);
    dict_of(interp, items)
}

/// `dir()`: the scope's names, sorted; `dir(x)`: the attributes of `x`.
fn dir(interp: &mut Interp, frame: Option<&Frame>, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("dir() takes no keyword arguments"));
    }
    let names: BTreeSet<String> = match args.positional.as_slice() {
        [] => local_items(interp, frame)
            .into_iter()
            .map(|(k, _)| k.to_string())
            .collect(),
        [object] => return dir_of(interp, object),
        more => {
            return Err(type_error(format!(
                "dir expected at most 1 argument, got {}",
                more.len()
            )))
        }
    };
    Ok(sorted_list(names))
}

fn sorted_list(names: BTreeSet<String>) -> Value {
    Value::list(names.into_iter().map(|n| Value::str(&n)).collect())
}

/// `dir(object)`: what its class's `__dir__` returns, sorted; else its own
/// attributes and those of its class and the class's bases, as CPython's
/// `object.__dir__`, `type.__dir__` and `module.__dir__` list them.
pub(super) fn dir_of(interp: &mut Interp, object: &Value) -> PyResult<Value> {
    if let Some(class) = object.class() {
        if let Some(method) = class.lookup("__dir__") {
            if super::descriptors::binds_to_instances(&method) {
                let listed = interp.call(&method, Args::new(vec![object.clone()]))?;
                let items = interp.collect(&listed)?;
                let sorted = interp.sorted(items, None, false).map_err(|(_, e)| e)?;
                return Ok(Value::list(sorted));
            }
        }
    }
    let mut names = BTreeSet::new();
    let own = |names: &mut BTreeSet<String>, namespace: &super::object::Namespace| {
        names.extend(lock(namespace).keys().map(ToString::to_string));
    };
    match object {
        // A module's own `__dir__` says what it has (one whose `__getattr__`
        // makes names on demand), as CPython's `module.__dir__` asks it.
        Value::Module(m) => {
            let custom = m.names().get("__dir__").cloned();
            if let Some(method) = custom {
                let listed = interp.call(&method, Args::default())?;
                let items = interp.collect(&listed)?;
                let sorted = interp.sorted(items, None, false).map_err(|(_, e)| e)?;
                return Ok(Value::list(sorted));
            }
            names.extend(m.names().keys().map(ToString::to_string));
        }
        Value::Class(c) => class_names(c, &mut names),
        Value::Instance(i) => {
            own(&mut names, &i.attributes);
            class_names(&i.class, &mut names);
        }
        Value::Exception(e) => {
            own(&mut names, &e.attributes);
            match &e.class {
                Some(class) => class_names(class, &mut names),
                None => exception_names(e.kind, &mut names),
            }
        }
        Value::ExcType(kind) => exception_names(*kind, &mut names),
        Value::Function(f) => {
            add(&mut names, dir_names::of_type("function"));
            if let Some(attributes) = f.attributes.get() {
                own(&mut names, attributes);
            }
        }
        Value::Builtin(b) if b.is_type => builtin_type_names(b, &mut names),
        Value::Native(n) => {
            add(&mut names, dir_names::of_type("object"));
            names.extend(n.methods().iter().map(|m| method_name(m.name).to_string()));
        }
        other => add(
            &mut names,
            dir_names::of_type(other.builtin_type_name().unwrap_or("object"))
                .or_else(|| dir_names::of_type("object")),
        ),
    }
    Ok(sorted_list(names))
}

fn add(names: &mut BTreeSet<String>, listed: Option<&'static [&'static str]>) {
    names.extend(listed.unwrap_or_default().iter().map(ToString::to_string));
}

/// `"Thread.start"` as the method's own name, `"start"`.
fn method_name(qualified: &str) -> &str {
    qualified.rsplit_once('.').map_or(qualified, |(_, m)| m)
}

/// A built-in type's names: CPython's list for it if recorded, else (a type
/// a module defines: `threading.Thread`) object's and its methods.
fn builtin_type_names(b: &Builtin, names: &mut BTreeSet<String>) {
    match dir_names::of_type(b.name) {
        Some(listed) => add(names, Some(listed)),
        None => {
            add(names, dir_names::of_type("object"));
            names.extend(b.methods.iter().map(|m| method_name(m.name).to_string()));
        }
    }
}

/// An exception class's names: BaseException's and what its kind adds.
fn exception_names(kind: ExcType, names: &mut BTreeSet<String>) {
    add(names, dir_names::of_type("BaseException"));
    let mut k = Some(kind);
    while let Some(kind) = k {
        add(names, Some(dir_names::exception_extras(kind.name())));
        k = kind.base();
    }
}

/// A Python class's names: its own attributes and its ancestors', the
/// attributes every such class has in CPython (`__module__`, and
/// `__dict__` and `__weakref__` unless `__slots__` leaves them out), and the
/// names of the built-in class at the root of its hierarchy.
fn class_names(class: &Arc<Class>, names: &mut BTreeSet<String>) {
    let mut every_class_slotted = true;
    for c in class.mro() {
        let attributes = lock(&c.attributes);
        names.extend(attributes.keys().map(ToString::to_string));
        match attributes.get("__slots__") {
            Some(Value::Str(slot)) => {
                names.insert(slot.to_string());
            }
            Some(Value::Tuple(slots)) => names.extend(slots.iter().filter_map(slot_name)),
            Some(Value::List(slots)) => {
                names.extend(lock(&slots.items).iter().filter_map(slot_name))
            }
            Some(_) => {}
            None => every_class_slotted = false,
        }
    }
    names.insert("__module__".into());
    if !every_class_slotted {
        names.insert("__dict__".into());
        names.insert("__weakref__".into());
    }
    match &class.builtin {
        BuiltinBase::Object => add(names, dir_names::of_type("object")),
        BuiltinBase::Exception(kind) => exception_names(*kind, names),
        BuiltinBase::Type(b) => builtin_type_names(b, names),
    }
}

fn slot_name(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
/// module `name`, imported if it was not; for a dotted name without a
/// `fromlist`, its top-level package (what `import a.b` binds).
fn import(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    const PARAMETERS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let given = args.positional.len();
    if given > PARAMETERS.len() {
        return Err(type_error(format!(
            "__import__() takes at most 5 arguments ({given} given)"
        )));
    }
    let mut values: Vec<Option<Value>> = args.positional.drain(..).map(Some).collect();
    values.resize(PARAMETERS.len(), None);
    for (i, parameter) in PARAMETERS.iter().enumerate() {
        if let Some(v) = args.keyword(parameter) {
            if values[i].is_some() {
                return Err(type_error(format!(
                    "argument for __import__() given by name ('{parameter}') and position ({})",
                    i + 1
                )));
            }
            values[i] = Some(v);
        }
    }
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for __import__()"
        )));
    }
    let [name, globals, _, fromlist, level] =
        <[Option<Value>; 5]>::try_from(values).unwrap_or_else(|_| unreachable!("five parameters"));
    let Some(name) = name else {
        return Err(type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let Value::Str(name) = name else {
        return Err(type_error("module name must be a string"));
    };
    let level = match level {
        None => num_bigint::BigInt::default(),
        Some(v) => match super::str_methods::as_index(interp, &v)? {
            Some(n) => n.as_bigint().unwrap_or_default(),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )))
            }
        },
    };
    if level.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::new(ExcType::ValueError, "level must be >= 0"));
    }
    if level.sign() == num_bigint::Sign::Plus {
        // Relative to the package of the module `globals` names: the page's
        // programs are in none.
        let Some(globals @ Value::Dict(_)) = globals else {
            return Err(type_error("globals must be a dict"));
        };
        if interp.get_item(&globals, &Value::str("__name__")).is_err() {
            return Err(PyErr::new(ExcType::KeyError, "'__name__' not in globals"));
        }
        return Err(PyErr::new(
            ExcType::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    if name.is_empty() {
        return Err(PyErr::new(ExcType::ValueError, "Empty module name"));
    }
    let module = interp.import(&name)?;
    let wants_names = match fromlist {
        None | Some(Value::None) => false,
        Some(list) => interp.truthy(&list)?,
    };
    match name.split_once('.') {
        Some((top, _)) if !wants_names => interp.import(top),
        _ => Ok(module),
    }
}
