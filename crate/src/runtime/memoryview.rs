//! `memoryview(b)`: a view of the bytes of a `bytes` or `bytearray`, one
//! dimension of unsigned bytes (format 'B'): indexing gives ints, slicing
//! gives a view of the same bytes, and a view of a bytearray writes through
//! to it (`mv[0] = 65`). `tobytes`, `tolist`, `hex`, `len`, `==`,
//! `release()` and `with` are CPython's.
//!
//! Other formats, `cast` and several dimensions are not here: asking for
//! them is a NotImplementedError naming them, not a different answer.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::error::{type_error, value_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::value::{lock, Native, Value};
use crate::builtin;

/// `memoryview(obj)`.
pub(crate) static MEMORYVIEW: Builtin = builtin!(type "memoryview", |_, args| {
    if let Some((name, _)) = args.keywords.iter().find(|(k, _)| &**k != "object") {
        return Err(type_error(format!(
            "memoryview() got an unexpected keyword argument '{name}'"
        )));
    }
    let object = match (args.positional.as_slice(), args.keywords.first()) {
        ([object], None) => object.clone(),
        ([], Some((_, object))) => object.clone(),
        ([], None) => {
            return Err(type_error(
                "memoryview() missing required argument 'object' (pos 1)",
            ))
        }
        _ => {
            return Err(type_error(format!(
                "memoryview() takes at most 1 argument ({} given)",
                args.positional.len() + args.keywords.len()
            )))
        }
    };
    view_of(&object)
});

/// A new view of all of `object`'s bytes.
fn view_of(object: &Value) -> PyResult<Value> {
    if let Some(view) = as_memoryview(object) {
        view.check()?;
        return Ok(Value::Native(Arc::new(MemoryView {
            source: view.source.clone(),
            start: view.start,
            step: view.step,
            len: view.len,
            released: AtomicBool::new(false),
        })));
    }
    let source = match object {
        Value::Bytes(_) | Value::ByteArray(_) => object.clone(),
        _ => match object.base_object() {
            Some(base @ (Value::Bytes(_) | Value::ByteArray(_))) => base,
            _ => {
                return Err(type_error(format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    object.type_name()
                )))
            }
        },
    };
    let len = match &source {
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => lock(&b.bytes).len(),
        _ => 0,
    };
    Ok(Value::Native(Arc::new(MemoryView {
        source,
        start: 0,
        step: 1,
        len,
        released: AtomicBool::new(false),
    })))
}

/// Items `start`, `start + step`… (`len` of them) of `source`'s bytes.
#[derive(Debug)]
pub struct MemoryView {
    source: Value,
    start: usize,
    step: isize,
    len: usize,
    released: AtomicBool,
}

/// The memoryview `value` is, if it is one.
#[must_use]
pub fn as_memoryview(value: &Value) -> Option<&MemoryView> {
    match value {
        Value::Native(n) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

/// The bytes a memoryview shows (for `bytes(mv)`, `b"%s" % mv`…).
#[must_use]
pub fn viewed_bytes(value: &Value) -> Option<Arc<[u8]>> {
    let view = as_memoryview(value)?;
    view.bytes().ok().map(Arc::from)
}

impl MemoryView {
    fn check(&self) -> PyResult<()> {
        if self.released.load(Ordering::Relaxed) {
            return Err(value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }

    /// Where item `i` of the view is in the source's bytes.
    fn position(&self, i: usize) -> usize {
        let offset = isize::try_from(i).unwrap_or(0) * self.step;
        self.start.saturating_add_signed(offset)
    }

    /// The view's bytes, copied out.
    fn bytes(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        let copy = |all: &[u8]| {
            (0..self.len)
                .map(|i| all.get(self.position(i)).copied().unwrap_or(0))
                .collect()
        };
        Ok(match &self.source {
            Value::Bytes(b) => copy(b),
            Value::ByteArray(b) => copy(&lock(&b.bytes)),
            _ => Vec::new(),
        })
    }

    fn readonly(&self) -> bool {
        !matches!(self.source, Value::ByteArray(_))
    }

    /// Item `key` (an int) of the view, as a position in the view.
    fn index(&self, key: &Value) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            Value::Tuple(_) => {
                return Err(PyErr::new(
                    ExcType::NotImplementedError,
                    "multi-dimensional sub-views are not implemented",
                ))
            }
            _ => return Err(type_error("memoryview: invalid slice key")),
        };
        let len = i64::try_from(self.len).unwrap_or(i64::MAX);
        let i = if i < 0 { i + len } else { i };
        if !(0..len).contains(&i) {
            return Err(PyErr::new(
                ExcType::IndexError,
                "index out of bounds on dimension 1",
            ));
        }
        Ok(usize::try_from(i).unwrap_or(0))
    }

    /// The view of `self[a:b:c]`.
    fn slice(&self, parts: &[Value; 3]) -> PyResult<MemoryView> {
        let positions = super::containers::slice_positions(parts, self.len)?;
        let step = match positions.as_slice() {
            [a, b, ..] => isize::try_from(*b).unwrap_or(0) - isize::try_from(*a).unwrap_or(0),
            _ => 1,
        };
        Ok(MemoryView {
            source: self.source.clone(),
            start: positions.first().map_or(self.start, |&p| self.position(p)),
            step: self.step * step,
            len: positions.len(),
            released: AtomicBool::new(false),
        })
    }
}

impl Native for MemoryView {
    fn type_name(&self) -> &'static str {
        "memoryview"
    }
    fn methods(&self) -> &'static [Builtin] {
        METHODS
    }
    fn get_attr(&self, name: &str) -> Option<Value> {
        if self.released.load(Ordering::Relaxed) && name != "obj" {
            return None;
        }
        let len = i64::try_from(self.len).unwrap_or(i64::MAX);
        Some(match name {
            "readonly" => Value::Bool(self.readonly()),
            "format" => Value::str("B"),
            "itemsize" => Value::Int(1),
            "ndim" => Value::Int(1),
            "nbytes" => Value::Int(len),
            "shape" => Value::tuple(vec![Value::Int(len)]),
            "strides" => Value::tuple(vec![Value::Int(self.step as i64)]),
            "obj" => self.source.clone(),
            "c_contiguous" | "f_contiguous" | "contiguous" => Value::Bool(self.step == 1),
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        let state = if self.released.load(Ordering::Relaxed) {
            "released memory"
        } else {
            "memory"
        };
        format!("<{state} at {:#x}>", self as *const Self as usize)
    }
    // CPython hashes a read-only view as its bytes; not done here: not a key.
    fn hashable(&self) -> bool {
        false
    }
}

/// The receiver of a memoryview method.
fn receiver<'a>(args: &'a Args, name: &str) -> PyResult<&'a MemoryView> {
    args.positional
        .first()
        .and_then(as_memoryview)
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to this object"
            ))
        })
}

/// `mv == other`: the same bytes as another bytes-like value (None when
/// neither is a memoryview).
#[must_use]
pub fn eq(a: &Value, b: &Value) -> Option<bool> {
    let (view, other) = match (as_memoryview(a), as_memoryview(b)) {
        (Some(view), _) => (view, b),
        (None, Some(view)) => (view, a),
        (None, None) => return None,
    };
    // A released view equals only itself.
    let Ok(mine) = view.bytes() else {
        return Some(a.is(b));
    };
    let theirs = match as_memoryview(other) {
        Some(o) => o.bytes().ok().map(Arc::from),
        None => super::bytes::bytes_like(other),
    };
    Some(theirs.is_some_and(|t| *t == *mine))
}

fn not_supported(what: &str) -> PyErr {
    PyErr::new(
        ExcType::NotImplementedError,
        format!("memoryview.{what}() is not supported here: only views of bytes (format 'B')"),
    )
}

static METHODS: &[Builtin] = &[
    builtin!("memoryview.tobytes", |_, args| {
        let view = receiver(&args, "tobytes")?;
        Ok(Value::Bytes(view.bytes()?.into()))
    }),
    builtin!("memoryview.tolist", |_, args| {
        let view = receiver(&args, "tolist")?;
        Ok(Value::list(
            view.bytes()?
                .into_iter()
                .map(|b| Value::Int(i64::from(b)))
                .collect(),
        ))
    }),
    builtin!("memoryview.hex", |_, args| {
        let view = receiver(&args, "hex")?;
        if args.positional.len() > 1 {
            return Err(not_supported("hex with a separator"));
        }
        let text: String = view.bytes()?.iter().map(|b| format!("{b:02x}")).collect();
        Ok(Value::str(&text))
    }),
    builtin!("memoryview.release", |_, args| {
        receiver(&args, "release")?
            .released
            .store(true, Ordering::Relaxed);
        Ok(Value::None)
    }),
    builtin!("memoryview.__enter__", |_, args| {
        receiver(&args, "__enter__")?.check()?;
        Ok(args.positional[0].clone())
    }),
    builtin!("memoryview.__exit__", |_, args| {
        receiver(&args, "__exit__")?
            .released
            .store(true, Ordering::Relaxed);
        Ok(Value::None)
    }),
    builtin!("memoryview.__len__", |_, args| {
        let view = receiver(&args, "__len__")?;
        view.check()?;
        Ok(Value::Int(i64::try_from(view.len).unwrap_or(i64::MAX)))
    }),
    builtin!("memoryview.__getitem__", |_, args| {
        let view = receiver(&args, "__getitem__")?;
        view.check()?;
        let key = args.positional.get(1).cloned().unwrap_or(Value::None);
        if let Value::Slice(parts) = &key {
            return Ok(Value::Native(Arc::new(view.slice(parts)?)));
        }
        let at = view.position(view.index(&key)?);
        let byte = match &view.source {
            Value::Bytes(b) => b.get(at).copied(),
            Value::ByteArray(b) => lock(&b.bytes).get(at).copied(),
            _ => None,
        };
        byte.map(|b| Value::Int(i64::from(b)))
            .ok_or_else(|| PyErr::new(ExcType::IndexError, "index out of bounds on dimension 1"))
    }),
    builtin!("memoryview.__setitem__", |_, args| {
        let view = receiver(&args, "__setitem__")?;
        view.check()?;
        let [_, key, value] = args.positional.as_slice() else {
            return Err(type_error("expected a key and a value"));
        };
        let Value::ByteArray(array) = &view.source else {
            return Err(type_error("cannot modify read-only memory"));
        };
        if let Value::Slice(parts) = key {
            let target = view.slice(parts)?;
            let new = match as_memoryview(value) {
                Some(v) => Some(v.bytes()?),
                None => super::bytes::bytes_like(value).map(|b| b.to_vec()),
            };
            let Some(new) = new else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    value.type_name()
                )));
            };
            if new.len() != target.len {
                return Err(value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let mut bytes = lock(&array.bytes);
            for (i, b) in new.into_iter().enumerate() {
                if let Some(slot) = bytes.get_mut(target.position(i)) {
                    *slot = b;
                }
            }
            return Ok(Value::None);
        }
        let i = view.index(key)?;
        let byte = match value {
            Value::Int(n) => u8::try_from(*n)
                .map_err(|_| value_error("memoryview: invalid value for format 'B'"))?,
            Value::Bool(b) => u8::from(*b),
            _ => return Err(type_error("memoryview: invalid type for format 'B'")),
        };
        if let Some(slot) = lock(&array.bytes).get_mut(view.position(i)) {
            *slot = byte;
        }
        Ok(Value::None)
    }),
    builtin!("memoryview.__iter__", |interp, args| {
        let view = receiver(&args, "__iter__")?;
        let items = Value::list(
            view.bytes()?
                .into_iter()
                .map(|b| Value::Int(i64::from(b)))
                .collect(),
        );
        interp.iter(&items)
    }),
    builtin!("memoryview.cast", |_, _| Err(not_supported("cast"))),
];
