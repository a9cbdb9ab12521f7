//! Classes, their instances, and modules: namespaces of attributes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::value::{lock, Value};

/// Attribute names to values (a fast hash: names are short and trusted).
pub type Names = rustc_hash::FxHashMap<Arc<str>, Value>;

/// A namespace: attribute names to values, under its own lock.
pub type Namespace = Mutex<Names>;

/// A class defined by a `class` statement (no base classes in this subset).
#[derive(Debug)]
pub struct Class {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub attributes: Namespace,
}

#[derive(Debug)]
pub struct Instance {
    pub class: Arc<Class>,
    pub attributes: Namespace,
}

// Deep data (a linked list of objects) is freed without deep recursion
// (see `trashcan`).
impl Drop for Instance {
    fn drop(&mut self) {
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
        names
    }

    /// How many times its names have been changed: read before a look-up,
    /// it tells whether what was found is still what the name means.
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
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
