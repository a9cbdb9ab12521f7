//! Python values. Small ints live inline; everything shared is behind an `Arc`,
//! and every mutable object has its own lock, so threads (with or without the
//! GIL) can share objects without ever corrupting memory: they may only lose
//! updates, as Python threads do.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use indexmap::IndexMap;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::error::{ExcType, TraceEntry};
use super::function::{Builtin, Function};
use super::iter::Iter;
use super::object::{Class, Instance, Module};
use crate::objects::complex::Complex;
use crate::objects::num_hash;

/// The str of one ASCII character, shared: `for ch in text` and `text[i]`
/// take one from here rather than allocating it (as CPython keeps its
/// one-character strs).
fn ascii_char(byte: u8) -> Arc<str> {
    static CHARS: std::sync::OnceLock<Vec<Arc<str>>> = std::sync::OnceLock::new();
    let chars = CHARS.get_or_init(|| {
        (0..128u8)
            .map(|b| Arc::from(char::from(b).encode_utf8(&mut [0; 4])))
            .collect()
    });
    chars[usize::from(byte)].clone()
}

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    /// Only for values outside i64 (see `Value::int`).
    BigInt(Arc<BigInt>),
    Float(f64),
    /// Boxed, so that a Value is 16 bytes, not 24: every stack slot, local
    /// and list item is a Value, and complex numbers are rare.
    Complex(Arc<Complex>),
    Str(Arc<str>),
    /// `bytes`: immutable, so shared as it is.
    Bytes(Arc<[u8]>),
    /// `bytearray`: bytes that change in place.
    ByteArray(Arc<ByteArray>),
    List(Arc<List>),
    Tuple(Arc<Tuple>),
    Dict(Arc<Dict>),
    Set(Arc<Set>),
    Range(Arc<Range>),
    Slice(Arc<[Value; 3]>),
    Function(Arc<Function>),
    Builtin(&'static Builtin),
    /// A method bound to its receiver (`obj.method`, `[].append`).
    Method(Arc<(Value, Value)>),
    Iter(Arc<Mutex<Iter>>),
    /// A generator expression's generator (see `generator.rs`).
    Generator(Arc<super::generator::Generator>),
    /// `iter(range(...))`, the iterator of every `for i in range(n)`: kept
    /// apart from `Iter` so that taking a step takes no lock.
    RangeIter(Arc<super::iter::RangeIter>),
    Cell(Arc<Mutex<Option<Value>>>),
    /// The function a call is about to call, left in its frame's cache of
    /// globals (slot `n`) rather than cloned onto the stack: pushed by
    /// `LoadGlobalCallee`, taken by the call. Never seen by a program.
    Callee(u32),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Module(Arc<Module>),
    ExcType(ExcType),
    Exception(Arc<Exception>),
    /// An object implemented in Rust (a thread, a lock…).
    Native(Arc<dyn Native>),
}

// In wasm a Value is 16 bytes (a tag and 8 bytes of payload): every stack
// slot, local, and list item is one, so `list.pop(0)` and a frame's stack move
// 16 bytes per Value rather than 24. A payload larger than 8 bytes is boxed.
#[cfg(target_pointer_width = "32")]
const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// An object implemented in Rust (by a module): it names its type's methods.
/// It is `Any`, so a method finds its Rust type again (`as_any`, `into_any`).
pub trait Native: std::any::Any + Send + Sync + std::fmt::Debug {
    fn type_name(&self) -> &'static str;
    /// Its type's methods; each takes the object as its first argument.
    fn methods(&self) -> &'static [super::function::Builtin] {
        &[]
    }
    /// A data attribute (`thread.name`), if it has one by that name.
    fn get_attr(&self, _name: &str) -> Option<Value> {
        None
    }
    /// Sets a data attribute; false when it has none by that name.
    fn set_attr(&self, _name: &str, _value: Value) -> bool {
        false
    }
    fn repr(&self) -> String;
    /// How another process makes this object again, if it can be sent there
    /// (see `runtime::transfer`): pickle's `__reduce__`.
    fn reduce(&self) -> Option<Reduce> {
        None
    }
    /// False for an object that may not be a dict key (a dict view).
    fn hashable(&self) -> bool {
        true
    }
}

/// An object sent to another process as a call that makes it again there:
/// `module.function(*args)`.
#[derive(Debug)]
pub struct Reduce {
    pub module: &'static str,
    pub function: &'static str,
    pub args: Vec<Value>,
    /// For an object that may only go to a child as it starts (a lock, a
    /// queue: "shared between processes through inheritance"), the type name
    /// CPython's refusal gives.
    pub inherit_only: Option<&'static str>,
}

/// An exception instance: its built-in class, its arguments, and, for an
/// instance of a Python class derived from an exception, that class and
/// the attributes set on it. `__cause__` and `__context__` are attributes.
#[derive(Debug)]
pub struct Exception {
    pub kind: ExcType,
    args: Mutex<Vec<Value>>,
    pub class: Option<Arc<Class>>,
    pub attributes: super::object::Namespace,
    /// Where it was raised, up to the frame that last caught it (innermost
    /// first, as a `PyErr` keeps it): `__traceback__`. Set as it is caught,
    /// so that it outlives the `except` block.
    traceback: Mutex<Vec<TraceEntry>>,
    /// Whether `traceback` has entries, read without locking it: raising
    /// a new exception (which has none) takes no lock to find out.
    has_traceback: AtomicBool,
    /// The locals of the frames it was raised through, kept alive while it
    /// is, as CPython's traceback keeps those frames: their `__del__` runs
    /// when the exception goes (see `finalizers`). Kept only once some class
    /// has `__del__`.
    kept_locals: Mutex<Vec<Value>>,
}

impl Exception {
    /// A new exception of a built-in class.
    #[must_use]
    pub fn new(kind: ExcType, args: Vec<Value>) -> Arc<Exception> {
        Exception::of_class(kind, args, None)
    }

    /// A new exception, of the Python class `class` when given.
    #[must_use]
    pub fn of_class(kind: ExcType, args: Vec<Value>, class: Option<Arc<Class>>) -> Arc<Exception> {
        Arc::new(Exception {
            kind,
            args: Mutex::new(args),
            class,
            attributes: Mutex::default(),
            traceback: Mutex::default(),
            has_traceback: AtomicBool::new(false),
            kept_locals: Mutex::default(),
        })
    }

    /// Keeps `locals`, of a frame it was raised through, alive while it is.
    pub fn keep_locals(&self, locals: impl Iterator<Item = Value>) {
        lock(&self.kept_locals).extend(locals);
    }

    /// Its arguments (`args`).
    #[must_use]
    pub fn args(&self) -> Vec<Value> {
        lock(&self.args).clone()
    }

    /// Its traceback (`__traceback__`), innermost first; empty for none.
    #[must_use]
    pub fn traceback(&self) -> Vec<TraceEntry> {
        if !self.has_traceback.load(Ordering::Acquire) {
            return Vec::new();
        }
        lock(&self.traceback).clone()
    }

    /// Sets its traceback (as it is caught, or `with_traceback`).
    pub fn set_traceback(&self, entries: &[TraceEntry]) {
        let mut traceback = lock(&self.traceback);
        traceback.clear();
        traceback.extend_from_slice(entries);
        self.has_traceback
            .store(!entries.is_empty(), Ordering::Release);
    }

    /// Takes a caught exception's traceback from its `PyErr`: moved, not
    /// copied, so that catching stays cheap (`PyErr::restore_traceback`
    /// gives it back to an exception raised again). An exception nothing
    /// else holds (one just raised) takes it without a lock.
    pub fn keep_traceback(this: &mut Arc<Exception>, entries: Vec<TraceEntry>) {
        if entries.is_empty() && !this.has_traceback.load(Ordering::Acquire) {
            return;
        }
        let has = !entries.is_empty();
        if let Some(unique) = Arc::get_mut(this) {
            *unique
                .traceback
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner) = entries;
            *unique.has_traceback.get_mut() = has;
            return;
        }
        let mut traceback = lock(&this.traceback);
        *traceback = entries;
        this.has_traceback.store(has, Ordering::Release);
    }

    /// Sets its arguments (`BaseException.__init__`).
    pub fn set_args(&self, args: Vec<Value>) {
        *lock(&self.args) = args;
    }

    /// Its class's name as a traceback shows it: qualified by its module
    /// unless that is `__main__` or `builtins`.
    #[must_use]
    pub fn display_name(&self) -> String {
        match &self.class {
            // Its `__module__` as it is now (json's JSONDecodeError says it
            // is json.decoder's).
            Some(c) => match c.qualified_name() {
                (module, qualname) if &*module != "__main__" && &*module != "builtins" => {
                    format!("{module}.{qualname}")
                }
                (_, qualname) => qualname.to_string(),
            },
            None if self.kind.module() != "builtins" => {
                format!("{}.{}", self.kind.module(), self.kind.name())
            }
            None => self.kind.name().to_string(),
        }
    }
}

/// A tuple's items: a slice, shared (`Arc<Tuple>` is laid out as
/// `Arc<[Value]>`), with a drop of its own, so that deep tuples are freed
/// without deep recursion (see `trashcan`).
#[repr(transparent)]
pub struct Tuple(std::mem::ManuallyDrop<[Value]>);

impl Tuple {
    /// A new tuple of `items`.
    #[must_use]
    pub fn new(items: Vec<Value>) -> Arc<Tuple> {
        Tuple::from_shared(items.into())
    }

    /// The tuple of the shared slice `items` (no copy).
    #[must_use]
    pub fn from_shared(items: Arc<[Value]>) -> Arc<Tuple> {
        // SAFETY: `Tuple` is `[Value]` (repr(transparent), through
        // `ManuallyDrop`, also repr(transparent)): the same layout and the
        // same pointer metadata, as `Arc<Path>` is made from `Arc<OsStr>`.
        unsafe { Arc::from_raw(Arc::into_raw(items) as *const Tuple) }
    }
}

impl FromIterator<Value> for Arc<Tuple> {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Self {
        Tuple::from_shared(iter.into_iter().collect())
    }
}

impl std::ops::Deref for Tuple {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl std::fmt::Debug for Tuple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Tuple").field(&&self[..]).finish()
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        /// The items, dropped in place when it is.
        struct Items(*mut [Value]);
        impl Drop for Items {
            fn drop(&mut self) {
                // SAFETY: the tuple's items, dropped once: here, or moved
                // out one by one by the `defer` below (which forgets this).
                unsafe { std::ptr::drop_in_place(self.0) }
            }
        }
        let items = Items(std::ptr::addr_of_mut!(*self.0));
        super::trashcan::release(items, |items, pending| {
            let items = std::mem::ManuallyDrop::new(items);
            // SAFETY: the items are alive and no one else reaches them: the
            // tuple is being dropped, and `Items::drop` will not run
            // (`items` is forgotten).
            let values = unsafe { &*items.0 }.iter();
            let values = values.map(|v| {
                // SAFETY: each item is read out once (`iter` visits it once),
                // and not dropped again (`items` is forgotten; the tuple's
                // field is `ManuallyDrop`).
                unsafe { std::ptr::read(v) }
            });
            super::trashcan::defer_values(values, pending);
        });
    }
}

/// A `bytearray`'s bytes, behind its own lock as a list's items are.
#[derive(Debug, Default)]
pub struct ByteArray {
    pub bytes: Mutex<Vec<u8>>,
}

#[derive(Debug, Default)]
pub struct List {
    pub items: Mutex<super::list_items::ListItems>,
}

/// A dict: insertion order, keys compared as Python compares them.
/// The hash of dict and set keys: rustc's fast one, as for names (SipHash,
/// IndexMap's default, took a fifth of a dict-heavy loop's time).
pub type KeyHash = rustc_hash::FxBuildHasher;

#[derive(Debug, Default)]
pub struct Dict {
    pub map: Mutex<IndexMap<Key, (Value, Value), KeyHash>>,
    /// Where the last str key looked up was found: `counts[k] =
    /// counts.get(k, 0) + 1` and `counts[k] += 1` look `k` up twice, and the
    /// second time finds it here with one comparison, no hash and no probe
    /// (see `Interp::find_in_dict`). Only a hint: checked before it is used.
    pub last_found: std::sync::atomic::AtomicU32,
    /// For an instance's `__dict__` (a copy of its attributes here): the
    /// instance, which a key stored or deleted in the dict is stored in or
    /// deleted from too (`self.__dict__.update(kwargs)`).
    pub attributes_of: std::sync::OnceLock<Value>,
}

/// A `set`, or a `frozenset` (`frozen`): one object for both, since they
/// share everything but mutation and hashing; nothing changes a frozen one's
/// map after it is made.
#[derive(Debug, Default)]
pub struct Set {
    /// Its items, in CPython's order (see `set_table`).
    pub map: Mutex<super::set_table::SetMap>,
    pub frozen: bool,
}

// Deep data is freed without deep recursion (see `trashcan`).
impl Drop for List {
    fn drop(&mut self) {
        let items = self
            .items
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        super::trashcan::release(items, super::trashcan::defer_values);
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let map = std::mem::take(self.map.get_mut().unwrap_or_else(PoisonError::into_inner));
        super::trashcan::release(map, |map, pending| {
            super::trashcan::defer_values(map.into_values().flat_map(<[Value; 2]>::from), pending);
        });
    }
}

impl Drop for Set {
    fn drop(&mut self) {
        let map = std::mem::take(self.map.get_mut().unwrap_or_else(PoisonError::into_inner));
        super::trashcan::release(map, |map, pending| {
            super::trashcan::defer_values(map.into_values(), pending);
        });
    }
}

impl Drop for Exception {
    fn drop(&mut self) {
        let args = std::mem::take(self.args.get_mut().unwrap_or_else(PoisonError::into_inner));
        super::trashcan::release(args, super::trashcan::defer_values);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// `==` for ranges: the same numbers in the same order (`range(0) ==
    /// range(5, 5)`, `range(1, 2, 5) == range(1, 3, 7)`).
    #[must_use]
    pub fn same_numbers(&self, other: &Range) -> bool {
        let n = self.len();
        n == other.len()
            && (n == 0 || (self.start == other.start && (n == 1 || self.step == other.step)))
    }

    /// How many numbers it holds: exact (in i128, where `stop - start` and
    /// `-step` cannot overflow), up to `2**64 - 1` for `range(-2**63, 2**63 - 1)`.
    #[must_use]
    pub fn len(&self) -> i128 {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }

    /// The number at `index` (negative from the end), if there is one.
    #[must_use]
    pub fn get(&self, index: i128) -> Option<i64> {
        let len = self.len();
        let at = if index < 0 { index + len } else { index };
        if at < 0 || at >= len {
            return None;
        }
        i64::try_from(i128::from(self.start) + at * i128::from(self.step)).ok()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A lock that survives a thread that panicked while holding it.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A hashable value as a dict or set key: numbers that compare equal are one
/// key (`1`, `1.0` and `True`), as in Python; an object whose `__hash__` is
/// a number's hash is that number's key too (`Fraction(1, 2)` and `0.5`),
/// and `Interp::find` asks `__eq__` whether they are equal.
#[derive(Debug, Clone, Eq)]
pub enum Key {
    None,
    Int(i64),
    BigInt(Arc<BigInt>),
    /// A float that is not a whole number (its bits).
    Float(u64),
    /// A complex number whose imaginary part is not zero (the bits of its
    /// parts, a zero's sign dropped).
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    /// A tuple: its items' keys in order, flat: an item that is a tuple of
    /// `n` items is `TupleOf(n)` followed by its items' keys. So hashing,
    /// comparing and dropping a key never recurse, however deep the tuple
    /// (`Interp::key` builds it with a loop).
    Tuple(Vec<Key>),
    /// Inside a `Key::Tuple` only: a tuple of that many items.
    TupleOf(usize),
    /// Objects hashed by identity.
    Id(usize),
    /// An instance whose class defines `__hash__`: what it returned (two
    /// unequal objects with one hash are refused where they meet, see
    /// `Interp::find`).
    Hashed(i64),
    /// A frozenset: its items' keys, equal as sets are (in any order).
    FrozenSet(Arc<FrozenKeys>),
}

/// The keys of a frozenset's items: equal when they hold the same keys,
/// hashed so that their order does not matter.
#[derive(Debug, Clone, Default)]
pub struct FrozenKeys(pub indexmap::IndexSet<Key, KeyHash>);

impl PartialEq for FrozenKeys {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().all(|k| other.0.contains(k))
    }
}

impl Eq for FrozenKeys {}

impl std::hash::Hash for FrozenKeys {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        use std::hash::BuildHasher;
        // Each key hashed alone, then summed: any order gives one sum.
        let sum = self.0.iter().fold(0u64, |sum, k| {
            sum.wrapping_add(KeyHash::default().hash_one(k))
        });
        (self.0.len(), sum).hash(state);
    }
}

impl Key {
    /// Python's `hash()` of a number's key (CPython's numeric hash), which
    /// is also the hash of every other number or object equal to it.
    fn number_hash(&self) -> Option<i64> {
        Some(match self {
            Key::Int(i) => int_hash(*i),
            Key::BigInt(b) => num_hash::hash_bigint(b),
            Key::Float(bits) => num_hash::hash_f64(f64::from_bits(*bits)),
            Key::Complex(re, im) => {
                num_hash::hash_complex(f64::from_bits(*re), f64::from_bits(*im))
            }
            // What `__hash__` returned, as `hash()` shows it.
            Key::Hashed(h) => {
                if *h == -1 {
                    -2
                } else {
                    *h
                }
            }
            _ => return None,
        })
    }
}

/// `hash(i)` of an int, inline for the ints below the hash modulus (all
/// but the huge ones): they are their own hash, except -1.
#[inline(always)]
fn int_hash(i: i64) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    if i > -MODULUS && i < MODULUS && i != -1 {
        i
    } else {
        num_hash::hash_i64(i)
    }
}

/// Written out (not derived): an object's `Key::Hashed` is equal to the key
/// of the number with its hash (`Interp::find` then asks the object's
/// `__eq__`), as CPython's dict finds `Fraction(1, 2)` by `0.5`.
impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Key::None, Key::None) => true,
            (Key::Int(a), Key::Int(b)) | (Key::Hashed(a), Key::Hashed(b)) => a == b,
            (Key::BigInt(a), Key::BigInt(b)) => a == b,
            (Key::Float(a), Key::Float(b)) => a == b,
            (Key::Complex(a, b), Key::Complex(c, d)) => a == c && b == d,
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Bytes(a), Key::Bytes(b)) => a == b,
            (Key::Tuple(a), Key::Tuple(b)) => a == b,
            (Key::TupleOf(a), Key::TupleOf(b)) => a == b,
            (Key::Id(a), Key::Id(b)) => a == b,
            (Key::FrozenSet(a), Key::FrozenSet(b)) => a == b,
            (hashed @ Key::Hashed(_), number) | (number, hashed @ Key::Hashed(_)) => {
                let hash = number.number_hash();
                hash.is_some() && hash == hashed.number_hash()
            }
            _ => false,
        }
    }
}

/// Written out (not derived) so that `StrKey` can hash as `Key::Str` does:
/// each kind's number, then its contents; numbers (and objects with a
/// `__hash__`) by their Python hash, so that equal ones hash alike.
impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Key::None => state.write_u8(0),
            Key::Int(i) => (1u8, int_hash(*i)).hash(state),
            Key::BigInt(_) | Key::Float(_) | Key::Complex(..) | Key::Hashed(_) => {
                (1u8, self.number_hash().unwrap_or(0)).hash(state);
            }
            Key::Str(s) => StrKey(s).hash(state),
            Key::Tuple(items) => (5u8, items).hash(state),
            Key::Id(id) => (6u8, id).hash(state),
            Key::TupleOf(len) => (7u8, len).hash(state),
            Key::Bytes(b) => (9u8, b).hash(state),
            Key::FrozenSet(keys) => (10u8, keys).hash(state),
        }
    }
}

/// A str looked up in a dict or set as it is: hashes and compares as the
/// `Key::Str` it stands for, without taking a reference to the shared str
/// (and giving it back): two atomic operations fewer per lookup.
#[derive(Debug)]
pub struct StrKey<'a>(pub &'a str);

impl std::hash::Hash for StrKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (4u8, self.0).hash(state);
    }
}

impl indexmap::Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(key, Key::Str(s) if **s == *self.0)
    }
}

impl dyn Native {
    /// The object as `Any`, to `downcast_ref` to its Rust type.
    #[must_use]
    pub fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    /// The shared object as `Any`, to `Arc::downcast` to its Rust type.
    #[must_use]
    pub fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
        self
    }
}

impl Value {
    /// A complex number as a Value (boxed, see `Value::Complex`).
    #[must_use]
    pub fn complex(z: Complex) -> Value {
        Value::Complex(Arc::new(z))
    }

    /// The Python class of an instance (an exception's too), if it has one.
    #[must_use]
    pub fn class(&self) -> Option<&Arc<Class>> {
        match self {
            Value::Instance(i) => Some(&i.class),
            Value::Exception(e) => e.class.as_ref(),
            _ => None,
        }
    }

    /// The built-in object an instance of a class derived from a built-in
    /// type is (its list, its thread), or the value itself otherwise.
    #[must_use]
    pub fn base_object(&self) -> Option<Value> {
        match self {
            Value::Instance(i) => i.base_object(),
            _ => None,
        }
    }

    /// The module object (a thread, a lock) this value is, or is made of.
    #[must_use]
    pub fn as_native(&self) -> Option<Arc<dyn Native>> {
        match self {
            Value::Native(n) => Some(n.clone()),
            Value::Instance(i) => match i.base_object() {
                Some(Value::Native(n)) => Some(n),
                _ => None,
            },
            _ => None,
        }
    }

    /// An int, inline when it fits in i64.
    #[must_use]
    pub fn int(value: BigInt) -> Value {
        match value.to_i64() {
            Some(v) => Value::Int(v),
            None => Value::BigInt(Arc::new(value)),
        }
    }

    /// The value as an exact integer, if it is one (a bool is an int).
    #[must_use]
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }

    #[must_use]
    pub fn str(text: &str) -> Value {
        if let &[byte] = text.as_bytes() {
            if byte.is_ascii() {
                return Value::Str(ascii_char(byte));
            }
        }
        Value::Str(Arc::from(text))
    }

    /// A new str of `len` bytes, each written by `fill` straight into the
    /// str's one allocation (they start as zeros). They must make valid
    /// UTF-8 (ASCII, say): checked, as a panic, not trusted.
    ///
    /// # Panics
    /// When `fill` leaves bytes that are not UTF-8.
    #[must_use]
    pub fn str_with(len: usize, fill: impl FnOnce(&mut [u8])) -> Value {
        if len == 1 {
            let mut byte = [0];
            fill(&mut byte);
            return Value::str(std::str::from_utf8(&byte).expect("filled with UTF-8"));
        }
        let mut bytes: Arc<[std::mem::MaybeUninit<u8>]> = Arc::new_uninit_slice(len);
        let buffer = Arc::get_mut(&mut bytes).expect("a new Arc has no other owner");
        buffer.fill(std::mem::MaybeUninit::new(0));
        // SAFETY: every byte was just written (as a zero).
        let mut bytes: Arc<[u8]> = unsafe { bytes.assume_init() };
        let buffer = Arc::get_mut(&mut bytes).expect("a new Arc has no other owner");
        fill(buffer);
        assert!(std::str::from_utf8(buffer).is_ok(), "filled with UTF-8");
        // SAFETY: valid UTF-8 (checked above); `str` has the layout of `[u8]`.
        Value::Str(unsafe { Arc::from_raw(Arc::into_raw(bytes) as *const str) })
    }

    /// The str of `parts` joined (see `shared_str`).
    #[must_use]
    pub fn concat(parts: &[&str]) -> Value {
        Value::Str(shared_str(parts))
    }

    /// `str(text)`, when the instance can allocate its copy of `text` (a
    /// long text just built, whose copy would double the memory it takes);
    /// MemoryError otherwise.
    ///
    /// # Errors
    /// MemoryError.
    pub fn try_str(text: &str) -> super::error::PyResult<Value> {
        super::alloc::check_bytes(Some(text.len()))?;
        Ok(Value::str(text))
    }

    /// `concat`, when the instance can allocate the result (a str doubled
    /// again and again reaches any size); MemoryError otherwise.
    ///
    /// # Errors
    /// MemoryError.
    pub fn try_concat(parts: &[&str]) -> super::error::PyResult<Value> {
        let total = parts
            .iter()
            .try_fold(0usize, |total, part| total.checked_add(part.len()));
        super::alloc::check_bytes(total)?;
        Ok(Value::concat(parts))
    }

    /// A clone made inline for the values that own nothing to count (ints,
    /// floats, None, bools), the others through `clone`: the derived clone
    /// is a call, which costs more than copying a number.
    #[inline(always)]
    #[must_use]
    pub fn clone_inline(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            other => other.clone(),
        }
    }

    /// True for a value with no reference to count and nothing to free
    /// (a small int, a float, a bool, None, a builtin): dropping it can be
    /// skipped.
    #[inline(always)]
    #[must_use]
    pub fn owns_nothing(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Builtin(_)
                | Value::Callee(_)
                | Value::ExcType(_)
        )
    }

    /// Drops the value, with no call to do it when it owns nothing (see
    /// `owns_nothing`): a plain drop of an int calls the drop glue of every
    /// kind of value.
    #[inline(always)]
    /// Whether it owned anything (whose drop may have queued a finalizer).
    pub fn discard(self) -> bool {
        if self.owns_nothing() {
            std::mem::forget(self);
            false
        } else {
            drop(self);
            true
        }
    }

    /// The decimal digits of an int, as `str(i)`: no String made on the way.
    #[must_use]
    pub fn int_str(i: i64) -> Value {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = i.unsigned_abs();
        loop {
            at -= 1;
            #[allow(clippy::cast_possible_truncation)]
            {
                digits[at] = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 {
                break;
            }
        }
        // SAFETY: ASCII digits only, written above: valid UTF-8.
        let text = unsafe { std::str::from_utf8_unchecked(&digits[at..]) };
        Value::concat(&[if i < 0 { "-" } else { "" }, text])
    }

    #[must_use]
    pub fn bytes(bytes: &[u8]) -> Value {
        Value::Bytes(Arc::from(bytes))
    }

    #[must_use]
    pub fn bytearray(bytes: Vec<u8>) -> Value {
        Value::ByteArray(Arc::new(ByteArray {
            bytes: Mutex::new(bytes),
        }))
    }

    #[must_use]
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(List {
            items: Mutex::new(items.into()),
        }))
    }

    #[must_use]
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Tuple::new(items))
    }

    /// The tuple `(a, b)`, in one allocation (`tuple` of a vector takes
    /// two: the vector's, then the tuple's).
    #[must_use]
    pub fn pair(a: Value, b: Value) -> Value {
        let items: Arc<[Value]> = Arc::new([a, b]);
        Value::Tuple(Tuple::from_shared(items))
    }

    /// The name of its type, as `type(x).__name__`.
    #[must_use]
    pub fn type_name(&self) -> String {
        match self {
            Value::Instance(i) => i.class.type_name(),
            Value::Exception(e) if e.class.is_some() => e
                .class
                .as_ref()
                .map(|c| c.name.to_string())
                .unwrap_or_default(),
            other => other.builtin_type_name().unwrap_or_default().into(),
        }
    }

    /// `type_name` without a new String: for every kind but instances of a
    /// class (`None`, exceptions too), whose names are the program's.
    #[must_use]
    pub fn builtin_type_name(&self) -> Option<&'static str> {
        Some(match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(_) => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(s) if s.frozen => "frozenset",
            Value::Set(_) => "set",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(b) if b.is_type => "type",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Method(m) => match &m.1 {
                Value::Builtin(_) => "builtin_function_or_method",
                _ => "method",
            },
            Value::Iter(i) => lock(i).type_name(),
            Value::Generator(_) => "generator",
            Value::RangeIter(_) => "range_iterator",
            Value::Cell(_) => "cell",
            Value::Callee(_) => "function",
            Value::Class(_) | Value::ExcType(_) => "type",
            Value::Instance(_) => return None,
            Value::Module(_) => "module",
            Value::Exception(e) if e.class.is_some() => return None,
            Value::Exception(e) => e.kind.name(),
            Value::Native(n) => n.type_name(),
        })
    }

    /// Identity, for `is` and `id()`: the address of what is shared, or the
    /// value itself for the inline kinds.
    #[must_use]
    pub fn identity(&self) -> usize {
        fn addr<T: ?Sized>(a: &Arc<T>) -> usize {
            Arc::as_ptr(a).cast::<u8>() as usize
        }
        match self {
            Value::None => 1,
            Value::Bool(b) => 2 + usize::from(*b),
            #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
            Value::Int(i) => (*i as usize).wrapping_mul(8).wrapping_add(5),
            #[allow(clippy::cast_possible_truncation)]
            Value::Float(f) => f.to_bits() as usize,
            #[allow(clippy::cast_possible_truncation)]
            Value::Complex(z) => (z.re.to_bits() ^ z.im.to_bits().rotate_left(1)) as usize,
            Value::BigInt(a) => addr(a),
            Value::Str(a) => addr(a),
            Value::Bytes(a) => addr(a),
            Value::ByteArray(a) => addr(a),
            Value::List(a) => addr(a),
            Value::Tuple(a) => addr(a),
            Value::Dict(a) => addr(a),
            Value::Set(a) => addr(a),
            Value::Range(a) => addr(a),
            Value::Slice(a) => addr(a),
            Value::Function(a) => addr(a),
            Value::Builtin(b) => std::ptr::from_ref(*b) as usize,
            Value::Method(a) => addr(a),
            Value::Iter(a) => addr(a),
            Value::Generator(a) => addr(a),
            Value::RangeIter(a) => addr(a),
            Value::Cell(a) => addr(a),
            Value::Callee(n) => *n as usize,
            Value::Class(a) => addr(a),
            Value::Instance(a) => addr(a),
            Value::Module(a) => addr(a),
            Value::ExcType(t) => 0x1000 + *t as usize,
            Value::Exception(a) => addr(a),
            Value::Native(a) => addr(a),
        }
    }

    /// `x is y`
    #[must_use]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            // Numbers are inline here: equal numbers are taken as the same object.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Complex(a), Value::Complex(b)) => {
                a.re.to_bits() == b.re.to_bits() && a.im.to_bits() == b.im.to_bits()
            }
            _ => {
                std::mem::discriminant(self) == std::mem::discriminant(other)
                    && self.identity() == other.identity()
            }
        }
    }
}

/// `parts` joined into a new shared str, written straight into its
/// allocation: one allocation, where a String made first and then shared
/// (copied into an `Arc<str>`) takes two, and a free. Its only owner may
/// still change it in place (`Arc::get_mut`).
#[must_use]
pub fn shared_str(parts: &[&str]) -> Arc<str> {
    let total = parts.iter().map(|p| p.len()).sum();
    let mut bytes: Arc<[std::mem::MaybeUninit<u8>]> = Arc::new_uninit_slice(total);
    let buffer = Arc::get_mut(&mut bytes).expect("a new Arc has no other owner");
    let mut at = 0;
    for part in parts {
        // SAFETY: `total` bytes were allocated; `at + part.len() <= total`.
        unsafe {
            std::ptr::copy_nonoverlapping(
                part.as_ptr(),
                buffer[at..].as_mut_ptr().cast::<u8>(),
                part.len(),
            );
        }
        at += part.len();
    }
    // SAFETY: every byte was written above.
    unsafe { assume_str(bytes) }
}

/// `text` repeated `count` times (`text * count`) into a new shared str,
/// written straight into its one allocation: the caller has checked that
/// `text.len() * count` bytes can be allocated (`alloc::check_bytes`).
#[must_use]
pub fn shared_str_repeat(text: &str, count: usize) -> Arc<str> {
    let total = text
        .len()
        .checked_mul(count)
        .expect("checked by the caller");
    let mut bytes: Arc<[std::mem::MaybeUninit<u8>]> = Arc::new_uninit_slice(total);
    let buffer = Arc::get_mut(&mut bytes).expect("a new Arc has no other owner");
    let base = buffer.as_mut_ptr().cast::<u8>();
    if total > 0 {
        // SAFETY: `total >= text.len()` bytes were allocated.
        unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), base, text.len()) };
    }
    // The copies double what is written, from the start of the buffer.
    let mut written = text.len().min(total);
    while written < total {
        let n = written.min(total - written);
        // SAFETY: `written + n <= total`; the two ranges do not overlap.
        unsafe { std::ptr::copy_nonoverlapping(base, base.add(written), n) };
        written += n;
    }
    // SAFETY: every byte was written above.
    unsafe { assume_str(bytes) }
}

/// The bytes, all written, of valid UTF-8, as a str.
///
/// # Safety
/// Every byte must be written, and the whole valid UTF-8.
unsafe fn assume_str(bytes: Arc<[std::mem::MaybeUninit<u8>]>) -> Arc<str> {
    // SAFETY: every byte was written (the caller's promise).
    let bytes: Arc<[u8]> = unsafe { bytes.assume_init() };
    // SAFETY: valid UTF-8 strings one after the other are valid UTF-8, and
    // `str` has the layout of `[u8]`.
    unsafe { Arc::from_raw(Arc::into_raw(bytes) as *const str) }
}
