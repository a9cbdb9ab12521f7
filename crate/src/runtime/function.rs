//! Functions: those compiled from Python (`Function`) and those written in
//! Rust (`Builtin`), and how a call's arguments reach them.

use std::sync::{Arc, Mutex};

use super::error::PyResult;
use super::value::Value;
use super::Interp;
use crate::compiler::Code;

/// A Python function: code, defaults, closure cells, and the globals it sees.
#[derive(Debug)]
pub struct Function {
    pub code: Arc<Code>,
    /// Defaults of the last positional parameters, then of the keyword-only ones.
    pub defaults: Vec<Value>,
    pub closure: Vec<Arc<Mutex<Option<Value>>>>,
    pub globals: Arc<super::object::Module>,
    /// `Some(n)` when a call with exactly `n` positional arguments binds them
    /// straight to the first `n` locals (not a generator; no keyword-only,
    /// `*args`, `**kwargs` or captured parameters): the interpreter's fast
    /// call. Kept here, not only in `code`, to save the call a memory load.
    pub simple_arity: Option<u32>,
    /// Attributes set on the function (`f.calls = 0`, `functools.wraps`
    /// setting `__name__`, `__wrapped__`): made when the first is set.
    pub attributes: std::sync::OnceLock<super::object::Namespace>,
}

impl Function {
    /// `__qualname__`: the code's, unless the program set another.
    pub fn qualname(&self) -> Arc<str> {
        let set =
            self.attributes
                .get()
                .and_then(|a| match super::value::lock(a).get("__qualname__") {
                    Some(super::value::Value::Str(s)) => Some(s.clone()),
                    _ => None,
                });
        set.unwrap_or_else(|| self.code.qualname.clone())
    }
}

// A chain of closures (each capturing the one before) is freed without deep
// recursion (see `trashcan`): the defaults, and what the cells only this
// function holds hold.
impl Drop for Function {
    fn drop(&mut self) {
        if self.defaults.is_empty() && self.closure.is_empty() {
            return;
        }
        let contents = (
            std::mem::take(&mut self.defaults),
            std::mem::take(&mut self.closure),
        );
        super::trashcan::release(contents, |(defaults, closure), pending| {
            super::trashcan::defer_values(defaults, pending);
            super::trashcan::defer_values(closure.into_iter().filter_map(cell_value), pending);
        });
    }
}

/// What a cell holds, when this is its last reference (else `None`, the
/// reference dropped).
pub(super) fn cell_value(cell: Arc<Mutex<Option<Value>>>) -> Option<Value> {
    Arc::try_unwrap(cell)
        .ok()?
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Function {
    #[must_use]
    pub fn new(
        code: Arc<Code>,
        defaults: Vec<Value>,
        closure: Vec<Arc<Mutex<Option<Value>>>>,
        globals: Arc<super::object::Module>,
    ) -> Function {
        let simple = !code.is_generator
            && code.keyword_only == 0
            && code.varargs.is_none()
            && code.varkw.is_none()
            && code.cell_locals.is_empty();
        Function {
            attributes: std::sync::OnceLock::new(),
            simple_arity: simple.then_some(code.positional),
            code,
            defaults,
            closure,
            globals,
        }
    }
}

/// A call's arguments.
#[derive(Clone, Debug, Default)]
pub struct Args {
    pub positional: Vec<Value>,
    pub keywords: Vec<(Arc<str>, Value)>,
}

impl Args {
    #[must_use]
    pub fn new(positional: Vec<Value>) -> Args {
        Args {
            positional,
            keywords: Vec::new(),
        }
    }

    /// Takes keyword `name` out, if given.
    pub fn keyword(&mut self, name: &str) -> Option<Value> {
        let index = self.keywords.iter().position(|(k, _)| &**k == name)?;
        Some(self.keywords.remove(index).1)
    }

    /// A true/false argument (`block`, `blocking`, `duplex`…), by keyword
    /// `name` or at positional `index` (None: keyword only), `default` if not
    /// given; any value, by its truth.
    ///
    /// # Errors
    /// What the value's `__bool__` raises.
    pub fn flag(
        &mut self,
        interp: &mut super::Interp,
        name: &str,
        index: Option<usize>,
        default: bool,
    ) -> super::error::PyResult<bool> {
        let given = self
            .keyword(name)
            .or_else(|| index.and_then(|i| self.positional.get(i).cloned()));
        match given {
            Some(value) => interp.truthy(&value),
            None => Ok(default),
        }
    }

    /// The `timeout` of a blocking call, in seconds (by keyword, or positional
    /// `index`); `None` for no timeout.
    ///
    /// # Errors
    /// TypeError for a timeout that is not a number.
    pub fn timeout(&mut self, index: usize) -> PyResult<Option<f64>> {
        match self
            .keyword("timeout")
            .or_else(|| self.positional.get(index).cloned())
        {
            None | Some(Value::None) => Ok(None),
            Some(Value::Float(f)) => Ok(Some(f)),
            #[allow(clippy::cast_precision_loss)]
            Some(Value::Int(i)) => Ok(Some(i as f64)),
            Some(other) => Err(super::error::type_error(format!(
                "timeout must be a number, not {}",
                other.type_name()
            ))),
        }
    }
}

/// A `Builtin` in a static table: `builtin!("len", len)`, or
/// `builtin!(type "list", list)` for a type; `builtin!(fast "len", len)` for
/// one that takes positional arguments where they are (`Builtin::fast`), and
/// `builtin!(method "list.append", list_append)` for a method of a built-in
/// type that takes its receiver by reference (`FastMethod`);
/// `builtin!(method "str.split", split_fast, else split_slow)` for one whose
/// calls with keywords go to the other, and `builtin!(fast "min", min_fast,
/// else min)` for such a builtin.
#[macro_export]
macro_rules! builtin {
    ($name:literal, $f:expr) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: false,
            call: $f,
            fast: None,
            methods: &[],
        }
    };
    (type $name:literal, $f:expr, methods $methods:expr) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: true,
            call: $f,
            fast: None,
            methods: $methods,
        }
    };
    (type $name:literal, $f:expr) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: true,
            call: $f,
            fast: None,
            methods: &[],
        }
    };
    (fast $name:literal, $f:path) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: false,
            call: |interp, args| $crate::runtime::function::call_fast(interp, args, $name, $f),
            fast: Some($crate::runtime::function::Fast::Function($f)),
            methods: &[],
        }
    };
    // A method that takes keywords too (`s.split(sep, maxsplit=1)`): a call
    // with keywords, or through its type, goes to `$slow`, which takes them all.
    (method $name:literal, $f:path, else $slow:expr) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: false,
            call: $slow,
            fast: Some($crate::runtime::function::Fast::Method($f)),
            methods: &[],
        }
    };
    // A builtin that takes keywords too (`min(xs, key=f)`): a call with
    // keywords, or through `Interp::call`, goes to `$slow`, which takes them all.
    (fast $name:literal, $f:path, else $slow:expr) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: false,
            call: $slow,
            fast: Some($crate::runtime::function::Fast::Function($f)),
            methods: &[],
        }
    };
    (fast type $name:literal, $f:path, else $slow:expr) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: true,
            call: $slow,
            fast: Some($crate::runtime::function::Fast::Function($f)),
            methods: &[],
        }
    };
    // `$f` a function, or a closure that captures nothing (the method's name
    // or a mode passed on: `|i, this, a| find(i, this, a, "str.find")`).
    (method $name:literal, $f:expr) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: false,
            call: |interp, args| $crate::runtime::function::call_method(interp, args, $name, $f),
            fast: Some($crate::runtime::function::Fast::Method($f)),
            methods: &[],
        }
    };
    (fast type $name:literal, $f:path) => {
        $crate::runtime::function::Builtin {
            name: $name,
            is_type: true,
            call: |interp, args| $crate::runtime::function::call_fast(interp, args, $name, $f),
            fast: Some($crate::runtime::function::Fast::Function($f)),
            methods: &[],
        }
    };
}

/// A builtin that takes its positional arguments where they are, as a slice
/// it may move values out of (leaving `None`): a call from bytecode passes
/// the caller's stack, with no vector to build (CPython's `METH_FASTCALL`).
pub type FastFn = fn(&mut Interp, &mut [Value]) -> PyResult<Value>;

/// A method of a built-in type that takes its receiver by reference and its
/// other positional arguments where they are (as `FastFn`): called on a
/// local variable (`words.append(w)`), the receiver stays in the local, with
/// no reference count taken and dropped (see `Op::LoadLocalMethod`).
pub type FastMethod = fn(&mut Interp, &Value, &mut [Value]) -> PyResult<Value>;

/// How a fast builtin takes its arguments.
#[derive(Clone, Copy)]
pub enum Fast {
    Function(FastFn),
    Method(FastMethod),
}

/// A function written in Rust. Methods of built-in types get their receiver
/// as the first positional argument.
pub struct Builtin {
    pub name: &'static str,
    /// A type (`int`, `list`…): `type(x)` returns it and its repr is `<class 'int'>`.
    pub is_type: bool,
    pub call: fn(&mut Interp, Args) -> PyResult<Value>,
    /// What `call` calls, for a builtin that takes no keywords and can take
    /// its arguments in place (`builtin!(fast …)`, `builtin!(method …)`).
    pub fast: Option<Fast>,
    /// A type's methods, for a type a module defines (`threading.Thread`):
    /// `Thread.start` finds them here. The built-in types' own methods are in
    /// `methods.rs`.
    pub methods: &'static [Builtin],
}

/// `Builtin::call` of a fast builtin: keywords refused, as CPython refuses
/// them to its positional-only functions.
///
/// # Errors
/// TypeError for keywords; what `f` raises.
pub fn call_fast(interp: &mut Interp, mut args: Args, name: &str, f: FastFn) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(super::error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    f(interp, &mut args.positional)
}

/// `Builtin::call` of a fast method: the receiver is the first positional
/// argument (`list.append(words, w)`); keywords refused, as CPython does.
///
/// # Errors
/// TypeError for keywords or no receiver; what `f` raises.
pub fn call_method(
    interp: &mut Interp,
    mut args: Args,
    name: &str,
    f: FastMethod,
) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(super::error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let Some((this, rest)) = args.positional.split_first_mut() else {
        return Err(super::error::type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    };
    f(interp, this, rest)
}

/// A fast builtin's call (`builtin!(fast …, else …)`) that its common case
/// does not cover, made as the builtin's full form takes it: the arguments
/// moved off the caller's stack into a vector. Out of line: the common call
/// never comes here.
///
/// # Errors
/// What `full` raises.
#[inline(never)]
pub fn in_full(
    interp: &mut Interp,
    args: &mut [Value],
    full: fn(&mut Interp, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let positional = args
        .iter_mut()
        .map(|a| std::mem::replace(a, Value::None))
        .collect();
    full(interp, Args::new(positional))
}

/// `in_full` for a fast method (`builtin!(method …, else …)`): its receiver
/// first, as the method's full form takes it.
///
/// # Errors
/// What `full` raises.
#[inline(never)]
pub fn method_in_full(
    interp: &mut Interp,
    this: &Value,
    args: &mut [Value],
    full: fn(&mut Interp, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let mut positional = Vec::with_capacity(args.len() + 1);
    positional.push(this.clone());
    positional.extend(args.iter_mut().map(|a| std::mem::replace(a, Value::None)));
    full(interp, Args::new(positional))
}

impl Builtin {
    /// For a method of a built-in type ("dict.get") called through the type
    /// on an instance of a class derived from it (`dict.get(registry, k)`,
    /// `list.__len__(self)`): the instance's built-in object, what the method
    /// works on, stands in for the receiver `first`, as CPython's methods
    /// take the subclass's instance for their type's.
    #[inline(always)]
    pub fn receiver_as_base(&self, first: &mut Value) {
        if let Value::Instance(instance) = first {
            if let Some(base) = self.base_of(instance) {
                *first = base;
            }
        }
    }

    #[inline(never)]
    fn base_of(&self, instance: &super::object::Instance) -> Option<Value> {
        // Keeps the instance: a missing key asks its `__missing__`.
        if self.name == "dict.__getitem__" {
            return None;
        }
        let (type_name, _) = self.name.split_once('.')?;
        let base = instance.base_object()?;
        (!matches!(base, Value::Native(_)) && base.builtin_type_name() == Some(type_name))
            .then_some(base)
    }
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in function {}>", self.name)
    }
}
