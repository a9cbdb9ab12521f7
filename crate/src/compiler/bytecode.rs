//! The runtime's instructions: a stack machine in the manner of CPython's
//! (`Python/bytecodes.c`), simplified. A jump to a lower address is a backward
//! jump: where, with a GIL, a thread may be asked to let go of it.

use std::sync::Arc;

use num_bigint::BigInt;

/// A constant of a code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Arc<BigInt>),
    Float(f64),
    /// An imaginary literal (`2j`): a complex number of real part 0.
    Imaginary(f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    /// `...`
    Ellipsis,
    /// A nested function's or comprehension's code.
    Code(Arc<Code>),
    /// Keyword names of a call (`CallKw`).
    Names(Arc<[Arc<str>]>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    /// `@`: only classes define it (`__matmul__`).
    MatMul,
}

impl BinOp {
    /// The operator as Python writes it, for error messages.
    #[must_use]
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

/// An f-string's conversion of its value (`!s`, `!r`, `!a`; `{x=}` is `!r`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    Str,
    Repr,
    Ascii,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    #[must_use]
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

/// One instruction. Operands index the code's constants, names or local slots,
/// or are jump targets (instruction indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    LoadConst(u32),
    LoadFast(u32),
    /// `LoadFast`, then an operand and an operator that the interpreter may
    /// do at once with it (see `peephole.rs`).
    LoadFastOperator(u32),
    StoreFast(u32),
    DeleteFast(u32),
    LoadGlobal(u32),
    /// `LoadGlobal` of what a call calls (`f(...)`): pushes `Value::Callee`.
    LoadGlobalCallee(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// A variable of an enclosing function (`cells` of the running frame).
    LoadDeref(u32),
    StoreDeref(u32),
    /// Unbinds a cell (the end of `except E as name` where a nested
    /// function uses `name`).
    DeleteDeref(u32),
    Pop,
    Dup,
    /// Duplicates the two top items (a b -> a b a b).
    Dup2,
    /// Swaps the two top items.
    Rot2,
    /// Moves the top item under the next two (a b c -> c a b).
    Rot3,
    Binary(BinOp),
    /// `x op= y`: the same arithmetic, but a list extends in place.
    Inplace(BinOp),
    /// `"text" + x` (true: the constant first) or `x + "text"` of a str
    /// constant: the constant is read where it is, not pushed (no reference
    /// to count and give back), and one dispatch fewer.
    AddStrConst(u32, bool),
    Unary(UnaryOp),
    Compare(CmpOp),
    Jump(u32),
    /// Pops; jumps when falsy.
    JumpIfFalse(u32),
    /// Pops; jumps when truthy.
    JumpIfTrue(u32),
    /// Jumps keeping the value when falsy, else pops it (`and`).
    JumpIfFalseOrPop(u32),
    /// Jumps keeping the value when truthy, else pops it (`or`).
    JumpIfTrueOrPop(u32),
    /// The iterator of a `for` loop or a comprehension: only the loop steps
    /// it, the program never sees it (`iter()` makes the ones it may share).
    GetIter,
    /// Pushes the iterator's next item, or pops the iterator and jumps when it is done.
    ForIter(u32),
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    /// A set display of `n` constants (`{3, 1, 2}`), which CPython copies
    /// from a frozenset it made when compiling: its table is the copy's.
    BuildConstSet(u32),
    /// A set display of `n` constants as a `for`'s iterable: CPython's
    /// frozenset constant itself.
    BuildFoldedSet(u32),
    /// `n` key-value pairs on the stack.
    BuildDict(u32),
    /// Concatenates `n` strings (f-strings).
    BuildString(u32),
    /// `str()`, `repr()` or `ascii()` of the top, as the builtins (whatever
    /// the program has bound to their names) would give it.
    Convert(Conversion),
    /// `format(value)` with no spec, or with the spec on top (`FormatWithSpec`).
    FormatValue,
    FormatWithSpec,
    /// Comprehensions: appends the top to the list `n` items down.
    ListAppend(u32),
    SetAdd(u32),
    /// Key on top of value... (value below key): adds to the dict `n` items down.
    MapAdd(u32),
    /// `container[key]`
    Subscript,
    /// `LoadFast(container)`, `LoadFast(key)`, `Subscript` (which stay in
    /// place after it, skipped): `d[k]` of two locals, read where they are,
    /// with no reference count taken and dropped. An unbound one makes it a
    /// plain `LoadFast`, and the ops after it run (see `peephole.rs`).
    SubscriptLocals(u32, u32),
    /// The same for `StoreSubscript`: `d[k] = v` of locals `d` and `k`.
    StoreSubscriptLocals(u32, u32),
    /// `container[key] = value` (stack: value, container, key)
    StoreSubscript,
    DeleteSubscript,
    /// `del obj.name` (`name` index).
    DeleteAttr(u32),
    /// `lower:upper:step` (None where left out) into a slice object.
    BuildSlice,
    LoadAttr(u32),
    /// stack: value, object
    StoreAttr(u32),
    /// `obj.name` for a call (`obj.name(…)`): pushes the method and `obj`
    /// (no bound method is made), or the attribute and a marker that there
    /// is no object to pass.
    LoadMethod(u32),
    /// `n` positional arguments, below them what `LoadMethod` pushed.
    CallMethod(u32),
    /// `LoadFast(slot)` of the receiver of `x.name(…)`, the `LoadMethod(name)`
    /// after it (which stays in place). For a str, list or dict whose method
    /// `name` is a fast method (`builtin!(method …)`), both at once: it pushes
    /// the method and a marker that the receiver is still in the local, for
    /// the call's `CallLocalMethod` to lend it from there (no reference count
    /// taken and dropped), and skips the `LoadMethod`. Otherwise a plain
    /// `LoadFast`, and the `LoadMethod` runs next. The compiler uses it only
    /// where the arguments do not assign the local (`x.f((x := y))`).
    LoadLocalMethod(u32, u32),
    /// `LoadFast(slot)`, `LoadAttr(name)` (which stays in place): for an
    /// instance whose attribute is where `Code::attr_hints` says, both at
    /// once, with no reference count of the receiver taken and dropped;
    /// otherwise a plain `LoadFast`, and the `LoadAttr` runs next.
    LoadLocalAttr(u32, u32),
    /// `LoadGlobal(index)`, `LoadAttr(name)` (which stays in place): for a
    /// global instance whose attribute is where `Code::attr_hints` says, both
    /// at once, read through the frame's cache of globals with no reference
    /// count of the receiver taken and dropped (a module-level loop's
    /// `p.x`); otherwise a plain `LoadGlobal`, and the `LoadAttr` runs next.
    LoadGlobalAttr(u32, u32),
    /// `LoadFast(slot)`, `StoreAttr(name)` (which stays in place): for an
    /// instance whose attribute is where `Code::attr_hints` says, both at
    /// once; otherwise a plain `LoadFast`, and the `StoreAttr` runs next.
    StoreLocalAttr(u32, u32),
    /// `CallMethod(n)` of a call whose receiver may be in local `slot`
    /// (see `LoadLocalMethod`).
    CallLocalMethod(u32, u32),
    /// `n` positional arguments, the callable below them.
    Call(u32),
    /// `n` arguments, the last `names.len()` of them by keyword (`Const::Names`).
    CallKw(u32, u32),
    /// `CallMethod` of `n` arguments, the last `names.len()` of them by
    /// keyword (`Const::Names`): `obj.name(a, k=v)`.
    CallMethodKw(u32, u32),
    /// `f(*args, **kwargs)`: a list of pieces (tuples of plain arguments and the
    /// starred iterables, in order) and a dict of keywords, the callable below.
    CallEx,
    /// Merges the mapping on top into the dict below it (`{**a, **b}`).
    DictUpdate,
    /// `f(**mapping)`: merges the mapping on top into the keywords dict of
    /// a `CallEx` below it, a key already there being CPython's TypeError.
    KeywordMerge,
    /// `f(**mapping, name=value)`: adds the name and value on top to the
    /// keywords dict of a `CallEx` below them, as `KeywordMerge` does.
    KeywordAdd,
    /// The code's constant, and `n` default values on the stack, into a function;
    /// with `closure`, a tuple of cells is on top.
    MakeFunction {
        code: u32,
        defaults: u32,
        closure: bool,
    },
    /// The cell holding local slot `n` (for a nested function's closure).
    LoadClosure(u32),
    Return,
    /// `Return` in a function named `__init__` (see `peephole::mark_init_returns`).
    ReturnInit,
    /// `LoadFast(n)` then `Return` (it stands in place of the `LoadFast`; the
    /// `Return` stays after it): `return x`, in one step (see `peephole.rs`).
    ReturnLocal(u32),
    /// A generator expression: hands the top to its consumer and waits. It
    /// pushes nothing when resumed (nothing sends a value into a generator
    /// expression).
    Yield,
    UnpackSequence(u32),
    /// Raises the top (`raise x`), or re-raises the exception being handled.
    Raise {
        has_value: bool,
    },
    /// `assert`: raises AssertionError with the top as message (or none).
    RaiseAssertion {
        has_message: bool,
    },
    /// Installs a handler: an exception raised before the matching `PopBlock`
    /// jumps to `handler` with the exception pushed.
    SetupExcept(u32),
    /// `with`'s handler: as `SetupExcept`, but the stack it keeps leaves out
    /// the entered value (stored or dropped by then), keeping only `__exit__`.
    SetupWith(u32),
    PopBlock,
    /// Pops a class (or tuple of classes); pushes whether the exception below
    /// it (which stays) is an instance.
    ExceptionMatches,
    /// Re-raises the exception on top (no handler matched).
    Reraise,
    /// An `except*` clause: pops its classes; splits the exceptions not yet
    /// handled (second below them, under the list of those raised) into the
    /// part that matches, pushed (or None) and handled from then on, and the
    /// rest, left in their place; then pushes whether there was a match.
    StarMatch,
    /// An exception raised in an `except*` clause (on top), appended to the
    /// list below it; it and the clause's match are no longer handled.
    StarRaised,
    /// After the `except*` clauses: pops the list of those raised, the rest
    /// and the exception caught, which is then no longer handled; raises
    /// what is left of them, if anything.
    StarEnd,
    /// `import name` -> module on the stack.
    ImportName(u32),
    /// `from module import name`: pushes the module's attribute (module stays).
    ImportFrom(u32),
    /// `from module import *`: the module's public names (its `__all__`, or
    /// those not starting with `_`) bound in the namespace; pops the module.
    ImportStar,
    /// `with`: calls `__enter__`, pushes `__exit__` below the entered value.
    BeforeWith,
    /// An exception left a `with` body: pops it and `__exit__`, calls
    /// `__exit__(type, exception, None)`, pushes the exception back and on it
    /// whether `__exit__` swallowed it.
    ExitWithError,
    /// Calls the `__exit__` below the top with (None, None, None).
    ExitWith,
    /// A sequence pattern's test: pops the value; pushes None unless it is a
    /// sequence (not a str or a mapping) of `before + after` items (at
    /// least, with a `star`), else the tuple of its items (the starred
    /// middle as one list).
    MatchSequence {
        before: u32,
        after: u32,
        star: bool,
    },
    /// A mapping pattern's test: pops the value and `keys` keys; pushes
    /// None unless it is a mapping with every key, else the tuple of their
    /// values (and, with `rest`, a dict of the other items).
    MatchMapping {
        keys: u32,
        rest: bool,
    },
    /// A class pattern's test: pops the value, the class and `keywords`
    /// attribute names; pushes None unless the value is an instance of the
    /// class with those attributes, else the tuple of the `positional`
    /// attributes (`__match_args__`) and the named ones.
    MatchClass {
        positional: u32,
        keywords: u32,
    },
    /// `[*a, b]`: extends the list under the iterable on top with it.
    ListExtend,
    /// `{*a, b}`: adds the iterable's items to the set under it.
    SetUpdate,
    /// `(*a, b)`: the list on top becomes a tuple.
    ListToTuple,
    /// `a, *rest, b = value`: the iterable's items, `before` of them, a
    /// list of the middle, then `after` of them, pushed last first.
    UnpackEx {
        before: u32,
        after: u32,
    },
    /// `raise exception from cause` (both on the stack, the cause on top).
    RaiseFrom,
    /// The end of an `except` clause: the exception is no longer being handled.
    PopExcept,
    /// A generator function's `yield value`: pops the value and suspends;
    /// resumed, the value sent in (None for `next`) is on the stack.
    YieldValue,
    /// `yield from`: one step of the iterator under the value sent in
    /// (top); yields what it yields (and runs again when resumed), or,
    /// once it is done, leaves what it returned in its place.
    YieldFrom,
    /// `class Name(bases, keywords):` from the bases, the keywords' values
    /// and, above them, the body's function on the stack (`name` a Str
    /// constant, or a Names constant of the name then the keywords' names;
    /// `bases` the count of bases and keywords' values together).
    BuildClass {
        name: u32,
        bases: u32,
    },
    /// Zero-argument `super()` in a method: pops the method's first
    /// argument, pushes the super object of the class whose qualified name
    /// is the constant `class` (the class the method was defined in).
    Super {
        class: u32,
    },
    Nop,
}

/// A compiled function, module body or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    /// `<module>`, the function's name, `<listcomp>`…
    pub name: Arc<str>,
    /// `f.<locals>.g`, for reprs.
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub ops: Vec<Op>,
    /// Source line of each op (tracebacks).
    pub lines: Vec<u32>,
    /// Source range (byte offsets) of what each op does: the innermost
    /// expression (or statement) it was compiled for, as CPython 3.11 keeps
    /// per instruction; tracebacks underline it.
    pub positions: Vec<(u32, u32)>,
    pub consts: Vec<Const>,
    /// Global and attribute names.
    pub names: Vec<Arc<str>>,
    /// For each name, the slot of an instance's `__dict__` it was last
    /// found at (see `attr_hints.rs`).
    pub attr_hints: super::attr_hints::AttrHints,
    /// Local slots: parameters first, then other locals.
    pub locals: Vec<Arc<str>>,
    /// Locals that nested functions capture (their slots hold cells).
    pub cell_locals: Vec<u32>,
    /// Free variables: cells received from the enclosing function, in `LoadDeref` order.
    pub free: Vec<Arc<str>>,
    /// Positional parameters (the first slots), and how many of them have defaults.
    pub positional: u32,
    /// How many of the positional parameters are positional-only (before `/`).
    pub positional_only: u32,
    /// Keyword-only parameters follow the positional ones.
    pub keyword_only: u32,
    /// Which keyword-only parameters have no default (a call must name
    /// them). Their slot in the function's defaults holds a placeholder that
    /// is never read: no value a program can make marks "required".
    pub required_keyword_only: Vec<bool>,
    /// Slot of `*args` and `**kwargs`, if any.
    pub varargs: Option<u32>,
    pub varkw: Option<u32>,
    /// A generator (a generator expression's body): calling it makes a generator.
    pub is_generator: bool,
    /// Module level: names are globals, not locals.
    pub is_module: bool,
    /// The line the function was defined on.
    pub first_line: u32,
    /// A function's docstring (`__doc__`): its body's first statement, if a string.
    pub doc: Option<Arc<str>>,
}
