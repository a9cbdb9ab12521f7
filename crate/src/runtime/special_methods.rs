//! The Python functions that instances' classes were found to have as
//! special methods (`__lt__`, `__eq__`, `__hash__`, `__len__`…), by class and
//! name, for the built-ins that call them (`Interp::call_special`).
//!
//! Sorting a list of instances by their `__lt__` looks the method up on
//! every comparison: a hash of "__lt__" and a probe of the class's
//! attributes, then of each ancestor's, under their locks, a third of what
//! such a call cost beside its run. Found once, it is kept here as long as
//! the class epoch holds (`object::class_epoch`: it moves on whenever a
//! class's attribute is deleted or set to anything but a plain value in
//! place of another, so a function kept here is still what the name finds).

use std::sync::Arc;

use super::function::Function;
use super::object::{class_epoch, Class};

/// How many methods an interpreter thread keeps.
const ENTRIES: usize = 64;

#[derive(Debug)]
struct Entry {
    /// Held, so that no other class can come to have its address.
    class: Arc<Class>,
    /// Compared by address and length: the callers name their special
    /// methods with literals, which live as long as the program.
    name: &'static str,
    epoch: u64,
    method: Arc<Function>,
}

/// One thread's table (no lock: a thread reads and writes its own).
#[derive(Debug)]
pub(super) struct SpecialMethods(Box<[Option<Entry>]>);

impl Default for SpecialMethods {
    fn default() -> Self {
        SpecialMethods((0..ENTRIES).map(|_| None).collect())
    }
}

fn slot(class: &Arc<Class>, name: &'static str) -> usize {
    let class = Arc::as_ptr(class) as usize;
    ((class >> 4) ^ (name.as_ptr() as usize >> 3)) % ENTRIES
}

impl SpecialMethods {
    /// The function `class` was found to have as `name`, if it still does.
    #[inline(always)]
    pub(super) fn get(&self, class: &Arc<Class>, name: &'static str) -> Option<Arc<Function>> {
        let entry = self.0[slot(class, name)].as_ref()?;
        (Arc::ptr_eq(&entry.class, class)
            && std::ptr::eq(entry.name, name)
            && entry.epoch == class_epoch())
        .then(|| entry.method.clone())
    }

    /// Keeps `method`, what `class.lookup(name)` found with the class epoch
    /// at `epoch` (read before the lookup).
    pub(super) fn remember(
        &mut self,
        class: &Arc<Class>,
        name: &'static str,
        epoch: u64,
        method: &Arc<Function>,
    ) {
        self.0[slot(class, name)] = Some(Entry {
            class: class.clone(),
            name,
            epoch,
            method: method.clone(),
        });
    }
}
