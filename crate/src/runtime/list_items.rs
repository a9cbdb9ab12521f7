//! A list's items: a `Vec` that can also give up its first item in O(1).
//!
//! Python programs use a list as a queue all the time (`todo.pop(0)`, a
//! breadth-first search's `queue.pop(0)`), and CPython moves every other item
//! down one place for each such pop. Here the items live in `vec[head..]`: taking
//! the first item leaves a `None` in its slot and moves `head` on, and the dead
//! slots are dropped in one move once they are half the vector, so a pop from the
//! front costs O(1) amortised. An insert at the front reuses a dead slot if there
//! is one. Everything else sees a plain slice of the live items (`Deref`), so
//! indexing, iteration, sorting and slicing are unchanged.

use std::ops::{Deref, DerefMut};

use super::value::Value;

#[derive(Debug, Default, Clone)]
pub struct ListItems {
    /// `vec[..head]` are dead slots, each `Value::None` (nothing to release).
    vec: Vec<Value>,
    head: usize,
}

/// Dead slots are dropped once there are at least this many and they are at
/// least half the vector: often enough that memory stays bounded, rarely
/// enough that each move is paid for by the pops before it.
const COMPACT_AT: usize = 16;

impl ListItems {
    pub fn push(&mut self, value: Value) {
        self.vec.push(value);
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.vec.len() == self.head {
            return None;
        }
        self.vec.pop()
    }

    /// Removes and returns the item at `index` (which must be in range).
    pub fn remove(&mut self, index: usize) -> Value {
        if index == 0 {
            self.remove_first()
        } else {
            self.vec.remove(self.head + index)
        }
    }

    fn remove_first(&mut self) -> Value {
        assert!(self.head < self.vec.len(), "remove from an empty list");
        let first = std::mem::replace(&mut self.vec[self.head], Value::None);
        self.head += 1;
        if self.head == self.vec.len() {
            self.vec.clear();
            self.head = 0;
        } else if self.head >= COMPACT_AT && self.head * 2 >= self.vec.len() {
            self.compact();
        }
        first
    }

    /// Inserts `value` before the item at `index` (at most the length).
    pub fn insert(&mut self, index: usize, value: Value) {
        if index == 0 && self.head > 0 {
            self.head -= 1;
            self.vec[self.head] = value;
        } else {
            self.vec.insert(self.head + index, value);
        }
    }

    pub fn truncate(&mut self, len: usize) {
        self.vec.truncate(self.head + len);
        if self.vec.len() == self.head {
            self.clear();
        }
    }

    pub fn clear(&mut self) {
        self.vec.clear();
        self.head = 0;
    }

    pub fn extend<I: IntoIterator<Item = Value>>(&mut self, items: I) {
        self.vec.extend(items);
    }

    /// The vector to append to (with `alloc::push`, `alloc::reserve`): items
    /// appended at its end are live, whatever dead slots are at its front.
    pub fn for_appending(&mut self) -> &mut Vec<Value> {
        &mut self.vec
    }

    /// The live items as a `Vec`, for the operations a slice does not have
    /// (`splice`, `drain`, `retain`…): the dead slots are dropped first.
    pub fn as_vec(&mut self) -> &mut Vec<Value> {
        self.compact();
        &mut self.vec
    }

    /// The items, leaving the list empty.
    #[must_use]
    pub fn take(&mut self) -> Vec<Value> {
        std::mem::take(self).into_vec()
    }

    #[must_use]
    pub fn into_vec(mut self) -> Vec<Value> {
        self.compact();
        self.vec
    }

    fn compact(&mut self) {
        if self.head > 0 {
            self.vec.drain(..self.head);
            self.head = 0;
        }
    }
}

impl Deref for ListItems {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        debug_assert!(self.head <= self.vec.len());
        // SAFETY: every method keeps `head <= vec.len()` (the one check this
        // saves is on every item read or written, in the hottest loops).
        unsafe { self.vec.get_unchecked(self.head..) }
    }
}

impl DerefMut for ListItems {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        debug_assert!(self.head <= self.vec.len());
        // SAFETY: as for `deref`.
        unsafe { self.vec.get_unchecked_mut(self.head..) }
    }
}

impl From<Vec<Value>> for ListItems {
    fn from(vec: Vec<Value>) -> Self {
        ListItems { vec, head: 0 }
    }
}

impl From<ListItems> for Vec<Value> {
    fn from(items: ListItems) -> Self {
        items.into_vec()
    }
}

impl FromIterator<Value> for ListItems {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Self {
        Vec::from_iter(iter).into()
    }
}

impl<'a> IntoIterator for &'a ListItems {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for ListItems {
    type Item = Value;
    type IntoIter = std::vec::IntoIter<Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(items: &ListItems) -> Vec<i64> {
        items
            .iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                other => panic!("not an int: {other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_queue_keeps_its_order_and_compacts() {
        let mut items: ListItems = (0..100).map(Value::Int).collect();
        for expected in 0..60 {
            match items.remove(0) {
                Value::Int(i) => assert_eq!(i, expected),
                other => panic!("{other:?}"),
            }
            items.push(Value::Int(100 + expected));
        }
        assert_eq!(ints(&items), (60..160).collect::<Vec<_>>());
        assert!(items.head < items.vec.len());
        assert!(items.head * 2 <= items.vec.len() + COMPACT_AT);
        items.insert(0, Value::Int(-1));
        items.insert(3, Value::Int(-3));
        assert_eq!(ints(&items)[..5], [-1, 60, 61, -3, 62]);
        items.truncate(2);
        assert_eq!(ints(&items), [-1, 60]);
        assert_eq!(items.pop().map(|_| ()), Some(()));
        items.remove(0);
        assert_eq!(items.pop().map(|_| ()), None);
        assert!(items.is_empty());
    }
}
