//! The call protocol: a call from bytecode of a Python function gets a frame
//! (from the pool of finished ones), its arguments bound to its parameters
//! (`bind_arguments`, or for the commonest calls moved straight from the
//! caller's stack into its locals), and the run loop (`eval.rs`) runs it
//! next; a builtin is called at once; the depth limits are checked here.

use std::sync::Arc;

use super::error::{type_error, ExcType, PyErr, PyResult};
use super::eval::Flow;
use super::frame::{clear_values, pop_into, truncate_stack, Frame};
use super::function::{self, Args, Builtin, Fast, Function};
use super::generator::Generator;
use super::value::{lock, Value};
use super::Interp;

/// Pushed by `LoadMethod` in place of an object when what it found is not a
/// method: `CallMethod` passes no object then. Never seen by a program.
pub(super) static NO_RECEIVER: Builtin = crate::builtin!("<no receiver>", |_, _| Ok(Value::None));

/// CPython's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: usize = 1000;

impl Frame {
    /// The count of arguments of a call of what `LoadMethod` pushed, with `n`
    /// arguments after it: a method gets its object as the first of n + 1;
    /// an attribute that is not a method (NO_RECEIVER, taken away) gets n.
    #[inline(always)]
    pub(super) fn method_arguments(&mut self, n: usize) -> usize {
        let at = self.stack.len() - n - 1;
        match &self.stack[at] {
            Value::Builtin(b) if std::ptr::eq(*b, &NO_RECEIVER) => {
                self.stack.remove(at);
                n
            }
            _ => n + 1,
        }
    }
}

/// `callee` with the top `n` values of `frame`'s stack as its first locals
/// (a simple call's arguments), taken off with the callable under them (for
/// `f(…)` of a global a `Value::Callee`, which owns nothing: no call to drop it).
#[inline(always)]
fn take_arguments(frame: &mut Frame, mut callee: Box<Frame>, n: usize) -> Box<Frame> {
    // Moved one by one, last first (ints field by field, see `pop`).
    for slot in callee.locals[..n].iter_mut().rev() {
        pop_into(&mut frame.stack, slot);
    }
    let callable = frame.stack.len() - 1;
    truncate_stack(&mut frame.stack, callable);
    callee
}

/// CPython's RecursionError, past the depth limit (or the native stack's).
pub(super) fn recursion_error() -> PyErr {
    PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded")
}

/// What CPython's RecursionError adds when the level that went too deep was
/// its C call of an object (a class, an instance's `__call__`, a builtin
/// of one argument such as `repr` or `hash`).
pub(super) const CALLING: &str = " while calling a Python object";

/// And when it was `repr()` of an object, or `str()`, or a comparison.
pub(super) const GETTING_REPR: &str = " while getting the repr of an object";
pub(super) const GETTING_STR: &str = " while getting the str of an object";
pub(super) const COMPARING: &str = " in comparison";

/// CPython's RecursionError, with `context` after its message.
pub(super) fn recursion_error_in(context: &str) -> PyErr {
    PyErr::new(
        ExcType::RecursionError,
        format!("maximum recursion depth exceeded{context}"),
    )
}

impl Interp {
    /// `callable(*positional, **keywords)`, `keywords` a dict (or None).
    ///
    /// # Errors
    /// TypeError for a keyword that is not a str; what the callee raises.
    pub fn call_spread(
        &mut self,
        callable: &Value,
        positional: Vec<Value>,
        keywords: &Value,
    ) -> PyResult<Value> {
        let args = spread_args(positional, keywords)?;
        self.call(callable, args)
    }

    /// Calls a Python function with bound arguments.
    pub(super) fn call_function(
        &mut self,
        function: &Arc<Function>,
        args: Args,
    ) -> PyResult<Value> {
        let frame = self.new_frame(function, args)?;
        if function.code.is_generator {
            return Ok(Value::Generator(Arc::new(Generator::new(frame))));
        }
        self.check_depth()?;
        self.run_nested(frame)
    }

    /// Runs a called function's frame, nested in Rust, one call deeper, and
    /// gives it back to the pool: its return value.
    fn run_nested(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        self.depth += 1;
        let outcome = self.run_frame(&mut frame, None);
        self.depth -= 1;
        self.recycle(frame);
        match outcome? {
            Flow::Return(value) | Flow::Yield(value) => Ok(value),
        }
    }

    /// `function(receiver, *args)` of a simple function of that many
    /// parameters (`simple_arity`), run nested: the values go straight into
    /// its frame's locals, with no bound method or argument vector made
    /// (see `Interp::call_special`).
    pub(super) fn call_simple_method(
        &mut self,
        function: &Arc<Function>,
        receiver: &Value,
        args: &[Value],
    ) -> PyResult<Value> {
        debug_assert_eq!(function.simple_arity, Some(args.len() as u32 + 1));
        self.check_depth()?;
        let mut frame = match self.pooled_frame(function) {
            Some(f) => f.reuse(function, &mut self.cache_stash),
            None => Frame::for_call(function),
        };
        // Not through `call_simple`'s chain of values: the commonest calls
        // (a key, a special method) cost some twenty instructions more so.
        frame.locals[0] = Some(receiver.clone());
        for (slot, value) in frame.locals[1..].iter_mut().zip(args) {
            *slot = Some(value.clone());
        }
        self.run_nested(frame)
    }

    /// `function(*leading, *args)` of a simple function of that many
    /// parameters, run nested, the values cloned straight into its locals.
    fn call_simple(
        &mut self,
        function: &Arc<Function>,
        leading: &[&Value],
        args: &[Value],
    ) -> PyResult<Value> {
        self.check_depth()?;
        let mut frame = match self.pooled_frame(function) {
            Some(f) => f.reuse(function, &mut self.cache_stash),
            None => Frame::for_call(function),
        };
        let values = leading.iter().copied().chain(args);
        for (slot, value) in frame.locals.iter_mut().zip(values) {
            *slot = Some(value.clone());
        }
        self.run_nested(frame)
    }

    /// `callable(first, *args)`: through `call_simple_method` when it is a
    /// simple function of that many parameters (a property's getter, a
    /// sort key, the function of `map` or `filter`), or a method of one
    /// (`map(self.scale, xs)`), with no argument vector made.
    ///
    /// # Errors
    /// What the callee raises.
    pub fn call_with_first(
        &mut self,
        callable: &Value,
        first: &Value,
        args: &[Value],
    ) -> PyResult<Value> {
        match callable {
            Value::Function(f) if f.simple_arity == Some(args.len() as u32 + 1) => {
                return self.call_simple_method(f, first, args);
            }
            Value::Method(m) => {
                if let (receiver, Value::Function(f)) = &**m {
                    if f.simple_arity == Some(args.len() as u32 + 2) {
                        return self.call_simple(f, &[receiver, first], args);
                    }
                }
            }
            _ => {}
        }
        let mut positional = Vec::with_capacity(args.len() + 1);
        positional.push(first.clone());
        positional.extend_from_slice(args);
        self.call(callable, Args::new(positional))
    }

    /// A frame for a call of `function`, its arguments bound (from the pool
    /// of finished frames when there is one).
    fn new_frame(&mut self, function: &Arc<Function>, args: Args) -> PyResult<Box<Frame>> {
        let mut frame = match self.pooled_frame(function) {
            Some(f) => f.reuse(function, &mut self.cache_stash),
            None => Frame::for_call(function),
        };
        if let Err(e) = self.bind_arguments(function, &mut frame, args) {
            self.recycle(frame);
            return Err(e);
        }
        // Parameters captured by nested functions live in cells.
        for (i, &slot) in function.code.cell_locals.iter().enumerate() {
            if let Some(value) = frame.locals[slot as usize].take() {
                *lock(&frame.cells[i]) = Some(value);
            }
        }
        Ok(frame)
    }

    /// A finished frame for a call of `function` (see `FramePool::take`).
    #[inline(always)]
    fn pooled_frame(&mut self, function: &Function) -> Option<Box<Frame>> {
        self.frame_pool.take(&function.code)
    }

    /// Keeps a finished frame's buffers for the next call (a few are enough).
    #[inline(always)]
    pub(super) fn recycle(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.has_room() {
            // Drop what it holds now, not when it is reused; `Frame::reuse`
            // counts on a cleared frame.
            clear_values(&mut frame.locals);
            if !frame.cells.is_empty() {
                frame.cells.clear();
            }
            if !frame.stack.is_empty() {
                frame.stack.clear();
            }
            frame.handlers.clear();
            frame.namespace = None;
            frame.handling.clear();
            frame.handling_count = 0;
            frame.constructing = None;
            self.frame_pool.keep(frame);
        }
    }

    /// A call from bytecode: a plain Python function (or a method of one) gets a
    /// frame that `run_frame` runs next; anything else is called here.
    pub(super) fn call_from_bytecode(
        &mut self,
        callable: Value,
        mut args: Args,
    ) -> PyResult<Result<Value, Box<Frame>>> {
        let function = match &callable {
            Value::Function(f) if !f.code.is_generator => f.clone(),
            Value::Method(m) if matches!(&m.1, Value::Function(f) if !f.code.is_generator) => {
                let Value::Function(f) = &m.1 else {
                    unreachable!("matched above")
                };
                args.positional.insert(0, m.0.clone());
                f.clone()
            }
            _ => return self.call(&callable, args).map(Ok),
        };
        self.check_depth()?;
        // A call is where the GIL may change hands, as at a backward jump.
        self.backward_jump()?;
        Ok(Err(self.new_frame(&function, args)?))
    }

    /// A call of the callable under the top `n` values of the stack, with
    /// them as its arguments: its result pushed, or the frame of the Python
    /// function to run next.
    ///
    /// Inlined into the interpreter loop for its commonest case, `f(a, b)` of
    /// a Python function that takes exactly those positional parameters
    /// (`simple_arity`): its frame, the arguments moved from the caller's
    /// stack straight into its locals (no `Args` to build, nothing
    /// allocated). Anything else is `call_other`'s.
    #[inline(always)]
    pub(super) fn call_op(&mut self, frame: &mut Frame, n: usize) -> PyResult<Option<Box<Frame>>> {
        let at = frame.stack.len() - n - 1;
        match frame.callable(&frame.stack[at]) {
            Value::Function(function) if function.simple_arity == Some(n as u32) => {
                let callee = self.simple_frame(function)?;
                Ok(Some(take_arguments(frame, callee, n)))
            }
            _ => self.call_other(frame, n),
        }
    }

    /// `call_op` of `f(x)`, one argument, where `f` is global `index`, which
    /// LoadGlobalCallee has just looked up: whether it is a simple function
    /// of one parameter is read from that cache entry, not through the
    /// `Value::Callee` on the stack and the function (a chain of dependent
    /// loads that was the hottest part of a call of `fib`).
    #[inline(always)]
    pub(super) fn call_global(
        &mut self,
        frame: &mut Frame,
        index: u32,
    ) -> PyResult<Option<Box<Frame>>> {
        if let Some((_, Value::Function(function), 1)) = &frame.global_cache[index as usize] {
            let callee = self.simple_frame(function)?;
            return Ok(Some(take_arguments(frame, callee, 1)));
        }
        self.call_op(frame, 1)
    }

    /// A frame for a call of `function`, a simple one (`simple_arity`), its
    /// arguments not yet bound (see `take_arguments`).
    #[inline(always)]
    pub(super) fn simple_frame(&mut self, function: &Function) -> PyResult<Box<Frame>> {
        // Only the depth: the callee runs in this loop, on no more native stack.
        if self.depth >= self.recursion_limit() {
            return Err(recursion_error());
        }
        // A call is where the GIL may change hands, as at a backward jump.
        self.backward_jump()?;
        Ok(match self.pooled_frame(function) {
            Some(f) => f.reuse(function, &mut self.cache_stash),
            None => Frame::for_call(function),
        })
    }

    /// `call_op` of anything but a simple Python function.
    #[inline(never)]
    fn call_other(&mut self, frame: &mut Frame, n: usize) -> PyResult<Option<Box<Frame>>> {
        let at = frame.stack.len() - n - 1;
        // A builtin (`len(x)`, `words.append(w)`) is called right here.
        if let Value::Builtin(builtin) = frame.callable(&frame.stack[at]) {
            let builtin = *builtin;
            if let Some(first) = frame.stack.get_mut(at + 1) {
                builtin.receiver_as_base(first);
            }
            // What an argument's expression dropped (`print(Res().name)`):
            // its finalizer runs before the call, as in CPython.
            self.settle_finalizers();
            // Its arguments where they are, on this stack: no vector.
            if let Some(fast) = builtin.fast {
                let args = &mut frame.stack[at + 1..];
                let result = match fast {
                    Fast::Function(f) => f(self, args),
                    Fast::Method(f) => match args.split_first_mut() {
                        Some((this, rest)) => f(self, this, rest),
                        // No receiver: `call_method`'s TypeError.
                        None => (builtin.call)(self, Args::default()),
                    },
                };
                truncate_stack(&mut frame.stack, at);
                frame.stack.push(result?);
                // `items.clear()` may have dropped an object's last reference.
                self.settle_finalizers();
                return Ok(None);
            }
            let args = frame.popn(n);
            frame.stack.pop();
            // `dir()`, `globals()`, `locals()` read this frame's names.
            let result = match super::introspect::reads_frame(builtin) {
                Some(scoped) => scoped(self, Some(frame), Args::new(args))?,
                None => (builtin.call)(self, Args::new(args))?,
            };
            frame.stack.push(result);
            self.settle_finalizers();
            return Ok(None);
        }
        if let Value::Class(class) = frame.callable(&frame.stack[at]) {
            let class = class.clone();
            if let Some(callee) = self.construct_in_place(frame, &class, n)? {
                return Ok(Some(callee));
            }
        }
        let args = frame.popn(n);
        let callable = frame.pop_callable();
        match self.call_from_bytecode(callable, Args::new(args))? {
            Ok(result) => {
                frame.stack.push(result);
                Ok(None)
            }
            Err(callee) => Ok(Some(callee)),
        }
    }

    /// Runs `f` one call deeper, as CPython counts a level of a nested repr
    /// or comparison: past the depth limit (or the native stack's), CPython's
    /// RecursionError with `context` after its message (" in comparison"),
    /// not a native stack overflow, which would crash the page's worker.
    pub(super) fn nested_call<T>(
        &mut self,
        context: &str,
        f: impl FnOnce(&mut Self) -> PyResult<T>,
    ) -> PyResult<T> {
        self.depth += 1;
        let result = match self.check_depth() {
            Ok(()) => f(self),
            Err(_) => Err(recursion_error_in(context)),
        };
        self.depth -= 1;
        result
    }

    /// Runs `f` one level deeper, as CPython counts a C call that guards
    /// against recursion (`Py_EnterRecursiveCall`: calling a class or an
    /// instance's `__call__`): RecursionError, with `context` after its
    /// message, when that level itself is one too many.
    pub(super) fn c_level<T>(
        &mut self,
        context: &str,
        f: impl FnOnce(&mut Self) -> PyResult<T>,
    ) -> PyResult<T> {
        self.enter_c_level(context)?;
        let result = f(self);
        self.depth -= 1;
        result
    }

    /// `c_level`'s level taken, for its caller to give back (`depth -= 1`).
    pub(super) fn enter_c_level(&mut self, context: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit() {
            return Err(recursion_error_in(context));
        }
        self.depth += 1;
        Ok(())
    }

    /// How many Python calls deep a thread may go (`sys.getrecursionlimit()`).
    #[inline(always)]
    #[must_use]
    pub fn recursion_limit(&self) -> usize {
        self.rt
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// RecursionError at CPython's depth limit, or before the native stack runs out.
    pub(super) fn check_depth(&self) -> PyResult<()> {
        let deep = self.depth >= self.recursion_limit()
            || self
                .rt
                .limits
                .stack_bytes
                .is_some_and(|limit| self.stack_used() > limit);
        if deep {
            return Err(recursion_error());
        }
        Ok(())
    }

    /// Binds a call's arguments to a function's parameters, with CPython's errors.
    pub(crate) fn bind_arguments(
        &mut self,
        function: &function::Function,
        frame: &mut Frame,
        mut args: Args,
    ) -> PyResult<()> {
        let code = &function.code;
        let positional = code.positional as usize;
        let keyword_only = code.keyword_only as usize;
        // The name errors give: the function's `__qualname__`, which a
        // program may have set (dataclasses' generated `__init__`).
        let name = &function.qualname();
        let given = args.positional.len();
        // CPython binds the keywords first: "multiple values for argument"
        // comes before "takes 2 positional arguments but 3 were given".
        let extra = if given > positional {
            args.positional.split_off(positional)
        } else {
            Vec::new()
        };
        for (i, v) in args.positional.into_iter().enumerate() {
            frame.locals[i] = Some(v);
        }
        let kwargs = code.varkw.map(|_| self.new_dict());
        let positional_only = code.positional_only as usize;
        // The keywords' names, for the error of positional-only parameters
        // passed by keyword (which names every one of them).
        let keyword_names: Vec<Arc<str>> = if positional_only > 0 && kwargs.is_none() {
            args.keywords.iter().map(|(k, _)| k.clone()).collect()
        } else {
            Vec::new()
        };
        for (key, value) in args.keywords {
            // A positional-only parameter is not found by its name (it goes
            // to `**kwargs`, or is an error).
            let slot = code.locals[positional_only..positional + keyword_only]
                .iter()
                .position(|l| **l == *key)
                .map(|i| i + positional_only);
            match slot {
                Some(slot) => {
                    if frame.locals[slot].is_some() {
                        return Err(type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    frame.locals[slot] = Some(value);
                }
                None => match &kwargs {
                    Some(d) => self.dict_set(d, Value::Str(key), value)?,
                    None => {
                        // CPython's message quotes the names as one: 'a, b'.
                        let named: Vec<&str> = code.locals[..positional_only]
                            .iter()
                            .filter(|l| keyword_names.contains(l))
                            .map(|l| &**l)
                            .collect();
                        if !named.is_empty() {
                            return Err(type_error(format!(
                                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                                named.join(", ")
                            )));
                        }
                        return Err(type_error(format!(
                            "{name}() got an unexpected keyword argument '{key}'"
                        )));
                    }
                },
            }
        }
        if given > positional && code.varargs.is_none() {
            return Err(too_many_positional(function, frame, given));
        }
        if let Some(slot) = code.varargs {
            frame.locals[slot as usize] = Some(Value::tuple(extra));
        }
        if let (Some(slot), Some(d)) = (code.varkw, kwargs) {
            frame.locals[slot as usize] = Some(d);
        }
        // Defaults: the last positional ones, then every keyword-only one.
        let positional_defaults = function.defaults.len() - keyword_only;
        let first_default = positional - positional_defaults;
        let mut missing = Vec::new();
        for i in 0..positional {
            if frame.locals[i].is_none() {
                if i >= first_default {
                    frame.locals[i] = Some(function.defaults[i - first_default].clone());
                } else {
                    missing.push(format!("'{}'", code.locals[i]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                and_list(&missing)
            )));
        }
        let mut missing = Vec::new();
        for k in 0..keyword_only {
            let slot = positional + k;
            if frame.locals[slot].is_none() {
                if code.required_keyword_only[k] {
                    missing.push(format!("'{}'", code.locals[slot]));
                } else {
                    frame.locals[slot] = Some(function.defaults[positional_defaults + k].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                and_list(&missing)
            )));
        }
        Ok(())
    }
}

/// CPython's TypeError for `given` positional arguments, more than
/// `function` takes (its keyword-only ones already bound in `frame`).
fn too_many_positional(function: &Function, frame: &Frame, given: usize) -> PyErr {
    let code = &function.code;
    let positional = code.positional as usize;
    let keyword_only = code.keyword_only as usize;
    let defaults = function.defaults.len().saturating_sub(keyword_only);
    let takes = if defaults > 0 {
        format!("from {} to {positional}", positional - defaults)
    } else {
        positional.to_string()
    };
    let plural = if defaults > 0 || positional != 1 {
        "s"
    } else {
        ""
    };
    let keyword_only_given = frame.locals[positional..positional + keyword_only]
        .iter()
        .filter(|l| l.is_some())
        .count();
    let and_keyword_only = if keyword_only_given > 0 {
        format!(
            " positional argument{} (and {keyword_only_given} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            if keyword_only_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && keyword_only_given == 0 {
        "was"
    } else {
        "were"
    };
    type_error(format!(
        "{}() takes {takes} positional argument{plural} but {given}{and_keyword_only} {verb} given",
        function.qualname()
    ))
}

/// CPython's list of missing names: "'a' and 'b'", "'a', 'b', and 'c'".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// The arguments of `f(*args, **kwargs)`: `positional`, and the items of
/// dict `keywords`.
pub(super) fn spread_args(positional: Vec<Value>, keywords: &Value) -> PyResult<Args> {
    let mut named = Vec::new();
    if let Value::Dict(d) = keywords {
        for (key, value) in lock(&d.map).values() {
            let Value::Str(k) = key else {
                return Err(type_error("keywords must be strings"));
            };
            named.push((k.clone(), value.clone()));
        }
    }
    Ok(Args {
        positional,
        keywords: named,
    })
}
