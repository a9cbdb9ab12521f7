//! Indexing, slicing and hashing: `x[i]`, `x[a:b:c]`, dict and set keys.

use indexmap::IndexMap;
use std::borrow::Cow;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use num_traits::ToPrimitive;

use super::alloc;
use super::error::{type_error, ExcType, PyErr, PyResult};
use super::set_table::{Other, SetMap};
use super::value::{lock, Dict, FrozenKeys, Key, KeyHash, Set, StrKey, Value};
use super::Interp;
use crate::compiler::bytecode::BinOp;

/// A sequence index or slice bound as i64 (None for `None`).
fn index_of(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        Value::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// A class's key: its identity, unless its metaclass made it unhashable.
#[cold]
#[inline(never)]
fn class_key(v: &Value, class: &super::object::Class) -> PyResult<Key> {
    match class.metaclass.as_ref().and_then(|m| m.lookup("__hash__")) {
        Some(Value::None) => Err(type_error(format!(
            "unhashable type: '{}'",
            class.metaclass.as_ref().map_or("type", |m| &m.name)
        ))),
        _ => Ok(Key::Id(v.identity())),
    }
}

/// Whether `key` is an instance, or a slice with an instance for a bound:
/// an index for its `__index__` (rare: ints and slices of ints are tested
/// first, by one comparison each).
#[inline]
fn is_instance_index(key: &Value) -> bool {
    match key {
        Value::Instance(_) => true,
        Value::Slice(parts) => parts.iter().any(|p| matches!(p, Value::Instance(_))),
        _ => false,
    }
}

/// The positions a slice selects in a sequence of `len` items (CPython's `PySlice_AdjustIndices`).
///
/// # Errors
/// A step of zero, bounds that are not integers.
pub fn slice_positions(parts: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
    let (first, step, count) = slice_span(parts, len)?;
    let mut positions = alloc::vec_with_capacity(count)?;
    positions.extend(span_positions(first, step, count));
    Ok(positions)
}

/// The positions of a slice's span (`slice_span`), in order.
fn span_positions(first: usize, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| {
        // Every position selected lies in `0..len`, so this does not overflow.
        let offset = i64::try_from(k).unwrap_or(i64::MAX) * step;
        usize::try_from(i64::try_from(first).unwrap_or(i64::MAX) + offset).unwrap_or(0)
    })
}

/// What a slice selects in a sequence of `len` items: its first position,
/// its step and how many positions (CPython's `PySlice_AdjustIndices` and
/// `PySlice_AdjustIndices`' count), with no vector of positions made.
///
/// # Errors
/// A step of zero, bounds that are not integers.
pub fn slice_span(parts: &[Value; 3], len: usize) -> PyResult<(usize, i64, usize)> {
    let (start, stop, step) = slice_bounds(parts, len)?;
    // How many (in i128: `stop - start` cannot overflow).
    let (first, end, by) = (i128::from(start), i128::from(stop), i128::from(step));
    let count = if by > 0 && first < end {
        (end - first - 1) / by + 1
    } else if by < 0 && first > end {
        (first - end - 1) / (-by) + 1
    } else {
        0
    };
    // A count of at most `len` items, each in `0..len`.
    let count = usize::try_from(count).unwrap_or(0);
    let first = if count == 0 {
        0
    } else {
        usize::try_from(first).unwrap_or(0)
    };
    Ok((first, step, count))
}

/// A slice's start, stop and step in a sequence of `len` items, clamped as
/// CPython's `PySlice_AdjustIndices` clamps them.
///
/// # Errors
/// A step of zero, bounds that are not integers.
fn slice_bounds(parts: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let step = index_of(&parts[2])?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::new(ExcType::ValueError, "slice step cannot be zero"));
    }
    let adjust = |v: Option<i64>, default: i64, low: i64, high: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => (v + len).max(low),
            Some(v) => v.min(high),
        }
    };
    let (start, stop) = if step > 0 {
        (
            adjust(index_of(&parts[0])?, 0, 0, len),
            adjust(index_of(&parts[1])?, len, 0, len),
        )
    } else {
        (
            adjust(index_of(&parts[0])?, len - 1, -1, len - 1),
            adjust(index_of(&parts[1])?, -1, -1, len - 1),
        )
    };
    Ok((start, stop, step))
}

/// `.start`, `.stop` and `.step` of a range or a slice.
#[must_use]
pub fn bounds_attr(v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Slice(parts), "start") => Some(parts[0].clone()),
        (Value::Slice(parts), "stop") => Some(parts[1].clone()),
        (Value::Slice(parts), "step") => Some(parts[2].clone()),
        _ => None,
    }
}

/// `r[a:b:c]` of a range: the range of the numbers it selects.
fn range_slice(r: &super::value::Range, parts: &[Value; 3]) -> PyResult<Value> {
    let len = usize::try_from(r.len()).map_err(|_| alloc::memory_error())?;
    let (start, stop, step) = slice_bounds(parts, len)?;
    let at = |i: i64| i128::from(r.start) + i128::from(i) * i128::from(r.step);
    let fit = |n: i128| {
        i64::try_from(n).map_err(|_| {
            PyErr::new(
                ExcType::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        })
    };
    let sliced = super::value::Range {
        start: fit(at(start))?,
        stop: fit(at(stop))?,
        step: fit(i128::from(r.step) * i128::from(step))?,
    };
    Ok(Value::Range(Arc::new(sliced)))
}

/// `items[start:stop:step] = new`, a list's or a bytearray's: a simple
/// slice (step 1) is replaced by `new` whatever its length, an extended one
/// takes as many items as it selects (`what` they are named in the error).
///
/// # Errors
/// ValueError for an extended slice given the wrong count; a bad slice.
pub(super) fn assign_slice<T>(
    items: &mut Vec<T>,
    parts: &[Value; 3],
    new: Vec<T>,
    what: &str,
) -> PyResult<()> {
    let len = items.len();
    let positions = slice_positions(parts, len)?;
    if index_of(&parts[2])?.unwrap_or(1) == 1 {
        // An empty slice still has a place: where its start falls.
        let start = positions.first().copied().unwrap_or_else(|| {
            index_of(&parts[0]).ok().flatten().map_or(0, |s| {
                let s = if s < 0 {
                    s + i64::try_from(len).unwrap_or(0)
                } else {
                    s
                };
                usize::try_from(s.max(0)).unwrap_or(0).min(len)
            })
        });
        items.splice(start..start + positions.len(), new);
        return Ok(());
    }
    if positions.len() != new.len() {
        return Err(PyErr::new(
            ExcType::ValueError,
            format!(
                "attempt to assign {what} of size {} to extended slice of size {}",
                new.len(),
                positions.len()
            ),
        ));
    }
    for (at, item) in positions.into_iter().zip(new) {
        items[at] = item;
    }
    Ok(())
}

/// `del items[start:stop:step]`, a list's or a bytearray's.
///
/// # Errors
/// A bad slice.
pub(super) fn delete_slice<T>(items: &mut Vec<T>, parts: &[Value; 3]) -> PyResult<()> {
    let mut selected = vec![false; items.len()];
    for at in slice_positions(parts, items.len())? {
        selected[at] = true;
    }
    let mut at = 0;
    items.retain(|_| {
        at += 1;
        !selected[at - 1]
    });
    Ok(())
}

/// An item index into a sequence of `len`, negative from the end.
pub(super) fn item_index(key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => {
            return Err(PyErr::new(
                ExcType::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            // CPython's words: by the type ("list", not "list assignment").
            return Err(type_error(match what.split(' ').next().unwrap_or(what) {
                "string" => format!(
                    "string indices must be integers, not '{}'",
                    other.type_name()
                ),
                kind => format!(
                    "{kind} indices must be integers or slices, not {}",
                    other.type_name()
                ),
            }));
        }
    };
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let at = if i < 0 { i + len_i } else { i };
    if at < 0 || at >= len_i {
        return Err(PyErr::new(
            ExcType::IndexError,
            format!("{what} index out of range"),
        ));
    }
    Ok(usize::try_from(at).unwrap_or(0))
}

/// What a dict or set keeps for a key: the key as it was given.
pub trait StoredKey {
    fn stored_key(&self) -> &Value;
}

impl StoredKey for Value {
    fn stored_key(&self) -> &Value {
        self
    }
}

impl StoredKey for (Value, Value) {
    fn stored_key(&self) -> &Value {
        &self.0
    }
}

/// The built-in types that subscripting makes a `types.GenericAlias` of
/// (`list[int]`), as CPython's `__class_getitem__` of each does.
const GENERIC_TYPES: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
];

fn shape_of(s: &str) -> StrShape {
    if s.is_ascii() {
        StrShape::Ascii
    } else {
        StrShape::Chars(s.chars().count())
    }
}

/// What indexing a str needs to know of it: all ASCII (a char is a
/// byte), or how many chars it has.
#[derive(Clone, Copy)]
pub(super) enum StrShape {
    Ascii,
    Chars(usize),
}

/// Strs at least this long have their shape remembered (`Interp::str_shape`).
const SHAPE_REMEMBERED_FROM: usize = 128;

impl Interp {
    /// `s`'s shape. The last long str's is remembered, so that `text[i]` in
    /// a loop over a long text does not scan it all at each step (which made
    /// the loop quadratic); a str never changes, and the one remembered is
    /// held, so its address is not reused meanwhile.
    pub(super) fn str_shape(&mut self, s: &Arc<str>) -> StrShape {
        if s.len() < SHAPE_REMEMBERED_FROM {
            return shape_of(s);
        }
        if let Some((known, shape)) = &self.last_str_shape {
            if Arc::ptr_eq(known, s) {
                return *shape;
            }
        }
        let shape = shape_of(s);
        self.last_str_shape = Some((s.clone(), shape));
        shape
    }

    /// The dict or set key of a value.
    ///
    /// # Errors
    /// TypeError for unhashable values (lists, dicts, sets).
    pub fn key(&mut self, v: &Value) -> PyResult<Key> {
        Ok(match v {
            Value::None => Key::None,
            Value::Bool(b) => Key::Int(i64::from(*b)),
            Value::Int(i) => Key::Int(*i),
            Value::BigInt(b) => Key::BigInt(b.clone()),
            Value::Float(f) => {
                #[allow(clippy::cast_possible_truncation)]
                if f.fract() == 0.0 && f.abs() < 9.2e18 {
                    Key::Int(*f as i64)
                } else if f.fract() == 0.0 {
                    // A whole float beyond i64 is equal to its big int.
                    whole_float_key(*f)
                } else {
                    Key::Float(if *f == 0.0 { 0 } else { f.to_bits() })
                }
            }
            // Equal to a float (and so an int) when its imaginary part is 0.
            Value::Complex(z) if z.im == 0.0 => self.key(&Value::Float(z.re))?,
            Value::Complex(z) => {
                let bits = |x: f64| if x == 0.0 { 0 } else { x.to_bits() };
                Key::Complex(bits(z.re), bits(z.im))
            }
            Value::Str(s) => Key::Str(s.clone()),
            Value::Bytes(b) => Key::Bytes(b.clone()),
            Value::Tuple(t) => Key::Tuple(self.tuple_key(t)?),
            Value::Set(s) if s.frozen => Key::FrozenSet(Arc::new(FrozenKeys(
                lock(&s.map).index().keys().cloned().collect(),
            ))),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                return Err(type_error(format!("unhashable type: '{}'", v.type_name())))
            }
            Value::Instance(_) | Value::Exception(_) if v.class().is_some() => {
                self.key_of_class(v)?
            }
            Value::Native(n) if !n.hashable() => {
                return Err(type_error(format!("unhashable type: '{}'", n.type_name())))
            }
            // A class whose metaclass defines `__eq__` without `__hash__`.
            Value::Class(c) if c.metaclass.is_some() => class_key(v, c)?,
            other => Key::Id(other.identity()),
        })
    }

    /// The items of the key of tuple `t` (see `Key::Tuple`).
    #[inline(never)]
    fn tuple_key(&mut self, t: &[Value]) -> PyResult<Vec<Key>> {
        if t.iter().any(|x| matches!(x, Value::Tuple(_))) {
            return self.nested_tuple_key(t);
        }
        t.iter().map(|x| self.key(x)).collect()
    }

    /// `tuple_key` of a tuple that holds tuples: with a stack of where it is
    /// in each tuple, not a native recursion (a tuple may be nested 100,000
    /// deep).
    #[inline(never)]
    fn nested_tuple_key(&mut self, t: &[Value]) -> PyResult<Vec<Key>> {
        let mut keys = Vec::with_capacity(t.len() + 1);
        let mut at = vec![t.iter()];
        while let Some(items) = at.last_mut() {
            match items.next() {
                None => {
                    at.pop();
                }
                Some(Value::Tuple(inner)) => {
                    keys.push(Key::TupleOf(inner.len()));
                    at.push(inner.iter());
                }
                Some(item) => keys.push(self.key(item)?),
            }
        }
        Ok(keys)
    }

    /// Where `key` is in `map` (a dict's or a set's), if it is there; a str
    /// is looked up as it is (see `StrKey`).
    ///
    /// # Errors
    /// TypeError for unhashable keys.
    pub fn find<V: StoredKey>(
        &mut self,
        map: &IndexMap<Key, V, KeyHash>,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        Ok(match key {
            Value::Str(s) => map.get_index_of(&StrKey(s)),
            other => {
                let k = self.key(other)?;
                let found = map.get_index_of(&k);
                let Some(index) = found else {
                    return Ok(None);
                };
                let (stored_k, stored) = map.get_index(index).unwrap_or_else(|| unreachable!());
                if matches!(k, Key::Hashed(_)) || matches!(stored_k, Key::Hashed(_)) {
                    // One hash, two objects (or an object and the number
                    // whose hash it has): only if they are equal are they
                    // one key.
                    let stored = stored.stored_key().clone();
                    if !stored.is(other) && !self.eq(&stored, other)? {
                        return Err(PyErr::new(
                            ExcType::NotImplementedError,
                            format!(
                                "two unequal keys with the same __hash__ ({}) in one dict or set \
                                 are not supported by this page's Python",
                                self.repr(other)?
                            ),
                        ));
                    }
                }
                found
            }
        })
    }

    /// `find` in `dict`'s `map` (locked by the caller), trying first where
    /// the last str key was found (`Dict::last_found`).
    ///
    /// # Errors
    /// TypeError for unhashable keys.
    pub fn find_in_dict(
        &mut self,
        dict: &Dict,
        map: &IndexMap<Key, (Value, Value), KeyHash>,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        let Value::Str(s) = key else {
            return self.find(map, key);
        };
        let hint = dict.last_found.load(Ordering::Relaxed) as usize;
        if matches!(map.get_index(hint), Some((Key::Str(k), _)) if Arc::ptr_eq(k, s) || **k == **s)
        {
            return Ok(Some(hint));
        }
        let found = map.get_index_of(&StrKey(s));
        if let Some(index) = found.and_then(|i| u32::try_from(i).ok()) {
            dict.last_found.store(index, Ordering::Relaxed);
        }
        Ok(found)
    }

    /// `dict.get(key)`: the value at `key`, if there.
    ///
    /// # Errors
    /// TypeError for unhashable keys.
    pub fn dict_get(&mut self, dict: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let map = lock(&dict.map);
        Ok(self
            .find_in_dict(dict, &map, key)?
            .map(|i| map[i].1.clone()))
    }

    #[must_use]
    pub fn new_dict(&self) -> Value {
        Value::Dict(Arc::new(Dict::default()))
    }

    /// `dict[key] = value`
    ///
    /// # Errors
    /// TypeError for unhashable keys.
    pub fn dict_set(&mut self, dict: &Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Dict(d) = dict else {
            return Err(type_error("not a dict"));
        };
        self.dict_store(d, Cow::Owned(key), value)
    }

    /// `dict[key] = value`, with `key` cloned only when it is new to the
    /// dict (`counts[word] = n` of a local `word` already there: no
    /// reference count taken and dropped).
    fn dict_store(&mut self, d: &Dict, key: Cow<'_, Value>, value: Value) -> PyResult<()> {
        if let Some(owner) = d.attributes_of.get() {
            store_through(owner, &key, Some(&value));
        }
        let mut map = lock(&d.map);
        match self.find_in_dict(d, &map, &key)? {
            // An existing key keeps its first spelling (`d[1.0] = x` after `d[1]`).
            Some(index) => {
                std::mem::replace(&mut map[index].1, value).discard();
            }
            None => {
                let k = self.key(&key)?;
                map.insert(k, (key.into_owned(), value));
            }
        }
        Ok(())
    }

    /// `container[key] = value`, the key borrowed (see `dict_store`).
    ///
    /// # Errors
    /// As `set_item`.
    pub fn set_item_borrowed(
        &mut self,
        container: &Value,
        key: &Value,
        value: Value,
    ) -> PyResult<()> {
        match container {
            Value::Dict(d) => self.dict_store(d, Cow::Borrowed(key), value),
            _ => self.set_item(container, key.clone(), value),
        }
    }

    /// `x.keys`, if `x` has it.
    fn keys_method(&mut self, x: &Value) -> PyResult<Option<Value>> {
        match self.get_attr(x, "keys") {
            Ok(keys) => Ok(Some(keys)),
            Err(e) if e.kind() == Some(ExcType::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `dict.update(mapping)`
    ///
    /// # Errors
    /// TypeError for values that are not dicts or iterables of pairs.
    pub fn dict_update(&mut self, dict: &Value, mapping: &Value) -> PyResult<()> {
        // A dict subclass's instance (a Counter) is its dict.
        if let Some(base @ Value::Dict(_)) = mapping.base_object() {
            return self.dict_update(dict, &base);
        }
        // An object with keys() is a mapping, as CPython's dict() takes one
        // (a collections.abc.Mapping): its keys and self[key].
        let keys = match mapping {
            Value::Instance(_) | Value::Native(_) => self.keys_method(mapping)?,
            _ => None,
        };
        if let Some(keys) = keys {
            let keys = self.call(&keys, super::function::Args::default())?;
            for k in self.collect(&keys)? {
                let v = self.get_item(mapping, &k)?;
                self.dict_set(dict, k, v)?;
            }
            return Ok(());
        }
        let pairs: Vec<(Value, Value)> = match mapping {
            Value::Dict(m) => lock(&m.map).values().cloned().collect(),
            other => {
                let mut pairs = Vec::new();
                for item in self.collect(other)? {
                    let pair = match self.iter(&item) {
                        Ok(pair) => pair,
                        Err(e) if e.kind() == Some(ExcType::TypeError) => {
                            return Err(type_error(format!(
                                "cannot convert dictionary update sequence element #{} to a sequence",
                                pairs.len()
                            )))
                        }
                        Err(e) => return Err(e),
                    };
                    let kv = self.collect(&pair)?;
                    if kv.len() != 2 {
                        return Err(PyErr::new(
                            ExcType::ValueError,
                            format!(
                                "dictionary update sequence element #{} has length {}; 2 is required",
                                pairs.len(),
                                kv.len()
                            ),
                        ));
                    }
                    pairs.push((kv[0].clone(), kv[1].clone()));
                }
                pairs
            }
        };
        for (k, v) in pairs {
            self.dict_set(dict, k, v)?;
        }
        Ok(())
    }

    /// A set of the items, added in turn.
    ///
    /// # Errors
    /// TypeError for unhashable items.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let set = Value::Set(Arc::new(Set::default()));
        for item in items {
            self.set_add(&set, item)?;
        }
        Ok(set)
    }

    /// A frozenset of the items.
    ///
    /// # Errors
    /// TypeError for unhashable items.
    pub fn new_frozenset(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let Value::Set(set) = self.new_set(items)? else {
            unreachable!("new_set makes a set");
        };
        let map = std::mem::take(&mut *lock(&set.map));
        Ok(Value::Set(Arc::new(Set {
            map: Mutex::new(map),
            frozen: true,
        })))
    }

    /// `set(iterable)` (`frozenset(iterable)` when `frozen`): a copy of a
    /// set's table, a dict's keys, any other iterable's items in turn, as
    /// CPython makes them.
    ///
    /// # Errors
    /// Not iterable; an unhashable item.
    pub fn set_from(&mut self, iterable: &Value, frozen: bool) -> PyResult<Value> {
        let map = match iterable {
            Value::Set(_) | Value::Dict(_) => {
                let mut other = self.set_other(None, iterable)?;
                SetMap::made_of(&mut other)
            }
            _ => {
                let items = self.collect(iterable)?;
                let Value::Set(set) = self.new_set(items)? else {
                    unreachable!("new_set makes a set");
                };
                let map = std::mem::take(&mut *lock(&set.map));
                map
            }
        };
        Ok(Value::Set(Arc::new(Set {
            map: Mutex::new(map),
            frozen,
        })))
    }

    /// A set display of constants (`{3, 1, 2}`): CPython's compiler makes
    /// a frozenset of them, and makes it again of its own items in its order
    /// (merging the constants); the display copies it into a new set
    /// (`copied`), a `for` iterates it as it is.
    ///
    /// # Errors
    /// TypeError for unhashable items.
    pub fn new_const_set(&mut self, items: Vec<Value>, copied: bool) -> PyResult<Value> {
        let Value::Set(set) = self.new_set(items)? else {
            unreachable!("new_set makes a set");
        };
        let again = {
            let mut map = lock(&set.map);
            let keys = map.keys();
            let values = map.values();
            keys.into_iter().zip(values).collect::<SetMap>()
        };
        *lock(&set.map) = if copied {
            let mut again = again;
            again.copy()
        } else {
            again
        };
        Ok(Value::Set(set))
    }

    /// `set.add(item)`
    ///
    /// # Errors
    /// TypeError for unhashable items.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        let Value::Set(s) = set else {
            return Err(type_error("not a set"));
        };
        let k = self.key(&item)?;
        let mut map = lock(&s.map);
        if matches!(k, Key::Hashed(_)) && self.find(map.index(), &item)?.is_some() {
            return Ok(());
        }
        map.insert(k, item);
        Ok(())
    }

    /// The other operand of set algebra with the set `this`: a copy of a
    /// set, a dict's keys, any other iterable's items keyed.
    ///
    /// # Errors
    /// Not iterable; an unhashable item.
    pub(crate) fn set_other(&mut self, this: Option<&Arc<Set>>, other: &Value) -> PyResult<Other> {
        Ok(match other {
            Value::Set(s) => Other::Set {
                set: lock(&s.map).clone(),
                same: this.is_some_and(|t| Arc::ptr_eq(t, s)),
            },
            Value::Dict(d) => Other::Dict(
                lock(&d.map)
                    .iter()
                    .map(|(k, (key, _))| (k.clone(), key.clone()))
                    .collect(),
            ),
            _ => {
                let iterator = self.iter(other)?;
                let mut items = Vec::new();
                while let Some(item) = self.next(&iterator)? {
                    items.push((self.key(&item)?, item));
                }
                Other::Items(items)
            }
        })
    }

    /// `s.update(other)` (`s |= other`, `{*a, *b}`), as CPython's.
    ///
    /// # Errors
    /// Not iterable; an unhashable item.
    pub fn set_update(&mut self, set: &Value, other: &Value) -> PyResult<()> {
        let Value::Set(s) = set else {
            return Err(type_error("not a set"));
        };
        let mut other = self.set_other(Some(s), other)?;
        lock(&s.map).update(&mut other);
        Ok(())
    }

    /// `a - b`, `a & b`, `a | b`, `a ^ b` of sets: a set, or a frozenset
    /// when `a` is one (as CPython's result takes the left operand's type),
    /// its table made as CPython's.
    pub(super) fn set_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x), Value::Set(_)) = (a, b) else {
            return Err(type_error("not sets"));
        };
        let mut other = self.set_other(Some(x), b)?;
        let mut mine = lock(&x.map);
        let map = match op {
            BinOp::Sub => mine.difference(&mut other),
            BinOp::And => mine.intersection(&mut other),
            BinOp::Or => {
                let mut union = mine.copy();
                union.update(&mut other);
                union
            }
            _ => mine.symmetric_difference(&mut other),
        };
        drop(mine);
        Ok(Value::Set(Arc::new(Set {
            map: Mutex::new(map),
            frozen: x.frozen,
        })))
    }

    /// `a op= b` of a set and a set: in place, as CPython's.
    pub(super) fn set_op_in_place(&mut self, op: BinOp, set: &Arc<Set>, b: &Value) -> PyResult<()> {
        let mut other = self.set_other(Some(set), b)?;
        let mut map = lock(&set.map);
        match op {
            BinOp::Sub => map.difference_update(&mut other),
            BinOp::And => map.intersection_update(&mut other),
            BinOp::Or => map.update(&mut other),
            _ => map.symmetric_difference_update(&mut other),
        }
        Ok(())
    }

    /// `dict.__getitem__(container, key)` for an instance of a dict subclass
    /// whose dict is `d`: its `__missing__` gives what a missing key maps to
    /// (`defaultdict`, `Counter`).
    pub(super) fn dict_item_or_missing(
        &mut self,
        container: &Value,
        d: &Arc<Dict>,
        key: &Value,
    ) -> PyResult<Value> {
        match self.dict_get(d, key)? {
            Some(found) => Ok(found),
            None => match self.special(container, "__missing__")? {
                Some(missing) => self.call(&missing, super::function::Args::new(vec![key.clone()])),
                None => Err(self.key_error(key)),
            },
        }
    }

    /// `container[key]` of an instance of a class: its `__getitem__`, or
    /// its built-in object's item (a list subclass's).
    fn get_item_of_class(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Some(item) =
            self.call_special(container, "__getitem__", std::slice::from_ref(key))?
        {
            return Ok(item);
        }
        match container.base_object() {
            // A dict subclass's `__missing__` gives what a missing key maps to
            // (`defaultdict`, `Counter`).
            Some(Value::Dict(d)) => self.dict_item_or_missing(container, &d, key),
            Some(base) if !matches!(base, Value::Native(_)) => self.get_item(&base, key),
            _ => Err(type_error(format!(
                "'{}' object is not subscriptable",
                container.type_name()
            ))),
        }
    }

    /// `container[key]`
    ///
    /// # Errors
    /// IndexError, KeyError, TypeError as Python raises them.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        // The two commonest, a list by an int and a dict by a str or int,
        // need none of the checks before the match.
        let common = matches!(
            (container, key),
            (Value::List(_), Value::Int(_)) | (Value::Dict(_), Value::Str(_) | Value::Int(_))
        );
        if !common {
            if let Value::Instance(_) = container {
                return self.get_item_of_class(container, key);
            }
            if is_instance_index(key) {
                if let Some(index) = self.sequence_index(container, key)? {
                    return self.get_item(container, &index);
                }
            }
            if let (Value::Native(_), Value::Slice(_)) = (container, key) {
                if let Some(method) = self.special(container, "__getitem__")? {
                    return self.call(&method, super::function::Args::new(vec![key.clone()]));
                }
            }
            if let Value::Bytes(_) | Value::ByteArray(_) = container {
                return super::bytes::get_item(container, key);
            }
            if let Value::Slice(parts) = key {
                return self.get_slice(container, parts);
            }
        }
        match container {
            Value::List(l) => {
                let items = lock(&l.items);
                let i = item_index(key, items.len(), "list")?;
                Ok(items[i].clone())
            }
            Value::Tuple(t) => Ok(t[item_index(key, t.len(), "tuple")?].clone()),
            // ASCII (the common case) by byte, not by a vector of its chars.
            Value::Str(s) => match self.str_shape(s) {
                StrShape::Ascii => {
                    let i = item_index(key, s.len(), "string")?;
                    Ok(Value::str(&s[i..=i]))
                }
                StrShape::Chars(count) => {
                    let i = item_index(key, count, "string")?;
                    let c = s.chars().nth(i).expect("an index within the string");
                    Ok(Value::str(c.encode_utf8(&mut [0; 4])))
                }
            },
            Value::Range(r) => {
                let index = match key {
                    Value::Int(i) => Some(i128::from(*i)),
                    Value::Bool(b) => Some(i128::from(*b)),
                    Value::BigInt(b) => b.to_i128(),
                    _ => return Err(item_index(key, 0, "range object").unwrap_err()),
                };
                index.and_then(|i| r.get(i)).map(Value::Int).ok_or_else(|| {
                    PyErr::new(ExcType::IndexError, "range object index out of range")
                })
            }
            Value::Dict(d) => {
                let found = self.dict_get(d, key)?;
                found.ok_or_else(|| self.key_error(key))
            }
            // `ExceptionGroup[ValueError]`, as `list[int]`.
            Value::ExcType(kind) if super::exception_groups::is_group(*kind) => {
                self.call_types("GenericAlias", vec![container.clone(), key.clone()])
            }
            // `list[int]` in an annotation: a `types.GenericAlias`.
            Value::Builtin(b) if b.is_type => {
                if GENERIC_TYPES.contains(&b.name) {
                    return self.call_types("GenericAlias", vec![container.clone(), key.clone()]);
                }
                Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    b.name
                )))
            }
            Value::Class(c) if self.special(container, "__getitem__")?.is_none() => {
                // `__class_getitem__` is a class method even when not marked one.
                match c.lookup("__class_getitem__") {
                    Some(f @ Value::Function(_)) => self.call(
                        &f,
                        super::function::Args::new(vec![container.clone(), key.clone()]),
                    ),
                    Some(_) => {
                        let method = self.get_attr(container, "__class_getitem__")?;
                        self.call(&method, super::function::Args::new(vec![key.clone()]))
                    }
                    None => Err(type_error(format!(
                        "type '{}' is not subscriptable",
                        c.name
                    ))),
                }
            }
            Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
                match self.call_special(container, "__getitem__", std::slice::from_ref(key))? {
                    Some(item) => Ok(item),
                    None => Err(type_error(format!(
                        "'{}' object is not subscriptable",
                        container.type_name()
                    ))),
                }
            }
            other => Err(type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }

    /// An instance used as an index into a built-in sequence: the int its
    /// `__index__` returns; a slice with instances for bounds: the slice of
    /// their ints (`None`: not a sequence, or no `__index__`).
    #[inline(never)]
    fn sequence_index(&mut self, container: &Value, key: &Value) -> PyResult<Option<Value>> {
        if !matches!(
            container,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Range(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
        ) {
            return Ok(None);
        }
        let Value::Slice(parts) = key else {
            return super::str_methods::as_index(self, key);
        };
        let mut bounds = (**parts).clone();
        for bound in &mut bounds {
            if let Value::Instance(_) = bound {
                match super::str_methods::as_index(self, bound)? {
                    Some(n) => *bound = n,
                    None => return Ok(None),
                }
            }
        }
        Ok(Some(Value::Slice(Arc::new(bounds))))
    }

    /// `KeyError(key)`: its message is the key's repr.
    pub fn key_error(&mut self, key: &Value) -> PyErr {
        PyErr::raised(
            Value::Exception(super::value::Exception::new(
                ExcType::KeyError,
                vec![key.clone()],
            )),
            Vec::new(),
        )
    }

    fn get_slice(&mut self, container: &Value, parts: &[Value; 3]) -> PyResult<Value> {
        match container {
            Value::List(l) => {
                let items = lock(&l.items);
                let (first, step, count) = slice_span(parts, items.len())?;
                let picked = if step == 1 {
                    items[first..first + count].to_vec()
                } else {
                    span_positions(first, step, count)
                        .map(|i| items[i].clone())
                        .collect()
                };
                Ok(Value::list(picked))
            }
            Value::Tuple(t) => {
                let (first, step, count) = slice_span(parts, t.len())?;
                if step == 1 {
                    // The whole tuple is the tuple itself, as in CPython.
                    if count == t.len() {
                        return Ok(container.clone());
                    }
                    return Ok(Value::Tuple(
                        t[first..first + count].iter().cloned().collect(),
                    ));
                }
                let picked = span_positions(first, step, count).map(|i| t[i].clone());
                Ok(Value::Tuple(picked.collect()))
            }
            Value::Str(s) => self.str_slice(s, parts),
            Value::Range(r) => range_slice(r, parts),
            // A mapping looks the slice up as a key, which it cannot be.
            Value::Dict(_) => Err(type_error("unhashable type: 'slice'")),
            other => Err(type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }

    /// `BuildSlice` followed by `Subscript` (`pc` at it): `x[start:stop:step]`
    /// of a str, list or tuple sliced with the bounds where they are, with
    /// no slice object made; any other container gets its slice object.
    /// Out of line: see "Keep the dispatch loop lean" in docs/performance.md.
    ///
    /// # Errors
    /// As `get_item`.
    #[inline(never)]
    pub(super) fn subscript_slice(&mut self, frame: &mut super::frame::Frame) -> PyResult<()> {
        // Past the Subscript: a traceback points there.
        frame.pc += 1;
        let step = frame.pop();
        let stop = frame.pop();
        let start = frame.pop();
        let container = frame.pop();
        let parts = [start, stop, step];
        let plain = !parts.iter().any(|p| matches!(p, Value::Instance(_)));
        let item = match &container {
            Value::Str(_) | Value::List(_) | Value::Tuple(_) if plain => {
                self.get_slice(&container, &parts)?
            }
            _ => self.get_item(&container, &Value::Slice(Arc::new(parts)))?,
        };
        frame.stack.push(item);
        Ok(())
    }

    /// `s[start:stop:step]`: ASCII text (the common case) sliced by bytes;
    /// a step of 1 taken as one piece of the text; the whole text is the
    /// str itself, as in CPython.
    fn str_slice(&mut self, s: &Arc<str>, parts: &[Value; 3]) -> PyResult<Value> {
        match self.str_shape(s) {
            StrShape::Ascii => {
                let (first, step, count) = slice_span(parts, s.len())?;
                if step == 1 {
                    if count == s.len() {
                        return Ok(Value::Str(s.clone()));
                    }
                    return Ok(Value::str(&s[first..first + count]));
                }
                let bytes = s.as_bytes();
                let mut positions = span_positions(first, step, count);
                Ok(Value::str_with(count, |out| {
                    for (byte, at) in out.iter_mut().zip(&mut positions) {
                        *byte = bytes[at];
                    }
                }))
            }
            StrShape::Chars(len) => {
                let (first, step, count) = slice_span(parts, len)?;
                if step == 1 {
                    if count == len {
                        return Ok(Value::Str(s.clone()));
                    }
                    let mut starts = s.char_indices().map(|(at, _)| at).skip(first);
                    let start = starts.next().unwrap_or(s.len());
                    let end = starts.nth(count.saturating_sub(1)).unwrap_or(s.len());
                    let end = if count == 0 { start } else { end };
                    return Ok(Value::str(&s[start..end]));
                }
                let chars: Vec<char> = s.chars().collect();
                let picked: String = span_positions(first, step, count)
                    .map(|i| chars[i])
                    .collect();
                Ok(Value::str(&picked))
            }
        }
    }

    /// `container[key] = value`
    ///
    /// # Errors
    /// IndexError, TypeError as Python raises them.
    pub fn set_item(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if is_instance_index(&key) {
            if let Some(index) = self.sequence_index(container, &key)? {
                return self.set_item(container, index, value);
            }
        }
        match container {
            Value::List(l) => {
                if let Value::Slice(parts) = &key {
                    let new_items = self.collect(&value)?;
                    return assign_slice(lock(&l.items).as_vec(), parts, new_items, "sequence");
                }
                let mut items = lock(&l.items);
                let i = item_index(&key, items.len(), "list assignment")?;
                items[i] = value;
                Ok(())
            }
            Value::Dict(_) => self.dict_set(container, key, value),
            Value::ByteArray(b) => super::bytes::set_item(self, b, &key, &value),
            Value::Instance(_) | Value::Native(_) => {
                match self.call_special(container, "__setitem__", &[key.clone(), value.clone()])? {
                    Some(_) => Ok(()),
                    None if container
                        .base_object()
                        .is_some_and(|b| !matches!(b, Value::Native(_))) =>
                    {
                        let base = container.base_object().unwrap_or(Value::None);
                        self.set_item(&base, key, value)
                    }
                    None => Err(type_error(format!(
                        "'{}' object does not support item assignment",
                        container.type_name()
                    ))),
                }
            }
            other => Err(type_error(format!(
                "'{}' object does not support item assignment",
                other.type_name()
            ))),
        }
    }

    /// `del container[key]`
    ///
    /// # Errors
    /// IndexError, KeyError, TypeError as Python raises them.
    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Value::Instance(_) = container {
            if let Some(method) = self.special(container, "__delitem__")? {
                self.call(&method, super::function::Args::new(vec![key.clone()]))?;
                return Ok(());
            }
            if let Some(base) = container.base_object() {
                if !matches!(base, Value::Native(_)) {
                    return self.del_item(&base, key);
                }
            }
        }
        if is_instance_index(key) {
            if let Some(index) = self.sequence_index(container, key)? {
                return self.del_item(container, &index);
            }
        }
        match container {
            Value::ByteArray(b) => super::bytes::del_item(b, key),
            Value::List(l) => {
                let mut items = lock(&l.items);
                if let Value::Slice(parts) = key {
                    return delete_slice(items.as_vec(), parts);
                }
                let i = item_index(key, items.len(), "list assignment")?;
                items.remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.key(key)?;
                if let Some(owner) = d.attributes_of.get() {
                    store_through(owner, key, None);
                }
                let removed = lock(&d.map).shift_remove(&k);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(key)),
                }
            }
            other => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                other.type_name()
            ))),
        }
    }

    /// `len(x)`
    ///
    /// # Errors
    /// TypeError for objects without a length.
    /// What a `__len__` returned, checked as CPython checks it.
    ///
    /// # Errors
    /// ValueError for a negative length, TypeError for a non-integer.
    pub fn len_result(&mut self, n: &Value) -> PyResult<i64> {
        match n {
            Value::Int(i) if *i >= 0 => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Int(_) => Err(PyErr::new(
                ExcType::ValueError,
                "__len__() should return >= 0",
            )),
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                n.type_name()
            ))),
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<i64> {
        // What Rust holds in memory has fewer than i64::MAX items.
        let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        Ok(match v {
            Value::Str(s) => count(s.chars().count()),
            Value::Bytes(b) => count(b.len()),
            Value::ByteArray(b) => count(lock(&b.bytes).len()),
            Value::List(l) => count(lock(&l.items).len()),
            Value::Tuple(t) => count(t.len()),
            Value::Dict(d) => count(lock(&d.map).len()),
            Value::Set(s) => count(lock(&s.map).len()),
            Value::Range(r) => i64::try_from(r.len()).map_err(|_| {
                PyErr::new(
                    ExcType::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            })?,
            Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
                match self.call_special(v, "__len__", &[])? {
                    Some(n) => self.len_result(&n)?,
                    None if v
                        .base_object()
                        .is_some_and(|b| !matches!(b, Value::Native(_))) =>
                    {
                        let base = v.base_object().unwrap_or(Value::None);
                        // A subclass of a type with no length (`class I(int)`) by its own name.
                        return self.len(&base).map_err(|error| match &base {
                            Value::Int(_)
                            | Value::BigInt(_)
                            | Value::Float(_)
                            | Value::Bool(_)
                            | Value::Complex(_) => type_error(format!(
                                "object of type '{}' has no len()",
                                v.type_name()
                            )),
                            _ => error,
                        });
                    }
                    None => {
                        return Err(type_error(format!(
                            "object of type '{}' has no len()",
                            v.type_name()
                        )))
                    }
                }
            }
            other => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    other.type_name()
                )))
            }
        })
    }
}

/// An i64 from an int value, for builtins that take sizes.
#[must_use]
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::BigInt(b) => b.to_i64(),
        // An int subclass's instance (an IntEnum member): its int.
        Value::Instance(_) => match v.base_object() {
            Some(base @ (Value::Int(_) | Value::BigInt(_))) => as_i64(&base),
            _ => None,
        },
        _ => None,
    }
}

/// The key of a whole float too big for the inline int: its int's.
#[inline(never)]
fn whole_float_key(f: f64) -> Key {
    use num_traits::FromPrimitive;
    match num_bigint::BigInt::from_f64(f).map(Value::int) {
        Some(Value::Int(i)) => Key::Int(i),
        Some(Value::BigInt(b)) => Key::BigInt(b),
        _ => Key::Float(f.to_bits()),
    }
}

/// `key` stored in (`None`: deleted from) the instance whose `__dict__`
/// was changed, as CPython's dict is the instance's own.
#[inline(never)]
pub(super) fn store_through(owner: &Value, key: &Value, value: Option<&Value>) {
    let (Value::Instance(instance), Value::Str(name)) = (owner, key) else {
        return;
    };
    // The value replaced is dropped after the lock is let go.
    let _old = match value {
        Some(value) => lock(&instance.attributes).insert(name.clone(), value.clone()),
        None => lock(&instance.attributes).shift_remove(&**name),
    };
}
