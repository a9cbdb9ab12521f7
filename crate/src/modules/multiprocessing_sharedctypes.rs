//! `multiprocessing.Value` and `multiprocessing.Array`: C numbers in the
//! memory the program's processes share (`host::shared_region`), each in a
//! slot of 8 bytes, with the C type's range (a `c_int` wraps at 2**31).
//! Synchronized (the default, `lock=True`) they carry an `RLock`, taken by
//! each read and write of `.value` as CPython's wrapper does; `lock=False`
//! gives the bare C object, whose updates race.

use std::sync::{Arc, Mutex, OnceLock};

use num_traits::ToPrimitive;
use rustc_hash::FxHashMap;

use crate::builtin;
use crate::host::shared_region as region;
use crate::runtime::containers::slice_positions;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::value::{lock, Native, Reduce, Value};
use crate::runtime::Interp;

use super::multiprocessing_sync::{
    acquire_value, is_shared_lock, region_alloc, release_value, SharedLock,
};

/// How a C type keeps a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repr {
    Signed(u32),
    Unsigned(u32),
    F32,
    F64,
    /// `c_wchar`: one character.
    WChar,
    /// `c_char`: one byte, seen as bytes of length 1.
    Char,
}

/// A typecode of the `array` module and its C type.
#[derive(Debug, Clone, Copy)]
struct Typecode {
    code: char,
    ctype: &'static str,
    repr: Repr,
}

const TYPECODES: &[Typecode] = &[
    Typecode {
        code: 'b',
        ctype: "c_byte",
        repr: Repr::Signed(8),
    },
    Typecode {
        code: 'B',
        ctype: "c_ubyte",
        repr: Repr::Unsigned(8),
    },
    Typecode {
        code: 'h',
        ctype: "c_short",
        repr: Repr::Signed(16),
    },
    Typecode {
        code: 'H',
        ctype: "c_ushort",
        repr: Repr::Unsigned(16),
    },
    Typecode {
        code: 'i',
        ctype: "c_int",
        repr: Repr::Signed(32),
    },
    Typecode {
        code: 'I',
        ctype: "c_uint",
        repr: Repr::Unsigned(32),
    },
    Typecode {
        code: 'l',
        ctype: "c_long",
        repr: Repr::Signed(64),
    },
    Typecode {
        code: 'L',
        ctype: "c_ulong",
        repr: Repr::Unsigned(64),
    },
    Typecode {
        code: 'q',
        ctype: "c_longlong",
        repr: Repr::Signed(64),
    },
    Typecode {
        code: 'Q',
        ctype: "c_ulonglong",
        repr: Repr::Unsigned(64),
    },
    Typecode {
        code: 'f',
        ctype: "c_float",
        repr: Repr::F32,
    },
    Typecode {
        code: 'd',
        ctype: "c_double",
        repr: Repr::F64,
    },
    Typecode {
        code: 'c',
        ctype: "c_char",
        repr: Repr::Char,
    },
    Typecode {
        code: 'u',
        ctype: "c_wchar",
        repr: Repr::WChar,
    },
];

impl Typecode {
    fn of(value: &Value) -> PyResult<Typecode> {
        let Value::Str(code) = value else {
            return Err(type_error(
                "a typecode ('i', 'd'…) is needed here; ctypes types are not supported",
            ));
        };
        TYPECODES
            .iter()
            .find(|t| code.len() == 1 && code.starts_with(t.code))
            .copied()
            .ok_or_else(|| type_error("this type has no size"))
    }

    /// Whether a slot of this type fits in one word (read and written at once).
    fn in_one_word(self) -> bool {
        matches!(
            self.repr,
            Repr::Signed(8 | 16 | 32) | Repr::Unsigned(8 | 16 | 32) | Repr::WChar | Repr::Char
        )
    }

    /// A Python value as this C type keeps it, as the slot's 8 bytes.
    fn to_bits(self, value: &Value) -> PyResult<i64> {
        match self.repr {
            Repr::Signed(_) | Repr::Unsigned(_) => {
                let raw: i64 = match value {
                    Value::Int(i) => *i,
                    Value::Bool(b) => i64::from(*b),
                    // Wraps as C does: the low 64 bits.
                    Value::BigInt(b) => {
                        let low = (&**b & num_bigint::BigInt::from(u64::MAX))
                            .to_u64()
                            .unwrap_or(0);
                        i64::from_ne_bytes(low.to_ne_bytes())
                    }
                    other => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                Ok(wrap(raw, self.repr))
            }
            Repr::F32 | Repr::F64 => {
                #[allow(clippy::cast_precision_loss)]
                let x = match value {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => f64::from(u8::from(*b)),
                    Value::BigInt(b) => b.to_f64().unwrap_or(f64::INFINITY),
                    other => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            other.type_name()
                        )))
                    }
                };
                #[allow(clippy::cast_possible_truncation)]
                let x = if self.repr == Repr::F32 {
                    f64::from(x as f32)
                } else {
                    x
                };
                Ok(i64::from_ne_bytes(x.to_ne_bytes()))
            }
            Repr::Char => match value {
                Value::Int(i) if (0..=255).contains(i) => Ok(*i),
                _ => match crate::runtime::bytes::bytes_like(value) {
                    Some(b) if b.len() == 1 => Ok(i64::from(b[0])),
                    _ => Err(type_error(
                        "one character bytes, bytearray or integer expected",
                    )),
                },
            },
            Repr::WChar => match value {
                Value::Str(s) => {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Ok(i64::from(u32::from(c))),
                        _ => Err(type_error("one character unicode string expected")),
                    }
                }
                other => Err(type_error(format!(
                    "unicode string expected instead of {} instance",
                    other.type_name()
                ))),
            },
        }
    }

    fn of_bits(self, bits: i64) -> Value {
        match self.repr {
            Repr::Unsigned(64) if bits < 0 => Value::int(num_bigint::BigInt::from(
                u64::from_ne_bytes(bits.to_ne_bytes()),
            )),
            Repr::Signed(_) | Repr::Unsigned(_) => Value::Int(wrap(bits, self.repr)),
            Repr::F32 | Repr::F64 => Value::Float(f64::from_ne_bytes(bits.to_ne_bytes())),
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            Repr::Char => Value::bytes(&[bits as u8]),
            Repr::WChar => {
                let c = u32::try_from(bits)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\0');
                Value::str(c.encode_utf8(&mut [0; 4]))
            }
        }
    }
}

/// `raw` cut to the C type's width (two's complement, as C stores it).
fn wrap(raw: i64, repr: Repr) -> i64 {
    match repr {
        Repr::Signed(bits) if bits < 64 => (raw << (64 - bits)) >> (64 - bits),
        Repr::Unsigned(bits) if bits < 64 => raw & ((1_i64 << bits) - 1),
        _ => raw,
    }
}

/// A `Value` (`len` None) or an `Array` in the shared region.
#[derive(Debug)]
pub struct SharedCtype {
    code: Typecode,
    /// Byte offset of the first slot.
    at: u32,
    len: Option<u32>,
    /// The synchronizing lock; None for `lock=False`.
    lock: Option<Value>,
}

impl SharedCtype {
    fn slot(&self, index: u32) -> u32 {
        self.at + index * 8
    }

    fn load(&self, index: u32) -> Value {
        let at = self.slot(index);
        let bits = if self.code.in_one_word() {
            i64::from(region::load(at / 4))
        } else {
            let mut bytes = [0; 8];
            region::read(at, &mut bytes);
            i64::from_le_bytes(bytes)
        };
        self.code.of_bits(bits)
    }

    fn store(&self, index: u32, bits: i64) {
        let at = self.slot(index);
        if self.code.in_one_word() {
            #[allow(clippy::cast_possible_truncation)]
            region::store(at / 4, bits as i32);
        } else {
            region::write(at, &bits.to_le_bytes());
        }
    }

    fn len(&self) -> u32 {
        self.len.unwrap_or(1)
    }

    /// The C object's own name: `c_int`, or `c_int_Array_6`.
    fn ctype_name(&self) -> &'static str {
        match self.len {
            None => self.code.ctype,
            Some(n) => intern(format!("{}_Array_{n}", self.code.ctype)),
        }
    }

    /// Runs `f` holding the lock, if synchronized (as CPython's wrapper).
    fn locked<T>(
        &self,
        interp: &mut Interp,
        f: impl FnOnce(&mut Interp) -> PyResult<T>,
    ) -> PyResult<T> {
        let Some(lock) = &self.lock else {
            return f(interp);
        };
        acquire_value(interp, lock)?;
        let result = f(interp);
        release_value(interp, lock)?;
        result
    }
}

/// A name made once per distinct text, kept for the run's life.
fn intern(name: String) -> &'static str {
    static NAMES: OnceLock<Mutex<FxHashMap<String, &'static str>>> = OnceLock::new();
    let mut names = lock(NAMES.get_or_init(Mutex::default));
    if let Some(found) = names.get(&name) {
        return found;
    }
    let leaked: &'static str = Box::leak(name.clone().into_boxed_str());
    names.insert(name, leaked);
    leaked
}

impl Native for SharedCtype {
    fn type_name(&self) -> &'static str {
        match (&self.lock, self.len) {
            (Some(_), None) => "Synchronized",
            (Some(_), Some(_)) => "SynchronizedArray",
            (None, _) => self.ctype_name(),
        }
    }

    fn methods(&self) -> &'static [Builtin] {
        match (&self.lock, self.len) {
            (Some(_), None) => SYNCHRONIZED_METHODS,
            (Some(_), Some(_)) => SYNCHRONIZED_ARRAY_METHODS,
            (None, None) => RAW_METHODS,
            (None, Some(_)) => RAW_ARRAY_METHODS,
        }
    }

    fn repr(&self) -> String {
        let object = match self.len {
            None => {
                let shown = match self.load(0) {
                    Value::Float(f) => crate::objects::float_repr::float_repr(f),
                    Value::Str(s) => crate::objects::str_repr::str_repr(&s),
                    Value::Bytes(b) => crate::objects::str_repr::bytes_repr(&b),
                    Value::Int(i) => i.to_string(),
                    Value::BigInt(b) => b.to_string(),
                    _ => String::new(),
                };
                format!("{}({shown})", self.code.ctype)
            }
            Some(_) => format!(
                "<multiprocessing.sharedctypes.{} object at 0x{:012x}>",
                self.ctype_name(),
                self.at
            ),
        };
        match (&self.lock, self.len) {
            (Some(_), None) => format!("<Synchronized wrapper for {object}>"),
            (Some(_), Some(_)) => format!("<SynchronizedArray wrapper for {object}>"),
            (None, _) => object,
        }
    }

    fn reduce(&self) -> Option<Reduce> {
        Some(Reduce {
            module: "multiprocessing",
            function: "_rebuild_ctype",
            args: vec![
                Value::str(self.code.code.encode_utf8(&mut [0; 4])),
                Value::Int(i64::from(self.at)),
                self.len.map_or(Value::None, |n| Value::Int(i64::from(n))),
                self.lock.clone().unwrap_or(Value::None),
            ],
            inherit_only: Some(self.type_name()),
        })
    }
}

fn this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<SharedCtype>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires a shared Value or Array")),
    }
}

fn shared(native: &Arc<dyn Native>) -> &SharedCtype {
    native
        .as_any()
        .downcast_ref::<SharedCtype>()
        .expect("checked by `this`")
}

/// `lock=True` (a new RLock), `False` (none), or a lock of this module.
fn lock_argument(args: &mut Args, interp: &mut Interp) -> PyResult<Option<Value>> {
    match args.keyword("lock") {
        None => Ok(Some(SharedLock::new_rlock()?)),
        Some(given) if is_shared_lock(&given) => Ok(Some(given)),
        Some(Value::Bool(true)) => Ok(Some(SharedLock::new_rlock()?)),
        Some(Value::Bool(false)) => Ok(None),
        Some(other) => Err(PyErr::new(
            ExcType::AttributeError,
            format!("{} has no method 'acquire'", interp.repr(&other)?),
        )),
    }
}

/// `Value(typecode, *args, lock=True)`
fn value_new(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let lock = lock_argument(&mut args, interp)?;
    let mut positional = args.positional.into_iter();
    let code = Typecode::of(&positional.next().unwrap_or(Value::None))?;
    let bits = match positional.next() {
        Some(initial) => code.to_bits(&initial)?,
        None => 0,
    };
    let value = SharedCtype {
        code,
        at: region_alloc(8)?,
        len: None,
        lock,
    };
    value.store(0, bits);
    Ok(Value::Native(Arc::new(value)))
}

/// `Array(typecode, size_or_initializer, *, lock=True)`
fn array_new(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let lock = lock_argument(&mut args, interp)?;
    let mut positional = args.positional.into_iter();
    let code = Typecode::of(&positional.next().unwrap_or(Value::None))?;
    let initial = positional.next().ok_or_else(|| {
        type_error("Array() missing 1 required positional argument: 'size_or_initializer'")
    })?;
    let items = match &initial {
        Value::Int(n) if *n >= 0 => None,
        Value::Int(_) => {
            return Err(PyErr::new(ExcType::ValueError, "Array length must be >= 0"));
        }
        Value::Str(_) if code.repr != Repr::WChar => {
            return Err(type_error(
                "'str' object cannot be interpreted as an integer",
            ));
        }
        other => Some(interp.collect(other)?),
    };
    let len = match (&initial, &items) {
        (Value::Int(n), _) => *n,
        (_, Some(items)) => i64::try_from(items.len()).unwrap_or(i64::MAX),
        _ => 0,
    };
    let too_big = || {
        PyErr::new(
            ExcType::MemoryError,
            "an Array that large does not fit in the memory shared between processes",
        )
    };
    let len = u32::try_from(len).map_err(|_| too_big())?;
    let bytes = len.checked_mul(8).ok_or_else(too_big)?;
    let array = SharedCtype {
        code,
        at: region_alloc(bytes)?,
        len: Some(len),
        lock,
    };
    for (i, item) in (0..).zip(items.iter().flatten()) {
        array.store(i, code.to_bits(item)?);
    }
    Ok(Value::Native(Arc::new(array)))
}

/// `.value` (through `__getattr__`, so that it can wait for the lock).
fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let v = shared(&keep);
    match args.positional.get(1) {
        Some(Value::Str(name)) if &**name == "value" && v.len.is_none() => {
            v.locked(interp, |_| Ok(v.load(0)))
        }
        // A `c_char` array's text: its bytes up to the first NUL, or all.
        Some(Value::Str(name))
            if matches!(&**name, "value" | "raw") && v.code.repr == Repr::Char =>
        {
            let all: Vec<usize> = (0..v.len() as usize).collect();
            let bytes = v.locked(interp, |_| Ok(items_at(v, &all)))?;
            match (&**name, bytes) {
                ("value", Value::Bytes(b)) => {
                    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
                    Ok(Value::bytes(&b[..end]))
                }
                (_, bytes) => Ok(bytes),
            }
        }
        Some(Value::Str(name)) => Err(PyErr::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute '{name}'", v.type_name()),
        )),
        _ => Err(type_error("attribute name must be string")),
    }
}

/// `.value = x`
fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let v = shared(&keep);
    match (args.positional.get(1), args.positional.get(2)) {
        (Some(Value::Str(name)), Some(value)) if &**name == "value" && v.len.is_none() => {
            let bits = v.code.to_bits(value)?;
            v.locked(interp, |_| {
                v.store(0, bits);
                Ok(Value::None)
            })
        }
        (Some(Value::Str(name)), Some(value))
            if matches!(&**name, "value" | "raw") && v.code.repr == Repr::Char =>
        {
            let bytes = crate::runtime::bytes::bytes_like(value).ok_or_else(|| {
                type_error(format!(
                    "bytes expected instead of {} instance",
                    value.type_name()
                ))
            })?;
            let len = v.len() as usize;
            if bytes.len() > len {
                return Err(PyErr::new(ExcType::ValueError, "byte string too long"));
            }
            // `.value` ends the text with a NUL where there is room.
            let mut written: Vec<u8> = bytes.to_vec();
            if &**name == "value" && written.len() < len {
                written.push(0);
            }
            v.locked(interp, |_| {
                for (i, b) in (0..).zip(written) {
                    v.store(i, i64::from(b));
                }
                Ok(Value::None)
            })
        }
        (Some(Value::Str(name)), _) => Err(PyErr::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute '{name}'", v.type_name()),
        )),
        _ => Err(type_error("attribute name must be string")),
    }
}

fn get_lock(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    Ok(shared(&keep).lock.clone().unwrap_or(Value::None))
}

/// `get_obj()`: the bare C object, without the lock.
fn get_obj(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let v = shared(&keep);
    Ok(Value::Native(Arc::new(SharedCtype {
        code: v.code,
        at: v.at,
        len: v.len,
        lock: None,
    })))
}

/// `acquire(block=True, timeout=None)`: the lock's.
fn acquire(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    args.positional[0] = shared(&keep).lock.clone().unwrap_or(Value::None);
    super::multiprocessing_sync::acquire(interp, args)
}

fn exit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let receiver = Args::new(args.positional.into_iter().take(1).collect());
    release(interp, receiver)
}

fn release(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    if let Some(lock) = &shared(&keep).lock {
        release_value(interp, lock)?;
    }
    Ok(Value::None)
}

fn enter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    if let Some(lock) = &shared(&keep).lock {
        acquire_value(interp, lock)?;
    }
    Ok(Value::Bool(true))
}

fn index(v: &SharedCtype, key: &Value) -> PyResult<u32> {
    let len = i64::from(v.len());
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => return Err(type_error("indices must be integers")),
    };
    let i = if i < 0 { i + len } else { i };
    if (0..len).contains(&i) {
        u32::try_from(i).map_err(|_| PyErr::new(ExcType::IndexError, "invalid index"))
    } else {
        Err(PyErr::new(ExcType::IndexError, "invalid index"))
    }
}

/// The items at `positions`, as a list (a `c_wchar` array's as a str).
fn items_at(v: &SharedCtype, positions: &[usize]) -> Value {
    let items: Vec<Value> = positions
        .iter()
        .map(|&p| v.load(u32::try_from(p).unwrap_or(0)))
        .collect();
    if v.code.repr == Repr::WChar {
        let text: String = items
            .iter()
            .filter_map(|c| match c {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .collect();
        return Value::str(&text);
    }
    if v.code.repr == Repr::Char {
        let bytes: Vec<u8> = items
            .iter()
            .filter_map(|b| match b {
                Value::Bytes(b) => b.first().copied(),
                _ => None,
            })
            .collect();
        return Value::bytes(&bytes);
    }
    Value::list(items)
}

fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let v = shared(&keep);
    let key = args.positional.get(1).cloned().unwrap_or(Value::None);
    v.locked(interp, |_| match &key {
        Value::Slice(parts) => {
            let positions = slice_positions(parts, v.len() as usize)?;
            Ok(items_at(v, &positions))
        }
        key => Ok(v.load(index(v, key)?)),
    })
}

fn setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let v = shared(&keep);
    let key = args.positional.get(1).cloned().unwrap_or(Value::None);
    let value = args.positional.get(2).cloned().unwrap_or(Value::None);
    if let Value::Slice(parts) = &key {
        let positions = slice_positions(parts, v.len() as usize)?;
        let items = interp.collect(&value)?;
        if items.len() != positions.len() {
            return Err(PyErr::new(
                ExcType::ValueError,
                "Can only assign sequence of same size",
            ));
        }
        let bits = items
            .iter()
            .map(|item| v.code.to_bits(item))
            .collect::<PyResult<Vec<i64>>>()?;
        return v.locked(interp, |_| {
            for (&p, bits) in positions.iter().zip(bits) {
                v.store(u32::try_from(p).unwrap_or(0), bits);
            }
            Ok(Value::None)
        });
    }
    let i = index(v, &key)?;
    let bits = v.code.to_bits(&value)?;
    v.locked(interp, |_| {
        v.store(i, bits);
        Ok(Value::None)
    })
}

fn len(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    Ok(Value::Int(i64::from(shared(&keep).len())))
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let v = shared(&keep);
    let all: Vec<usize> = (0..v.len() as usize).collect();
    let items = v.locked(interp, |_| Ok(items_at(v, &all)))?;
    interp.iter(&items)
}

/// `_rebuild_ctype(code, at, len, lock)`: a shared value sent to this process.
fn rebuild(_: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.as_slice() {
        [code, Value::Int(at), len, lock] => {
            let len = match len {
                Value::Int(n) => Some(u32::try_from(*n).map_err(|_| type_error("bad length"))?),
                _ => None,
            };
            Ok(Value::Native(Arc::new(SharedCtype {
                code: Typecode::of(code)?,
                at: u32::try_from(*at).map_err(|_| type_error("bad offset"))?,
                len,
                lock: is_shared_lock(lock).then(|| lock.clone()),
            })))
        }
        _ => Err(type_error("_rebuild_ctype(code, at, len, lock)")),
    }
}

static SYNCHRONIZED_METHODS: &[Builtin] = &[
    builtin!("Synchronized.get_lock", get_lock),
    builtin!("Synchronized.get_obj", get_obj),
    builtin!("Synchronized.acquire", acquire),
    builtin!("Synchronized.release", release),
    builtin!("Synchronized.__enter__", enter),
    builtin!("Synchronized.__exit__", exit),
    builtin!("Synchronized.__getattr__", getattr),
    builtin!("Synchronized.__setattr__", setattr),
];

static SYNCHRONIZED_ARRAY_METHODS: &[Builtin] = &[
    builtin!("SynchronizedArray.get_lock", get_lock),
    builtin!("SynchronizedArray.get_obj", get_obj),
    builtin!("SynchronizedArray.acquire", acquire),
    builtin!("SynchronizedArray.release", release),
    builtin!("SynchronizedArray.__enter__", enter),
    builtin!("SynchronizedArray.__exit__", exit),
    builtin!("SynchronizedArray.__len__", len),
    builtin!("SynchronizedArray.__getitem__", getitem),
    builtin!("SynchronizedArray.__setitem__", setitem),
    builtin!("SynchronizedArray.__iter__", iter),
    builtin!("SynchronizedArray.__getattr__", getattr),
    builtin!("SynchronizedArray.__setattr__", setattr),
];

static RAW_METHODS: &[Builtin] = &[
    builtin!("c_value.__getattr__", getattr),
    builtin!("c_value.__setattr__", setattr),
];

static RAW_ARRAY_METHODS: &[Builtin] = &[
    builtin!("c_array.__len__", len),
    builtin!("c_array.__getitem__", getitem),
    builtin!("c_array.__setitem__", setitem),
    builtin!("c_array.__iter__", iter),
    builtin!("c_array.__getattr__", getattr),
    builtin!("c_array.__setattr__", setattr),
];

/// The module functions that make these objects.
pub static FUNCTIONS: &[Builtin] = &[
    builtin!("Value", value_new),
    builtin!("Array", array_new),
    builtin!("RawValue", |interp, mut a| {
        a.keywords.push((Arc::from("lock"), Value::Bool(false)));
        value_new(interp, a)
    }),
    builtin!("RawArray", |interp, mut a| {
        a.keywords.push((Arc::from("lock"), Value::Bool(false)));
        array_new(interp, a)
    }),
    builtin!("_rebuild_ctype", rebuild),
];
