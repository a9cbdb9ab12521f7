//! The interpreter's inline caches, kept per frame and per name (CPython
//! 3.11 keeps its own in the bytecode): what each global name was last
//! found to be, with the globals' version then (`Frame::global_cache`, read
//! by `LoadGlobal` and `LoadGlobalCallee`, and by a call of a
//! `Value::Callee`), and the method of a built-in type each name was last
//! found to be on a receiver of that type (`Frame::method_cache`, read by
//! `LoadMethod` and `LoadLocalMethod`); and, in the code itself, the slot
//! of an instance's `__dict__` each attribute name was last found at
//! (`Code::attr_hints`, read by `LoadAttr` and `StoreAttr`).

use super::attrs::Attr;
use super::descriptors::{is_data_descriptor, is_property};
use super::error::PyResult;
use super::frame::Frame;
use super::function::Builtin;
use super::object::{class_epoch, is_plain_constant, BuiltinBase, Class, Names};
use super::value::{lock, Value};
use super::Interp;
use crate::compiler::attr_hints::NO_SLOT;
use crate::compiler::Code;
use std::sync::{Arc, MutexGuard};

/// Pushed by `LoadLocalMethod` in place of an object that stays in a local
/// (see there). Never seen by a program.
pub(super) static IN_LOCAL: Builtin =
    crate::builtin!("<receiver in a local>", |_, _| Ok(Value::None));

/// In `Frame::global_cache`, the arity of what is not a simple function
/// (and the place of a plain value not among the globals).
const NOT_SIMPLE: u32 = u32::MAX;

/// Whether `stack` holds a `Value::Callee` standing for global `index`.
fn has_callee(stack: &[Value], index: usize) -> bool {
    stack
        .iter()
        .any(|item| matches!(item, Value::Callee(i) if *i as usize == index))
}

impl Frame {
    /// What a call's callable on the stack stands for: itself, or for a
    /// `Value::Callee` the cached global it names.
    pub(super) fn callable<'a>(&'a self, value: &'a Value) -> &'a Value {
        match value {
            Value::Callee(i) => self.global_cache[*i as usize]
                .as_ref()
                .map_or(&Value::None, |(_, cached, _)| cached),
            other => other,
        }
    }

    /// What a call calls, taken off the stack (see `callable`).
    pub(super) fn pop_callable(&mut self) -> Value {
        match self.pop() {
            callee @ Value::Callee(_) => self.callable(&callee).clone(),
            other => other,
        }
    }
}

/// Method `code.names[index]` of `object` when it is a str, list, dict or
/// set that has it, from a frame's `method_cache` (see there).
#[inline(always)]
pub(super) fn cached_method(
    cache: &mut [Option<(u8, &'static Builtin)>],
    code: &Code,
    index: usize,
    object: &Value,
) -> Option<&'static Builtin> {
    let kind = receiver_kind(object)?;
    if let Some((seen, method)) = cache[index] {
        if seen == kind {
            return Some(method);
        }
    }
    let name = &code.names[index];
    let method = super::methods::lookup(object.builtin_type_name()?, name)?;
    // A static method (`"x".maketrans`) is not cached here, where methods
    // are called with their receivers.
    if super::attrs::takes_no_receiver(method, name) {
        return None;
    }
    cache[index] = Some((kind, method));
    Some(method)
}

/// The built-in types whose methods `Frame::method_cache` keeps, by number.
#[inline(always)]
fn receiver_kind(object: &Value) -> Option<u8> {
    Some(match object {
        Value::Str(_) => 0,
        Value::List(_) => 1,
        Value::Dict(_) => 2,
        Value::Set(s) if s.frozen => 4,
        Value::Set(_) => 3,
        _ => return None,
    })
}

impl Interp {
    /// The value of global name `index` (a class body looks in its own
    /// namespace first), then of the builtin by that name.
    #[inline]
    pub(super) fn load_global(&self, frame: &mut Frame, index: usize) -> PyResult<Value> {
        if let Some(namespace) = &frame.namespace {
            let local = namespace.names().get(&frame.code.names[index]).cloned();
            if let Some(value) = local {
                return Ok(value);
            }
        }
        self.cache_global(frame, index)?;
        Ok(frame.global_cache[index]
            .as_ref()
            .expect("just cached")
            .1
            .clone_inline())
    }

    /// Makes `frame.global_cache[index]` what global name `index` (or else
    /// the builtin by that name) means now: looked up again only after the
    /// globals changed. An entry that changes first gives its value to the
    /// `Value::Callee`s on the frame's stack that stand for it.
    ///
    /// A plain value (an int, a str…) holds while the globals' `version`
    /// stays; anything else while their `shape_version` does, which a global
    /// counter's `count += 1` does not move.
    ///
    /// For a plain value of the globals the entry keeps where in them it is
    /// (in place of the arity), and reads it again from there when it
    /// changed: a module-level loop's `total += i` hashes no name.
    #[inline(always)]
    pub(super) fn cache_global(&self, frame: &mut Frame, index: usize) -> PyResult<()> {
        if let Some((seen, value, slot)) = &frame.global_cache[index] {
            if !is_plain_constant(value) {
                if *seen == frame.globals.shape_version() {
                    return Ok(());
                }
            } else {
                let version = frame.globals.version();
                if *seen == version {
                    return Ok(());
                }
                let slot = *slot;
                if slot != NOT_SIMPLE && !has_callee(&frame.stack, index) {
                    let name = &frame.code.names[index];
                    if let Some(now) = frame.globals.plain_at(slot as usize, name) {
                        frame.global_cache[index] = Some((version, now, slot));
                        return Ok(());
                    }
                }
            }
        }
        self.refresh_global(frame, index)
    }

    /// `name = value` for global name `index` (a `StoreGlobal` outside a
    /// class body). A plain value over the plain value the frame's cache
    /// knows the slot of is stored there, and the cache made to hold it: a
    /// module-level loop's `total += i`, and its `for i in …`, hash no name.
    #[inline(always)]
    pub(super) fn store_global(&self, frame: &mut Frame, index: usize, value: Value) {
        let value = match &frame.global_cache[index] {
            Some((_, cached, slot))
                if *slot != NOT_SIMPLE
                    && is_plain_constant(cached)
                    && is_plain_constant(&value)
                    && !has_callee(&frame.stack, index) =>
            {
                let slot = *slot;
                let name = &frame.code.names[index];
                match frame
                    .globals
                    .store_plain_at(slot as usize, name, value.clone_inline())
                {
                    Ok(version) => {
                        frame.global_cache[index] = Some((version, value, slot));
                        return;
                    }
                    Err(value) => value,
                }
            }
            _ => value,
        };
        frame.globals.store(&frame.code.names[index], value);
        self.forget_global(frame, index);
    }

    /// Drops what the frame's cache holds of global name `index`, an object
    /// the name no longer refers to (stored over, deleted): looked up again
    /// anyway, and its last reference may be this (its `__del__` is due).
    #[inline(always)]
    pub(super) fn forget_global(&self, frame: &mut Frame, index: usize) {
        if matches!(&frame.global_cache[index], Some((_, cached, _)) if !is_plain_constant(cached))
            && !has_callee(&frame.stack, index)
        {
            frame.global_cache[index] = None;
        }
    }

    /// `cache_global` when the cache is out of date: the name looked up again.
    #[inline(never)]
    fn refresh_global(&self, frame: &mut Frame, index: usize) -> PyResult<()> {
        // Read before the look-up: a change after it moves them on.
        let version = frame.globals.version();
        let shape_version = frame.globals.shape_version();
        let name = &frame.code.names[index];
        let found = frame
            .globals
            .names()
            .get_full(&**name)
            .map(|(slot, _, value)| (slot, value.clone()));
        let (slot, found) = match found {
            Some((slot, value)) => (u32::try_from(slot).unwrap_or(NOT_SIMPLE), Some(value)),
            None => (NOT_SIMPLE, None),
        };
        let Some(value) = found.or_else(|| self.builtins.get(name).cloned()) else {
            let mut error = super::exception_fields::name_error(name);
            if !frame.code.locals.is_empty() {
                error.local_names = Some(frame.code.locals.iter().cloned().collect());
            }
            return Err(error);
        };
        if let Some((_, old, _)) = frame.global_cache[index].take() {
            for item in &mut frame.stack {
                if matches!(item, Value::Callee(i) if *i as usize == index) {
                    *item = old.clone();
                }
            }
        }
        let (seen, arity) = match &value {
            Value::Function(f) => (shape_version, f.simple_arity.unwrap_or(NOT_SIMPLE)),
            plain if is_plain_constant(plain) => (version, slot),
            _ => (shape_version, NOT_SIMPLE),
        };
        frame.global_cache[index] = Some((seen, value, arity));
        Ok(())
    }
}

/// The `__dict__` of `object`, locked, and the slot of name `index` of
/// `code` in it, when `object` is an instance that has that attribute of
/// its own at the slot the code's hint says (`Code::attr_hints`), and
/// nothing of its class's comes first: found with no hashing.
///
/// Nothing comes first when the class stores plainly (no data descriptor,
/// no `__setattr__`, no `__slots__`: `stores_plainly`); in a class that
/// does not, when `routes` knows that the class has no data descriptor by
/// this name (a class with a property keeps its other attributes fast) and,
/// for a store (`storing`), no `__setattr__`.
#[inline(always)]
pub(super) fn hinted_slot<'a>(
    object: &'a Value,
    code: &Code,
    index: usize,
    routes: &ClassAttrs,
    storing: bool,
) -> Option<(MutexGuard<'a, Names>, usize)> {
    let Value::Instance(instance) = object else {
        return None;
    };
    let slot = code.attr_hints.slot(index) as usize;
    if slot == NO_SLOT as usize {
        return None;
    }
    if !instance.class.stores_plainly()
        && !routes.instance_first(&instance.class, &code.names[index], storing)
    {
        return None;
    }
    let names = lock(&instance.attributes);
    let (key, _) = names.get_index(slot)?;
    is_name(key, &code.names[index]).then_some((names, slot))
}

/// Stores `value` at slot `at` of a `__dict__` `hinted_slot` found, and
/// drops what was there once the lock is let go: whether that owned
/// anything (whose drop may have queued a finalizer: see `finalizers`).
#[inline(always)]
pub(super) fn store_at(mut names: MutexGuard<'_, Names>, at: usize, value: Value) -> bool {
    let old = std::mem::replace(&mut names[at], value);
    drop(names);
    old.discard()
}

/// `object.name` (name `index` of `code`) from the slot its hint says
/// (see `hinted_slot`).
#[inline(always)]
pub(super) fn hinted_instance_attr(
    object: &Value,
    code: &Code,
    index: usize,
    routes: &ClassAttrs,
) -> Option<Value> {
    let (names, slot) = hinted_slot(object, code, index, routes, false)?;
    Some(names[slot].clone_inline())
}

/// The instance's own attribute by name `index` of `code`, looked up by
/// name, and its slot remembered as the code's hint for that name.
fn own_attr_remembered(
    instance: &super::object::Instance,
    code: &Code,
    index: usize,
) -> Option<Value> {
    let (slot, value) = lock(&instance.attributes)
        .get_full(&*code.names[index])
        .map(|(slot, _, value)| (slot, value.clone()))?;
    code.attr_hints.remember(index, slot);
    Some(value)
}

/// Whether a `__dict__` key is this name: the same string, most often the
/// very one (the code's own name was stored as the key).
#[inline(always)]
fn is_name(key: &Arc<str>, name: &Arc<str>) -> bool {
    Arc::ptr_eq(key, name) || **key == **name
}

impl Interp {
    /// `object.name` (name `index` of `code`) when `hinted_instance_attr`
    /// missed: looked up in full, and for an instance's own attribute its
    /// slot remembered.
    #[inline(never)]
    pub(super) fn load_attr_slow(
        &mut self,
        object: &Value,
        code: &Code,
        index: usize,
    ) -> PyResult<Value> {
        let name = &code.names[index];
        if let Value::Instance(instance) = object {
            if instance.class.stores_plainly() {
                if let Some(value) = own_attr_remembered(instance, code, index) {
                    return Ok(value);
                }
            } else {
                // A class with a property (or another data descriptor):
                // what the class has by this name, found once.
                match self.class_attrs.route(&instance.class, name) {
                    Some(Route::Property(property)) => {
                        let property = property.clone();
                        return match self.bind_found(object, &instance.class, property)? {
                            Attr::Value(v) => Ok(v),
                            Attr::Method(m) => Ok(Value::Method(Arc::new((object.clone(), m)))),
                        };
                    }
                    Some(Route::InstanceFirst | Route::Method(_)) => {
                        if let Some(value) = own_attr_remembered(instance, code, index) {
                            return Ok(value);
                        }
                    }
                    None => self.class_attrs.learn_route(&instance.class, name),
                }
            }
        }
        self.get_attr(object, name)
    }

    /// The getter to run for `object.name` (name `index` of `code`) when
    /// the name is a property of the object's class with a simple getter:
    /// `LoadAttr` runs it as a call in the interpreter loop, whose return
    /// is the attribute's value (no nested run, as CPython 3.12's
    /// `LOAD_ATTR_PROPERTY`).
    #[inline]
    pub(super) fn property_getter(
        &self,
        object: &Value,
        code: &Code,
        index: usize,
    ) -> Option<Arc<super::function::Function>> {
        let Value::Instance(instance) = object else {
            return None;
        };
        match self
            .class_attrs
            .route(&instance.class, &code.names[index])?
        {
            Route::Property(property) => super::descriptors::simple_getter(property),
            _ => None,
        }
    }

    /// `object.name = value` (name `index` of `code`): into the slot the
    /// code's hint says when that holds the name, else stored in full (and
    /// the slot remembered). The `__dict__` is given the code's own name as
    /// its key, so that the next check is a pointer comparison. The value
    /// written over may have been an object's last reference: its
    /// finalizer runs here (only checked for when it owned something).
    #[inline]
    pub(super) fn store_attr(
        &mut self,
        object: &Value,
        code: &Code,
        index: usize,
        value: Value,
    ) -> PyResult<()> {
        if let Some((names, at)) = hinted_slot(object, code, index, &self.class_attrs, true) {
            if store_at(names, at, value) {
                self.settle_finalizers();
            }
            return Ok(());
        }
        let stored = self.store_attr_unhinted(object, code, index, value);
        self.settle_finalizers();
        stored
    }

    /// `store_attr` where the code's hint did not find the slot.
    fn store_attr_unhinted(
        &mut self,
        object: &Value,
        code: &Code,
        index: usize,
        value: Value,
    ) -> PyResult<()> {
        let Value::Instance(instance) = object else {
            return self.set_attr(object, &code.names[index], value);
        };
        if !instance.class.stores_plainly() {
            // A class with a property, `__slots__` or `__setattr__`: a name
            // with nothing of the class's in the way is stored as in a plain
            // class, its slot remembered.
            let name = &code.names[index];
            if self.class_attrs.route(&instance.class, name).is_none() {
                self.class_attrs.learn_route(&instance.class, name);
            }
            if !self.class_attrs.instance_first(&instance.class, name, true) {
                return self.set_attr(object, name, value);
            }
        }
        if instance.class.has_slots() {
            super::attrs::check_slot(&instance.class, &code.names[index])?;
        }
        let (slot, old) = lock(&instance.attributes).insert_full(code.names[index].clone(), value);
        code.attr_hints.remember(index, slot);
        if let Some(old) = old {
            old.discard();
        }
        Ok(())
    }
}

/// What an instance's class (or an ancestor) has by a name: found once,
/// it holds while no class has changed since (`object::class_epoch`). The
/// class is held, so its address is not reused meanwhile.
#[derive(Debug)]
struct ClassAttr {
    class: Arc<Class>,
    /// The code's name it was found by (one `Arc` per code and name).
    name: Arc<str>,
    epoch: u64,
    route: Route,
}

/// Where `instance.name` is found, as far as the class decides it.
#[derive(Debug)]
pub(super) enum Route {
    /// A function that binds to the instance (`Attr::Method`), found by
    /// `LoadMethod`: the method, unless the instance has an attribute of
    /// its own by that name.
    Method(Value),
    /// A property of the class: it comes before the instance's own
    /// attribute (the class has a data descriptor, so it does not store
    /// plainly, and `load_attr_slow` would look the class up first).
    Property(Value),
    /// No data descriptor by that name in a class that has some elsewhere:
    /// the instance's own attribute, if it has one, is the answer.
    InstanceFirst,
}

/// How many `ClassAttrs` an interpreter thread keeps.
const CLASS_ATTR_ENTRIES: usize = 512;

/// One thread's table of `ClassAttr`s, by class and name (as CPython's type
/// attribute cache): `self.update()` finds its method in the class and its
/// ancestors once, and a call site that sees instances of several classes
/// (`task.run()` over tasks of four kinds) keeps an entry for each. Per
/// thread, so read and written with no lock.
#[derive(Debug)]
pub(super) struct ClassAttrs(Box<[Option<ClassAttr>]>);

impl Default for ClassAttrs {
    fn default() -> Self {
        ClassAttrs((0..CLASS_ATTR_ENTRIES).map(|_| None).collect())
    }
}

/// The entry of `ClassAttrs` for a class and a name.
#[inline(always)]
fn class_attr_entry(class: &Arc<Class>, name: &Arc<str>) -> usize {
    let class = Arc::as_ptr(class) as usize;
    let name = Arc::as_ptr(name).cast::<u8>() as usize;
    ((class >> 4) ^ (name >> 3)) % CLASS_ATTR_ENTRIES
}

impl ClassAttrs {
    /// Whether `instance.name` is the instance's own attribute when it has
    /// one, as this table knows for `class` (see `Route`): no data
    /// descriptor by that name and, for a store (`storing`), no
    /// `__setattr__`.
    #[inline(always)]
    pub(super) fn instance_first(
        &self,
        class: &Arc<Class>,
        name: &Arc<str>,
        storing: bool,
    ) -> bool {
        matches!(
            self.route(class, name),
            Some(Route::InstanceFirst | Route::Method(_))
        ) && !(storing && class.sets_through_method())
    }

    /// The method `LoadMethod` of name `index` of `code` finds on
    /// `object`, if the table has it for `object`'s class and it holds (see
    /// `ClassAttr`).
    #[inline(always)]
    pub(super) fn method(&self, code: &Code, index: usize, object: &Value) -> Option<Value> {
        let Value::Instance(instance) = object else {
            return None;
        };
        let name = &code.names[index];
        let Some(Route::Method(method)) = self.route(&instance.class, name) else {
            return None;
        };
        if lock(&instance.attributes).contains_key(&**name) {
            return None;
        }
        Some(method.clone())
    }

    /// The table's route for `class` and `name`, if it has one that holds.
    #[inline(always)]
    pub(super) fn route(&self, class: &Arc<Class>, name: &Arc<str>) -> Option<&Route> {
        let entry = self.0[class_attr_entry(class, name)].as_ref()?;
        if !Arc::ptr_eq(&entry.class, class)
            || !Arc::ptr_eq(&entry.name, name)
            || entry.epoch != class_epoch()
        {
            return None;
        }
        Some(&entry.route)
    }

    /// Finds and keeps the route of `instance.name` for a class that does
    /// not store plainly (see `Route`); none for a data descriptor of the
    /// program's own (its `__get__` is called in full each time) or an
    /// instance made of a built-in object.
    #[inline(never)]
    pub(super) fn learn_route(&mut self, class: &Arc<Class>, name: &Arc<str>) {
        // A class's `__getattribute__` is asked for every name.
        if !matches!(class.builtin, BuiltinBase::Object) || class.reads_through_method() {
            return;
        }
        let epoch = class_epoch();
        let route = match class.lookup(name) {
            None => Route::InstanceFirst,
            Some(found) if is_property(&found) => Route::Property(found),
            Some(found) if is_data_descriptor(&found) => return,
            Some(_) => Route::InstanceFirst,
        };
        self.0[class_attr_entry(class, name)] = Some(ClassAttr {
            class: class.clone(),
            name: name.clone(),
            epoch,
            route,
        });
    }

    /// Remembers what `lookup_attr` found for name `index` of `code` on
    /// `object`, when it came from an instance's class that stores plainly
    /// and can be used again as it is; `epoch` is the class epoch read
    /// before the lookup.
    #[inline(never)]
    pub(super) fn remember(
        &mut self,
        code: &Code,
        index: usize,
        object: &Value,
        found: &Attr,
        epoch: u64,
    ) {
        let Value::Instance(instance) = object else {
            return;
        };
        // Methods only: a class's plain values may change without moving
        // the epoch (`object::class_attribute_replaced`).
        let Attr::Method(value @ Value::Function(_)) = found else {
            return;
        };
        let name = &code.names[index];
        // Not for an instance made of a built-in object, whose attributes
        // are that object's too.
        if matches!(instance.class.builtin, BuiltinBase::Type(_))
            || instance.class.reads_through_method()
            || lock(&instance.attributes).contains_key(&**name)
        {
            return;
        }
        self.0[class_attr_entry(&instance.class, name)] = Some(ClassAttr {
            class: instance.class.clone(),
            name: name.clone(),
            epoch,
            route: Route::Method(value.clone()),
        });
    }
}
