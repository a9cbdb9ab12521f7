//! Values sent to another process (a child's target and arguments, a result):
//! encoded to bytes and made again there, as `pickle` does. Data travels by
//! value; functions, classes and builtins by name (module and qualified
//! name), to be found again in the other process, which has imported the same
//! program. What cannot be sent fails with the error CPython's pickle gives.

use std::sync::Arc;

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::value::{lock, Value};
use super::Interp;

const NONE: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;
const INT: u8 = 3;
const BIG_INT: u8 = 4;
const FLOAT: u8 = 5;
const STR: u8 = 6;
const LIST: u8 = 7;
const TUPLE: u8 = 8;
const DICT: u8 = 9;
const SET: u8 = 10;
/// A function, class or builtin: by module and qualified name.
const GLOBAL: u8 = 11;
const EXCEPTION: u8 = 12;
const INSTANCE: u8 = 13;
/// A native object that names how to make it again (`Native::reduce`).
const REDUCE: u8 = 14;
const BYTES: u8 = 15;
const BYTEARRAY: u8 = 16;
const RANGE: u8 = 17;
const SLICE: u8 = 18;
const FROZENSET: u8 = 19;
/// A mutable object put before in this encoding (pickle's memo): one
/// object stays one object, and a list that holds itself can be sent.
const REF: u8 = 20;
/// A tuple that was made inside its own items (`t = ([],); t[0].append(t)`):
/// its items are read (they make the objects they hold) and left, and the
/// tuple is the reference that follows, as pickle's POP then GET.
const DISCARD: u8 = 21;
const COMPLEX: u8 = 22;

/// `value` as bytes another process can make it again from.
///
/// # Errors
/// CPython's pickling errors: a lambda or a nested function, an object that
/// cannot be pickled (a lock, a generator…).
pub fn encode(interp: &mut Interp, value: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    Encoder {
        interp,
        inheriting: false,
        memo: std::collections::HashMap::new(),
    }
    .put(value, &mut out, 0)?;
    Ok(out)
}

/// As `encode`, for what a child is given as it starts: also the objects
/// shared "through inheritance" (locks, queues, shared values).
///
/// # Errors
/// As `encode`.
pub fn encode_for_child(interp: &mut Interp, value: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    Encoder {
        interp,
        inheriting: true,
        memo: std::collections::HashMap::new(),
    }
    .put(value, &mut out, 0)?;
    Ok(out)
}

impl Interp {
    /// Runs `f` (an encoding or decoding of values that cross between
    /// processes) traced as "transferring data" on the timeline.
    pub fn transferring<T>(&mut self, f: impl FnOnce(&mut Interp) -> T) -> T {
        let before = self.rec.state();
        self.rec.set(crate::trace::State::Transfer);
        let result = f(self);
        if let Some(state) = before {
            self.rec.set(state);
        }
        result
    }
}

/// CPython's TypeError for a value pickle cannot take, which names a lock's
/// type by its module (`_thread.lock`).
fn cannot_pickle(value: &Value) -> PyErr {
    let name = value.type_name();
    let name = match name.as_str() {
        "lock" | "RLock" => format!("_thread.{name}"),
        _ => name,
    };
    type_error(format!("cannot pickle '{name}' object"))
}

/// Encodes values; `inheriting` when for a child that is starting.
struct Encoder<'a> {
    interp: &'a mut Interp,
    inheriting: bool,
    /// The mutable objects put so far (by identity), numbered in the order
    /// they were begun, as `Decoder::memo` numbers them again.
    memo: std::collections::HashMap<usize, u32>,
}

/// The value `bytes` encodes, made in this process.
///
/// # Errors
/// A name that this process cannot find (AttributeError), bytes that are not
/// an encoding.
pub fn decode(interp: &mut Interp, bytes: &[u8]) -> PyResult<Value> {
    let mut at = 0;
    let value = take(interp, bytes, &mut at, &mut Vec::new())?;
    Ok(value)
}

fn put_len(len: usize, out: &mut Vec<u8>) {
    out.extend_from_slice(&u32::try_from(len).unwrap_or(u32::MAX).to_le_bytes());
}

fn put_str(text: &str, out: &mut Vec<u8>) {
    put_len(text.len(), out);
    out.extend_from_slice(text.as_bytes());
}

/// Deeper than this, CPython's pickle raises RecursionError too.
const MAX_DEPTH: usize = 900;

impl Encoder<'_> {
    fn put(&mut self, value: &Value, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
        if depth > MAX_DEPTH {
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while pickling an object",
            ));
        }
        // A mutable object met again is a reference to the first time.
        let mutable = matches!(
            value,
            Value::List(_) | Value::Dict(_) | Value::ByteArray(_) | Value::Instance(_)
        ) || matches!(value, Value::Set(s) if !s.frozen);
        // A tuple is numbered once made (its items first), so one tuple
        // met twice is one tuple again.
        if mutable || matches!(value, Value::Tuple(_)) {
            if let Some(index) = self.memo.get(&value.identity()) {
                out.push(REF);
                out.extend_from_slice(&index.to_le_bytes());
                return Ok(());
            }
        }
        if mutable {
            self.remember(value);
        }
        match value {
            Value::None => out.push(NONE),
            Value::Bool(b) => out.push(if *b { TRUE } else { FALSE }),
            Value::Int(i) => {
                out.push(INT);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::BigInt(i) => {
                out.push(BIG_INT);
                let bytes = i.to_signed_bytes_le();
                put_len(bytes.len(), out);
                out.extend_from_slice(&bytes);
            }
            Value::Float(f) => {
                out.push(FLOAT);
                out.extend_from_slice(&f.to_le_bytes());
            }
            Value::Complex(z) => {
                out.push(COMPLEX);
                out.extend_from_slice(&z.re.to_le_bytes());
                out.extend_from_slice(&z.im.to_le_bytes());
            }
            Value::Str(s) => {
                out.push(STR);
                put_str(s, out);
            }
            Value::Range(r) => {
                out.push(RANGE);
                for n in [r.start, r.stop, r.step] {
                    out.extend_from_slice(&n.to_le_bytes());
                }
            }
            Value::Slice(parts) => {
                out.push(SLICE);
                self.put_items(&parts[..], out, depth)?;
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                let data = super::bytes::bytes_like(value).unwrap_or_default();
                out.push(if matches!(value, Value::Bytes(_)) {
                    BYTES
                } else {
                    BYTEARRAY
                });
                put_len(data.len(), out);
                out.extend_from_slice(&data);
            }
            Value::List(list) => {
                let items = lock(&list.items).clone();
                out.push(LIST);
                self.put_items(&items, out, depth)?;
            }
            Value::Tuple(items) => {
                let start = out.len();
                out.push(TUPLE);
                self.put_items(items, out, depth)?;
                match self.memo.get(&value.identity()) {
                    Some(index) => {
                        out[start] = DISCARD;
                        out.push(REF);
                        out.extend_from_slice(&index.to_le_bytes());
                    }
                    None => self.remember(value),
                }
            }
            Value::Dict(dict) => {
                let pairs: Vec<(Value, Value)> = lock(&dict.map).values().cloned().collect();
                out.push(DICT);
                put_len(pairs.len(), out);
                for (key, value) in &pairs {
                    self.put(key, out, depth + 1)?;
                    self.put(value, out, depth + 1)?;
                }
            }
            Value::Set(set) => {
                let items: Vec<Value> = lock(&set.map).values();
                out.push(if set.frozen { FROZENSET } else { SET });
                self.put_items(&items, out, depth)?;
            }
            Value::Function(f) => {
                let qualname = &f.code.qualname;
                if qualname.contains("<locals>") {
                    return Err(PyErr::new(
                        ExcType::AttributeError,
                        format!("Can't pickle local object '{qualname}'"),
                    ));
                }
                let module = f.globals.name.clone();
                // A lambda's name finds nothing in its module.
                let found = f
                    .globals
                    .names()
                    .get(&*f.code.name)
                    .is_some_and(|v| matches!(v, Value::Function(g) if Arc::ptr_eq(g, f)));
                if !found {
                    return Err(PyErr::new(
                        ExcType::PicklingError,
                        format!(
                            "Can't pickle {}: attribute lookup {} on {module} failed",
                            self.interp.repr(value)?,
                            f.code.name
                        ),
                    ));
                }
                out.push(GLOBAL);
                put_str(&module, out);
                put_str(qualname, out);
            }
            Value::Builtin(b) if !b.name.contains('.') => {
                out.push(GLOBAL);
                put_str("builtins", out);
                put_str(b.name, out);
            }
            Value::Class(class) => {
                let (module, qualname) = class.qualified_name();
                out.push(GLOBAL);
                put_str(&module, out);
                put_str(&qualname, out);
            }
            Value::ExcType(kind) => {
                out.push(GLOBAL);
                put_str("builtins", out);
                put_str(kind.name(), out);
            }
            Value::Exception(e) => {
                out.push(EXCEPTION);
                put_str(e.kind.name(), out);
                let args = super::exception_fields::reduce_args(e);
                self.put_items(&args, out, depth)?;
            }
            // A class made by a metaclass may keep its instances unique (an
            // enum's members): a copy would not be one of them, so refused.
            // abc.ABCMeta keeps none (it checks abstract methods and answers
            // isinstance), so an ABC's instances travel as any others.
            Value::Instance(instance)
                if instance
                    .class
                    .metaclass
                    .as_ref()
                    .is_some_and(|m| m.qualified_name() != ("abc".into(), "ABCMeta".into())) =>
            {
                return Err(type_error(format!(
                    "pickling an instance of '{}', whose class has a metaclass, is not supported by this page's Python",
                    instance.class.name
                )));
            }
            Value::Instance(instance) => {
                let (module, qualname) = instance.class.qualified_name();
                out.push(INSTANCE);
                put_str(&module, out);
                put_str(&qualname, out);
                // The built-in object it is made of (an OrderedDict's dict),
                // unless a module's (a Process subclass's process, made
                // again by the child that runs it).
                match instance.base_object() {
                    Some(base) if !matches!(base, Value::Native(_)) => {
                        out.push(1);
                        self.put(&base, out, depth + 1)?;
                    }
                    _ => out.push(0),
                }
                let names: Vec<(Arc<str>, Value)> = lock(&instance.attributes)
                    .iter()
                    .map(|(name, value)| (name.clone(), value.clone()))
                    .collect();
                put_len(names.len(), out);
                for (name, value) in &names {
                    put_str(name, out);
                    self.put(value, out, depth + 1)?;
                }
            }
            // The singletons, by their names.
            Value::Native(_) if value.is(&super::class::not_implemented()) => {
                out.push(GLOBAL);
                put_str("builtins", out);
                put_str("NotImplemented", out);
            }
            Value::Native(_) if value.is(&super::class::ellipsis()) => {
                out.push(GLOBAL);
                put_str("builtins", out);
                put_str("Ellipsis", out);
            }
            // `reduce` once: a pipe's connection counts the copy it makes.
            Value::Native(native) => {
                let Some(reduce) = native.reduce() else {
                    return Err(cannot_pickle(value));
                };
                if let (Some(type_name), false) = (reduce.inherit_only, self.inheriting) {
                    return Err(PyErr::new(
                        ExcType::RuntimeError,
                        format!("{type_name} objects should only be shared between processes through inheritance"),
                    ));
                }
                out.push(REDUCE);
                put_str(reduce.module, out);
                put_str(reduce.function, out);
                self.put_items(&reduce.args, out, depth)?;
            }
            other => return Err(cannot_pickle(other)),
        }
        Ok(())
    }

    /// Numbers `value` as the next object of the memo.
    fn remember(&mut self, value: &Value) {
        let next = u32::try_from(self.memo.len()).unwrap_or(u32::MAX);
        self.memo.insert(value.identity(), next);
    }

    fn put_items(&mut self, items: &[Value], out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
        put_len(items.len(), out);
        for item in items {
            self.put(item, out, depth + 1)?;
        }
        Ok(())
    }
}

fn broken() -> PyErr {
    PyErr::new(ExcType::ValueError, "the bytes are not an encoded value")
}

fn take_bytes<'a>(bytes: &'a [u8], at: &mut usize, n: usize) -> PyResult<&'a [u8]> {
    let end = at
        .checked_add(n)
        .filter(|end| *end <= bytes.len())
        .ok_or_else(broken)?;
    let slice = &bytes[*at..end];
    *at = end;
    Ok(slice)
}

fn take_len(bytes: &[u8], at: &mut usize) -> PyResult<usize> {
    let raw = take_bytes(bytes, at, 4)?;
    Ok(u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as usize)
}

fn take_str(bytes: &[u8], at: &mut usize) -> PyResult<String> {
    let len = take_len(bytes, at)?;
    let raw = take_bytes(bytes, at, len)?;
    String::from_utf8(raw.to_vec()).map_err(|_| broken())
}

/// The mutable objects made so far in one decoding, in the order they were
/// begun (see `Encoder::memo`).
type Memo = Vec<Value>;

fn take_items(
    interp: &mut Interp,
    bytes: &[u8],
    at: &mut usize,
    memo: &mut Memo,
) -> PyResult<Vec<Value>> {
    let len = take_len(bytes, at)?;
    let mut items = Vec::with_capacity(len.min(bytes.len()));
    for _ in 0..len {
        items.push(take(interp, bytes, at, memo)?);
    }
    Ok(items)
}

fn take(interp: &mut Interp, bytes: &[u8], at: &mut usize, memo: &mut Memo) -> PyResult<Value> {
    let tag = take_bytes(bytes, at, 1)?[0];
    Ok(match tag {
        NONE => Value::None,
        FALSE => Value::Bool(false),
        TRUE => Value::Bool(true),
        INT => {
            let raw = take_bytes(bytes, at, 8)?;
            Value::Int(i64::from_le_bytes(raw.try_into().map_err(|_| broken())?))
        }
        BIG_INT => {
            let len = take_len(bytes, at)?;
            let raw = take_bytes(bytes, at, len)?;
            Value::int(num_bigint::BigInt::from_signed_bytes_le(raw))
        }
        FLOAT => {
            let raw = take_bytes(bytes, at, 8)?;
            Value::Float(f64::from_le_bytes(raw.try_into().map_err(|_| broken())?))
        }
        COMPLEX => {
            let mut parts = [0.0; 2];
            for part in &mut parts {
                let raw = take_bytes(bytes, at, 8)?;
                *part = f64::from_le_bytes(raw.try_into().map_err(|_| broken())?);
            }
            Value::complex(crate::objects::complex::Complex::new(parts[0], parts[1]))
        }
        STR => Value::str(&take_str(bytes, at)?),
        RANGE => {
            let mut n = [0i64; 3];
            for part in &mut n {
                let raw = take_bytes(bytes, at, 8)?;
                *part = i64::from_le_bytes(raw.try_into().map_err(|_| broken())?);
            }
            Value::Range(Arc::new(super::value::Range {
                start: n[0],
                stop: n[1],
                step: n[2],
            }))
        }
        SLICE => {
            let parts: [Value; 3] = take_items(interp, bytes, at, memo)?
                .try_into()
                .map_err(|_| broken())?;
            Value::Slice(Arc::new(parts))
        }
        BYTES | BYTEARRAY => {
            let len = take_len(bytes, at)?;
            let data = take_bytes(bytes, at, len)?;
            if tag == BYTES {
                Value::bytes(data)
            } else {
                let made = Value::bytearray(data.to_vec());
                memo.push(made.clone());
                made
            }
        }
        REF => {
            let raw = take_bytes(bytes, at, 4)?;
            let index = u32::from_le_bytes(raw.try_into().map_err(|_| broken())?);
            memo.get(index as usize).cloned().ok_or_else(broken)?
        }
        LIST => {
            let list = Value::list(Vec::new());
            memo.push(list.clone());
            let items = take_items(interp, bytes, at, memo)?;
            if let Value::List(l) = &list {
                *lock(&l.items) = items.into();
            }
            list
        }
        TUPLE => {
            let tuple = Value::tuple(take_items(interp, bytes, at, memo)?);
            memo.push(tuple.clone());
            tuple
        }
        DISCARD => {
            take_items(interp, bytes, at, memo)?;
            take(interp, bytes, at, memo)?
        }
        DICT => {
            let len = take_len(bytes, at)?;
            let dict = interp.new_dict();
            memo.push(dict.clone());
            for _ in 0..len {
                let key = take(interp, bytes, at, memo)?;
                let value = take(interp, bytes, at, memo)?;
                interp.dict_set(&dict, key, value)?;
            }
            dict
        }
        SET => {
            let set = interp.new_set(Vec::new())?;
            memo.push(set.clone());
            for item in take_items(interp, bytes, at, memo)? {
                interp.set_add(&set, item)?;
            }
            set
        }
        FROZENSET => {
            let items = take_items(interp, bytes, at, memo)?;
            interp.new_frozenset(items)?
        }
        GLOBAL => {
            let module = take_str(bytes, at)?;
            let qualname = take_str(bytes, at)?;
            find_global(interp, &module, &qualname)?
        }
        EXCEPTION => {
            let kind = take_str(bytes, at)?;
            let args = take_items(interp, bytes, at, memo)?;
            let kind = find_global(interp, "builtins", &kind)?;
            interp.call(
                &kind,
                super::function::Args {
                    positional: args,
                    keywords: Vec::new(),
                },
            )?
        }
        REDUCE => {
            let module = take_str(bytes, at)?;
            let function = take_str(bytes, at)?;
            let args = take_items(interp, bytes, at, memo)?;
            let function = find_global(interp, &module, &function)?;
            interp.call(&function, super::function::Args::new(args))?
        }
        INSTANCE => {
            let module = take_str(bytes, at)?;
            let qualname = take_str(bytes, at)?;
            let Value::Class(class) = find_global(interp, &module, &qualname)? else {
                return Err(broken());
            };
            let instance = Arc::new(super::object::Instance::new(class));
            memo.push(Value::Instance(instance.clone()));
            if take_bytes(bytes, at, 1)?[0] == 1 {
                *lock(&instance.base_object) = Some(take(interp, bytes, at, memo)?);
            }
            // Its attributes as they were, as pickle restores `__dict__`
            // (no `__setattr__`: a frozen dataclass's instance comes back).
            let len = take_len(bytes, at)?;
            for _ in 0..len {
                let name = take_str(bytes, at)?;
                let value = take(interp, bytes, at, memo)?;
                lock(&instance.attributes).insert(name.into(), value);
            }
            Value::Instance(instance)
        }
        _ => return Err(broken()),
    })
}

/// The function, class or builtin `module.qualname` in this process.
/// What `module.qualname` names (pickle's `find_class`).
///
/// # Errors
/// AttributeError (pickle's words) when there is no such thing.
pub fn find_global(interp: &mut Interp, module: &str, qualname: &str) -> PyResult<Value> {
    if module == "builtins" {
        return interp
            .builtins
            .get(qualname)
            .cloned()
            .ok_or_else(|| missing(module, qualname));
    }
    let mut found = interp.import(module)?;
    for part in qualname.split('.') {
        found = interp
            .get_attr(&found, part)
            .map_err(|_| missing(module, qualname))?;
    }
    Ok(found)
}

fn missing(module: &str, qualname: &str) -> PyErr {
    PyErr::new(
        ExcType::AttributeError,
        format!("Can't get attribute '{qualname}' on <module '{module}'>"),
    )
}
