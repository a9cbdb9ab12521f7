//! A set's items, in the order CPython gives them.
//!
//! CPython iterates a set in the order of its hash table: open addressing
//! over a power-of-two table (8 slots to begin with), a key's first slot its
//! hash masked, then up to 9 neighbours, then a jump perturbed by the hash's
//! higher bits; a removed key leaves a dummy that later insertions may take;
//! the table grows (or is rebuilt) when 3/5 of it is filled. `print({3, 1,
//! 2})` shows `{1, 2, 3}` because of it, and learners print sets of ints all
//! the time. So a set here keeps, beside the `IndexMap` that finds its keys,
//! a model of that table (the index of the entry in each slot) that decides
//! the order, with CPython's hashes of the keys (`py_hash`: equal to its for
//! numbers, tuples and frozensets of them; a str's and an object's are this
//! interpreter's own, deterministic).
//!
//! The model is brought up to date lazily: keys only added since it was last
//! (the common case: a set built and then only looked in) wait at the end of
//! the map, in order, and are placed when the order or the table is first
//! needed (`sync`), as CPython would have placed them one by one.

use indexmap::IndexMap;

use super::value::{Key, KeyHash, Value};
use crate::objects::num_hash;

/// A slot no entry ever took.
const EMPTY: u32 = u32::MAX;
/// A slot whose entry was removed.
const DUMMY: u32 = u32::MAX - 1;
/// The size of a new table.
const MIN_SIZE: usize = 8;
/// How many neighbours of a slot are tried before jumping.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// What `hash(key)` gives: CPython's value for numbers, tuples and
/// frozensets (a str's, bytes', None's and an object's are this
/// interpreter's own: CPython's vary from run to run or with addresses).
#[must_use]
pub fn py_hash(key: &Key) -> i64 {
    match key {
        Key::Int(i) => num_hash::hash_i64(*i),
        Key::BigInt(i) => num_hash::hash_bigint(i),
        Key::Float(bits) => num_hash::hash_f64(f64::from_bits(*bits)),
        Key::Complex(re, im) => num_hash::hash_complex(f64::from_bits(*re), f64::from_bits(*im)),
        // What the object's `__hash__` returned.
        Key::Hashed(h) => {
            if *h == -1 {
                -2
            } else {
                *h
            }
        }
        Key::Tuple(items) => tuple_hash(items),
        Key::FrozenSet(keys) => frozenset_hash(keys.0.iter()),
        other => {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            other.hash(&mut h);
            #[allow(clippy::cast_possible_wrap)]
            let hash = (h.finish() >> 2) as i64;
            hash
        }
    }
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// A tuple's hash as CPython 3.8+ makes it (xxHash's round over the items'
/// hashes, then the length). `items` is a `Key::Tuple`'s flat list: a
/// nested tuple is `TupleOf(n)` and its `n` items, walked with a stack.
fn tuple_hash(items: &[Key]) -> i64 {
    struct Level {
        acc: u64,
        len: usize,
        /// Items still to come (the outermost tuple's: until the end).
        left: Option<usize>,
    }
    fn mix(level: &mut Level, lane: i64) {
        #[allow(clippy::cast_sign_loss)]
        let lane = lane as u64;
        level.acc = level
            .acc
            .wrapping_add(lane.wrapping_mul(XXPRIME_2))
            .rotate_left(31)
            .wrapping_mul(XXPRIME_1);
        level.len += 1;
        if let Some(left) = &mut level.left {
            *left -= 1;
        }
    }
    fn finish(level: &Level) -> i64 {
        let acc = level
            .acc
            .wrapping_add(level.len as u64 ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            return 1_546_275_796;
        }
        #[allow(clippy::cast_possible_wrap)]
        let hash = acc as i64;
        hash
    }
    let fresh = |left| Level {
        acc: XXPRIME_5,
        len: 0,
        left,
    };
    let mut outer: Vec<Level> = Vec::new();
    let mut level = fresh(None);
    for key in items {
        match key {
            Key::TupleOf(n) => {
                outer.push(std::mem::replace(&mut level, fresh(Some(*n))));
            }
            other => mix(&mut level, py_hash(other)),
        }
        while level.left == Some(0) {
            let hash = finish(&level);
            let Some(up) = outer.pop() else { break };
            level = up;
            mix(&mut level, hash);
        }
    }
    finish(&level)
}

/// A frozenset's hash as CPython makes it: each item's hash shuffled and
/// xored in, then the size mixed in.
pub fn frozenset_hash<'a>(keys: impl ExactSizeIterator<Item = &'a Key>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let len = keys.len() as u64;
    let mut hash = keys.fold(0u64, |hash, key| {
        #[allow(clippy::cast_sign_loss)]
        let h = py_hash(key) as u64;
        hash ^ shuffle(h)
    });
    hash ^= (len + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    #[allow(clippy::cast_possible_wrap)]
    let hash = hash as i64;
    hash
}

/// The slots a key of hash `hash` tries, in turn, in a table of `mask + 1`
/// slots: `f` is told each, and stops the walk by returning false.
#[inline]
fn probe(mask: usize, hash: u64, mut f: impl FnMut(usize) -> bool) {
    let mut perturb = hash;
    #[allow(clippy::cast_possible_truncation)]
    let mut i = hash as usize & mask;
    loop {
        let last = if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        };
        for slot in i..=last {
            if !f(slot) {
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        // In 64 bits as CPython's (only the bits under the mask matter).
        #[allow(clippy::cast_possible_truncation)]
        let next = (i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize;
        i = next & mask;
    }
}

/// The smallest table for `min_used` entries after a resize.
fn size_for(min_used: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= min_used {
        size <<= 1;
    }
    size
}

/// The size of the table of a set that had only `n` keys added to it.
fn grown_size(n: usize) -> usize {
    let (mut size, mut fill) = (MIN_SIZE, 0);
    while fill < n {
        // The next resize comes when the fill reaches 3/5 of the mask.
        let at = ((size - 1) * 3).div_ceil(5);
        if n < at {
            break;
        }
        fill = at;
        size = size_for(if at > 50000 { at * 2 } else { at * 4 });
    }
    size
}

/// A set's keys (and the objects that spell them), in CPython's order.
#[derive(Debug, Default, Clone)]
pub struct SetMap {
    /// The entries, found by key. Their order here is not the set's.
    map: IndexMap<Key, Value, KeyHash>,
    /// CPython's hash of each entry placed in `slots` (the first
    /// `hashes.len()` of `map`; the rest wait to be placed).
    hashes: Vec<u64>,
    /// The table: in each slot the index of its entry, `EMPTY` or `DUMMY`;
    /// no slots at all for a table of `MIN_SIZE` that nothing touched.
    slots: Vec<u32>,
    /// Slots taken, dummies included.
    fill: usize,
    /// Where `pop` looks first.
    finger: usize,
}

impl SetMap {
    #[must_use]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The entries by key, to look keys up (their order is not the set's).
    #[must_use]
    pub fn index(&self) -> &IndexMap<Key, Value, KeyHash> {
        &self.map
    }

    #[must_use]
    pub fn contains_key(&self, key: &Key) -> bool {
        self.map.contains_key(key)
    }

    /// Adds `key` (spelled `value`) unless it is there: true if it was not.
    pub fn insert(&mut self, key: Key, value: Value) -> bool {
        match self.map.entry(key) {
            indexmap::map::Entry::Occupied(_) => false,
            indexmap::map::Entry::Vacant(entry) => {
                entry.insert(value);
                true
            }
        }
    }

    /// Whether no table was made yet: every entry only added.
    fn untouched(&self) -> bool {
        self.slots.is_empty()
    }

    fn mask(&self) -> usize {
        self.slots.len().max(MIN_SIZE) - 1
    }

    /// Places the entries added since the table was last brought up to
    /// date, one by one, as CPython's `add` placed them.
    fn sync(&mut self) {
        if self.slots.is_empty() {
            self.slots = vec![EMPTY; MIN_SIZE];
        }
        while self.hashes.len() < self.map.len() {
            let index = self.hashes.len();
            #[allow(clippy::cast_sign_loss)]
            let hash = py_hash(self.map.get_index(index).map_or(&Key::None, |(k, _)| k)) as u64;
            self.hashes.push(hash);
            self.place(index, hash);
        }
    }

    /// Puts entry `index` (a key not in the table) where CPython's `add`
    /// would: the last dummy passed before an empty slot, or that slot.
    fn place(&mut self, index: usize, hash: u64) {
        let slots = &self.slots;
        let (mut empty, mut dummy) = (0, None);
        probe(self.mask(), hash, |slot| match slots[slot] {
            EMPTY => {
                empty = slot;
                false
            }
            DUMMY => {
                dummy = Some(slot);
                true
            }
            _ => true,
        });
        #[allow(clippy::cast_possible_truncation)]
        let entry = index as u32;
        if let Some(slot) = dummy {
            self.slots[slot] = entry;
            return;
        }
        self.slots[empty] = entry;
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let used = self.hashes.len();
            self.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    /// A new table for at least `min_used` entries, the entries placed in
    /// it in their old order (the dummies dropped).
    fn resize(&mut self, min_used: usize) {
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size_for(min_used)]);
        let mask = self.mask();
        for entry in old {
            if entry < DUMMY {
                insert_clean(&mut self.slots, mask, self.hashes[entry as usize], entry);
            }
        }
        self.fill = self.hashes.len();
    }

    /// The slot that holds entry `index`.
    fn slot_of(&self, index: usize) -> usize {
        let mut found = 0;
        probe(self.mask(), self.hashes[index], |slot| {
            if self.slots[slot] as usize == index {
                found = slot;
                false
            } else {
                true
            }
        });
        found
    }

    /// Takes entry `index` out of the map (its slot already a dummy): the
    /// last entry moves into its place.
    fn take_entry(&mut self, index: usize) -> (Key, Value) {
        let last = self.map.len() - 1;
        if index != last {
            let slot = self.slot_of(last);
            #[allow(clippy::cast_possible_truncation)]
            let entry = index as u32;
            self.slots[slot] = entry;
        }
        self.hashes.swap_remove(index);
        let removed = self.map.swap_remove_index(index);
        removed.unwrap_or((Key::None, Value::None))
    }

    /// Removes the entry at `index` (of `index()`), leaving a dummy.
    pub fn remove_index(&mut self, index: usize) -> (Key, Value) {
        self.sync();
        let slot = self.slot_of(index);
        self.slots[slot] = DUMMY;
        self.take_entry(index)
    }

    /// Removes `key`, if there: what spelled it.
    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        let index = self.map.get_index_of(key)?;
        Some(self.remove_index(index).1)
    }

    /// `set.pop()`: the first entry from where the last pop stopped.
    pub fn pop(&mut self) -> Option<(Key, Value)> {
        if self.map.is_empty() {
            return None;
        }
        self.sync();
        let mask = self.mask();
        let mut slot = self.finger & mask;
        while self.slots[slot] >= DUMMY {
            slot = (slot + 1) & mask;
        }
        let index = self.slots[slot] as usize;
        self.slots[slot] = DUMMY;
        self.finger = slot + 1;
        Some(self.take_entry(index))
    }

    pub fn clear(&mut self) {
        self.map.clear();
        self.hashes.clear();
        self.slots = Vec::new();
        self.fill = 0;
    }

    /// The entries in CPython's order.
    pub fn iter(&mut self) -> Iter<'_> {
        if self.map.len() > 1 {
            self.sync();
        }
        Iter {
            map: &self.map,
            slots: if self.map.len() > 1 { &self.slots } else { &[] },
            at: 0,
            plain: self.map.len() <= 1,
        }
    }

    /// The objects in CPython's order.
    pub fn values(&mut self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    /// The keys in CPython's order.
    pub fn keys(&mut self) -> Vec<Key> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }

    /// The entries, to drop.
    pub fn into_values(self) -> impl Iterator<Item = Value> {
        self.map.into_values()
    }

    /// A new set of these entries, as CPython's `set(s)` and `s.copy()`
    /// make it: the same table when it is of the size a new set of this
    /// many takes and has no dummies, else a new table the entries are put
    /// in, in order.
    pub fn copy(&mut self) -> SetMap {
        let n = self.map.len();
        if n == 0 {
            return SetMap::default();
        }
        // A new set grows at once for the keys it is to take.
        let size = if n * 5 >= (MIN_SIZE - 1) * 3 {
            size_for(n * 2)
        } else {
            MIN_SIZE
        };
        if self.untouched() && grown_size(n) == size {
            return SetMap {
                map: self.map.clone(),
                ..SetMap::default()
            };
        }
        self.sync();
        if self.slots.len() == size && self.fill == n {
            return SetMap {
                finger: 0,
                ..self.clone()
            };
        }
        let mut copy = SetMap {
            map: IndexMap::with_capacity_and_hasher(n, KeyHash::default()),
            hashes: Vec::with_capacity(n),
            slots: vec![EMPTY; size],
            fill: n,
            finger: 0,
        };
        for &entry in &self.slots {
            if entry < DUMMY {
                let (key, value) = self.map.get_index(entry as usize).expect("an entry");
                let hash = self.hashes[entry as usize];
                #[allow(clippy::cast_possible_truncation)]
                let index = copy.map.len() as u32;
                copy.map.insert(key.clone(), value.clone());
                copy.hashes.push(hash);
                insert_clean(&mut copy.slots, size - 1, hash, index);
            }
        }
        copy
    }

    /// Adds `other`'s entries (another set), as CPython's `update` with a
    /// set: a new set takes a copy of it; else the table grows first for
    /// them all, then each is added in `other`'s order.
    pub fn merge(&mut self, other: &mut SetMap) {
        if other.is_empty() {
            return;
        }
        if self.map.is_empty() && self.fill == 0 {
            let finger = self.finger;
            *self = other.copy();
            self.finger = finger;
            return;
        }
        self.reserve(other.len());
        for (key, value) in other.iter() {
            if !self.map.contains_key(key) {
                self.map.insert(key.clone(), value.clone());
            }
        }
    }

    /// Grows the table first for `more` keys (most of them new), as
    /// CPython's `update` does with a set or a dict.
    pub fn reserve(&mut self, more: usize) {
        self.sync();
        if (self.fill + more) * 5 >= self.mask() * 3 {
            self.resize((self.map.len() + more) * 2);
        }
    }

    /// After removals (`difference_update`): CPython rebuilds the table
    /// when more than a quarter of it is dummies.
    pub fn shrink(&mut self) {
        if self.untouched() {
            return;
        }
        self.sync();
        if self.fill - self.map.len() > self.mask() / 4 {
            let used = self.map.len();
            self.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }
}

/// Puts entry `entry` in the first empty slot of its probe (a table with
/// no dummies, the key known to be new).
fn insert_clean(slots: &mut [u32], mask: usize, hash: u64, entry: u32) {
    let mut empty = 0;
    probe(mask, hash, |slot| {
        if slots[slot] == EMPTY {
            empty = slot;
            false
        } else {
            true
        }
    });
    slots[empty] = entry;
}

impl FromIterator<(Key, Value)> for SetMap {
    /// Each added in turn.
    fn from_iter<I: IntoIterator<Item = (Key, Value)>>(iter: I) -> Self {
        let mut set = SetMap::default();
        for (key, value) in iter {
            set.insert(key, value);
        }
        set
    }
}

/// A set's entries in CPython's order.
pub struct Iter<'a> {
    map: &'a IndexMap<Key, Value, KeyHash>,
    slots: &'a [u32],
    at: usize,
    /// A set of one entry (or none): no table needed.
    plain: bool,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a Key, &'a Value);

    fn next(&mut self) -> Option<Self::Item> {
        if self.plain {
            self.at += 1;
            return self.map.get_index(self.at - 1);
        }
        while let Some(&entry) = self.slots.get(self.at) {
            self.at += 1;
            if entry < DUMMY {
                return self.map.get_index(entry as usize);
            }
        }
        None
    }
}

/// The other operand of set algebra, as CPython tells them apart.
#[derive(Debug)]
pub enum Other {
    /// A set or frozenset (`same`: the very set the method is of).
    Set { set: SetMap, same: bool },
    /// A dict's keys, in its order (a set of them only to look them up).
    Dict(SetMap),
    /// Any other iterable's items, in order.
    Items(Vec<(Key, Value)>),
}

impl Other {
    fn is_same(&self) -> bool {
        matches!(self, Other::Set { same: true, .. })
    }

    /// Its entries in its order (a set's: CPython's).
    fn entries(&mut self) -> Vec<(Key, Value)> {
        match self {
            Other::Set { set, .. } => set.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            Other::Dict(keys) => keys
                .map
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            Other::Items(items) => items.clone(),
        }
    }
}

impl SetMap {
    /// `s.update(other)`.
    pub fn update(&mut self, other: &mut Other) {
        match other {
            Other::Set { same: true, .. } => {}
            Other::Set { set, .. } => self.merge(set),
            Other::Dict(keys) => {
                self.reserve(keys.len());
                for (key, value) in &keys.map {
                    self.insert(key.clone(), value.clone());
                }
            }
            Other::Items(items) => {
                for (key, value) in items.drain(..) {
                    self.insert(key, value);
                }
            }
        }
    }

    /// A new set made of `other` (`set(other)`).
    #[must_use]
    pub fn made_of(other: &mut Other) -> SetMap {
        match other {
            Other::Set { set, .. } => set.copy(),
            other => {
                let mut set = SetMap::default();
                set.update(other);
                set
            }
        }
    }

    /// `s & other`: the entries of the smaller set looked for in the
    /// larger, those of another iterable in the set, in turn.
    pub fn intersection(&mut self, other: &mut Other) -> SetMap {
        let mut result = SetMap::default();
        match other {
            Other::Set { same: true, .. } => return self.copy(),
            Other::Set { set, .. } => {
                let (large, small) = if set.len() > self.len() {
                    (&*set, &mut *self)
                } else {
                    (&*self, &mut *set)
                };
                for (key, value) in small.iter() {
                    if large.contains_key(key) {
                        result.insert(key.clone(), value.clone());
                    }
                }
            }
            other => {
                for (key, value) in other.entries() {
                    if self.contains_key(&key) {
                        result.insert(key, value);
                    }
                }
            }
        }
        result
    }

    /// `s - other`: a copy less `other`'s keys when `s` is much larger or
    /// `other` is neither a set nor a dict, else the entries of `s` not in
    /// `other`, in turn.
    pub fn difference(&mut self, other: &mut Other) -> SetMap {
        let keys = match other {
            Other::Set { set, .. } | Other::Dict(set) if (self.len() >> 2) <= set.len() => set,
            _ => {
                let mut result = self.copy();
                result.difference_update(other);
                return result;
            }
        };
        let mut result = SetMap::default();
        for (key, value) in self.iter() {
            if !keys.contains_key(key) {
                result.insert(key.clone(), value.clone());
            }
        }
        result
    }

    /// `s -= other`: `other`'s keys removed, the table rebuilt if then more
    /// than a quarter dummies.
    pub fn difference_update(&mut self, other: &mut Other) {
        if other.is_same() {
            self.clear();
            return;
        }
        for (key, _) in other.entries() {
            self.remove(&key);
        }
        self.shrink();
    }

    /// `s ^= other`: each of `other`'s keys removed if there, else added
    /// (a set's in its order, any other iterable made a set first).
    pub fn symmetric_difference_update(&mut self, other: &mut Other) {
        if other.is_same() {
            self.clear();
            return;
        }
        let entries = match other {
            Other::Items(_) => {
                let mut set = SetMap::made_of(other);
                set.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
            }
            other => other.entries(),
        };
        for (key, value) in entries {
            if self.remove(&key).is_none() {
                self.insert(key, value);
            }
        }
    }

    /// `s ^ other`: a set made of `other`, then `^=` this set.
    pub fn symmetric_difference(&mut self, other: &mut Other) -> SetMap {
        let mut result = SetMap::made_of(other);
        result.symmetric_difference_update(&mut Other::Set {
            set: self.clone(),
            same: false,
        });
        result
    }

    /// `s &= other`: the intersection's table in place of this one's
    /// (CPython swaps them; where `pop` looks stays).
    pub fn intersection_update(&mut self, other: &mut Other) {
        let finger = self.finger;
        *self = self.intersection(other);
        self.finger = finger;
    }

    /// Replaces the entries with `other`'s table (`intersection_update`
    /// of many), keeping where `pop` looks.
    pub fn replace_with(&mut self, other: SetMap) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_of(xs: &[i64]) -> SetMap {
        xs.iter().map(|&x| (Key::Int(x), Value::Int(x))).collect()
    }

    fn order(set: &mut SetMap) -> Vec<i64> {
        set.iter()
            .map(|(_, v)| match v {
                Value::Int(i) => *i,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn orders_as_cpython() {
        assert_eq!(order(&mut set_of(&[3, 1, 2])), [1, 2, 3]);
        assert_eq!(
            order(&mut set_of(&[10, 5, 7, 100, 33])),
            [33, 100, 5, 7, 10]
        );
        let mut s = set_of(&[0, 8]);
        s.remove(&Key::Int(0));
        s.insert(Key::Int(16), Value::Int(16));
        assert_eq!(order(&mut s), [16, 8]);
    }

    #[test]
    fn grown_size_matches_adding() {
        for n in 0..2000 {
            let keys: Vec<i64> = (0..n).collect();
            let mut s = set_of(&keys);
            s.sync();
            assert_eq!(s.slots.len(), grown_size(n as usize), "{n}");
        }
    }

    #[test]
    fn hashes_as_cpython() {
        let t = Key::Tuple(vec![Key::Int(1), Key::Int(2)]);
        assert_eq!(py_hash(&t), -3_550_055_125_485_641_917);
        assert_eq!(py_hash(&Key::Tuple(vec![])), 5_740_354_900_026_072_187);
    }
}
