//! Where each attribute name of a code object was last found in an
//! instance's `__dict__`: the slot (insertion index) of `names[i]`, as a
//! hint that `obj.name` checks before it hashes the name. Instances of one
//! class usually get their attributes in the same order (`__init__` sets
//! them), so one slot serves them all, as CPython 3.11's inline caches
//! serve `LOAD_ATTR_INSTANCE_VALUE`.
//!
//! A hint is only ever a guess: the reader checks that the key at the slot
//! is the name before it uses the value. So the hints are relaxed atomics,
//! shared by every thread that runs the code, with no lock and no ordering:
//! a stale or torn-between-threads hint is a miss, never a wrong value.

use std::sync::atomic::{AtomicU32, Ordering};

/// No slot known yet.
pub const NO_SLOT: u32 = u32::MAX;

/// One hint per name of a `Code` (see the module's comment).
#[derive(Debug, Default)]
pub struct AttrHints(Vec<AtomicU32>);

impl AttrHints {
    /// A hint for one more name.
    pub fn push(&mut self) {
        self.0.push(AtomicU32::new(NO_SLOT));
    }

    /// The slot last found for name `index` (`NO_SLOT` if none).
    #[inline(always)]
    #[must_use]
    pub fn slot(&self, index: usize) -> u32 {
        self.0
            .get(index)
            .map_or(NO_SLOT, |hint| hint.load(Ordering::Relaxed))
    }

    /// Remembers that name `index` was found at `slot`.
    #[inline]
    pub fn remember(&self, index: usize, slot: usize) {
        if let Some(hint) = self.0.get(index) {
            hint.store(u32::try_from(slot).unwrap_or(NO_SLOT), Ordering::Relaxed);
        }
    }
}

impl Clone for AttrHints {
    fn clone(&self) -> Self {
        AttrHints(
            self.0
                .iter()
                .map(|hint| AtomicU32::new(hint.load(Ordering::Relaxed)))
                .collect(),
        )
    }
}

/// Hints say nothing about what a code does: two codes that differ only in
/// them are equal.
impl PartialEq for AttrHints {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
