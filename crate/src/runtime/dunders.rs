//! The special methods of the built-in types, as attributes: `(2).__add__(3)`,
//! `int.__truediv__(1, 3)`, `"ab".__len__()`, `dict.__init__(self, …)`,
//! `object.__repr__(x)`. Each is the interpreter's own operation (`binary`,
//! `compare`, `get_item`, `len`, `repr`…) under the name CPython gives it:
//! a type's table lists the names its type has, and `Slot` says which
//! operation a name is. An operand the type does not take gets CPython's
//! answer: a number's or a set's method returns `NotImplemented` (so that
//! `1 + x` may still try `x.__radd__`), a sequence's concatenation or
//! repetition raises the TypeError of `+` or `*`.

use std::sync::Arc;

use super::class::not_implemented;
use super::error::{type_error, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::operators::plain;
use super::value::{lock, Value};
use super::Interp;
use crate::compiler::bytecode::{BinOp, CmpOp};

/// What a special method does.
#[derive(Clone, Copy)]
enum Slot {
    /// `a.__add__(b)`: `a + b`.
    Binary(BinOp),
    /// `a.__radd__(b)`: `b + a`.
    Reflected(BinOp),
    /// `a.__iadd__(b)`: `a += b`.
    InPlace(BinOp),
    /// `a.__divmod__(b)` (or, reflected, `divmod(b, a)`).
    DivMod {
        reflected: bool,
    },
    /// `a.__lt__(b)`: `a < b`.
    Compare(CmpOp),
    /// The builtin function of that name, of the receiver and the `min..=max`
    /// arguments after it: `__len__` is `len(x)`, `__round__` `round(x, n)`.
    Function(&'static str, usize, usize),
    Contains,
    GetItem,
    SetItem,
    DelItem,
    Neg,
    Pos,
    Invert,
    Bool,
    /// `__floor__`, `__ceil__`, `__trunc__`: a number rounded to an int.
    Rounded(fn(f64) -> f64),
    /// `__init__`: a container made again from the arguments, in place.
    Init,
    /// `__new__(cls, …)`: the receiver is a type.
    New,
}

/// The binary operators, to find one by its method's name.
const BINARY: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
    BinOp::MatMul,
];

const COMPARE: [CmpOp; 6] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
];

/// The operation a special method's name stands for.
fn slot(name: &str) -> Option<Slot> {
    use super::operators::{binary_methods, compare_methods, inplace_method};
    for op in BINARY {
        let (method, reflected) = binary_methods(op);
        if name == method {
            return Some(Slot::Binary(op));
        }
        if name == reflected {
            return Some(Slot::Reflected(op));
        }
        if name == inplace_method(op) {
            return Some(Slot::InPlace(op));
        }
    }
    if let Some(op) = COMPARE
        .into_iter()
        .find(|&op| compare_methods(op).0 == name)
    {
        return Some(Slot::Compare(op));
    }
    Some(match name {
        "__divmod__" => Slot::DivMod { reflected: false },
        "__rdivmod__" => Slot::DivMod { reflected: true },
        "__len__" => Slot::Function("len", 0, 0),
        "__repr__" => Slot::Function("repr", 0, 0),
        "__str__" => Slot::Function("str", 0, 0),
        "__hash__" => Slot::Function("hash", 0, 0),
        "__abs__" => Slot::Function("abs", 0, 0),
        "__int__" | "__index__" => Slot::Function("int", 0, 0),
        "__float__" => Slot::Function("float", 0, 0),
        "__iter__" => Slot::Function("iter", 0, 0),
        "__reversed__" => Slot::Function("reversed", 0, 0),
        "__format__" => Slot::Function("format", 1, 1),
        "__round__" => Slot::Function("round", 0, 1),
        "__contains__" => Slot::Contains,
        "__getitem__" => Slot::GetItem,
        "__setitem__" => Slot::SetItem,
        "__delitem__" => Slot::DelItem,
        "__neg__" => Slot::Neg,
        "__pos__" => Slot::Pos,
        "__invert__" => Slot::Invert,
        "__bool__" => Slot::Bool,
        "__floor__" => Slot::Rounded(f64::floor),
        "__ceil__" => Slot::Rounded(f64::ceil),
        "__trunc__" => Slot::Rounded(f64::trunc),
        "__init__" => Slot::Init,
        "__new__" => Slot::New,
        _ => return None,
    })
}

/// A table of special methods of built-in type `$type`, each named
/// "type.__name__" (as `methods::find` wants) and calling `call_slot`.
macro_rules! slots {
    ($type:literal: $($name:literal),* $(,)?) => {
        &[$(Builtin {
            name: concat!($type, ".", $name),
            is_type: false,
            call: |interp, args| call_slot(interp, args, $type, $name),
            fast: None,
            methods: &[],
        }),*]
    };
}

static INT: &[Builtin] = slots!("int":
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
    "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__",
    "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
    "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
    "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__neg__", "__pos__", "__abs__", "__invert__", "__bool__",
    "__int__", "__float__", "__index__", "__round__", "__floor__", "__ceil__", "__trunc__",
    "__repr__", "__hash__", "__format__", "__new__",
);

/// A bool's own: the rest are an int's.
static BOOL: &[Builtin] = slots!("bool":
    "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__repr__", "__new__",
);

static FLOAT: &[Builtin] = slots!("float":
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
    "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__",
    "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__neg__", "__pos__", "__abs__", "__bool__",
    "__int__", "__float__", "__round__", "__floor__", "__ceil__", "__trunc__",
    "__repr__", "__hash__", "__format__", "__new__",
);

static COMPLEX: &[Builtin] = slots!("complex":
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
    "__truediv__", "__rtruediv__", "__pow__", "__rpow__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__neg__", "__pos__", "__abs__", "__bool__",
    "__repr__", "__hash__", "__format__", "__new__",
);

static STR: &[Builtin] = slots!("str":
    "__add__", "__mul__", "__rmul__", "__mod__", "__rmod__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__len__", "__contains__", "__getitem__", "__iter__",
    "__repr__", "__str__", "__hash__", "__format__", "__new__",
);

static BYTES: &[Builtin] = slots!("bytes":
    "__add__", "__mul__", "__rmul__",
    "__len__", "__contains__", "__getitem__", "__iter__",
);

static BYTEARRAY: &[Builtin] = slots!("bytearray":
    "__add__", "__mul__", "__rmul__",
    "__len__", "__contains__", "__getitem__", "__setitem__", "__delitem__", "__iter__",
);

static RANGE: &[Builtin] = slots!("range":
    "__len__", "__contains__", "__getitem__", "__iter__",
);

static LIST: &[Builtin] = slots!("list":
    "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__len__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
    "__iter__", "__reversed__", "__repr__", "__init__", "__new__",
);

static TUPLE: &[Builtin] = slots!("tuple":
    "__add__", "__mul__", "__rmul__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__len__", "__contains__", "__getitem__", "__iter__",
    "__repr__", "__hash__", "__new__",
);

static DICT: &[Builtin] = slots!("dict":
    "__or__", "__ror__", "__ior__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__len__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
    "__iter__", "__reversed__", "__repr__", "__init__", "__new__",
);

static SET: &[Builtin] = slots!("set":
    "__sub__", "__rsub__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
    "__isub__", "__iand__", "__ior__", "__ixor__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__len__", "__contains__", "__iter__", "__repr__", "__init__", "__new__",
);

static NONE: &[Builtin] = slots!("NoneType": "__bool__", "__repr__");

/// `__iter__` and `__next__` of the built-in iterators (a list's, a map, a
/// range's…), whose types have many names: `iter(it)`, itself, and
/// `next(it)`, for a program that steps one by hand (`it.__next__()`).
static ITERATOR: &[Builtin] = &[
    Builtin {
        name: "iterator.__iter__",
        is_type: false,
        call: |interp, args| iterator_slot(interp, args, "__iter__", "iter"),
        fast: None,
        methods: &[],
    },
    Builtin {
        name: "iterator.__next__",
        is_type: false,
        call: |interp, args| iterator_slot(interp, args, "__next__", "next"),
        fast: None,
        methods: &[],
    },
    Builtin {
        name: "iterator.__length_hint__",
        is_type: false,
        call: |_, args| match args.positional.as_slice() {
            [it] if args.keywords.is_empty() => {
                let left = length_hint(it).unwrap_or(0);
                Ok(Value::Int(i64::try_from(left).unwrap_or(i64::MAX)))
            }
            _ => Err(type_error(format!(
                "expected 0 arguments, got {}",
                args.positional.len().saturating_sub(1)
            ))),
        },
        fast: None,
        methods: &[],
    },
];

/// Special method `name` of built-in iterator `it` (`Value::Iter`, a
/// range's); `__length_hint__` only for those over a container.
#[must_use]
pub fn iterator_method(it: &Value, name: &str) -> Option<&'static Builtin> {
    if name == "__length_hint__" && length_hint(it).is_none() {
        return None;
    }
    super::methods::find(ITERATOR, name)
}

/// How many items iterator `it` has left, if it is over a container.
fn length_hint(it: &Value) -> Option<usize> {
    match it {
        Value::Iter(i) => lock(i).length_hint(),
        Value::RangeIter(r) => Some(r.remaining()),
        _ => None,
    }
}

fn iterator_slot(interp: &mut Interp, args: Args, name: &str, function: &str) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    if args.positional.len() != 1 {
        return Err(type_error(format!(
            "expected 0 arguments, got {}",
            args.positional.len().saturating_sub(1)
        )));
    }
    call_builtin(interp, function, args.positional)
}

/// What every type has from `object`, past its own.
static OBJECT: &[Builtin] = slots!("object": "__lt__", "__le__", "__gt__", "__ge__", "__format__");

/// The special method `name` of built-in type `type_name`: its own, an
/// int's for a bool, or `object`'s.
#[must_use]
pub fn lookup(type_name: &str, name: &str) -> Option<&'static Builtin> {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return None;
    }
    let find = |table| super::methods::find(table, name);
    if type_name == "type" {
        if let Some(method) = super::metaclass::type_method(name) {
            return Some(method);
        }
    }
    find(own_table(type_name))
        .or_else(|| (type_name == "bool").then(|| find(INT)).flatten())
        .or_else(|| super::class::object_method(name))
        .or_else(|| find(OBJECT))
}

/// Whether built-in type `type_name` has special method `name` of its own
/// (or an int's, for a bool), not only `object`'s.
#[must_use]
pub fn own(type_name: &str, name: &str) -> bool {
    let find = |table| super::methods::find(table, name).is_some();
    find(own_table(type_name)) || (type_name == "bool" && find(INT))
}

/// The special methods built-in type `type_name` defines itself.
fn own_table(type_name: &str) -> &'static [Builtin] {
    match type_name {
        "int" => INT,
        "bool" => BOOL,
        "float" => FLOAT,
        "complex" => COMPLEX,
        "str" => STR,
        "list" => LIST,
        "bytes" => BYTES,
        "bytearray" => BYTEARRAY,
        "range" => RANGE,
        "tuple" => TUPLE,
        "dict" => DICT,
        "set" => SET,
        "NoneType" => NONE,
        _ => &[],
    }
}

/// Whether `name` is a special method whose value on built-in type
/// `type_name` is None: the mutable containers are unhashable.
#[must_use]
pub fn is_none_slot(type_name: &str, name: &str) -> bool {
    name == "__hash__" && matches!(type_name, "list" | "dict" | "set" | "bytearray")
}

/// Whether `v` (as `plain` makes it) is of built-in type `type_name`.
fn is_of(type_name: &str, v: &Value) -> bool {
    let own = v.builtin_type_name();
    type_name == "object" || own == Some(type_name) || (type_name == "int" && own == Some("bool"))
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// What a method of `type_name` does with the other operand of `op`.
enum Operand {
    Take,
    /// `NotImplemented`, for the other operand's method to try.
    Pass,
    Refuse(PyErr),
}

/// CPython's rules for the other operand of a built-in type's binary
/// method (`this` is the receiver, `other` the other operand, both plain;
/// `slot` says whether it is `__add__`, `__radd__` or `__iadd__`).
fn operand(type_name: &str, op: BinOp, slot: Slot, this: &Value, other: &Value) -> Operand {
    let take = |ok: bool| if ok { Operand::Take } else { Operand::Pass };
    let reflected = matches!(slot, Slot::Reflected(_) | Slot::DivMod { reflected: true });
    match type_name {
        // `list += iterable` extends by any iterable.
        "list" if matches!(slot, Slot::InPlace(BinOp::Add)) => Operand::Take,
        // `dict |= pairs` takes what `update` takes.
        "dict" if matches!(slot, Slot::InPlace(_)) => Operand::Take,
        "int" | "bool" => take(is_int(other)),
        "float" => take(is_int(other) || matches!(other, Value::Float(_))),
        "complex" => take(is_int(other) || matches!(other, Value::Float(_) | Value::Complex(_))),
        "str" | "list" | "tuple" => match op {
            BinOp::Add if other.builtin_type_name() == this.builtin_type_name() => Operand::Take,
            BinOp::Add => Operand::Refuse(type_error(format!(
                "can only concatenate {type_name} (not \"{}\") to {type_name}",
                other.type_name()
            ))),
            BinOp::Mul if is_int(other) => Operand::Take,
            BinOp::Mul => Operand::Refuse(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
            // `str % anything` formats; `__rmod__` formats only a str.
            _ => take(!reflected || matches!(other, Value::Str(_))),
        },
        "set" => take(matches!(other, Value::Set(_))),
        "dict" => take(matches!(other, Value::Dict(_))),
        "bytes" | "bytearray" => match op {
            BinOp::Add => take(super::bytes::bytes_like(other).is_some()),
            BinOp::Mul => take(is_int(other)),
            _ => Operand::Pass,
        },
        _ => Operand::Pass,
    }
}

/// Whether a comparison method of `type_name` answers for `other` (else
/// `NotImplemented`): numbers compare with numbers of their kind, the
/// others with their own type; a dict has no order.
fn comparable(type_name: &str, op: CmpOp, other: &Value) -> bool {
    match type_name {
        "int" | "bool" => is_int(other),
        "float" => is_int(other) || matches!(other, Value::Float(_)),
        // Complex numbers are equal or not, never ordered.
        "complex" => {
            matches!(op, CmpOp::Eq | CmpOp::Ne)
                && (is_int(other) || matches!(other, Value::Float(_) | Value::Complex(_)))
        }
        "dict" => matches!(op, CmpOp::Eq | CmpOp::Ne) && matches!(other, Value::Dict(_)),
        // `object`'s: only `==` of an object with itself (see `OBJECT_EQ`).
        "object" => false,
        _ => is_of(type_name, other),
    }
}

/// Whether CPython's `type_name.name` is a plain method of its type (a
/// "method_descriptor") rather than a slot's wrapper: they word their
/// errors differently.
fn is_plain_method(type_name: &str, name: &str) -> bool {
    match name {
        "__trunc__" | "__floor__" | "__ceil__" | "__round__" | "__format__" | "__reversed__" => {
            true
        }
        "__getitem__" => matches!(type_name, "list" | "dict"),
        "__contains__" => matches!(type_name, "dict" | "set"),
        _ => false,
    }
}

/// CPython's error for `n` arguments to special method `name` of
/// `type_name` that takes `min..=max`, in the words of its kind.
fn check_count(
    n: usize,
    (min, max): (usize, usize),
    type_name: &str,
    name: &str,
    slot: Slot,
) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let want = if n < min { min } else { max };
    let s = if want == 1 { "" } else { "s" };
    let message = if is_plain_method(type_name, name) {
        match (min, max) {
            (0, 0) => format!("{type_name}.{name}() takes no arguments ({n} given)"),
            (1, 1) => format!("{type_name}.{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected at most {want} argument{s}, got {n}"),
        }
    } else {
        // The wrappers that unpack two arguments name no function.
        let unnamed = if matches!(slot, Slot::SetItem) || min != max {
            " "
        } else {
            ""
        };
        let bound = match (min == max, n < min) {
            (true, _) => "",
            (false, true) => "at least ",
            (false, false) => "at most ",
        };
        format!("{unnamed}expected {bound}{want} argument{s}, got {n}")
    };
    Err(type_error(message))
}

/// Calls special method `name` of built-in type `type_name` (its table's
/// entry): the receiver checked, then the operation.
fn call_slot(
    interp: &mut Interp,
    args: Args,
    type_name: &'static str,
    name: &'static str,
) -> PyResult<Value> {
    let slot = slot(name).expect("the tables hold special methods only");
    if let Slot::New = slot {
        return new(interp, args, type_name, name);
    }
    if !matches!(slot, Slot::Init) && !args.keywords.is_empty() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let mut positional = args.positional.into_iter();
    let Some(receiver) = positional.next() else {
        return Err(type_error(format!(
            "descriptor '{name}' of '{type_name}' object needs an argument"
        )));
    };
    let mut this = plain(&receiver);
    if !is_of(type_name, &this) {
        let other = receiver.type_name();
        return Err(type_error(if is_plain_method(type_name, name) {
            format!(
                "descriptor '{name}' for '{type_name}' objects doesn't apply to a '{other}' object"
            )
        } else {
            format!("descriptor '{name}' requires a '{type_name}' object but received a '{other}'")
        }));
    }
    // An int's method sees a bool as the int it is (`int.__repr__(True)`
    // is '1', `int.__and__(True, True)` is 1).
    if let (Value::Bool(b), "int") = (&this, type_name) {
        this = Value::Int(i64::from(*b));
    }
    let rest: Vec<Value> = positional.collect();
    let (min, max) = match slot {
        Slot::Binary(BinOp::Pow) | Slot::Reflected(BinOp::Pow) => (1, 2),
        Slot::Binary(_)
        | Slot::Reflected(_)
        | Slot::InPlace(_)
        | Slot::DivMod { .. }
        | Slot::Compare(_)
        | Slot::Contains
        | Slot::GetItem
        | Slot::DelItem => (1, 1),
        Slot::SetItem => (2, 2),
        Slot::Function(_, min, max) => (min, max),
        Slot::Init | Slot::New => (0, usize::MAX),
        _ => (0, 0),
    };
    check_count(rest.len(), (min, max), type_name, name, slot)?;
    let first = || plain(&rest[0]);
    match slot {
        Slot::Binary(op) | Slot::Reflected(op) | Slot::InPlace(op) => {
            let other = first();
            match operand(type_name, op, slot, &this, &other) {
                Operand::Take => {}
                Operand::Pass => return Ok(not_implemented()),
                Operand::Refuse(error) => return Err(error),
            }
            match (slot, rest.get(1)) {
                (Slot::InPlace(_), _) => interp.inplace(op, &this, &other),
                // `pow(a, b, m)`, and reflected `pow(b, a, m)`.
                (Slot::Binary(_), Some(modulo)) => {
                    call_builtin(interp, "pow", vec![this, other, modulo.clone()])
                }
                (Slot::Reflected(_), Some(modulo)) => {
                    call_builtin(interp, "pow", vec![other, this, modulo.clone()])
                }
                (Slot::Binary(_), None) => interp.binary(op, &this, &other),
                _ => interp.binary(op, &other, &this),
            }
        }
        Slot::DivMod { reflected } => {
            let other = first();
            if !matches!(
                operand(type_name, BinOp::FloorDiv, slot, &this, &other),
                Operand::Take
            ) {
                return Ok(not_implemented());
            }
            let pair = if reflected {
                vec![other, this]
            } else {
                vec![this, other]
            };
            call_builtin(interp, "divmod", pair)
        }
        Slot::Compare(op) => {
            let other = first();
            if !comparable(type_name, op, &other) {
                return Ok(object_compare(op, &receiver, &rest[0]));
            }
            interp.compare(op, &this, &other)
        }
        // `object.__format__(x, spec)` (what `super().__format__(spec)` in a
        // class's own `__format__` reaches): not the class's `__format__` again.
        Slot::Function("format", ..) => match &rest[0] {
            Value::Str(spec) => Ok(Value::str(&interp.format_plain(&this, spec)?)),
            other => Err(type_error(format!(
                "{name}() argument must be str, not {}",
                other.type_name()
            ))),
        },
        Slot::Function(function, ..) => {
            let mut arguments = vec![this];
            arguments.extend(rest);
            call_builtin(interp, function, arguments)
        }
        Slot::Contains => Ok(Value::Bool(interp.contains(&this, &rest[0])?)),
        Slot::GetItem => match (&this, &receiver) {
            // `dict.__getitem__(d, k)` of a dict subclass still asks its `__missing__`.
            (Value::Dict(d), Value::Instance(_)) => {
                interp.dict_item_or_missing(&receiver, d, &rest[0])
            }
            _ => interp.get_item(&this, &rest[0]),
        },
        Slot::SetItem => {
            let mut rest = rest.into_iter();
            let (key, value) = (rest.next(), rest.next());
            interp.set_item(
                &this,
                key.unwrap_or(Value::None),
                value.unwrap_or(Value::None),
            )?;
            Ok(Value::None)
        }
        Slot::DelItem => {
            interp.del_item(&this, &rest[0])?;
            Ok(Value::None)
        }
        Slot::Neg => interp.negate(&this),
        Slot::Pos => interp.positive(&this),
        Slot::Invert => interp.invert(&this),
        Slot::Bool => Ok(Value::Bool(interp.truthy(&this)?)),
        Slot::Rounded(round) => match this {
            Value::Float(f) => call_builtin(interp, "int", vec![Value::Float(round(f))]),
            Value::Bool(b) => Ok(Value::Int(i64::from(b))),
            int => Ok(int),
        },
        Slot::Init => init(interp, &this, type_name, rest, args.keywords),
        Slot::New => unreachable!("__new__ returned above"),
    }
}

/// `object`'s comparisons, which a built-in type's fall back on for an
/// operand they do not compare with: `==` of an object with itself, `!=`
/// of two others; else `NotImplemented`.
fn object_compare(op: CmpOp, a: &Value, b: &Value) -> Value {
    match op {
        CmpOp::Eq if a.is(b) => Value::Bool(true),
        CmpOp::Ne if a.is(b) => Value::Bool(false),
        _ => not_implemented(),
    }
}

/// The builtin function `name` called with `positional`.
fn call_builtin(interp: &mut Interp, name: &str, positional: Vec<Value>) -> PyResult<Value> {
    let function = interp
        .builtins
        .get(name)
        .cloned()
        .ok_or_else(|| type_error(format!("no builtin {name}")))?;
    interp.call(&function, Args::new(positional))
}

/// `list.__init__(l, iterable)`, `dict.__init__(d, mapping, **kw)`,
/// `set.__init__(s, iterable)`: the container made again in place, as
/// CPython's are (a list or set emptied first; a dict only updated).
/// Another type's `__init__` is `object`'s, which does nothing.
fn init(
    interp: &mut Interp,
    this: &Value,
    type_name: &str,
    rest: Vec<Value>,
    keywords: Vec<(Arc<str>, Value)>,
) -> PyResult<Value> {
    if !matches!(type_name, "list" | "dict" | "set") {
        return Ok(Value::None);
    }
    if rest.len() > 1 {
        return Err(type_error(format!(
            "{type_name} expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    if type_name != "dict" && !keywords.is_empty() {
        return Err(type_error(format!(
            "{type_name}() takes no keyword arguments"
        )));
    }
    match this {
        Value::List(list) => {
            lock(&list.items).clear();
            if let Some(iterable) = rest.first() {
                let items = interp.collect(iterable)?;
                lock(&list.items).extend(items);
            }
        }
        Value::Set(set) => {
            lock(&set.map).clear();
            if let Some(iterable) = rest.first() {
                for item in interp.collect(iterable)? {
                    interp.set_add(this, item)?;
                }
            }
        }
        _ => {
            if let Some(mapping) = rest.first() {
                interp.dict_update(this, mapping)?;
            }
            for (key, value) in keywords {
                interp.dict_set(this, Value::Str(key), value)?;
            }
        }
    }
    Ok(Value::None)
}

/// `int.__new__(cls, …)`: the type called, for the type itself; an
/// instance not yet initialised (`object.__new__`) for a class derived
/// from it.
fn new(interp: &mut Interp, args: Args, type_name: &str, name: &str) -> PyResult<Value> {
    match args.positional.first() {
        // A container is made empty (its `__init__` fills it).
        Some(Value::Builtin(b)) if b.is_type && b.name == type_name => {
            let rest = if matches!(type_name, "list" | "dict" | "set") {
                Args::default()
            } else {
                Args {
                    positional: args.positional[1..].to_vec(),
                    keywords: args.keywords,
                }
            };
            (b.call)(interp, rest)
        }
        // An int or str subclass's instance is its value from the start,
        // as the value cannot change after.
        Some(Value::Class(c)) if matches!(type_name, "int" | "str" | "tuple" | "float") => {
            let made = (super::class::object_method("__new__")
                .expect("object.__new__")
                .call)(interp, Args::new(vec![Value::Class(c.clone())]))?;
            if let (Value::Instance(i), super::object::BuiltinBase::Type(base)) =
                (&made, &c.builtin)
            {
                let rest = Args {
                    positional: args.positional[1..].to_vec(),
                    keywords: args.keywords,
                };
                *super::value::lock(&i.base_object) = Some((base.call)(interp, rest)?);
            }
            Ok(made)
        }
        Some(Value::Class(_)) => {
            let new = super::class::object_method("__new__").expect("object.__new__");
            (new.call)(interp, args)
        }
        Some(other) => Err(type_error(format!(
            "{type_name}.{name}(X): X is not a type object ({})",
            other.type_name()
        ))),
        None => Err(type_error(format!(
            "{type_name}.{name}(): not enough arguments"
        ))),
    }
}
