//! `bytes` and `bytearray`: their constructors, their methods, and the
//! codecs between them and `str` (UTF-8, ASCII and Latin-1, with CPython's
//! error handlers and its UnicodeDecodeError/UnicodeEncodeError messages).
//!
//! Most of their searching and splitting methods behave as `str`'s do on a
//! text of one character per byte; they are run as `str`'s on the bytes read
//! as Latin-1 (one char per byte, positions preserved), and their results
//! made bytes again. The methods whose meaning differs for bytes (the ASCII
//! case mappings and character classes, whitespace, `decode`, `hex`) are
//! written here.

use std::sync::Arc;

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::value::{lock, Exception, Value};
use super::wide_codecs::{self, Order};
use super::Interp;
use crate::builtin;

/// The bytes of a bytes-like value (`bytes` or `bytearray`, or an instance
/// of a class derived from one), copied out of a bytearray.
#[must_use]
pub fn bytes_like(v: &Value) -> Option<Arc<[u8]>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::ByteArray(b) => Some(Arc::from(lock(&b.bytes).as_slice())),
        Value::Instance(_) => bytes_like(&v.base_object()?),
        Value::Native(_) => super::memoryview::viewed_bytes(v),
        _ => None,
    }
}

/// CPython's TypeError for a value that should have been bytes-like.
fn not_bytes_like(v: &Value) -> PyErr {
    type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.type_name()
    ))
}

/// A byte value from an int (`bytearray.append(x)`, an item of `bytes([…])`).
fn byte_of(v: &Value) -> PyResult<u8> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => super::containers::as_i64(v)
            .and_then(|i| u8::try_from(i).ok())
            .ok_or_else(|| PyErr::new(ExcType::ValueError, "byte must be in range(0, 256)")),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// A new value of the kind of `like` (bytes or bytearray) holding `bytes`.
fn same_kind(like: &Value, bytes: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => Value::bytearray(bytes),
        _ => Value::Bytes(bytes.into()),
    }
}

// ---------------------------------------------------------------------------
// Codecs.

/// The codecs the page has, by the name CPython gives them in its messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    /// UTF-8 after a byte order mark (written by encode, skipped by decode).
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
}

impl Codec {
    /// The codec an encoding's name stands for (CPython's aliases); a
    /// LookupError for any other.
    fn named(name: &str) -> PyResult<Codec> {
        let normal: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .collect();
        Ok(match normal.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "us" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
            | "l1" | "iso_ir_100" => Codec::Latin1,
            "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
            "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Marked),
            "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16(Order::Little),
            "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16(Order::Big),
            "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Marked),
            "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32(Order::Little),
            "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32(Order::Big),
            _ => {
                return Err(PyErr::new(
                    ExcType::LookupError,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            _ => "utf-8",
        }
    }

    /// The first code point it cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
            _ => u32::MAX,
        }
    }
}

/// `text.encode(encoding, errors)`
fn encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::named(encoding)?;
    match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([b"\xef\xbb\xbf", text.as_bytes()].concat()),
        Codec::Utf16(order) => return Ok(wide_codecs::encode(text, 2, order)),
        Codec::Utf32(order) => return Ok(wide_codecs::encode(text, 4, order)),
        Codec::Ascii | Codec::Latin1 => {}
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            // Below 0x100: the code point is the byte.
            #[allow(clippy::cast_possible_truncation)]
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of characters it cannot encode, as CPython reports it.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for c in &chars[i..end] {
                    out.extend(format!("&#{};", *c as u32).bytes());
                }
            }
            "backslashreplace" => {
                for c in &chars[i..end] {
                    out.extend(char_escape(*c).bytes());
                }
            }
            _ => {
                check_handler(errors)?;
                let range = limit.to_string();
                return Err(unicode_error(
                    ExcType::UnicodeEncodeError,
                    codec.name(),
                    Value::str(text),
                    i,
                    end,
                    &format!("ordinal not in range({range})"),
                ));
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`: a character as its escape.
fn char_escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `bytes.decode(encoding, errors)`
fn decode(bytes: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::named(encoding)?;
    match codec {
        Codec::Latin1 => return Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(char::from(b));
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    _ => {
                        check_handler(errors)?;
                        return Err(unicode_error(
                            ExcType::UnicodeDecodeError,
                            "ascii",
                            Value::bytes(bytes),
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ));
                    }
                }
            }
            return Ok(out);
        }
        Codec::Utf16(order) | Codec::Utf32(order) => {
            let width = if matches!(codec, Codec::Utf16(_)) {
                2
            } else {
                4
            };
            return wide_codecs::decode(bytes, width, order, errors, |name, (start, end, why)| {
                unicode_error(
                    ExcType::UnicodeDecodeError,
                    name,
                    Value::bytes(bytes),
                    start,
                    end,
                    why,
                )
            });
        }
        // The mark is left off, and positions count from after it.
        Codec::Utf8Sig => {
            let rest = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            return decode(rest, "utf-8", errors);
        }
        Codec::Utf8 => {}
    }
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: `from_utf8` said these bytes are valid.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                // The bytes of the bad sequence (Rust's "maximal subpart",
                // which is CPython's too).
                let bad = e.error_len().unwrap_or(rest.len() - good);
                let reason = match (e.error_len(), rest[good]) {
                    (None, _) => "unexpected end of data",
                    (Some(_), 0xc2..=0xf4) => "invalid continuation byte",
                    _ => "invalid start byte",
                };
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => {
                        for b in &rest[good..good + bad] {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                    _ => {
                        check_handler(errors)?;
                        let start = bytes.len() - rest.len() + good;
                        return Err(unicode_error(
                            ExcType::UnicodeDecodeError,
                            "utf-8",
                            Value::bytes(bytes),
                            start,
                            start + bad,
                            reason,
                        ));
                    }
                }
                rest = &rest[good + bad..];
            }
        }
    }
}

/// Before a codec raises its UnicodeError under `errors`: a LookupError if
/// CPython has no handler of that name (it looks one up only when needed,
/// so `b"ok".decode("utf-8", "bogus")` is fine). The handlers the page does
/// not implement ("surrogateescape"…) let the UnicodeError be raised.
pub(super) fn check_handler(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "xmlcharrefreplace" | "backslashreplace"
        | "namereplace" | "surrogateescape" | "surrogatepass" => Ok(()),
        _ => Err(PyErr::new(
            ExcType::LookupError,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// A UnicodeDecodeError or UnicodeEncodeError with CPython's arguments
/// (encoding, object, start, end, reason) and attributes of those names.
fn unicode_error(
    kind: ExcType,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let index = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let args = vec![
        Value::str(encoding),
        object,
        index(start),
        index(end),
        Value::str(reason),
    ];
    let exception = Exception::new(kind, args.clone());
    {
        let mut attributes = lock(&exception.attributes);
        for (name, value) in ["encoding", "object", "start", "end", "reason"]
            .into_iter()
            .zip(args)
        {
            attributes.insert(name.into(), value);
        }
    }
    PyErr::raised(Value::Exception(exception), Vec::new())
}

/// The message of a UnicodeDecodeError or UnicodeEncodeError made from its
/// five arguments, as `str()` of one gives it; `None` for other arguments.
#[must_use]
pub fn unicode_error_message(kind: ExcType, args: &[Value]) -> Option<String> {
    let [Value::Str(encoding), object, Value::Int(start), Value::Int(end), Value::Str(reason)] =
        args
    else {
        return None;
    };
    let (start, end) = (usize::try_from(*start).ok()?, usize::try_from(*end).ok()?);
    Some(match (kind, object) {
        (ExcType::UnicodeDecodeError, Value::Bytes(b)) if end == start + 1 => format!(
            "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b.get(start)?
        ),
        (ExcType::UnicodeDecodeError, _) => format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ),
        (ExcType::UnicodeEncodeError, Value::Str(s)) if end == start + 1 => {
            let c = s.chars().nth(start)?;
            format!(
                "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
                char_escape(c)
            )
        }
        (ExcType::UnicodeEncodeError, _) => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
        _ => return None,
    })
}

/// The `encoding` and `errors` arguments of `encode`/`decode`/`bytes()`,
/// positional or by keyword, each a str.
fn codec_args(name: &str, positional: &[Value], args: &mut Args) -> PyResult<(String, String)> {
    let mut pick = |at: usize, keyword: &str, default: &str| -> PyResult<String> {
        match positional
            .get(at)
            .cloned()
            .or_else(|| args.keyword(keyword))
        {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(type_error(format!(
                "{name}() argument '{keyword}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let encoding = pick(0, "encoding", "utf-8")?;
    let errors = pick(1, "errors", "strict")?;
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {name}()"
        )));
    }
    Ok((encoding, errors))
}

/// `str.encode(encoding="utf-8", errors="strict")`
fn str_encode(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let mut positional = std::mem::take(&mut args.positional);
    let this = match positional.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => {
            return Err(type_error(
                "descriptor 'encode' for 'str' objects needs a str",
            ))
        }
    };
    positional.remove(0);
    if positional.len() > 2 {
        return Err(type_error(format!(
            "encode() takes at most 2 arguments ({} given)",
            positional.len()
        )));
    }
    let (encoding, errors) = codec_args("encode", &positional, &mut args)?;
    Ok(Value::Bytes(encode(&this, &encoding, &errors)?.into()))
}

/// `s.encode()` and `s.encode(encoding)`, the common forms, with no vector
/// of arguments on the way; the others go to `str_encode`.
fn str_encode_fast(interp: &mut Interp, this: &Value, args: &mut [Value]) -> PyResult<Value> {
    match (this, &*args) {
        (Value::Str(s), []) => Ok(Value::Bytes(s.as_bytes().to_vec().into())),
        (Value::Str(s), [Value::Str(encoding)]) => {
            Ok(Value::Bytes(encode(s, encoding, "strict")?.into()))
        }
        _ => super::function::method_in_full(interp, this, args, str_encode),
    }
}

/// The methods of `str` that make bytes: `methods::lookup` looks here too.
pub static STR_BYTES_METHODS: &[Builtin] =
    &[builtin!(method "str.encode", str_encode_fast, else str_encode)];

/// `str(b, encoding, errors)`: the bytes decoded.
///
/// # Errors
/// TypeError for a value that is not bytes-like, the codec's errors.
pub fn str_of_bytes(args: &[Value]) -> PyResult<Value> {
    let bytes = bytes_like(&args[0]).ok_or_else(|| {
        type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            args[0].type_name()
        ))
    })?;
    let text = |at: usize, default: &str| match args.get(at) {
        Some(Value::Str(s)) => Ok(s.to_string()),
        None => Ok(default.to_string()),
        Some(other) => Err(type_error(format!(
            "str() argument {} must be str, not {}",
            if at == 1 { "'encoding'" } else { "'errors'" },
            other.type_name()
        ))),
    };
    Ok(Value::str(&decode(
        &bytes,
        &text(1, "utf-8")?,
        &text(2, "strict")?,
    )?))
}

// ---------------------------------------------------------------------------
// Constructors.

/// The bytes `bytes(…)` and `bytearray(…)` make of their arguments.
fn construct(interp: &mut Interp, mut args: Args, name: &str) -> PyResult<Vec<u8>> {
    let mut positional = std::mem::take(&mut args.positional);
    let source = if positional.is_empty() {
        args.keyword("source")
    } else {
        Some(positional.remove(0))
    };
    if positional.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            positional.len() + 1
        )));
    }
    let has_codec = !positional.is_empty()
        || args
            .keywords
            .iter()
            .any(|(k, _)| &**k == "encoding" || &**k == "errors");
    let (encoding, errors) = codec_args(name, &positional, &mut args)?;
    let Some(source) = source else {
        if has_codec {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(text) = &source {
        if !has_codec {
            return Err(type_error("string argument without an encoding"));
        }
        return encode(text, &encoding, &errors);
    }
    if has_codec {
        return Err(type_error("encoding without a string argument"));
    }
    if let Some(bytes) = bytes_like(&source) {
        return Ok(bytes.to_vec());
    }
    match &source {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = super::containers::as_i64(&source).ok_or_else(|| {
                PyErr::new(
                    ExcType::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )
            })?;
            if n < 0 {
                return Err(PyErr::new(ExcType::ValueError, "negative count"));
            }
            let n = usize::try_from(n).map_err(|_| super::alloc::memory_error())?;
            super::alloc::check_bytes(Some(n))?;
            Ok(vec![0; n])
        }
        Value::Instance(_) if interp.special(&source, "__bytes__")?.is_some() => {
            let method = interp
                .special(&source, "__bytes__")?
                .expect("checked just above");
            match interp.call(&method, Args::default())? {
                Value::Bytes(b) => Ok(b.to_vec()),
                other => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    other.type_name()
                ))),
            }
        }
        _ => {
            let items = interp.collect(&source).map_err(|e| {
                if e.kind() == Some(ExcType::TypeError) {
                    type_error(format!(
                        "cannot convert '{}' object to {name}",
                        source.type_name()
                    ))
                } else {
                    e
                }
            })?;
            items
                .iter()
                .map(|item| {
                    byte_of(item).map_err(|e| {
                        if e.kind() == Some(ExcType::ValueError) {
                            PyErr::new(ExcType::ValueError, "bytes must be in range(0, 256)")
                        } else {
                            e
                        }
                    })
                })
                .collect()
        }
    }
}

/// `bytes(…)`
///
/// # Errors
/// CPython's TypeErrors and ValueErrors for what cannot be bytes.
pub fn bytes_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bytes(construct(interp, args, "bytes")?.into()))
}

/// `bytearray(…)`
///
/// # Errors
/// As `bytes(…)`.
pub fn bytearray_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::bytearray(construct(interp, args, "bytearray")?))
}

// ---------------------------------------------------------------------------
// Operators.

/// `a + b` of two bytes-like values (the result of `a`'s kind), or `None`.
#[must_use]
pub fn concat(a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
        return None;
    }
    let Some(y) = bytes_like(b) else {
        return Some(Err(type_error(format!(
            "can't concat {} to {}",
            b.type_name(),
            a.type_name()
        ))));
    };
    let x = bytes_like(a)?;
    let total = x.len().checked_add(y.len());
    Some(super::alloc::check_bytes(total).map(|_| {
        let mut out = Vec::with_capacity(x.len() + y.len());
        out.extend_from_slice(&x);
        out.extend_from_slice(&y);
        same_kind(a, out)
    }))
}

/// `b * n`
///
/// # Errors
/// MemoryError for a result too large.
pub fn repeat(seq: &Value, count: u64) -> PyResult<Value> {
    let bytes = bytes_like(seq).unwrap_or_else(|| Arc::from(&[][..]));
    let total = super::alloc::check_items(
        u64::try_from(bytes.len())
            .ok()
            .and_then(|n| n.checked_mul(count))
            .unwrap_or(u64::MAX),
        1,
    )?;
    let mut out = Vec::with_capacity(total);
    while out.len() < total {
        out.extend_from_slice(&bytes);
    }
    Ok(same_kind(seq, out))
}

/// `item in b`: a byte value or a bytes-like run of bytes.
///
/// # Errors
/// TypeError for anything else, ValueError for an int out of range.
pub fn contains(container: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(needle) = bytes_like(item) {
        return Ok(find(container, &needle).is_some());
    }
    match item {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(container.contains(&byte_of(item)?))
        }
        other => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            other.type_name()
        ))),
    }
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `b[i]` (an int) or `b[i:j:k]` (of `b`'s kind).
///
/// # Errors
/// IndexError, TypeError as CPython raises them.
pub fn get_item(container: &Value, key: &Value) -> PyResult<Value> {
    let bytes = bytes_like(container).unwrap_or_else(|| Arc::from(&[][..]));
    if let Value::Slice(parts) = key {
        let positions = super::containers::slice_positions(parts, bytes.len())?;
        return Ok(same_kind(
            container,
            positions.into_iter().map(|i| bytes[i]).collect(),
        ));
    }
    let what = if matches!(container, Value::ByteArray(_)) {
        "bytearray"
    } else {
        "byte"
    };
    let i = super::containers::item_index(key, bytes.len(), what).map_err(|e| {
        // CPython 3.11's words for bytes: "index out of range".
        if what == "byte" && e.kind() == Some(ExcType::IndexError) {
            PyErr::new(ExcType::IndexError, "index out of range")
        } else {
            e
        }
    })?;
    Ok(Value::Int(i64::from(bytes[i])))
}

/// `ba[i] = x` and `ba[i:j] = b` of a bytearray.
///
/// # Errors
/// IndexError, TypeError, ValueError as CPython raises them.
pub fn set_item(
    interp: &mut Interp,
    array: &super::value::ByteArray,
    key: &Value,
    value: &Value,
) -> PyResult<()> {
    if let Value::Slice(parts) = key {
        let new: Vec<u8> = match bytes_like(value) {
            Some(b) => b.to_vec(),
            None if matches!(value, Value::Int(_)) => {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            None => interp
                .collect(value)?
                .iter()
                .map(byte_of)
                .collect::<PyResult<_>>()?,
        };
        return super::containers::assign_slice(&mut lock(&array.bytes), parts, new, "bytes");
    }
    let b = byte_of(value)?;
    let mut bytes = lock(&array.bytes);
    let i = super::containers::item_index(key, bytes.len(), "bytearray")?;
    bytes[i] = b;
    Ok(())
}

/// `del ba[i]` and `del ba[i:j:k]` of a bytearray.
///
/// # Errors
/// IndexError, TypeError as CPython raises them.
pub fn del_item(array: &super::value::ByteArray, key: &Value) -> PyResult<()> {
    let mut bytes = lock(&array.bytes);
    if let Value::Slice(parts) = key {
        return super::containers::delete_slice(&mut bytes, parts);
    }
    let i = super::containers::item_index(key, bytes.len(), "bytearray")?;
    bytes.remove(i);
    Ok(())
}

// ---------------------------------------------------------------------------
// Methods.

/// The receiver's bytes and the arguments after it, checked to be of the
/// type `name` names ("bytes.hex").
fn receiver(args: &mut Args, name: &str) -> PyResult<(Value, Arc<[u8]>)> {
    if args.positional.is_empty() {
        return Err(type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    }
    let this = args.positional.remove(0);
    let (type_name, short) = name.split_once('.').expect("method names are type.method");
    let ok = match (&this, type_name) {
        (Value::Bytes(_), "bytes") | (Value::ByteArray(_), "bytearray") => true,
        (Value::Instance(_), _) => this
            .base_object()
            .is_some_and(|b| b.builtin_type_name() == Some(type_name)),
        _ => false,
    };
    if !ok {
        return Err(type_error(format!(
            "descriptor '{short}' for '{type_name}' objects doesn't apply to a '{}' object",
            this.type_name()
        )));
    }
    let bytes = bytes_like(&this).expect("checked to be bytes-like");
    let this = this.base_object().unwrap_or(this);
    Ok((this, bytes))
}

/// A method of `str` run on the bytes read as Latin-1, its bytes-like
/// arguments too, its result made bytes again: for the methods whose
/// meaning is the same on bytes.
fn via_str(interp: &mut Interp, mut args: Args, name: &'static str) -> PyResult<Value> {
    let (this, bytes) = receiver(&mut args, name)?;
    let short = name.split_once('.').map_or(name, |(_, s)| s);
    let latin1 =
        |b: &[u8]| -> Value { Value::str(&b.iter().map(|&b| char::from(b)).collect::<String>()) };
    let takes_byte_value = matches!(short, "find" | "rfind" | "index" | "rindex" | "count");
    let mut positional = vec![latin1(&bytes)];
    for (i, arg) in args.positional.into_iter().enumerate() {
        if let Some(e) = bytes_argument_error(short, i, &arg) {
            return Err(e);
        }
        positional.push(match &arg {
            _ if bytes_like(&arg).is_some() => latin1(&bytes_like(&arg).expect("checked")),
            Value::Int(_) | Value::Bool(_) if i == 0 && takes_byte_value => {
                let b = byte_of(&arg)?;
                latin1(&[b])
            }
            Value::Tuple(items) if matches!(short, "startswith" | "endswith") && i == 0 => {
                let mut converted = Vec::new();
                for item in items.iter() {
                    converted.push(latin1(
                        &bytes_like(item).ok_or_else(|| not_bytes_like(item))?,
                    ));
                }
                Value::tuple(converted)
            }
            Value::Str(_) => return Err(not_bytes_like(&arg)),
            Value::None | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => arg,
            _ => return Err(not_bytes_like(&arg)),
        });
    }
    let keywords = args
        .keywords
        .into_iter()
        .map(|(k, v)| {
            let v = match bytes_like(&v) {
                Some(b) => latin1(&b),
                None => v,
            };
            (k, v)
        })
        .collect();
    let method = super::methods::lookup("str", short).expect("a str method of that name");
    let result = (method.call)(
        interp,
        Args {
            positional,
            keywords,
        },
    )
    .map_err(|e| {
        // bytes' words for what str calls a substring.
        if matches!(short, "index" | "rindex") && e.kind() == Some(ExcType::ValueError) {
            PyErr::new(ExcType::ValueError, "subsection not found")
        } else {
            e
        }
    })?;
    Ok(back_to_bytes(&this, result))
}

/// CPython's TypeError for argument `i` (after the receiver) of bytes
/// method `short` where the str method would take it, or would word its
/// error for str.
fn bytes_argument_error(short: &str, i: usize, arg: &Value) -> Option<PyErr> {
    let is_bytes = bytes_like(arg).is_some();
    match (short, i) {
        ("startswith" | "endswith", 0) if !is_bytes && !matches!(arg, Value::Tuple(_)) => {
            Some(type_error(format!(
                "{short} first arg must be bytes or a tuple of bytes, not {}",
                arg.type_name()
            )))
        }
        ("center" | "ljust" | "rjust", 1) if !bytes_like(arg).is_some_and(|b| b.len() == 1) => {
            Some(type_error(format!(
                "{short}() argument 2 must be a byte string of length 1, not {}",
                arg.type_name()
            )))
        }
        ("find" | "rfind" | "index" | "rindex" | "count", 0) if matches!(arg, Value::Str(_)) => {
            Some(type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                arg.type_name()
            )))
        }
        _ => None,
    }
}

/// A str method's result (a str, or a list or tuple of them) as bytes of
/// `like`'s kind; anything else (an int, a bool) as it is.
fn back_to_bytes(like: &Value, result: Value) -> Value {
    let one = |s: &str| same_kind(like, s.chars().map(|c| c as u32 as u8).collect());
    match result {
        Value::Str(s) => one(&s),
        Value::List(l) => Value::list(
            lock(&l.items)
                .iter()
                .map(|v| match v {
                    Value::Str(s) => one(s),
                    other => other.clone(),
                })
                .collect(),
        ),
        Value::Tuple(t) => Value::tuple(
            t.iter()
                .map(|v| match v {
                    Value::Str(s) => one(s),
                    other => other.clone(),
                })
                .collect(),
        ),
        other => other,
    }
}

/// `b.decode(encoding="utf-8", errors="strict")`
fn decode_method(_: &mut Interp, mut args: Args, name: &'static str) -> PyResult<Value> {
    let (_, bytes) = receiver(&mut args, name)?;
    let positional = std::mem::take(&mut args.positional);
    if positional.len() > 2 {
        return Err(type_error(format!(
            "decode() takes at most 2 arguments ({} given)",
            positional.len()
        )));
    }
    let (encoding, errors) = codec_args("decode", &positional, &mut args)?;
    Ok(Value::str(&decode(&bytes, &encoding, &errors)?))
}

/// `b.hex(sep="", bytes_per_sep=1)`
fn hex(_: &mut Interp, mut args: Args, name: &'static str) -> PyResult<Value> {
    let (_, bytes) = receiver(&mut args, name)?;
    let sep = args
        .positional
        .first()
        .cloned()
        .or_else(|| args.keyword("sep"));
    let per = args
        .positional
        .get(1)
        .cloned()
        .or_else(|| args.keyword("bytes_per_sep"))
        .and_then(|v| super::containers::as_i64(&v))
        .unwrap_or(1);
    let sep = match sep {
        None => String::new(),
        Some(Value::Str(s)) if s.chars().count() == 1 => s.to_string(),
        Some(v) if bytes_like(&v).is_some_and(|b| b.len() == 1) => {
            char::from(bytes_like(&v).expect("checked")[0]).to_string()
        }
        Some(_) => return Err(PyErr::new(ExcType::ValueError, "sep must be length 1.")),
    };
    let digits: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if sep.is_empty() || per == 0 {
        return Ok(Value::str(&digits.concat()));
    }
    let group = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX);
    // A positive count groups from the right, a negative one from the left.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = digits.len() % group;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        groups.extend(digits[first..].chunks(group).map(<[String]>::concat));
    } else {
        groups.extend(digits.chunks(group).map(<[String]>::concat));
    }
    Ok(Value::str(&groups.join(&sep)))
}

/// `bytes.fromhex(s)` and `bytearray.fromhex(s)`: pairs of hex digits,
/// spaces between pairs allowed.
fn fromhex(_: &mut Interp, args: Args, name: &'static str) -> PyResult<Value> {
    let [Value::Str(text)] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            args.positional
                .first()
                .map_or_else(|| "nothing".into(), Value::type_name)
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let digit = |at: usize| chars.get(at).and_then(|c| c.to_digit(16));
        match (digit(i), digit(i + 1)) {
            #[allow(clippy::cast_possible_truncation)]
            (Some(high), Some(low)) => out.push((high * 16 + low) as u8),
            (Some(_), None) => i += 1,
            _ => {}
        }
        if digit(i).is_none() || digit(i + 1).is_none() {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("non-hexadecimal number found in fromhex() arg at position {i}"),
            ));
        }
        i += 2;
    }
    Ok(if name.starts_with("bytearray") {
        Value::bytearray(out)
    } else {
        Value::Bytes(out.into())
    })
}

/// `b.translate(table, delete=b"")`: each byte not in `delete` replaced by
/// its entry in `table` (256 bytes, or None to keep the bytes).
fn translate(_: &mut Interp, mut args: Args, name: &'static str) -> PyResult<Value> {
    let (this, bytes) = receiver(&mut args, name)?;
    let delete = match args
        .positional
        .get(1)
        .cloned()
        .or_else(|| args.keyword("delete"))
    {
        None => Vec::new(),
        Some(v) => bytes_like(&v).ok_or_else(|| not_bytes_like(&v))?.to_vec(),
    };
    let table = match args.positional.first() {
        None => {
            return Err(type_error(
                "translate() takes at least 1 argument (0 given)",
            ))
        }
        Some(Value::None) => None,
        Some(v) => {
            let t = bytes_like(v).ok_or_else(|| not_bytes_like(v))?;
            if t.len() != 256 {
                return Err(PyErr::new(
                    ExcType::ValueError,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let out = bytes
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(same_kind(&this, out))
}

/// `bytes.maketrans(from, to)`, a static method: the 256-byte table that
/// `translate` takes, mapping each byte of `from` to the one of `to`.
fn maketrans(_: &mut Interp, args: Args, _: &'static str) -> PyResult<Value> {
    let [from, to] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.positional.len()
        )));
    };
    let from = bytes_like(from).ok_or_else(|| not_bytes_like(from))?;
    let to = bytes_like(to).ok_or_else(|| not_bytes_like(to))?;
    if from.len() != to.len() {
        return Err(PyErr::new(
            ExcType::ValueError,
            "maketrans arguments must have same length",
        ));
    }
    #[allow(clippy::cast_possible_truncation)]
    let mut table: Vec<u8> = (0..=255u16).map(|b| b as u8).collect();
    for (x, y) in from.iter().zip(to.iter()) {
        table[usize::from(*x)] = *y;
    }
    // Always bytes, even as `bytearray.maketrans`.
    Ok(Value::Bytes(table.into()))
}

/// A byte-for-byte mapping over the receiver (`upper`, `lower`…).
fn map_bytes(
    _: &mut Interp,
    mut args: Args,
    name: &'static str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (this, bytes) = receiver(&mut args, name)?;
    no_more(&args, name)?;
    Ok(same_kind(&this, f(&bytes)))
}

/// A test of the receiver (`isdigit`…): true when it has bytes and `f`
/// holds for its bytes.
fn test_bytes(
    _: &mut Interp,
    mut args: Args,
    name: &'static str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let (_, bytes) = receiver(&mut args, name)?;
    no_more(&args, name)?;
    Ok(Value::Bool(f(&bytes)))
}

fn no_more(args: &Args, name: &str) -> PyResult<()> {
    if args.positional.is_empty() && args.keywords.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.positional.len()
        )))
    }
}

fn every(bytes: &[u8], f: fn(&u8) -> bool) -> bool {
    !bytes.is_empty() && bytes.iter().all(f)
}

fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut after_letter = false;
    b.iter()
        .map(|&c| {
            let out = if after_letter {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            after_letter = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn is_title(b: &[u8]) -> bool {
    let (mut cased, mut after_cased) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if after_cased {
                return false;
            }
            (cased, after_cased) = (true, true);
        } else if c.is_ascii_lowercase() {
            if !after_cased {
                return false;
            }
            (cased, after_cased) = (true, true);
        } else {
            after_cased = false;
        }
    }
    cased
}

/// ASCII whitespace, what bytes' `split()` and `strip()` split and strip.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `split()`/`rsplit()` with no separator: runs of ASCII whitespace; else
/// as `str`'s.
fn split(interp: &mut Interp, mut args: Args, name: &'static str) -> PyResult<Value> {
    let sep_given = matches!(args.positional.get(1), Some(v) if !matches!(v, Value::None))
        || args
            .keywords
            .iter()
            .any(|(k, v)| &**k == "sep" && !matches!(v, Value::None));
    if sep_given {
        return via_str(interp, args, name);
    }
    let (this, bytes) = receiver(&mut args, name)?;
    let max = args
        .positional
        .get(1)
        .cloned()
        .or_else(|| args.keyword("maxsplit"))
        .and_then(|v| super::containers::as_i64(&v))
        .unwrap_or(-1);
    let mut words: Vec<&[u8]> = Vec::new();
    let from_right = name.ends_with("rsplit");
    let mut rest: &[u8] = &bytes;
    loop {
        rest = if from_right {
            trim_end(rest)
        } else {
            trim_start(rest)
        };
        if rest.is_empty() {
            break;
        }
        if max >= 0 && i64::try_from(words.len()).unwrap_or(i64::MAX) >= max {
            words.push(rest);
            break;
        }
        if from_right {
            let at = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
            words.push(&rest[at..]);
            rest = &rest[..at];
        } else {
            let at = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
            words.push(&rest[..at]);
            rest = &rest[at..];
        }
    }
    if from_right {
        words.reverse();
    }
    Ok(Value::list(
        words
            .into_iter()
            .map(|w| same_kind(&this, w.to_vec()))
            .collect(),
    ))
}

fn trim_start(b: &[u8]) -> &[u8] {
    let at = b.iter().position(|&c| !is_space(c)).unwrap_or(b.len());
    &b[at..]
}

fn trim_end(b: &[u8]) -> &[u8] {
    let at = b.iter().rposition(|&c| !is_space(c)).map_or(0, |i| i + 1);
    &b[..at]
}

/// `strip()`/`lstrip()`/`rstrip()`: with no argument, ASCII whitespace;
/// else as `str`'s.
fn strip(interp: &mut Interp, mut args: Args, name: &'static str) -> PyResult<Value> {
    if matches!(args.positional.get(1), Some(v) if !matches!(v, Value::None)) {
        return via_str(interp, args, name);
    }
    let (this, bytes) = receiver(&mut args, name)?;
    let mut out: &[u8] = &bytes;
    if !name.ends_with("rstrip") {
        out = trim_start(out);
    }
    if !name.ends_with("lstrip") {
        out = trim_end(out);
    }
    Ok(same_kind(&this, out.to_vec()))
}

/// `sep.join(iterable)`: of bytes-like items.
fn join(interp: &mut Interp, mut args: Args, name: &'static str) -> PyResult<Value> {
    let (this, sep) = receiver(&mut args, name)?;
    let [iterable] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "join() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let items = interp.collect(iterable)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = bytes_like(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.type_name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(same_kind(&this, out))
}

// The methods that change a bytearray in place.

/// The bytearray a method was called on, and its arguments after it.
fn array_receiver(args: Args, name: &str) -> PyResult<(Arc<super::value::ByteArray>, Vec<Value>)> {
    let mut positional = args.positional;
    let this = if positional.is_empty() {
        None
    } else {
        Some(positional.remove(0))
    };
    let base = this
        .as_ref()
        .map(|t| t.base_object().unwrap_or_else(|| t.clone()));
    match base {
        Some(Value::ByteArray(a)) => Ok((a, positional)),
        other => Err(type_error(format!(
            "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
            name.split_once('.').map_or(name, |(_, s)| s),
            other.map_or_else(|| "nothing".into(), |v| v.type_name())
        ))),
    }
}

fn one_arg(rest: &[Value], short: &str) -> PyResult<Value> {
    match rest {
        [one] => Ok(one.clone()),
        _ => Err(type_error(format!(
            "bytearray.{short}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

fn append(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, rest) = array_receiver(args, "bytearray.append")?;
    let b = byte_of(&one_arg(&rest, "append")?)?;
    lock(&array.bytes).push(b);
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, rest) = array_receiver(args, "bytearray.extend")?;
    let source = one_arg(&rest, "extend")?;
    let new: Vec<u8> = match bytes_like(&source) {
        Some(b) => b.to_vec(),
        None => {
            let items = interp.collect(&source).map_err(|e| {
                if e.kind() == Some(ExcType::TypeError) {
                    type_error(format!(
                        "can't extend bytearray with {}",
                        source.type_name()
                    ))
                } else {
                    e
                }
            })?;
            items.iter().map(byte_of).collect::<PyResult<_>>()?
        }
    };
    lock(&array.bytes).extend(new);
    Ok(Value::None)
}

fn pop(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, rest) = array_receiver(args, "bytearray.pop")?;
    let mut bytes = lock(&array.bytes);
    if bytes.is_empty() {
        return Err(PyErr::new(ExcType::IndexError, "pop from empty bytearray"));
    }
    let at = match rest.first() {
        None => bytes.len() - 1,
        Some(i) => super::containers::item_index(i, bytes.len(), "bytearray")
            .map_err(|_| PyErr::new(ExcType::IndexError, "pop index out of range"))?,
    };
    Ok(Value::Int(i64::from(bytes.remove(at))))
}

fn insert(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, rest) = array_receiver(args, "bytearray.insert")?;
    let [index, value] = rest.as_slice() else {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            rest.len()
        )));
    };
    let b = byte_of(value)?;
    let mut bytes = lock(&array.bytes);
    let len = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
    let i = super::containers::as_i64(index).unwrap_or(0);
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    bytes.insert(usize::try_from(at).unwrap_or(0), b);
    Ok(Value::None)
}

fn remove(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, rest) = array_receiver(args, "bytearray.remove")?;
    let b = byte_of(&one_arg(&rest, "remove")?)?;
    let mut bytes = lock(&array.bytes);
    let at = bytes
        .iter()
        .position(|&x| x == b)
        .ok_or_else(|| PyErr::new(ExcType::ValueError, "value not found in bytearray"))?;
    bytes.remove(at);
    Ok(Value::None)
}

fn clear(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, _) = array_receiver(args, "bytearray.clear")?;
    lock(&array.bytes).clear();
    Ok(Value::None)
}

fn reverse(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, _) = array_receiver(args, "bytearray.reverse")?;
    lock(&array.bytes).reverse();
    Ok(Value::None)
}

fn copy(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (array, _) = array_receiver(args, "bytearray.copy")?;
    let bytes = lock(&array.bytes).clone();
    Ok(Value::bytearray(bytes))
}

/// `builtin!` for a method whose function takes its name, and maybe more.
macro_rules! method {
    ($name:expr, $f:ident $(, $extra:expr)*) => {
        Builtin {
            name: $name,
            is_type: false,
            call: |interp, args| $f(interp, args, $name $(, $extra)*),
            fast: None,
            methods: &[],
        }
    };
}

/// The methods bytes and bytearray share, written once for each type's name.
macro_rules! shared_methods {
    ($t:literal) => {
        [
            method!(concat!($t, ".decode"), decode_method),
            method!(concat!($t, ".hex"), hex),
            method!(concat!($t, ".fromhex"), fromhex),
            method!(concat!($t, ".upper"), map_bytes, <[u8]>::to_ascii_uppercase),
            method!(concat!($t, ".lower"), map_bytes, <[u8]>::to_ascii_lowercase),
            method!(concat!($t, ".capitalize"), map_bytes, capitalize),
            method!(concat!($t, ".title"), map_bytes, title),
            method!(concat!($t, ".swapcase"), map_bytes, swapcase),
            method!(concat!($t, ".isdigit"), test_bytes, |b| every(
                b,
                u8::is_ascii_digit
            )),
            method!(concat!($t, ".isalpha"), test_bytes, |b| every(
                b,
                u8::is_ascii_alphabetic
            )),
            method!(concat!($t, ".isalnum"), test_bytes, |b| every(
                b,
                u8::is_ascii_alphanumeric
            )),
            method!(concat!($t, ".isspace"), test_bytes, |b| every(b, |c| {
                is_space(*c)
            })),
            method!(concat!($t, ".isascii"), test_bytes, <[u8]>::is_ascii),
            method!(concat!($t, ".isupper"), test_bytes, |b| {
                b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
            }),
            method!(concat!($t, ".islower"), test_bytes, |b| {
                b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
            }),
            method!(concat!($t, ".istitle"), test_bytes, is_title),
            method!(concat!($t, ".split"), split),
            method!(concat!($t, ".rsplit"), split),
            method!(concat!($t, ".strip"), strip),
            method!(concat!($t, ".lstrip"), strip),
            method!(concat!($t, ".rstrip"), strip),
            method!(concat!($t, ".join"), join),
            method!(concat!($t, ".find"), via_str),
            method!(concat!($t, ".rfind"), via_str),
            method!(concat!($t, ".index"), via_str),
            method!(concat!($t, ".rindex"), via_str),
            method!(concat!($t, ".count"), via_str),
            method!(concat!($t, ".startswith"), via_str),
            method!(concat!($t, ".endswith"), via_str),
            method!(concat!($t, ".replace"), via_str),
            method!(concat!($t, ".partition"), via_str),
            method!(concat!($t, ".rpartition"), via_str),
            method!(concat!($t, ".splitlines"), via_str),
            method!(concat!($t, ".center"), via_str),
            method!(concat!($t, ".ljust"), via_str),
            method!(concat!($t, ".rjust"), via_str),
            method!(concat!($t, ".zfill"), via_str),
            method!(concat!($t, ".expandtabs"), via_str),
            method!(concat!($t, ".removeprefix"), via_str),
            method!(concat!($t, ".removesuffix"), via_str),
            method!(concat!($t, ".translate"), translate),
            method!(concat!($t, ".maketrans"), maketrans),
        ]
    };
}

static BYTES_METHODS: [Builtin; 42] = shared_methods!("bytes");
static BYTEARRAY_SHARED: [Builtin; 42] = shared_methods!("bytearray");
static BYTEARRAY_OWN: &[Builtin] = &[
    builtin!("bytearray.append", append),
    builtin!("bytearray.extend", extend),
    builtin!("bytearray.pop", pop),
    builtin!("bytearray.insert", insert),
    builtin!("bytearray.remove", remove),
    builtin!("bytearray.clear", clear),
    builtin!("bytearray.reverse", reverse),
    builtin!("bytearray.copy", copy),
];

/// The method `name` of `bytes` or `bytearray` (`type_name`), if it has one.
#[must_use]
pub fn lookup(type_name: &str, name: &str) -> Option<&'static Builtin> {
    match type_name {
        "bytes" => super::methods::find(&BYTES_METHODS, name),
        "bytearray" => super::methods::find(BYTEARRAY_OWN, name)
            .or_else(|| super::methods::find(&BYTEARRAY_SHARED, name)),
        _ => None,
    }
}
