//! A function's `__code__` (the read-only `co_*` facts CPython's code
//! objects give) and its `__closure__` (the cells it captured).

use std::sync::Arc;

use super::error::{ExcType, PyErr, PyResult};
use super::function::Function;
use super::value::{lock, Native, Value};
use crate::compiler::bytecode::Code;

/// `f.__code__`: what a program can read of a compiled function.
#[derive(Debug)]
pub struct CodeObject(pub Arc<Code>);

impl CodeObject {
    /// The parameters' slots in CPython's order: the positional ones, the
    /// keyword-only ones, `*args`, `**kwargs`.
    fn parameters(&self) -> Vec<usize> {
        let code = &self.0;
        let mut slots: Vec<usize> = (0..(code.positional + code.keyword_only) as usize).collect();
        slots.extend(code.varargs.map(|s| s as usize));
        slots.extend(code.varkw.map(|s| s as usize));
        slots
    }

    fn is_cell(&self, slot: usize) -> bool {
        self.0.cell_locals.iter().any(|&c| c as usize == slot)
    }

    /// `co_varnames`: the parameters, then the locals no nested function
    /// captures (those are `co_cellvars` only).
    fn varnames(&self) -> Vec<Arc<str>> {
        let code = &self.0;
        let mut slots = self.parameters();
        let parameters = slots.clone();
        slots.extend(
            (0..code.locals.len()).filter(|&s| !parameters.contains(&s) && !self.is_cell(s)),
        );
        names_at(code, slots)
    }

    /// `co_cellvars`: the captured parameters in their order, then the
    /// other captured locals by name.
    fn cellvars(&self) -> Vec<Arc<str>> {
        let code = &self.0;
        let parameters = self.parameters();
        let captured: Vec<usize> = parameters
            .iter()
            .copied()
            .filter(|&s| self.is_cell(s))
            .collect();
        let mut others = names_at(
            code,
            code.cell_locals
                .iter()
                .map(|&s| s as usize)
                .filter(|s| !parameters.contains(s))
                .collect(),
        );
        others.sort();
        let mut names = names_at(code, captured);
        names.extend(others);
        names
    }
}

fn names_at(code: &Code, slots: Vec<usize>) -> Vec<Arc<str>> {
    slots
        .into_iter()
        .filter_map(|s| code.locals.get(s).cloned())
        .collect()
}

fn names_tuple(names: Vec<Arc<str>>) -> Value {
    Value::tuple(names.into_iter().map(Value::Str).collect())
}

/// The order CPython keeps free variables in (sorted by name): positions
/// into `code.free`, which is in the order the body first uses them.
fn free_order(code: &Code) -> Vec<usize> {
    let mut order: Vec<usize> = (0..code.free.len()).collect();
    order.sort_by(|&a, &b| code.free[a].cmp(&code.free[b]));
    order
}

impl Native for CodeObject {
    fn type_name(&self) -> &'static str {
        "code"
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        let code = &self.0;
        let count = |n: u32| Value::Int(i64::from(n));
        Some(match name {
            "co_name" => Value::Str(code.name.clone()),
            "co_qualname" => Value::Str(code.qualname.clone()),
            "co_filename" => Value::Str(code.filename.clone()),
            "co_firstlineno" => count(code.first_line),
            "co_argcount" => count(code.positional),
            "co_posonlyargcount" => count(code.positional_only),
            "co_kwonlyargcount" => count(code.keyword_only),
            // CPython's CO_OPTIMIZED | CO_NEWLOCALS for a function, and its
            // CO_VARARGS, CO_VARKEYWORDS, CO_NESTED and CO_GENERATOR bits.
            "co_flags" => {
                let mut flags = 0;
                if !code.is_module {
                    flags |= 0x3;
                    flags |= if code.varargs.is_some() { 0x4 } else { 0 };
                    flags |= if code.varkw.is_some() { 0x8 } else { 0 };
                    flags |= if code.qualname.contains("<locals>") {
                        0x10
                    } else {
                        0
                    };
                    flags |= if code.is_generator { 0x20 } else { 0 };
                }
                Value::Int(flags)
            }
            "co_varnames" => names_tuple(self.varnames()),
            "co_nlocals" => Value::Int(i64::try_from(self.varnames().len()).unwrap_or(i64::MAX)),
            "co_freevars" => {
                let mut names = code.free.clone();
                names.sort();
                names_tuple(names)
            }
            "co_cellvars" => names_tuple(self.cellvars()),
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        format!(
            "<code object {} at 0x{:012x}, file \"{}\", line {}>",
            self.0.name,
            Arc::as_ptr(&self.0) as usize,
            self.0.filename,
            self.0.first_line
        )
    }
}

/// `f.__closure__`: a tuple of the cells `f` captured, in `co_freevars`
/// order; None when it captured none.
#[must_use]
pub fn closure(function: &Function) -> Value {
    if function.closure.is_empty() {
        return Value::None;
    }
    let cells = free_order(&function.code)
        .into_iter()
        .filter_map(|i| function.closure.get(i).cloned())
        .map(Value::Cell)
        .collect();
    Value::tuple(cells)
}

/// `cell.cell_contents`: what the captured variable holds.
///
/// # Errors
/// ValueError for a variable not yet (or no longer) bound.
pub fn cell_contents(cell: &std::sync::Mutex<Option<Value>>) -> PyResult<Value> {
    lock(cell)
        .clone()
        .ok_or_else(|| PyErr::new(ExcType::ValueError, "Cell is empty"))
}
