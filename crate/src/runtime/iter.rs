//! Iterators: over the built-in containers, the lazy builtins (`enumerate`,
//! `zip`, `map`, `filter`) and generators. `Interp::next` advances any of them.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use super::alloc;
use super::dict_views::{as_view, DictIter, ViewKind};
use super::error::{type_error, PyResult};
use super::function::Args;
use super::value::{lock, List, Set, Tuple, Value};
use super::Interp;

#[derive(Debug)]
pub enum Iter {
    /// A list is read live (appends during the loop are seen, as in Python).
    List {
        list: Arc<List>,
        index: usize,
    },
    /// A str's characters, read one at a time from byte `at` (not made
    /// all at once: `for ch in text` of a long text that breaks early).
    Str {
        text: Arc<str>,
        at: usize,
    },
    /// A fixed sequence of items (tuples, sets…).
    Items {
        /// A tuple's, or a fixed list of items made a tuple's (no copy).
        items: Arc<Tuple>,
        index: usize,
        /// Its type's name, as CPython's iterator of the same source has it
        /// (`tuple_iterator`, `str_ascii_iterator`, `list_reverseiterator`).
        name: &'static str,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        inners: Vec<Value>,
        /// `zip(..., strict=True)`: unequal lengths raise ValueError.
        strict: bool,
    },
    Map {
        function: Value,
        inners: Vec<Value>,
    },
    Filter {
        function: Value,
        inner: Value,
    },
    /// A dict's, or one of its views': read live (see `dict_views`).
    Dict(DictIter),
    /// A set's: its items when the loop began, refused once its size changes.
    Set(SetIter),
    /// An iterator implemented in Rust by a module (`executor.map`, `as_completed`).
    Native(Arc<dyn NativeIter>),
}

// A chain of iterators (`it = map(f, it)` in a loop) is freed without deep
// recursion (see `trashcan`).
impl Drop for Iter {
    fn drop(&mut self) {
        use super::trashcan::{defer_values, release};
        let take = |v: &mut Value| std::mem::replace(v, Value::None);
        match self {
            Iter::Enumerate { inner, .. } => release(take(inner), |v, p| defer_values([v], p)),
            Iter::Zip { inners, .. } => release(std::mem::take(inners), defer_values),
            Iter::Map { function, inners } => {
                let contents = (take(function), std::mem::take(inners));
                release(contents, |(function, inners), pending| {
                    defer_values([function], pending);
                    defer_values(inners, pending);
                });
            }
            Iter::Filter { function, inner } => {
                release([take(function), take(inner)], defer_values);
            }
            Iter::List { .. }
            | Iter::Str { .. }
            | Iter::Items { .. }
            | Iter::Dict(_)
            | Iter::Set(_)
            | Iter::Native(_) => {}
        }
    }
}

/// An iterator implemented in Rust; `next` may block (with the GIL released).
pub trait NativeIter: Send + Sync + std::fmt::Debug {
    /// The next item, or `None` when exhausted.
    ///
    /// # Errors
    /// What producing the item raises.
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>>;
}

/// An object with `__getitem__` but no `__iter__`, iterated as CPython
/// iterates a sequence: items 0, 1, 2… until IndexError (or StopIteration).
#[derive(Debug)]
struct SequenceIter {
    /// The object's `__getitem__`, bound.
    getitem: Value,
    /// The next index; past the end once exhausted.
    index: std::sync::atomic::AtomicI64,
}

impl NativeIter for SequenceIter {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        use std::sync::atomic::Ordering;
        let index = self.index.load(Ordering::Relaxed);
        if index == i64::MAX {
            return Ok(None);
        }
        match interp.call(
            &self.getitem,
            super::function::Args::new(vec![Value::Int(index)]),
        ) {
            Ok(item) => {
                self.index.store(index + 1, Ordering::Relaxed);
                Ok(Some(item))
            }
            Err(e)
                if matches!(
                    e.kind(),
                    Some(super::error::ExcType::IndexError | super::error::ExcType::StopIteration)
                ) =>
            {
                self.index.store(i64::MAX, Ordering::Relaxed);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

impl Iter {
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Iter::List { .. } => "list_iterator",
            Iter::Items { name, .. } => name,
            // CPython 3.11 has a type of its own for ASCII strs' iterators.
            Iter::Str { text, .. } if text.is_ascii() => "str_ascii_iterator",
            Iter::Str { .. } => "str_iterator",
            Iter::Dict(d) => d.type_name(),
            Iter::Set(_) => "set_iterator",
            Iter::Enumerate { .. } => "enumerate",
            Iter::Zip { .. } => "zip",
            Iter::Map { .. } => "map",
            Iter::Filter { .. } => "filter",
            Iter::Native(_) => "generator",
        }
    }

    #[must_use]
    pub fn value(self) -> Value {
        Value::Iter(Arc::new(Mutex::new(self)))
    }

    #[must_use]
    pub fn items(items: Vec<Value>) -> Value {
        Iter::named_items(items, "iterator")
    }

    /// An iterator over `items` whose type is named `name`.
    #[must_use]
    pub fn named_items(items: Vec<Value>, name: &'static str) -> Value {
        Iter::Items {
            items: Tuple::new(items),
            index: 0,
            name,
        }
        .value()
    }

    /// `it.__length_hint__()`: how many items are left, for the iterators
    /// over a container (`None` for the others, which have no such method).
    #[must_use]
    pub fn length_hint(&self) -> Option<usize> {
        match self {
            Iter::List { list, index } => Some(lock(&list.items).len().saturating_sub(*index)),
            Iter::Items { items, index, .. } => Some(items.len().saturating_sub(*index)),
            Iter::Set(s) => Some(s.remaining()),
            Iter::Dict(d) => Some(d.remaining()),
            Iter::Str { text, at } => Some(text.get(*at..).map_or(0, |rest| rest.chars().count())),
            _ => None,
        }
    }
}

/// The iterator of a range. Its position is an atomic, read and then
/// written (no lock, no read-modify-write): under the GIL only one thread
/// steps it at a time; free threads sharing one iterator may both get an
/// item, as with free-threaded CPython's iterators, but never a torn number.
///
/// The iterator of a `for` loop or a comprehension is private: the program
/// never sees it, only the frame that loops steps it (a generator's frame is
/// run by one thread at a time), so its position is read and written as a
/// plain number. In wasm every atomic store is sequentially consistent, as
/// costly as an exchange: a third of the time of `for i in range(n): pass`.
#[derive(Debug)]
pub struct RangeIter {
    next: AtomicI64,
    stop: i64,
    step: i64,
    private: bool,
}

impl RangeIter {
    /// An iterator the program may share (`iter(range(n))`).
    #[must_use]
    pub fn new(start: i64, stop: i64, step: i64) -> RangeIter {
        RangeIter {
            next: AtomicI64::new(start),
            stop,
            step,
            private: false,
        }
    }

    /// The iterator of a loop, which only its frame ever steps (`GetIter`).
    #[must_use]
    pub fn private(start: i64, stop: i64, step: i64) -> RangeIter {
        RangeIter {
            private: true,
            ..RangeIter::new(start, stop, step)
        }
    }

    /// How many numbers it has left to give.
    #[must_use]
    pub fn remaining(&self) -> usize {
        let current = self.next.load(Ordering::Relaxed);
        let (span, step) = if self.step > 0 {
            (
                i128::from(self.stop) - i128::from(current),
                i128::from(self.step),
            )
        } else {
            (
                i128::from(current) - i128::from(self.stop),
                -i128::from(self.step),
            )
        };
        if span <= 0 {
            return 0;
        }
        usize::try_from((span + step - 1) / step).unwrap_or(usize::MAX)
    }

    /// The next number, or `None` past the end.
    pub fn next(&self) -> Option<i64> {
        let current = if self.private {
            // SAFETY: a private iterator is stepped by one thread at a time.
            unsafe { *self.next.as_ptr() }
        } else {
            self.next.load(Ordering::Relaxed)
        };
        let more = if self.step > 0 {
            current < self.stop
        } else {
            current > self.stop
        };
        if !more {
            return None;
        }
        // Past the end the position stops moving (and so cannot overflow).
        let following = current.checked_add(self.step).unwrap_or(self.stop);
        if self.private {
            // SAFETY: as above.
            unsafe { *self.next.as_ptr() = following };
        } else {
            self.next.store(following, Ordering::Relaxed);
        }
        Some(current)
    }
}

/// One step of an iterator over a list or a tuple (held locked): `Some(item)`,
/// or `Some(None)` at its end; `None` for any other kind of iterator.
#[inline]
pub(super) fn step_sequence(it: &mut Iter) -> Option<Option<Value>> {
    match it {
        Iter::List { list, index } => {
            let item = lock(&list.items).get(*index).cloned();
            *index += 1;
            Some(item)
        }
        Iter::Items { items, index, .. } => {
            let item = items.get(*index).cloned();
            *index += 1;
            Some(item)
        }
        Iter::Str { text, at } => {
            let Some(c) = text[*at..].chars().next() else {
                return Some(None);
            };
            *at += c.len_utf8();
            Some(Some(Value::str(c.encode_utf8(&mut [0; 4]))))
        }
        _ => None,
    }
}

/// One step of an iterator that takes no call and runs no Python code: a
/// range's, a list's, a tuple's, a str's (see `step_sequence`). `None` for
/// any other.
#[inline]
fn step_plain(iterator: &Value) -> Option<Option<Value>> {
    match iterator {
        Value::RangeIter(range) => Some(range.next().map(Value::Int)),
        Value::Iter(cell) => step_sequence(&mut lock(cell)),
        _ => None,
    }
}

/// One step of zip's `inners` while each is plain (`step_plain`), their
/// items pushed on `items` in order: `Some(true)` when every inner gave one;
/// `Some(false)` when one had ended (those before it stepped, as CPython's
/// zip steps them); `None` at the first inner that is not plain (those
/// before it stepped, their items on `items`).
fn zip_plain(inners: &[Value], items: &mut Vec<Value>) -> Option<bool> {
    for inner in inners {
        match step_plain(inner)? {
            Some(item) => items.push(item),
            None => return Some(false),
        }
    }
    Some(true)
}

/// The iterator of a set: the items it held when the iterator was made,
/// given while its size stays the same (CPython's "Set changed size during
/// iteration" after an add or a removal in the loop).
#[derive(Debug)]
pub struct SetIter {
    /// `None` once exhausted: a set that changes afterwards is not refused.
    set: Option<Arc<Set>>,
    items: Arc<Tuple>,
    index: usize,
    /// The set's size when the iterator was made; `usize::MAX` once refused.
    size: usize,
}

impl SetIter {
    fn new(set: Arc<Set>) -> SetIter {
        let (items, size) = {
            let mut map = lock(&set.map);
            (map.values(), map.len())
        };
        SetIter {
            set: Some(set),
            items: Tuple::new(items),
            index: 0,
            size,
        }
    }

    /// How many items it has left to give.
    fn remaining(&self) -> usize {
        if self.set.is_none() {
            return 0;
        }
        self.items.len().saturating_sub(self.index)
    }

    #[inline]
    pub(super) fn next_item(&mut self) -> PyResult<Option<Value>> {
        let Some(set) = &self.set else {
            return Ok(None);
        };
        if lock(&set.map).len() != self.size {
            // Refused again at every later step, as CPython does.
            self.size = usize::MAX;
            return Err(super::error::PyErr::new(
                super::error::ExcType::RuntimeError,
                "Set changed size during iteration",
            ));
        }
        let item = self.items.get(self.index).cloned();
        self.index += 1;
        if item.is_none() {
            self.set = None;
        }
        Ok(item)
    }
}

/// What to do after one step under the iterator's lock.
enum Step {
    Enumerate(Value, i64),
    /// The inners, `strict`, and the items already taken from the first of them.
    Zip(Vec<Value>, bool, Vec<Value>),
    Map(Value, Vec<Value>),
    /// A map of one iterator, and that iterator.
    Map1(Value, Value),
    /// A map of one iterator, and the item just taken from it.
    MapItem(Value, Value),
    Filter(Value, Value),
    Native(Arc<dyn NativeIter>),
}

impl Interp {
    /// `iter(x)`
    ///
    /// # Errors
    /// TypeError for objects that are not iterable.
    pub fn iter(&mut self, value: &Value) -> PyResult<Value> {
        Ok(match value {
            Value::Iter(_) | Value::Generator(_) | Value::RangeIter(_) => value.clone(),
            Value::Range(r) => Value::RangeIter(Arc::new(RangeIter::new(r.start, r.stop, r.step))),
            Value::List(l) => Iter::List {
                list: l.clone(),
                index: 0,
            }
            .value(),
            Value::Tuple(t) => Iter::Items {
                items: t.clone(),
                index: 0,
                name: "tuple_iterator",
            }
            .value(),
            Value::Str(s) => Iter::Str {
                text: s.clone(),
                at: 0,
            }
            .value(),
            Value::Bytes(_) | Value::ByteArray(_) => Iter::named_items(
                super::bytes::bytes_like(value)
                    .unwrap_or_default()
                    .iter()
                    .map(|&b| Value::Int(i64::from(b)))
                    .collect(),
                if matches!(value, Value::Bytes(_)) {
                    "bytes_iterator"
                } else {
                    "bytearray_iterator"
                },
            ),
            Value::Dict(d) => Iter::Dict(DictIter::new(d.clone(), ViewKind::Keys)).value(),
            Value::Set(s) => Iter::Set(SetIter::new(s.clone())).value(),
            other => {
                if let Some(view) = as_view(other) {
                    return Ok(view.iter());
                }
                if let Some(method) = self.special(other, "__iter__")? {
                    let iterator = self.call(&method, super::function::Args::default())?;
                    if matches!(iterator, Value::Instance(_))
                        && self.special(&iterator, "__next__")?.is_none()
                    {
                        return Err(type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            iterator.type_name()
                        )));
                    }
                    return Ok(iterator);
                }
                if let Some(base) = other.base_object() {
                    if !matches!(base, Value::Native(_)) {
                        return self.iter(&base);
                    }
                }
                // The old sequence protocol: `__getitem__(0)`, `(1)`… until IndexError.
                if matches!(other, Value::Instance(_)) {
                    if let Some(getitem) = self.special(other, "__getitem__")? {
                        return Ok(Iter::Native(Arc::new(SequenceIter {
                            getitem,
                            index: std::sync::atomic::AtomicI64::new(0),
                        }))
                        .value());
                    }
                }
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    other.type_name()
                )));
            }
        })
    }

    /// For `sum()`: the iterator's next item, or `None` when it is
    /// exhausted; a generator first adds the ints it yields to `int_sum`
    /// (see `Generator::next_summing`).
    ///
    /// # Errors
    /// As `next`.
    pub fn next_summing(
        &mut self,
        iterator: &Value,
        int_sum: &mut i128,
    ) -> PyResult<Option<Value>> {
        match iterator {
            Value::Generator(generator) => generator.next_summing(self, Some(int_sum)),
            _ => self.next(iterator),
        }
    }

    /// `next()` of an instance of a class: its `__next__`, until it raises
    /// StopIteration.
    fn next_of_class(&mut self, iterator: &Value) -> PyResult<Option<Value>> {
        match self.call_special(iterator, "__next__", &[]) {
            Ok(Some(item)) => Ok(Some(item)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                iterator.type_name()
            ))),
            Err(e) if e.kind() == Some(super::error::ExcType::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The iterator's next item, or `None` when it is exhausted.
    ///
    /// # Errors
    /// Whatever a generator or a mapped function raises.
    pub fn next(&mut self, iterator: &Value) -> PyResult<Option<Value>> {
        self.count_step()?;
        match iterator {
            Value::RangeIter(range) => return Ok(range.next().map(Value::Int)),
            Value::Generator(generator) => return generator.next(self),
            Value::Instance(_) => return self.next_of_class(iterator),
            _ => {}
        }
        let Value::Iter(cell) = iterator else {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                iterator.type_name()
            )));
        };
        let step = {
            let mut it = lock(cell);
            if let Some(item) = step_sequence(&mut it) {
                return Ok(item);
            }
            match &mut *it {
                Iter::List { .. } | Iter::Items { .. } | Iter::Str { .. } => {
                    unreachable!("stepped above")
                }
                Iter::Dict(d) => return d.next_item(),
                Iter::Set(s) => return s.next_item(),
                Iter::Enumerate { inner, count } => {
                    *count += 1;
                    // `enumerate(a_list)`: its list stepped here, under both
                    // locks (always taken outer first), with no clone of the
                    // inner iterator and no second call.
                    if let Some(item) = step_plain(inner) {
                        return Ok(item.map(|item| Value::pair(Value::Int(*count - 1), item)));
                    }
                    Step::Enumerate(inner.clone(), *count - 1)
                }
                Iter::Zip { inners, .. } if inners.is_empty() => return Ok(None),
                Iter::Zip { inners, strict } => {
                    let mut items = Vec::with_capacity(inners.len());
                    match zip_plain(inners, &mut items) {
                        Some(true) => return Ok(Some(Value::Tuple(Tuple::new(items)))),
                        Some(false) if !*strict => return Ok(None),
                        _ => Step::Zip(inners.clone(), *strict, items),
                    }
                }
                // `map(f, xs)`: its one iterator stepped here when that takes
                // no call (as enumerate's), and nothing cloned but `f`.
                Iter::Map { function, inners } if inners.len() == 1 => {
                    match step_plain(&inners[0]) {
                        Some(None) => return Ok(None),
                        Some(Some(item)) => Step::MapItem(function.clone(), item),
                        None => Step::Map1(function.clone(), inners[0].clone()),
                    }
                }
                Iter::Map { function, inners } => Step::Map(function.clone(), inners.clone()),
                Iter::Filter { function, inner } => Step::Filter(function.clone(), inner.clone()),
                Iter::Native(n) => Step::Native(n.clone()),
            }
        };
        match step {
            Step::Enumerate(inner, count) => Ok(self
                .next(&inner)?
                .map(|item| Value::pair(Value::Int(count), item))),
            Step::Zip(inners, strict, items) => Ok(self
                .finish_zip(&inners, strict, items)?
                .map(|items| Value::Tuple(Tuple::new(items)))),
            Step::MapItem(function, item) => self.call_with_first(&function, &item, &[]).map(Some),
            Step::Map1(function, inner) => match self.next(&inner)? {
                Some(item) => self.call_with_first(&function, &item, &[]).map(Some),
                None => Ok(None),
            },
            Step::Map(function, inners) => {
                let mut items = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.next(inner)? {
                        Some(item) => items.push(item),
                        None => return Ok(None),
                    }
                }
                match items.split_first() {
                    Some((first, rest)) => self.call_with_first(&function, first, rest).map(Some),
                    None => self.call(&function, Args::new(items)).map(Some),
                }
            }
            Step::Filter(function, inner) => loop {
                let Some(item) = self.next(&inner)? else {
                    return Ok(None);
                };
                let keep = match &function {
                    Value::None => self.truthy(&item)?,
                    f => {
                        let verdict = self.call_with_first(f, &item, &[])?;
                        self.truthy(&verdict)?
                    }
                };
                if keep {
                    return Ok(Some(item));
                }
            },
            Step::Native(n) => n.next(self),
        }
    }

    /// `for a, b in enumerate(x)` (or `zip(x, y)`), the loop's `ForIter`
    /// followed by `UnpackSequence(n)`: when `iterator` is an enumerate or a
    /// zip of `n` whose inner iterators take no call (`step_plain`), the
    /// items of the next step are pushed on `stack` as the unpacking leaves
    /// them (last first), with no tuple made and taken apart. `None` when it
    /// is another iterator (nothing done); else whether there was a step.
    ///
    /// # Errors
    /// As `next`.
    pub(super) fn next_unpacked(
        &mut self,
        iterator: &Value,
        n: usize,
        stack: &mut Vec<Value>,
    ) -> PyResult<Option<bool>> {
        let Value::Iter(cell) = iterator else {
            return Ok(None);
        };
        self.count_step()?;
        let mut it = lock(cell);
        match &mut *it {
            Iter::Enumerate { inner, count } if n == 2 => {
                let Some(item) = step_plain(inner) else {
                    return Ok(None);
                };
                let Some(item) = item else {
                    return Ok(Some(false));
                };
                stack.push(item);
                stack.push(Value::Int(*count));
                *count += 1;
                Ok(Some(true))
            }
            Iter::Zip { inners, strict } if inners.len() == n && n > 0 => {
                let base = stack.len();
                match zip_plain(inners, stack) {
                    Some(true) => {
                        stack[base..].reverse();
                        Ok(Some(true))
                    }
                    Some(false) if !*strict => {
                        stack.truncate(base);
                        Ok(Some(false))
                    }
                    // An inner that is not plain (or the end of a strict
                    // zip's inner): the step finished as `next` does.
                    _ => {
                        let taken = stack.split_off(base);
                        let (inners, strict) = (inners.clone(), *strict);
                        drop(it);
                        match self.finish_zip(&inners, strict, taken)? {
                            Some(mut items) => {
                                items.reverse();
                                stack.append(&mut items);
                                Ok(Some(true))
                            }
                            None => Ok(Some(false)),
                        }
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// `ForIter(exit)` followed by `UnpackSequence(n)` (`pc` at it), the
    /// iterator on top of the stack: one step through `next_unpacked`, the
    /// items left on the stack as the unpacking leaves them and the
    /// unpacking skipped, or the loop left at its end (true); false, and
    /// nothing done, for an iterator `next_unpacked` does not step.
    /// Out of line: see "Keep the dispatch loop lean" in docs/performance.md.
    ///
    /// # Errors
    /// As `next`.
    #[inline(never)]
    pub(super) fn for_iter_unpacked(
        &mut self,
        frame: &mut super::frame::Frame,
        n: usize,
        exit: u32,
    ) -> PyResult<bool> {
        if !matches!(frame.stack.last(), Some(Value::Iter(_))) {
            return Ok(false);
        }
        // The iterator moved out (no count taken) while the items go on
        // the stack above its place, and back in after.
        let at = frame.stack.len() - 1;
        let iterator = std::mem::replace(&mut frame.stack[at], Value::None);
        let stepped = self.next_unpacked(&iterator, n, &mut frame.stack);
        frame.stack[at] = iterator;
        match stepped? {
            None => Ok(false),
            Some(true) => {
                frame.pc += 1;
                Ok(true)
            }
            Some(false) => {
                frame.stack.truncate(at);
                frame.pc = exit as usize;
                Ok(true)
            }
        }
    }

    /// A step of zip's `inners` (not empty) from the first that gave no item
    /// yet (`items` holds those of the others): all the items, or `None`
    /// at the end.
    fn finish_zip(
        &mut self,
        inners: &[Value],
        strict: bool,
        mut items: Vec<Value>,
    ) -> PyResult<Option<Vec<Value>>> {
        for (i, inner) in inners.iter().enumerate().skip(items.len()) {
            match self.next(inner)? {
                Some(item) => items.push(item),
                None if strict => return self.zip_strict_end(inners, i).map(|_| None),
                None => return Ok(None),
            }
        }
        Ok(Some(items))
    }

    /// `zip(strict=True)` found argument `exhausted` (0-based) at its end:
    /// the end of all of them, or ValueError naming the first that differs.
    fn zip_strict_end(&mut self, inners: &[Value], exhausted: usize) -> PyResult<Option<Value>> {
        let others = |i: usize| {
            if i == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{i}")
            }
        };
        if exhausted > 0 {
            return Err(super::error::value_error(format!(
                "zip() argument {} is shorter than {}",
                exhausted + 1,
                others(exhausted)
            )));
        }
        for (i, inner) in inners.iter().enumerate().skip(1) {
            if self.next(inner)?.is_some() {
                return Err(super::error::value_error(format!(
                    "zip() argument {} is longer than {}",
                    i + 1,
                    others(i)
                )));
            }
        }
        Ok(None)
    }

    /// All items of an iterable, collected.
    ///
    /// # Errors
    /// Not iterable, or what iterating raises.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        match iterable {
            Value::List(l) => return Ok(lock(&l.items).to_vec()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Dict(d) => return Ok(lock(&d.map).values().map(|(k, _)| k.clone()).collect()),
            _ => {}
        }
        if let Some(view) = as_view(iterable) {
            return Ok(view.snapshot());
        }
        // A size known ahead is asked for at once (`list(range(10**10))`:
        // MemoryError before the first item); the rest grow fallibly.
        let mut items = match iterable {
            Value::Range(r) => {
                let len = u64::try_from(r.len()).unwrap_or(u64::MAX);
                alloc::vec_with_capacity(alloc::check_items(len, size_of::<Value>())?)?
            }
            _ => Vec::new(),
        };
        let iterator = self.iter(iterable)?;
        while let Some(item) = self.next(&iterator)? {
            alloc::push(&mut items, item)?;
        }
        Ok(items)
    }
}
