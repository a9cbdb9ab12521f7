//! `repr()`, `str()` and `format()` of values, as CPython writes them.

use super::alloc;
use super::call::{GETTING_REPR, GETTING_STR};
use super::error::{ExcType, PyErr, PyResult};
use super::function::Args;
use super::value::{lock, Value};
use super::Interp;

pub use crate::objects::float_repr::float_repr;
pub use crate::objects::str_repr::str_repr;

impl Interp {
    /// `repr(v)`
    ///
    /// # Errors
    /// What a user `__repr__` raises.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                let text = b.to_string();
                if text.len() > 4300 {
                    return Err(PyErr::new(
                        ExcType::ValueError,
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    ));
                }
                text
            }
            Value::Float(f) => float_repr(*f),
            Value::Complex(z) => crate::objects::complex::complex_repr(**z),
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => crate::objects::str_repr::bytes_repr(b),
            Value::ByteArray(b) => {
                let bytes = lock(&b.bytes).clone();
                format!(
                    "bytearray({})",
                    crate::objects::str_repr::bytearray_repr(&bytes)
                )
            }
            Value::List(l) => self.repr_nested(v, "[...]", |interp| {
                let items = lock(&l.items).clone();
                Ok(format!("[{}]", interp.join_reprs(&items)?))
            })?,
            Value::Tuple(t) => self.repr_nested(v, "(...)", |interp| {
                let inner = interp.join_reprs(&t.clone())?;
                Ok(if t.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                })
            })?,
            Value::Dict(d) => self.repr_nested(v, "{...}", |interp| {
                let pairs: Vec<(Value, Value)> = lock(&d.map).values().cloned().collect();
                let mut text = String::from("{");
                for (i, (k, val)) in pairs.iter().enumerate() {
                    interp.count_step()?;
                    let pair = format!("{}: {}", interp.repr(k)?, interp.repr(val)?);
                    alloc::push_str(&mut text, if i > 0 { ", " } else { "" })?;
                    alloc::push_str(&mut text, &pair)?;
                }
                alloc::push_str(&mut text, "}")?;
                Ok(text)
            })?,
            Value::Set(s) => {
                let items: Vec<Value> = lock(&s.map).values();
                match (s.frozen, items.is_empty()) {
                    (false, true) => "set()".into(),
                    (false, false) => format!("{{{}}}", self.join_reprs(&items)?),
                    (true, true) => "frozenset()".into(),
                    (true, false) => format!("frozenset({{{}}})", self.join_reprs(&items)?),
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(parts) => format!(
                "slice({}, {}, {})",
                self.repr(&parts[0])?,
                self.repr(&parts[1])?,
                self.repr(&parts[2])?
            ),
            Value::Function(f) => {
                format!("<function {} at 0x{:012x}>", f.qualname(), v.identity())
            }
            Value::Builtin(b) if b.is_type => format!("<class '{}'>", b.name),
            Value::Builtin(b) => format!("<built-in function {}>", b.name),
            Value::Method(m) => match &m.1 {
                Value::Builtin(b) => format!(
                    "<built-in method {} of {} object at 0x{:012x}>",
                    b.name.rsplit('.').next().unwrap_or(b.name),
                    m.0.type_name(),
                    m.0.identity()
                ),
                Value::Function(f) => {
                    let receiver = self.repr(&m.0)?;
                    format!("<bound method {} of {receiver}>", f.qualname())
                }
                _ => "<method>".into(),
            },
            Value::Iter(i) => format!(
                "<{} object at 0x{:012x}>",
                lock(i).type_name(),
                v.identity()
            ),
            Value::Generator(g) => format!(
                "<generator object {} at 0x{:012x}>",
                g.qualname,
                v.identity()
            ),
            Value::RangeIter(_) => format!("<range_iterator object at 0x{:012x}>", v.identity()),
            Value::Cell(_) | Value::Callee(_) => "<cell>".into(),
            Value::Class(c) => match self.special(v, "__repr__")? {
                Some(method) => self.call_str(&method, "__repr__")?,
                // Its __module__ and __qualname__ as they are now (a module
                // may name its classes as CPython's: io.StringIO's is _io).
                None => {
                    let (module, qualname) = c.qualified_name();
                    format!("<class '{module}.{qualname}'>")
                }
            },
            Value::ExcType(t) => format!("<class '{}'>", t.name()),
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Instance(i) => match self.c_level(GETTING_REPR, |interp| {
                interp.call_special(v, "__repr__", &[])
            })? {
                Some(result) => returned_str(result, "__repr__")?,
                None => match i.base_object() {
                    // `<Worker(Worker-1, started 1)>`: a thread's or a
                    // process's repr names its class, as CPython's (written
                    // in Python, with `type(self).__name__`) does.
                    Some(Value::Native(n)) => {
                        let text = n.repr();
                        match text.strip_prefix(&format!("<{}", n.type_name())) {
                            Some(rest) => format!("<{}{rest}", i.class.name),
                            None => text,
                        }
                    }
                    Some(base) => self.repr(&base)?,
                    None => self.default_repr(v)?,
                },
            },
            // A native object whose repr needs the interpreter has a `__repr__`.
            Value::Native(n) => match self.special(v, "__repr__")? {
                Some(method) => self.call_str(&method, "__repr__")?,
                None => n.repr(),
            },
            Value::Exception(_) => match self.special(v, "__repr__")? {
                Some(method) => self.call_str(&method, "__repr__")?,
                None => self.default_repr(v)?,
            },
        })
    }

    /// `object.__repr__`: `<__main__.Point object at 0x…>`, and an
    /// exception's `Name(args…)`.
    ///
    /// # Errors
    /// What an argument's repr raises.
    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Exception(e) => {
                let name = v.type_name();
                format!("{name}({})", self.join_reprs(&e.args())?)
            }
            Value::Instance(i) => {
                let (module, qualname) = i.class.qualified_name();
                format!("<{module}.{qualname} object at 0x{:012x}>", v.identity())
            }
            other => self.repr(other)?,
        })
    }

    /// `BaseException.__str__`: its one argument's str, or its arguments' repr.
    ///
    /// # Errors
    /// What an argument's str or repr raises.
    pub fn exception_str(&mut self, e: &super::value::Exception) -> PyResult<String> {
        if let Some(text) = super::exception_groups::group_str(e) {
            return Ok(text);
        }
        let args = e.args();
        if let Some(message) = super::bytes::unicode_error_message(e.kind, &args) {
            return Ok(message);
        }
        // A SyntaxError with its details: "msg (filename, line N)".
        if let (true, [message, Value::Tuple(details)]) = (
            e.kind.is_subclass(super::error::ExcType::SyntaxError),
            &args[..],
        ) {
            if let [Value::Str(filename), Value::Int(line), ..] = &details[..] {
                return Ok(format!(
                    "{} ({filename}, line {line})",
                    self.to_str(message)?
                ));
            }
        }
        // An OSError with its errno and strerror: "[Errno 2] msg: 'file'".
        if e.kind.is_subclass(super::error::ExcType::OSError) {
            if let Some(text) = self.os_error_str(e)? {
                return Ok(text);
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 if e.kind == super::error::ExcType::KeyError => self.repr(&args[0]),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// An OSError's str from its fields: "[Errno 2] msg", and ": 'file'"
    /// (" -> 'other'") when it has a filename; `None` when it has neither
    /// a filename nor both errno and strerror set (its str is then its
    /// arguments').
    fn os_error_str(&mut self, e: &super::value::Exception) -> PyResult<Option<String>> {
        let field = |name: &str| super::value::lock(&e.attributes).get(name).cloned();
        let given = |v: Option<Value>| v.filter(|v| !matches!(v, Value::None));
        let (errno, strerror) = (field("errno"), field("strerror"));
        let (filename, filename2) = (given(field("filename")), given(field("filename2")));
        if filename.is_none() && (errno.is_none() || strerror.is_none()) {
            return Ok(None);
        }
        let errno = errno.unwrap_or(Value::None);
        let strerror = strerror.unwrap_or(Value::None);
        let mut text = format!(
            "[Errno {}] {}",
            self.to_str(&errno)?,
            self.to_str(&strerror)?
        );
        if let Some(filename) = filename {
            text.push_str(&format!(": {}", self.repr(&filename)?));
            if let Some(second) = filename2 {
                text.push_str(&format!(" -> {}", self.repr(&second)?));
            }
        }
        Ok(Some(text))
    }

    /// The repr of a container, made by `repr_items`, as CPython's
    /// `Py_ReprEnter` makes it: a container met again inside itself (a list
    /// that holds itself) shows as `again` (`[...]`); each level is a
    /// nested call (`nested_call`).
    pub(super) fn repr_nested(
        &mut self,
        container: &Value,
        again: &str,
        repr_items: impl FnOnce(&mut Self) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = container.identity();
        if self.repr_stack.contains(&id) {
            return Ok(again.into());
        }
        self.nested_call(GETTING_REPR, |interp| {
            interp.repr_stack.push(id);
            let repr = repr_items(interp);
            interp.repr_stack.pop();
            repr
        })
    }

    /// The reprs of `items`, joined by ", ". A huge container makes a long
    /// loop and a huge string: each item is a step (`count_step`: Stop and
    /// the memory limit are looked at), and the string grows fallibly.
    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut text = String::new();
        for (i, item) in items.iter().enumerate() {
            self.count_step()?;
            let repr = self.repr(item)?;
            if i > 0 {
                alloc::push_str(&mut text, ", ")?;
            }
            alloc::push_str(&mut text, &repr)?;
        }
        Ok(text)
    }

    /// Calls a `__str__`/`__repr__` method and checks it returned a str.
    fn call_str(&mut self, method: &Value, name: &str) -> PyResult<String> {
        returned_str(self.call(method, Args::default())?, name)
    }

    /// `str(v)` of an object with no `__str__` of its own: its repr, which
    /// CPython checks as `str()`'s result (so a bad `__repr__` is reported
    /// as "__str__ returned non-string").
    fn repr_as_str(&mut self, v: &Value) -> PyResult<String> {
        let method = match v {
            Value::Instance(_) | Value::Class(_) => self.special(v, "__repr__")?,
            _ => None,
        };
        match method {
            Some(method) => self.c_level(GETTING_STR, |interp| {
                interp.c_level(GETTING_REPR, |interp| interp.call_str(&method, "__str__"))
            }),
            None => self.repr(v),
        }
    }

    /// `str(v)`
    ///
    /// # Errors
    /// What a user `__str__`/`__repr__` raises.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Exception(e) => match self.special(v, "__str__")? {
                Some(method) => self.call_str(&method, "__str__"),
                None => self.exception_str(e),
            },
            Value::Instance(_) => {
                match self.c_level(GETTING_STR, |interp| interp.call_special(v, "__str__", &[]))? {
                    Some(result) => returned_str(result, "__str__"),
                    // A str subclass's `str.__str__`: the string itself.
                    None => match v.base_object() {
                        Some(Value::Str(s)) => Ok(s.to_string()),
                        _ => self.repr_as_str(v),
                    },
                }
            }
            Value::Class(_) => match self.special(v, "__str__")? {
                Some(method) => self.call_str(&method, "__str__"),
                // A str subclass's `str.__str__`: the string itself.
                None => match v.base_object() {
                    Some(Value::Str(s)) => Ok(s.to_string()),
                    _ => self.repr_as_str(v),
                },
            },
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)` (and an f-string's `{v:spec}`): `type(v).__format__(v, spec)`.
    ///
    /// # Errors
    /// ValueError for a spec the value's type does not take; what a
    /// class's `__format__` raises.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if matches!(
            v,
            Value::Instance(_) | Value::Exception(_) | Value::Class(_)
        ) {
            return self.format_of_class(v, spec);
        }
        self.format_plain(v, spec)
    }

    /// `format(v, spec)` past any `__format__` of a class of the program's:
    /// a built-in type's formatting, or `object.__format__` (str() for the
    /// empty spec, a TypeError for any other).
    ///
    /// # Errors
    /// ValueError for a spec the value's type does not take; TypeError
    /// for a spec given to `object.__format__`.
    pub fn format_plain(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.to_str(v);
        }
        super::format::format_value(v, spec)
    }

    /// `format(v, spec)` of an object whose class may be the program's:
    /// its class's `__format__`, else its built-in base's formatting (an
    /// int subclass's instance formats as its int), else `object`'s.
    #[inline(never)]
    fn format_of_class(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(method) = self.special(v, "__format__")? {
            let result = self.call(&method, Args::new(vec![Value::str(spec)]))?;
            // A str, or an instance of a str subclass.
            let text = match &result {
                Value::Str(s) => Some(s.clone()),
                other => match other.base_object() {
                    Some(Value::Str(s)) => Some(s),
                    _ => None,
                },
            };
            return match text {
                Some(s) => Ok(s.to_string()),
                None => Err(PyErr::new(
                    ExcType::TypeError,
                    format!("__format__ must return a str, not {}", result.type_name()),
                )),
            };
        }
        if !spec.is_empty() {
            if let Some(base) = v.base_object() {
                if !matches!(base, Value::Native(_)) {
                    return self.format_plain(&base, spec);
                }
            }
        }
        self.format_plain(v, spec)
    }
}

/// What a `__str__`/`__repr__` method (`name`) returned, which must be a str.
fn returned_str(value: Value, name: &str) -> PyResult<String> {
    match value {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(PyErr::new(
            ExcType::TypeError,
            format!("{name} returned non-string (type {})", other.type_name()),
        )),
    }
}
