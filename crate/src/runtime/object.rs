//! Classes, their instances, and modules: namespaces of attributes.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::value::{lock, Value};

/// Attribute names to values, in the order they were first set (as a
/// `__dict__` keeps them), with a fast hash: names are short and trusted.
pub type Names =
    indexmap::IndexMap<Arc<str>, Value, std::hash::BuildHasherDefault<rustc_hash::FxHasher>>;

/// A namespace: attribute names to values, under its own lock.
pub type Namespace = Mutex<Names>;

/// A class defined by a `class` statement.
#[derive(Debug)]
pub struct Class {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    /// The module it was defined in (`__module__`).
    pub module: Arc<str>,
    pub attributes: Namespace,
    /// Its bases as written (`class A(B, C)`): classes or built-in types.
    pub bases: Vec<Value>,
    /// Its Python ancestors in method resolution order (C3), itself not
    /// included: where an attribute not its own is looked for next.
    pub ancestors: Vec<Arc<Class>>,
    /// How many of `ancestors` come before its built-in base (not
    /// `object`) in the MRO: those after it (`Mixin` of `class T(str,
    /// Mixin)`) are looked at only for names the built-in type lacks.
    pub builtin_at: usize,
    /// The built-in class its instances are made of, after its Python ones.
    pub builtin: BuiltinBase,
    /// Its metaclass when that is a class of the program's (`class
    /// Meta(type)`), whose special methods serve the class itself
    /// (`len(C)`, `C[key]`, `C(…)`); `None` when it is `type`.
    pub metaclass: Option<Arc<Class>>,
    /// Whether an instance's attribute is stored in its `__dict__` with
    /// nothing of the class's to run (see `stores_plainly`), as last found,
    /// with the `SPECIAL_EPOCH` it was found in, and whether it defines
    /// `__slots__` (`has_slots`), whether it or an ancestor defines
    /// `__setattr__` (`sets_through_method`), and `__getattribute__`
    /// (`reads_through_method`):
    /// `(epoch << 4) | (getattribute << 3) | (setattr << 2) | (slotted << 1) | plain`.
    pub plain_stores: AtomicU64,
    /// The classes made with this one among their bases, in the order they
    /// were made (`__subclasses__()`); weak, as CPython's, so that a
    /// subclass no longer referred to goes.
    pub subclasses: Mutex<Vec<std::sync::Weak<Class>>>,
    /// What a call of the class was last found to be (see `constructor`).
    pub constructor: super::constructor::ConstructorCache,
    /// Whether it or an ancestor has `__del__`, to call when an instance
    /// goes (see `finalizers`).
    pub finalizes: AtomicBool,
}

/// Counts the times a class was given an attribute that changes how
/// instances store theirs (a property, a data descriptor, `__setattr__`):
/// each class's `plain_stores` is good for the epoch it was found in.
static SPECIAL_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Counts the times any class's attributes changed after it was made (set
/// or deleted) in a way that may change what a name finds through the
/// class: what an instance's class was found to have by a name
/// (`inline_cache::ClassAttrs`) holds while this stays.
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// The current `CLASS_EPOCH`.
#[inline(always)]
#[must_use]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Acquire)
}

/// Called after an attribute of a made class was deleted, or set where it
/// may change what the name finds (see `class_attribute_replaced`).
pub fn class_changed() {
    CLASS_EPOCH.fetch_add(1, Ordering::AcqRel);
}

/// Called after a class's attribute that was `old` became `new`. A plain
/// value replaced by another (`Employee.count += 1`) changes no method any
/// name finds (the table keeps methods only), so the table stays good;
/// anything else may, and the epoch moves on. After the store, so that a
/// lookup that raced with it is not kept with the new epoch.
pub fn class_attribute_replaced(old: Option<&Value>, new: &Value) {
    if !(old.is_some_and(is_plain_constant) && is_plain_constant(new)) {
        class_changed();
    }
}

/// A value that is no method and no descriptor: what a class counter or
/// constant holds.
#[must_use]
pub fn is_plain_constant(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::None
            | Value::Str(_)
    )
}

/// Called when `name` = `value` is set on a class: whether from now on
/// some class's instances might not store plainly.
pub fn class_attribute_set(name: &str, value: &Value) {
    if name == "__setattr__"
        || name == "__getattribute__"
        || super::descriptors::is_property(value)
        || super::descriptors::is_data_descriptor(value)
    {
        SPECIAL_EPOCH.fetch_add(1, Ordering::AcqRel);
    }
}

fn slot_text(v: &Value) -> Option<Arc<str>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        _ => None,
    }
}

/// The built-in class at the end of a class's method resolution order.
#[derive(Clone, Debug)]
pub enum BuiltinBase {
    Object,
    /// Instances are exceptions of this kind (`Value::Exception`).
    Exception(super::error::ExcType),
    /// Instances carry an object of this built-in type (a list, a thread…),
    /// made by the type's constructor (`Instance::base_object`).
    Type(&'static super::function::Builtin),
}

/// Classes of frozen modules that CPython writes in C, by module: their
/// type name (`tp_name`, in messages and reprs) is qualified by the module,
/// as CPython's is (`'datetime.date' object has no attribute 'x'`).
const C_TYPES: &[(&str, &[&str])] = &[
    (
        "datetime",
        &[
            "date",
            "time",
            "datetime",
            "timedelta",
            "tzinfo",
            "timezone",
        ],
    ),
    ("time", &["struct_time"]),
    ("decimal", &["Decimal", "Context"]),
    // Its reader and writer are C (`_csv`): a traceback shows no frame of theirs.
    ("csv", &[]),
    ("struct", &[]),
    // `deque`, for `collections` (which names it `collections.deque`).
    ("_collections", &[]),
    // Modules CPython writes in C (`itertools`), or whose functions a
    // program calls are C (`_heapq`, `_bisect`, `_operator`, `_functools`' reduce,
    // partial and lru_cache, `_abc`'s checks): a call of one that fails
    // (`heappush` of items that do not compare, an abstract class
    // instantiated) shows only the program's frames.
    ("itertools", &[]),
    ("heapq", &[]),
    ("bisect", &[]),
    ("functools", &[]),
    ("abc", &[]),
    ("operator", &[]),
];

/// Classes that CPython writes in C in modules otherwise written in Python:
/// their names are qualified as above, and their module's frames shown.
const C_TYPES_OF_PYTHON_MODULES: &[(&str, &[&str])] =
    &[("collections", &["deque", "defaultdict", "OrderedDict"])];

/// Whether frozen module `name` stands for one CPython writes in C, whose
/// frames a traceback does not show.
#[must_use]
pub fn is_c_module(name: &str) -> bool {
    C_TYPES.iter().any(|(module, _)| *module == name)
}

impl Class {
    /// The name of its type in messages: its `__name__`, or `module.name`
    /// for a class that stands for one of CPython's written in C.
    #[must_use]
    pub fn type_name(&self) -> String {
        let qualified = C_TYPES
            .iter()
            .chain(C_TYPES_OF_PYTHON_MODULES)
            .any(|(module, names)| **module == *self.module && names.contains(&&*self.name));
        if qualified {
            format!("{}.{}", self.module, self.name)
        } else {
            self.name.to_string()
        }
    }

    /// Whether `instance.name = value` just stores into the instance's
    /// `__dict__` for every name: the class and its ancestors have no
    /// property, data descriptor or `__setattr__`, and the instances are not
    /// made of a module's object (a thread's `name`). Found once per class
    /// and epoch, so that a store skips three walks of the MRO. A get looks
    /// at the class before the instance (for a property or a data
    /// descriptor, which an instance's own attribute does not hide) only
    /// when this is false.
    #[must_use]
    #[inline(always)]
    pub fn stores_plainly(&self) -> bool {
        let epoch = SPECIAL_EPOCH.load(Ordering::Acquire);
        let known = self.plain_stores.load(Ordering::Relaxed);
        if known >> 4 == epoch {
            return known & 1 == 1;
        }
        self.find_stores_plainly(epoch)
    }

    /// Whether the class or an ancestor defines `__getattribute__` (found
    /// with `stores_plainly`, which is then false): every attribute read
    /// of an instance calls it.
    #[must_use]
    pub fn reads_through_method(&self) -> bool {
        self.found_with_stores(8)
    }

    /// Whether `bit` of `plain_stores` is set, found again first when
    /// the epoch moved on.
    #[inline(always)]
    fn found_with_stores(&self, bit: u64) -> bool {
        let known = self.plain_stores.load(Ordering::Relaxed);
        if known >> 4 != SPECIAL_EPOCH.load(Ordering::Acquire) {
            let _ = self.stores_plainly();
        }
        self.plain_stores.load(Ordering::Relaxed) & bit == bit
    }

    /// Whether the class or an ancestor defines `__setattr__` (found with
    /// `stores_plainly`): a store to an instance calls it.
    #[must_use]
    #[inline(always)]
    pub fn sets_through_method(&self) -> bool {
        self.found_with_stores(4)
    }

    /// `stores_plainly` found out again, after a class changed.
    #[cold]
    #[inline(never)]
    fn find_stores_plainly(&self, epoch: u64) -> bool {
        let plain = !matches!(self.builtin, BuiltinBase::Type(_))
            && std::iter::once(self)
                .chain(self.ancestors.iter().map(|a| &**a))
                .all(|class| {
                    // Instances are asked for __set__ after the lock is let
                    // go: one may be of this very class (a class attribute
                    // holding an instance, as logging's Logger.root).
                    let (plain, instances) = {
                        let attributes = lock(&class.attributes);
                        let plain = attributes.iter().all(|(name, value)| {
                            !matches!(&**name, "__setattr__" | "__slots__" | "__getattribute__")
                                && !super::descriptors::is_property(value)
                        });
                        let instances: Vec<Value> = attributes
                            .values()
                            .filter(|v| matches!(v, Value::Instance(_)))
                            .cloned()
                            .collect();
                        (plain, instances)
                    };
                    plain && !instances.iter().any(super::descriptors::is_data_descriptor)
                });
        let slotted = lock(&self.attributes).contains_key("__slots__");
        let defined = |name: &str| {
            std::iter::once(self)
                .chain(self.ancestors.iter().map(|a| &**a))
                .any(|class| lock(&class.attributes).contains_key(name))
        };
        let setattr = matches!(self.builtin, BuiltinBase::Type(_)) || defined("__setattr__");
        let getattribute = defined("__getattribute__");
        self.plain_stores.store(
            (epoch << 4)
                | (u64::from(getattribute) << 3)
                | (u64::from(setattr) << 2)
                | (u64::from(slotted) << 1)
                | u64::from(plain),
            Ordering::Relaxed,
        );
        plain
    }

    /// Whether the class defines `__slots__` (so an instance's new
    /// attribute is checked against `slot_names`), found with
    /// `stores_plainly`.
    #[must_use]
    pub fn has_slots(&self) -> bool {
        self.found_with_stores(2)
    }

    /// The attribute names its instances may have when it and each of its
    /// ancestors define `__slots__` (and none of them lists `__dict__`):
    /// the instances then have no `__dict__` for other names. `None` for
    /// the classes whose instances take any name.
    #[must_use]
    pub fn slot_names(&self) -> Option<Vec<Arc<str>>> {
        if !matches!(self.builtin, BuiltinBase::Object) {
            return None;
        }
        let mut names = Vec::new();
        for class in std::iter::once(self).chain(self.ancestors.iter().map(|a| &**a)) {
            let attributes = lock(&class.attributes);
            let listed = match attributes.get("__slots__")? {
                Value::Str(name) => vec![name.clone()],
                Value::Tuple(items) => items.iter().filter_map(slot_text).collect(),
                Value::List(items) => lock(&items.items).iter().filter_map(slot_text).collect(),
                _ => return None,
            };
            if listed.iter().any(|name| &**name == "__dict__") {
                return None;
            }
            names.extend(listed);
        }
        Some(names)
    }

    /// Its `__module__` and `__qualname__`, as a program may have set them
    /// after it was made (`namedtuple`'s class is named after its type).
    #[must_use]
    pub fn qualified_name(&self) -> (Arc<str>, Arc<str>) {
        let names = super::value::lock(&self.attributes);
        let text = |name: &str, default: &Arc<str>| match names.get(name) {
            Some(Value::Str(s)) => s.clone(),
            _ => default.clone(),
        };
        (
            text("__module__", &self.module),
            text("__qualname__", &self.qualname),
        )
    }

    /// An attribute of the class or of its ancestors, in MRO order;
    /// `None` also when the built-in base, before the rest in the MRO, has
    /// the name: the caller then finds it there.
    #[must_use]
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(found) = lock(&self.attributes).get(name) {
            return Some(found.clone());
        }
        let (before, after) = self.ancestors.split_at(self.builtin_at);
        let in_classes = |classes: &[Arc<Class>]| {
            classes
                .iter()
                .find_map(|c| lock(&c.attributes).get(name).cloned())
        };
        match in_classes(before) {
            Some(found) => Some(found),
            None if after.is_empty() || self.builtin_has(name) => None,
            None => in_classes(after),
        }
    }

    /// Whether its built-in base has attribute `name` of its own, not one
    /// of `object`'s (`str.upper`, `list.__init__`, `BaseException.__str__`).
    #[must_use]
    pub fn builtin_has(&self, name: &str) -> bool {
        match &self.builtin {
            BuiltinBase::Object => false,
            BuiltinBase::Exception(_) => matches!(
                name,
                "__new__"
                    | "__init__"
                    | "__str__"
                    | "__repr__"
                    | "__reduce__"
                    | "__setstate__"
                    | "with_traceback"
                    | "add_note"
                    | "args"
                    | "__traceback__"
                    | "__cause__"
                    | "__context__"
                    | "__suppress_context__"
            ),
            BuiltinBase::Type(base) => {
                name == "__new__"
                    || super::methods::lookup(base.name, name).is_some()
                    || super::methods::find(base.methods, name).is_some()
                    || super::dunders::own(base.name, name)
                    || super::dunders::is_none_slot(base.name, name)
            }
        }
    }

    /// Whether `other` is this class or one of its ancestors.
    #[must_use]
    pub fn derives_from(self: &Arc<Class>, other: &Arc<Class>) -> bool {
        Arc::ptr_eq(self, other) || self.ancestors.iter().any(|a| Arc::ptr_eq(a, other))
    }

    /// Whether the class derives from built-in exception `kind`: through
    /// the exception its instances are, or through another built-in
    /// exception among its or its ancestors' bases (`class C(ArithmeticError,
    /// ValueError)` is a ValueError too).
    #[must_use]
    pub fn derives_from_exception(self: &Arc<Class>, kind: super::error::ExcType) -> bool {
        matches!(self.builtin, BuiltinBase::Exception(own) if own.is_subclass(kind))
            || self.mro().any(|c| {
                c.bases
                    .iter()
                    .any(|b| matches!(b, Value::ExcType(base) if base.is_subclass(kind)))
            })
    }

    /// The class and its ancestors, in MRO order.
    pub fn mro(self: &Arc<Class>) -> impl Iterator<Item = &Arc<Class>> {
        std::iter::once(self).chain(self.ancestors.iter())
    }
}

#[derive(Debug)]
pub struct Instance {
    pub class: Arc<Class>,
    pub attributes: Namespace,
    /// For a class derived from a built-in type (`BuiltinBase::Type`), the
    /// object of that type it is (made by the type's `__init__`).
    pub base_object: Mutex<Option<Value>>,
    /// Whether its `__del__` was called (see `finalizers`): not again.
    pub finalized: AtomicBool,
}

impl Instance {
    /// A new instance of `class`, with no attributes yet.
    #[must_use]
    pub fn new(class: Arc<Class>) -> Instance {
        Instance {
            class,
            attributes: Mutex::new(Names::default()),
            base_object: Mutex::new(None),
            finalized: AtomicBool::new(false),
        }
    }

    /// The built-in object it is made of, if made yet.
    #[must_use]
    pub fn base_object(&self) -> Option<Value> {
        lock(&self.base_object).clone()
    }
}

// Deep data (a linked list of objects) is freed without deep recursion
// (see `trashcan`).
impl Drop for Instance {
    fn drop(&mut self) {
        // `__del__` to call: it is queued, holding what this held.
        if self.class.finalizes.load(Ordering::Relaxed) && !*self.finalized.get_mut() {
            super::finalizers::resurrect(self);
            return;
        }
        release_attributes(&mut self.attributes);
    }
}

impl Drop for Class {
    fn drop(&mut self) {
        release_attributes(&mut self.attributes);
    }
}

/// An object's attributes, taken out and dropped through the trashcan.
fn release_attributes(attributes: &mut Namespace) {
    let names = std::mem::take(attributes.get_mut().unwrap_or_else(PoisonError::into_inner));
    super::trashcan::release(names, |names, pending| {
        super::trashcan::defer_values(names.into_values(), pending);
    });
}

/// A module: `__main__`, or one of the built-in ones. Its globals change
/// only through `names_mut`, which counts each change: a frame caches what a
/// global name was found to be, and looks it up again after a change.
#[derive(Debug)]
pub struct Module {
    pub name: Arc<str>,
    names: Namespace,
    version: AtomicU64,
    /// Counts the changes of its names but one kind: a plain value
    /// replaced by another (`counter += 1` of a global). What a name was
    /// found to be, when that is no plain value (a function, a class, a
    /// module), holds while this stays (see `Frame::global_cache`).
    shape_version: AtomicU64,
}

impl Module {
    #[must_use]
    pub fn new(name: &str) -> Arc<Module> {
        Module::with_names(name, Names::default())
    }

    fn with_names(name: &str, names: Names) -> Arc<Module> {
        Arc::new(Module {
            name: name.into(),
            names: Mutex::new(names),
            version: AtomicU64::new(0),
            shape_version: AtomicU64::new(0),
        })
    }

    /// Its names, to read them.
    pub fn names(&self) -> MutexGuard<'_, Names> {
        lock(&self.names)
    }

    /// Its names, to change them: counted as a change (see `version`).
    pub fn names_mut(&self) -> MutexGuard<'_, Names> {
        let names = lock(&self.names);
        // Counted under the lock: a reader that read the count before it
        // looked up a name either found the name as it was before this
        // change (and will see a new count) or as it is after.
        self.version.fetch_add(1, Ordering::AcqRel);
        self.shape_version.fetch_add(1, Ordering::AcqRel);
        names
    }

    /// `name = value` in its names (a `StoreGlobal`): a plain value that
    /// replaces another moves `version` only, so that what the other names
    /// were found to be still holds.
    pub fn store(&self, name: &Arc<str>, value: Value) {
        let old = {
            let mut names = lock(&self.names);
            let (old, plain) = match names.get_mut(&**name) {
                Some(slot) => {
                    let plain = is_plain_constant(slot) && is_plain_constant(&value);
                    (Some(std::mem::replace(slot, value)), plain)
                }
                None => {
                    names.insert(name.clone(), value);
                    (None, false)
                }
            };
            // Counted under the lock (see `names_mut`).
            self.version.fetch_add(1, Ordering::AcqRel);
            if !plain {
                self.shape_version.fetch_add(1, Ordering::AcqRel);
            }
            old
        };
        if let Some(old) = old {
            old.discard();
        }
    }

    /// `store` of a plain value over the plain value of `name` at `slot` of
    /// its names, in place (no name hashed): the globals' `version` after
    /// it, or the value back when `slot` no longer holds such a value by
    /// that name.
    pub fn store_plain_at(&self, slot: usize, name: &Arc<str>, value: Value) -> Result<u64, Value> {
        let mut names = lock(&self.names);
        let Some((key, old)) = names.get_index_mut(slot) else {
            return Err(value);
        };
        if !(Arc::ptr_eq(key, name) || **key == **name) || !is_plain_constant(old) {
            return Err(value);
        }
        // A plain value's drop runs no Python code: done under the lock.
        *old = value;
        // Counted under the lock (see `names_mut`).
        Ok(self.version.fetch_add(1, Ordering::AcqRel) + 1)
    }

    /// How many times its names have been changed: read before a look-up,
    /// it tells whether what was found is still what the name means.
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The value of `name` if it is at `slot` of its names and a plain value
    /// (a global counter's value, read again after it changed).
    #[must_use]
    pub fn plain_at(&self, slot: usize, name: &Arc<str>) -> Option<Value> {
        let names = lock(&self.names);
        let (key, value) = names.get_index(slot)?;
        let same = Arc::ptr_eq(key, name) || **key == **name;
        (same && is_plain_constant(value)).then(|| value.clone_inline())
    }

    /// `version`, not counting plain values replaced by plain values: it
    /// tells whether a name found to be anything but a plain value still is.
    pub fn shape_version(&self) -> u64 {
        self.shape_version.load(Ordering::Acquire)
    }

    /// A built-in module whose attributes are `functions` (by their names).
    #[must_use]
    pub fn with_functions(
        name: &str,
        functions: &'static [super::function::Builtin],
    ) -> Arc<Module> {
        let names = functions
            .iter()
            .map(|f| (Arc::from(f.name), Value::Builtin(f)))
            .collect();
        Module::with_names(name, names)
    }
}
