//! A call with keyword arguments (`f(i, c=3)`, `obj.m(x, key=1)`): for a
//! plain Python function (or a method of one) whose parameters take every
//! argument given, the values are moved from the caller's stack straight
//! into the callee's locals and the rest filled in from the defaults, with
//! no `Args` built; the run loop runs the frame next, as for `call_op`.
//! Anything unusual (a name that is no parameter, a value given twice, a
//! missing argument, a generator) goes the general way, through
//! `bind_arguments`, which raises CPython's errors.

use std::sync::Arc;

use super::error::{type_error, PyResult};
use super::frame::{pop_into, truncate_stack, Frame};
use super::function::{Args, Function};
use super::value::{lock, Value};
use super::Interp;

/// The most keywords of a call bound in place (more: the general way).
const MOST_KEYWORDS: usize = 8;

/// The locals slot of each keyword of a call of `function` with `given`
/// positional arguments (its receiver counted) and keywords `names`, when
/// those bind with no error and every parameter left has a default; else
/// None. Only the first `names.len()` entries mean anything.
fn keyword_slots(
    function: &Function,
    given: usize,
    names: &[Arc<str>],
) -> Option<[u8; MOST_KEYWORDS]> {
    let code = &function.code;
    let positional = code.positional as usize;
    let keyword_only = code.keyword_only as usize;
    let parameters = positional + keyword_only;
    // A bit per parameter, set once it has a value.
    if given > positional || names.len() > MOST_KEYWORDS || parameters > 64 {
        return None;
    }
    let mut bound = low_bits(given);
    let mut slots = [0u8; MOST_KEYWORDS];
    // A positional-only parameter is not found by its name.
    let first = code.positional_only as usize;
    for (slot_of, name) in slots.iter_mut().zip(names) {
        let slot = first
            + code.locals[first..parameters]
                .iter()
                .position(|l| Arc::ptr_eq(l, name) || **l == **name)?;
        if bound & (1 << slot) != 0 {
            return None;
        }
        bound |= 1 << slot;
        *slot_of = u8::try_from(slot).ok()?;
    }
    // The positional parameters before the first default are required.
    let positional_defaults = function.defaults.len() - keyword_only;
    let required = low_bits(positional - positional_defaults);
    if bound & required != required {
        return None;
    }
    for (k, &required) in code.required_keyword_only.iter().enumerate() {
        if required && bound & (1 << (positional + k)) == 0 {
            return None;
        }
    }
    Some(slots)
}

/// The `n` lowest bits set (n <= 64).
fn low_bits(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1 << n) - 1
    }
}

impl Interp {
    /// A call of the callable under the top `n` values of the stack, the
    /// last `names.len()` of them given by keyword (`Op::CallKw`): its result
    /// pushed, or the frame of the Python function to run next.
    pub(super) fn call_keywords(
        &mut self,
        frame: &mut Frame,
        n: usize,
        names: &[Arc<str>],
    ) -> PyResult<Option<Box<Frame>>> {
        let at = frame.stack.len() - n - 1;
        let (function, receiver) = match frame.callable(&frame.stack[at]) {
            Value::Function(f) => (f, None),
            Value::Method(m) => match &m.1 {
                Value::Function(f) => (f, Some(&m.0)),
                _ => return self.call_keywords_other(frame, n, names),
            },
            _ => return self.call_keywords_other(frame, n, names),
        };
        let skip = usize::from(receiver.is_some());
        let given = n - names.len() + skip;
        let slots = match keyword_slots(function, given, names) {
            Some(slots) if !function.code.is_generator => slots,
            _ => return self.call_keywords_other(frame, n, names),
        };
        let function = function.clone();
        let receiver = receiver.cloned();
        let mut callee = self.simple_frame(&function)?;
        let code = &function.code;
        let locals = &mut callee.locals;
        for &slot in slots[..names.len()].iter().rev() {
            pop_into(&mut frame.stack, &mut locals[usize::from(slot)]);
        }
        for slot in locals[skip..given].iter_mut().rev() {
            pop_into(&mut frame.stack, slot);
        }
        truncate_stack(&mut frame.stack, at);
        if receiver.is_some() {
            locals[0] = receiver;
        }
        // The parameters not given: their defaults (`keyword_slots` checked
        // that each has one).
        let positional = code.positional as usize;
        let keyword_only = code.keyword_only as usize;
        let defaults = &function.defaults;
        let first_default = positional + keyword_only - defaults.len();
        for (slot, local) in locals
            .iter_mut()
            .enumerate()
            .take(positional + keyword_only)
            .skip(given)
        {
            if local.is_none() {
                *local = Some(defaults[slot - first_default].clone());
            }
        }
        if let Some(slot) = code.varargs {
            locals[slot as usize] = Some(Value::tuple(Vec::new()));
        }
        if let Some(slot) = code.varkw {
            locals[slot as usize] = Some(self.new_dict());
        }
        // Parameters captured by nested functions live in cells.
        for (i, &slot) in code.cell_locals.iter().enumerate() {
            if let Some(value) = callee.locals[slot as usize].take() {
                *lock(&callee.cells[i]) = Some(value);
            }
        }
        Ok(Some(callee))
    }

    /// `call_keywords` of anything else: through an `Args`.
    #[inline(never)]
    fn call_keywords_other(
        &mut self,
        frame: &mut Frame,
        n: usize,
        names: &[Arc<str>],
    ) -> PyResult<Option<Box<Frame>>> {
        let mut positional = frame.popn(n);
        let values = positional.split_off(positional.len() - names.len());
        let callable = frame.pop_callable();
        let keywords = names.iter().cloned().zip(values).collect();
        let args = Args {
            positional,
            keywords,
        };
        match self.call_from_bytecode(callable, args)? {
            Ok(result) => {
                frame.stack.push(result);
                Ok(None)
            }
            Err(callee) => Ok(Some(callee)),
        }
    }
}

/// How CPython names a callable in a call's errors (`_PyObject_FunctionStr`):
/// `__main__.f()`, `__main__.A.m()`, `print()`, `list.sort()`.
fn callable_str(callable: &Value) -> String {
    match callable {
        Value::Function(f) => format!("{}.{}()", f.globals.name, f.qualname()),
        Value::Method(m) => callable_str(&m.1),
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Class(c) => format!("{}.{}()", c.module, c.qualname),
        other => format!("{} object", other.type_name()),
    }
}

impl Interp {
    /// `Op::KeywordMerge`: `f(**mapping)`, the mapping's items added to the
    /// call's keywords dict (under it), with CPython's errors for what is no
    /// mapping and for a keyword given twice.
    #[inline(never)]
    pub(super) fn merge_keywords(&mut self, frame: &mut Frame) -> PyResult<()> {
        let mapping = frame.pop();
        let at = frame.stack.len();
        let keywords = frame.stack[at - 1].clone();
        let is_mapping = matches!(mapping, Value::Dict(_))
            || matches!(mapping.base_object(), Some(Value::Dict(_)))
            || self.get_attr(&mapping, "keys").is_ok();
        if !is_mapping {
            let callable = frame.callable(&frame.stack[at - 3]);
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                callable_str(callable),
                mapping.type_name()
            )));
        }
        // Its items, in its order, read before any is added.
        let items = self.new_dict();
        self.dict_update(&items, &mapping)?;
        let Value::Dict(items) = &items else {
            unreachable!("new_dict makes a dict")
        };
        let items: Vec<(Value, Value)> = lock(&items.map).values().cloned().collect();
        for (key, value) in items {
            self.add_keyword_to(frame, &keywords, at - 3, key, value)?;
        }
        Ok(())
    }

    /// `Op::KeywordAdd`: `f(**mapping, name=value)`, the name and value on
    /// top added to the call's keywords dict (under them).
    #[inline(never)]
    pub(super) fn add_keyword(&mut self, frame: &mut Frame) -> PyResult<()> {
        let value = frame.pop();
        let key = frame.pop();
        let at = frame.stack.len();
        let keywords = frame.stack[at - 1].clone();
        self.add_keyword_to(frame, &keywords, at - 3, key, value)
    }

    /// `key=value` into the keywords dict of the call whose callable is at
    /// `callable_at` on the stack: CPython's TypeError when the key is there.
    fn add_keyword_to(
        &mut self,
        frame: &Frame,
        keywords: &Value,
        callable_at: usize,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        if self.contains(keywords, &key)? {
            let name = match &key {
                Value::Str(s) => s.to_string(),
                other => self.repr(other)?,
            };
            let callable = frame.callable(&frame.stack[callable_at]);
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{name}'",
                callable_str(callable)
            )));
        }
        self.dict_set(keywords, key, value)
    }
}
