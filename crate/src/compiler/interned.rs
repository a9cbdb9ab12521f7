//! One shared string for each name the compiler meets, as CPython interns
//! identifiers: `self.x = 1` in `__init__` and `p.x` in another function
//! name the very same `Arc<str>`. An instance's `__dict__` keys are the
//! storing code's names, so a read elsewhere recognises its slot by
//! pointer (`inline_cache::is_name`) rather than by comparing bytes, and
//! globals and class attributes are found the same way.

use rustc_hash::FxHashSet;
use std::sync::{Arc, Mutex, PoisonError};

/// Distinct names kept at most; past it the table starts again (names made
/// before then still work, they are only no longer shared with new ones).
const MAX_NAMES: usize = 100_000;

static NAMES: Mutex<Option<FxHashSet<Arc<str>>>> = Mutex::new(None);

/// The shared string for `name`.
#[must_use]
pub fn intern(name: &str) -> Arc<str> {
    let mut table = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    let names = table.get_or_insert_with(FxHashSet::default);
    if let Some(known) = names.get(name) {
        return known.clone();
    }
    if names.len() >= MAX_NAMES {
        names.clear();
    }
    let new: Arc<str> = name.into();
    names.insert(new.clone());
    new
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_is_one_string() {
        let a = super::intern("velocity");
        let b = super::intern(&String::from("velocity"));
        assert!(std::sync::Arc::ptr_eq(&a, &b));
    }
}
