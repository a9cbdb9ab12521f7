//! Classes, their instances, and modules: namespaces of attributes.

use std::sync::{Arc, Mutex};

use super::value::Value;

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

/// A module: `__main__`, or one of the built-in ones.
#[derive(Debug)]
pub struct Module {
    pub name: Arc<str>,
    pub attributes: Namespace,
}

impl Module {
    #[must_use]
    pub fn new(name: &str) -> Arc<Module> {
        Arc::new(Module {
            name: name.into(),
            attributes: Mutex::new(Names::default()),
        })
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
        Arc::new(Module {
            name: name.into(),
            attributes: Mutex::new(names),
        })
    }
}
