//! `dict.keys()`, `dict.values()` and `dict.items()`: views of a dict, not
//! copies. A view reads its dict each time it is used (its length, its
//! items, `in`), so it sees every change made after it was taken; keys and
//! items views are also set-like (`&`, `|`, `^`, `-`, comparisons with
//! sets, `isdisjoint`), as in CPython.
//!
//! Also the iterator of a dict and of its views, which reads the dict live
//! and refuses to go on once the dict changed under it (CPython's
//! "dictionary changed size during iteration").

use std::sync::Arc;

use crate::builtin;

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::value::{lock, Dict, Key, KeyHash, Native, Value};
use super::Interp;
use crate::compiler::bytecode::BinOp;

/// What a view (or an iterator over a dict) gives of each entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    /// The entry's item: its key, its value or the pair.
    fn item(self, key: &Value, value: &Value) -> Value {
        match self {
            ViewKind::Keys => key.clone(),
            ViewKind::Values => value.clone(),
            ViewKind::Items => Value::tuple(vec![key.clone(), value.clone()]),
        }
    }
}

/// `d.keys()`, `d.values()` or `d.items()`: the dict itself, shared.
#[derive(Debug)]
pub struct DictView {
    pub dict: Arc<Dict>,
    pub kind: ViewKind,
}

impl DictView {
    #[must_use]
    pub fn value(dict: Arc<Dict>, kind: ViewKind) -> Value {
        Value::Native(Arc::new(DictView { dict, kind }))
    }

    /// Keys and items views are set-like; values views are not (their
    /// values need not be hashable nor distinct).
    fn is_set_like(&self) -> bool {
        self.kind != ViewKind::Values
    }

    /// The items as they are now.
    #[must_use]
    pub fn snapshot(&self) -> Vec<Value> {
        lock(&self.dict.map)
            .values()
            .map(|(k, v)| self.kind.item(k, v))
            .collect()
    }

    /// A new iterator over the dict as it will be.
    #[must_use]
    pub fn iter(&self) -> Value {
        super::iter::Iter::Dict(DictIter::new(self.dict.clone(), self.kind)).value()
    }
}

impl Native for DictView {
    fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }

    fn methods(&self) -> &'static [Builtin] {
        if self.is_set_like() {
            SET_LIKE_METHODS
        } else {
            VALUES_METHODS
        }
    }

    fn repr(&self) -> String {
        // Never used: `__repr__` (which needs the interpreter) stands first.
        format!("<{} object>", self.type_name())
    }

    fn hashable(&self) -> bool {
        false
    }
}

/// The view `v` is, if it is one.
#[must_use]
pub fn as_view(v: &Value) -> Option<&DictView> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<DictView>(),
        _ => None,
    }
}

/// Whether `v` is a keys or items view.
#[must_use]
pub fn is_set_like(v: &Value) -> bool {
    as_view(v).is_some_and(DictView::is_set_like)
}

/// The view a view's method is called on, with its other arguments.
fn receiver<'a>(args: &'a Args, name: &str, count: usize) -> PyResult<(&'a DictView, &'a [Value])> {
    match args.positional.split_first() {
        Some((this, rest)) if rest.len() == count && args.keywords.is_empty() => {
            match as_view(this) {
                Some(view) => Ok((view, rest)),
                None => Err(type_error(format!(
                    "descriptor '{name}' requires a dict view, not '{}'",
                    this.type_name()
                ))),
            }
        }
        _ => Err(type_error(format!(
            "{name}() takes exactly {count} argument{} ({} given)",
            if count == 1 { "" } else { "s" },
            args.positional.len().saturating_sub(1)
        ))),
    }
}

static SET_LIKE_METHODS: &[Builtin] = &[
    builtin!("dict_view.__len__", view_len),
    builtin!("dict_view.__iter__", view_iter),
    builtin!("dict_view.__reversed__", view_reversed),
    builtin!("dict_view.__contains__", view_contains),
    builtin!("dict_view.__repr__", view_repr),
    builtin!("dict_view.isdisjoint", |interp, args| {
        let (_, rest) = receiver(&args, "isdisjoint", 1)?;
        let this = args.positional[0].clone();
        let iterator = interp.iter(&rest[0])?;
        while let Some(item) = interp.next(&iterator)? {
            if interp.contains(&this, &item)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    }),
];

static VALUES_METHODS: &[Builtin] = &[
    builtin!("dict_values.__len__", view_len),
    builtin!("dict_values.__iter__", view_iter),
    builtin!("dict_values.__reversed__", view_reversed),
    builtin!("dict_values.__repr__", view_repr),
];

fn view_len(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (view, _) = receiver(&args, "__len__", 0)?;
    let len = lock(&view.dict.map).len();
    Ok(Value::Int(i64::try_from(len).unwrap_or(i64::MAX)))
}

fn view_iter(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (view, _) = receiver(&args, "__iter__", 0)?;
    Ok(view.iter())
}

fn view_reversed(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (view, _) = receiver(&args, "__reversed__", 0)?;
    let mut items = view.snapshot();
    items.reverse();
    let name = match view.kind {
        ViewKind::Keys => "dict_reversekeyiterator",
        ViewKind::Values => "dict_reversevalueiterator",
        ViewKind::Items => "dict_reverseitemiterator",
    };
    Ok(super::iter::Iter::named_items(items, name))
}

fn view_contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (view, rest) = receiver(&args, "__contains__", 1)?;
    Ok(Value::Bool(view_has(interp, view, &rest[0])?))
}

fn view_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (view, _) = receiver(&args, "__repr__", 0)?;
    // A view inside its own dict (`d['v'] = d.values()`) is written `...`
    // the second time, as CPython does.
    let text = interp.repr_nested(&args.positional[0], "...", |interp| {
        let items = interp.repr(&Value::list(view.snapshot()))?;
        Ok(format!("{}({items})", view.type_name()))
    })?;
    Value::try_str(&text)
}

/// `item in view`: a key looked up (keys); a `(key, value)` pair whose key
/// is there with an equal value (items); an equal value (values).
fn view_has(interp: &mut Interp, view: &DictView, item: &Value) -> PyResult<bool> {
    match view.kind {
        ViewKind::Keys => {
            let found = interp.find_in_dict(&view.dict, &lock(&view.dict.map), item)?;
            Ok(found.is_some())
        }
        ViewKind::Items => {
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            let [key, value] = &pair[..] else {
                return Ok(false);
            };
            let Some(found) = interp.dict_get(&view.dict, key)? else {
                return Ok(false);
            };
            Ok(found.is(value) || interp.eq(&found, value)?)
        }
        ViewKind::Values => {
            for candidate in view.snapshot() {
                if candidate.is(item) || interp.eq(&candidate, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

impl Interp {
    /// `item in view`, for `Interp::contains`.
    ///
    /// # Errors
    /// Unhashable keys, what an `__eq__` raises.
    pub fn view_contains(&mut self, view: &DictView, item: &Value) -> PyResult<bool> {
        view_has(self, view, item)
    }

    /// `a op b` where `a` or `b` is a keys or items view: the set of the
    /// view's items and the set of the other operand's, combined (`&`, `|`,
    /// `^`, `-`), whichever side the view is on. The other may be any
    /// iterable, as in CPython.
    ///
    /// # Errors
    /// TypeError for other operators, a not iterable operand or unhashable items.
    pub fn view_set_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if !matches!(op, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor) {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            )));
        }
        let a = self.as_set(a)?;
        let b = self.as_set(b)?;
        self.set_op(op, &a, &b)
    }

    /// The set `set(v)`, or `v` itself when it is a set.
    fn as_set(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Set(_) = v {
            return Ok(v.clone());
        }
        let items = match as_view(v) {
            Some(view) => view.snapshot(),
            None => self.collect(v)?,
        };
        self.new_set(items)
    }

    /// The set a keys or items view compares as, when `v` is one and `other`
    /// is a set or such a view (anything else compares by identity, or not
    /// at all): both as sets.
    ///
    /// # Errors
    /// Unhashable items.
    pub fn view_comparands(&mut self, a: &Value, b: &Value) -> PyResult<Option<(Value, Value)>> {
        let comparable = |v: &Value| matches!(v, Value::Set(_)) || is_set_like(v);
        if !(is_set_like(a) || is_set_like(b)) || !comparable(a) || !comparable(b) {
            return Ok(None);
        }
        Ok(Some((self.as_set(a)?, self.as_set(b)?)))
    }
}

/// The iterator of a dict (`iter(d)`) and of its views: it reads the dict
/// at each step, so it gives what is there now, and refuses a dict whose
/// size changed (CPython's "dictionary changed size during iteration").
///
/// A dict whose entries were removed and as many added keeps its size: the
/// iterator then goes on where CPython's would, after the entry it gave
/// last (which a removal before it moved back), through the new entries
/// at the end, but no further than the dict's size when it began
/// ("dictionary keys changed during iteration").
#[derive(Debug)]
pub struct DictIter {
    /// `None` once exhausted: a dict that grows afterwards gives no more.
    dict: Option<Arc<Dict>>,
    kind: ViewKind,
    index: usize,
    /// The dict's size when the iterator was made.
    size: usize,
    /// How many more entries it may give.
    remaining: usize,
    /// The identities (`Value::identity`) of the keys given last and
    /// expected next (at `index`; `None` past the end), to see whether
    /// entries moved since the last step.
    last: Option<usize>,
    next: Option<usize>,
}

/// The identity of the key at `index`, if there is one.
fn key_at(map: &DictMap, index: usize) -> Option<usize> {
    map.get_index(index).map(|(_, (k, _))| k.identity())
}

type DictMap = indexmap::IndexMap<Key, (Value, Value), KeyHash>;

fn keys_changed() -> PyErr {
    PyErr::new(
        ExcType::RuntimeError,
        "dictionary keys changed during iteration",
    )
}

impl DictIter {
    #[must_use]
    pub fn new(dict: Arc<Dict>, kind: ViewKind) -> DictIter {
        let (size, next) = {
            let map = lock(&dict.map);
            (map.len(), key_at(&map, 0))
        };
        DictIter {
            dict: Some(dict),
            kind,
            index: 0,
            size,
            remaining: size,
            last: None,
            next,
        }
    }

    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "dict_keyiterator",
            ViewKind::Values => "dict_valueiterator",
            ViewKind::Items => "dict_itemiterator",
        }
    }

    /// How many more entries it may give.
    #[must_use]
    pub fn remaining(&self) -> usize {
        if self.dict.is_none() {
            return 0;
        }
        self.remaining
    }

    /// The next item.
    ///
    /// # Errors
    /// RuntimeError when the dict changed since the iterator began.
    #[inline]
    pub fn next_item(&mut self) -> PyResult<Option<Value>> {
        let kind = self.kind;
        self.step(|k, v| kind.item(k, v))
    }

    /// The next entry's key and value, when they are to be unpacked at once
    /// (`for k, v in d.items()`): no pair made and taken apart.
    ///
    /// # Errors
    /// As `next_item`.
    #[inline]
    pub fn next_pair(&mut self) -> PyResult<Option<(Value, Value)>> {
        self.step(|k, v| (k.clone(), v.clone()))
    }

    /// Whether it gives `(key, value)` pairs.
    #[must_use]
    pub fn gives_items(&self) -> bool {
        self.kind == ViewKind::Items
    }

    #[inline]
    fn step<T>(&mut self, take: impl FnOnce(&Value, &Value) -> T) -> PyResult<Option<T>> {
        let Some(dict) = &self.dict else {
            return Ok(None);
        };
        let map = lock(&dict.map);
        if map.len() != self.size {
            // Refused again at every later step, as CPython does.
            self.size = usize::MAX;
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        if key_at(&map, self.index) != self.next {
            let Some(index) = self.moved_to(&map) else {
                drop(map);
                self.dict = None;
                return Err(keys_changed());
            };
            self.index = index;
        }
        let Some((_, (k, v))) = map.get_index(self.index) else {
            drop(map);
            self.dict = None;
            return Ok(None);
        };
        if self.remaining == 0 {
            drop(map);
            self.dict = None;
            return Err(keys_changed());
        }
        self.remaining -= 1;
        self.last = Some(k.identity());
        self.index += 1;
        self.next = key_at(&map, self.index);
        Ok(Some(take(k, v)))
    }

    /// Where to go on after entries before `index` were removed (and as
    /// many added at the end): after the key given last, or at the key that
    /// was to come next; `None` when both are gone.
    #[cold]
    fn moved_to(&self, map: &DictMap) -> Option<usize> {
        let position = |id: usize| map.values().position(|(k, _)| k.identity() == id);
        if let Some(at) = self.last.and_then(position) {
            return Some(at + 1);
        }
        self.next.and_then(position)
    }
}
