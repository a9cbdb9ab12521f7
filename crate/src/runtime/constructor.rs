//! `Point(x, y)`, a call of a class whose instances are plain objects and
//! whose `__init__` is a simple Python function (`Function::simple_arity`):
//! the instance is made and the `__init__`'s frame runs in the interpreter
//! loop as any Python call's, its arguments moved from the caller's stack
//! into its locals. No argument vector is built, the class is not searched
//! for `__new__` and `__init__` on each call, and `__init__` does not run
//! nested in Rust (`Interp::instantiate`, the general path, does all three).
//! The frame keeps the instance (`Frame::constructing`) and its return
//! (`Op::ReturnInit`, the returns of a function named `__init__`) gives the
//! instance to the caller.

use std::sync::{Arc, Mutex};

use super::call::CALLING;
use super::error::{type_error, PyResult};
use super::frame::{pop_into, truncate_stack, Frame};
use super::function::Function;
use super::object::{class_epoch, BuiltinBase, Class, Instance};
use super::value::{lock, Value};
use super::Interp;

/// What a class's call was last found to be, with the `class_epoch` it was
/// found in: `Some(init)` when it is `new plain instance, then init`.
#[derive(Debug, Default)]
pub struct ConstructorCache(Mutex<Option<(u64, Option<Arc<Function>>)>>);

impl ConstructorCache {
    /// The class's `__init__` when calling the class means making a plain
    /// instance and calling that simple Python function on it: no
    /// metaclass of the program's (its `__call__` could do anything), no
    /// `__new__`, no built-in base but `object`.
    fn plain_init(&self, class: &Class) -> Option<Arc<Function>> {
        let epoch = class_epoch();
        let mut cached = lock(&self.0);
        if let Some((at, init)) = &*cached {
            if *at == epoch {
                return init.clone();
            }
        }
        let init = find_plain_init(class);
        *cached = Some((epoch, init.clone()));
        init
    }
}

fn find_plain_init(class: &Class) -> Option<Arc<Function>> {
    if class.metaclass.is_some()
        || !matches!(class.builtin, BuiltinBase::Object)
        || class.lookup("__new__").is_some()
    {
        return None;
    }
    match class.lookup("__init__") {
        // Compiled as a function named `__init__`, its returns are
        // `ReturnInit`, which give the caller the instance (a lambda set as
        // `__init__` returns as any function does).
        Some(Value::Function(init))
            if init.simple_arity.is_some() && &*init.code.name == "__init__" =>
        {
            Some(init)
        }
        _ => None,
    }
}

impl Interp {
    /// `class(*args)` of the top `n` values of the stack, when the class is
    /// plain (see `ConstructorCache`) and its `__init__` takes exactly the
    /// instance and those `n`: the `__init__`'s frame, to run next. `None`
    /// leaves the stack as it was, for the general call.
    #[inline]
    pub(super) fn construct_in_place(
        &mut self,
        frame: &mut Frame,
        class: &Arc<Class>,
        n: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        let Some(init) = class.constructor.plain_init(class) else {
            return Ok(None);
        };
        if init.simple_arity != Some(n as u32 + 1) {
            return Ok(None);
        }
        // CPython calls a class through a C call that counts one level of
        // recursion (`CALLING`), held until `__init__` returns (see
        // `Op::ReturnInit`), and then its frame one more.
        self.enter_c_level(CALLING)?;
        let mut callee = self.simple_frame(&init).inspect_err(|_| self.depth -= 1)?;
        let instance = Value::Instance(Arc::new(Instance::new(class.clone())));
        for slot in callee.locals[1..=n].iter_mut().rev() {
            pop_into(&mut frame.stack, slot);
        }
        let callable = frame.stack.len() - 1;
        truncate_stack(&mut frame.stack, callable);
        callee.locals[0] = Some(instance.clone());
        callee.constructing = Some(instance);
        Ok(Some(callee))
    }
}

/// What the call of the class gives when the `__init__` of a frame made by
/// `construct_in_place` returned `value`: the instance, or CPython's
/// TypeError when `__init__` returned something other than None.
pub(super) fn constructed(instance: Value, value: &Value) -> PyResult<Value> {
    if matches!(value, Value::None) {
        return Ok(instance);
    }
    Err(type_error(format!(
        "__init__() should return None, not '{}'",
        value.type_name()
    )))
}
