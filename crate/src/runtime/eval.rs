//! The interpreter loop: runs a frame's instructions until it returns, yields
//! or raises (CPython's `ceval.c`, for the page's instruction set).

use crate::host::stack;
use std::sync::Arc;

use super::alloc;
use super::attrs::Attr;
use super::call::{recursion_error, NO_RECEIVER};
use super::error::{type_error, ExcType, PyErr, PyResult, TraceEntry};
use super::frame::{pop_into, set_local, truncate_stack, Frame};
use super::function::{Args, Builtin, Fast, Function};
use super::inline_cache::{cached_method, hinted_instance_attr, hinted_slot, store_at, IN_LOCAL};
use super::iter::{Iter, RangeIter};
use super::object::class_epoch;
use super::ops::small_int_binary;
use super::value::{lock, Exception, Value};
use super::Interp;
use crate::compiler::bytecode::{BinOp, CmpOp, Conversion, UnaryOp};
use crate::compiler::{Code, Const, Op};

/// How many emptied stacks of calls an interpreter thread keeps for the
/// next runs (`Interp::spare_calls`): one for each run nested in another.
const SPARE_CALLS: usize = 16;

/// How a frame stopped.
pub enum Flow {
    Return(Value),
    Yield(Value),
}

impl Frame {
    /// `LoadFastOperator(slot)`, just read (`pc` is past it): with small ints
    /// in `slot` and in the operand after it, the load, the operand and the
    /// operator after them done at once (true); else nothing done (false).
    #[inline(always)]
    fn int_operator(&mut self, code: &Code, slot: u32) -> bool {
        let Some(Value::Int(x)) = self.locals[slot as usize] else {
            return false;
        };
        let right = match code.ops[self.pc] {
            Op::LoadFast(b) => match self.locals[b as usize] {
                Some(Value::Int(y)) => y,
                _ => return false,
            },
            Op::LoadConst(c) => match code.consts[c as usize] {
                Const::Int(y) => y,
                _ => return false,
            },
            _ => return false,
        };
        match code.ops[self.pc + 1] {
            Op::Binary(op) | Op::Inplace(op) => {
                if let Some(v) = small_int_binary(op, x, right) {
                    self.stack.push(Value::Int(v));
                    self.pc += 2;
                    return true;
                }
            }
            Op::Compare(op) => {
                if let Some(verdict) = small_int_compare(op, x, right) {
                    self.pc += 2;
                    self.branch(code, verdict);
                    return true;
                }
            }
            _ => {}
        }
        false
    }

    /// A comparison's verdict: the jump right after it taken at once (no
    /// bool pushed and popped), or else the bool pushed.
    #[inline(always)]
    fn branch(&mut self, code: &Code, verdict: bool) {
        match code.ops[self.pc] {
            Op::JumpIfFalse(target) => {
                self.pc = if verdict {
                    self.pc + 1
                } else {
                    target as usize
                };
            }
            Op::JumpIfTrue(target) => {
                self.pc = if verdict {
                    target as usize
                } else {
                    self.pc + 1
                };
            }
            _ => self.stack.push(Value::Bool(verdict)),
        }
    }
}

impl Interp {
    /// `SubscriptLocals` (`store`: `StoreSubscriptLocals`): `d[k]` (or
    /// `d[k] = v`, v on the stack) of locals `d` and `k`, read where they
    /// are; when one is unbound, a plain `LoadFast` of the container, and the
    /// ops after it run. Out of line: arms added to the interpreter loop
    /// changed how V8 kept its registers, and slowed other loops.
    #[inline(never)]
    fn subscript_locals(
        &mut self,
        frame: &mut Frame,
        container: usize,
        key: usize,
        store: bool,
    ) -> PyResult<()> {
        if frame.locals[container].is_none() || frame.locals[key].is_none() {
            return frame.push_local(container);
        }
        frame.pc += 2; // at the Subscript: a traceback points there
        let value = if store { Some(frame.pop()) } else { None };
        let (Some(c), Some(k)) = (&frame.locals[container], &frame.locals[key]) else {
            unreachable!("both bound, just checked");
        };
        match value {
            Some(value) => self.set_item_borrowed(c, k, value),
            None => {
                let item = self.get_item(c, k)?;
                frame.stack.push(item);
                Ok(())
            }
        }
    }

    /// Runs a generator's frame to its next `yield` (`None`: it returned).
    /// With `int_sum` (the running total of `sum()`), each int it yields that
    /// fits is added there and the frame goes on, without returning: the
    /// value returned is then the first item not added.
    /// Runs a generator function's frame to its next `yield` or its end.
    pub(super) fn resume_step(&mut self, frame: &mut Frame) -> PyResult<super::generator::Step> {
        use super::generator::Step;
        self.check_depth()?;
        self.depth += 1;
        let outcome = self.run_frame(frame, None);
        self.depth -= 1;
        Ok(match outcome? {
            Flow::Yield(value) => Step::Yielded(value),
            Flow::Return(value) => Step::Returned(value),
        })
    }

    pub(super) fn resume(
        &mut self,
        frame: &mut Frame,
        int_sum: Option<&mut i128>,
    ) -> PyResult<Option<Value>> {
        self.check_depth()?;
        self.depth += 1;
        let outcome = self.run_frame(frame, int_sum);
        self.depth -= 1;
        match outcome {
            // An int is passed on field by field, as it was just written (see
            // `Frame::pop`): copied whole, it stalled here, in most of the
            // time `perf` gave to `Interp::next` on `sum(i * i for i in …)`.
            Ok(Flow::Yield(Value::Int(i))) => Ok(Some(Value::Int(i))),
            Ok(Flow::Yield(value)) => Ok(Some(value)),
            Ok(Flow::Return(_)) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// `throw(error)` of a generator suspended in `yield from inner`: the
    /// error is thrown into `inner` when it is a generator (which may handle
    /// it and yield on, or return), else raised here; GeneratorExit (`close`)
    /// closes `inner` and is then raised here. `None` when `inner` returned
    /// and the frame runs on with its value.
    #[inline(never)]
    fn throw_into_delegate(&mut self, entry: &mut Frame, thrown: PyErr) -> PyResult<Option<Flow>> {
        use super::generator::{Input, Step};
        let Some(Value::Generator(inner)) = entry.stack.last().cloned() else {
            return Err(thrown);
        };
        // Raised by the `yield from` (so its handlers see it there).
        entry.pc += 1;
        if thrown.kind() == Some(ExcType::GeneratorExit) {
            inner.close(self)?;
            return Err(thrown);
        }
        match inner.step(self, Input::Throw(thrown))? {
            Step::Yielded(value) => {
                entry.pc -= 1;
                entry.awaiting_send = true;
                Ok(Some(Flow::Yield(value)))
            }
            Step::Returned(value) => {
                entry.pop();
                entry.stack.push(value);
                Ok(None)
            }
        }
    }

    /// Runs until the frame returns or yields, running the Python functions it
    /// calls (and those they call) on a stack of frames rather than on the
    /// native stack. An exception unwinds that stack, each frame adding its
    /// line to the traceback, until a handler takes it or it leaves `entry`.
    pub(super) fn run_frame(
        &mut self,
        entry: &mut Frame,
        int_sum: Option<&mut i128>,
    ) -> PyResult<Flow> {
        // Runs nested in Rust only when Rust code calls back into Python (a
        // constructor's __init__, a sort key, a generator): count those.
        if self
            .rt
            .limits
            .native_depth_limit
            .is_some_and(|limit| self.native_depth >= limit)
        {
            return Err(recursion_error());
        }
        // Each level's native stack depends on the path and on the browser:
        // past a few dozen levels, ask how much is left.
        if self.native_depth >= stack::CHECK_FROM_DEPTH
            && self.native_depth.is_multiple_of(stack::CHECK_EVERY)
            && stack::native_stack_low()
        {
            return Err(recursion_error());
        }
        self.native_depth += 1;
        // A generator resumed inside its `except` block handles its
        // exceptions again; whatever the frame still handles as it returns
        // or yields is no longer this thread's (a generator keeps it).
        let base = self.handled.len();
        entry.handling_count = entry.handling.len();
        if !entry.handling.is_empty() {
            self.handled.append(&mut entry.handling);
        }
        let flow = self.run_frames(entry, int_sum);
        if self.handled.len() > base {
            entry.handling.extend(self.handled.drain(base..));
        }
        entry.handling_count = 0;
        self.native_depth -= 1;
        flow
    }

    /// `run_frame`'s run, with a stack for the frames of the calls it
    /// makes: one an earlier run left, when there is one (a sort key or a
    /// generator that calls a function made one grow on each call, to free
    /// it as it returned).
    fn run_frames(&mut self, entry: &mut Frame, int_sum: Option<&mut i128>) -> PyResult<Flow> {
        let mut calls = self.spare_calls.pop().unwrap_or_default();
        let flow = self.run_calls(entry, &mut calls, int_sum);
        // Empty unless a frame is lost: each is popped as it returns or raises.
        if calls.capacity() != 0 && calls.is_empty() && self.spare_calls.len() < SPARE_CALLS {
            self.spare_calls.push(calls);
        }
        flow
    }

    // Boxed frames: a frame moves between the pool and `calls` as a Box.
    #[allow(clippy::vec_box)]
    fn run_calls(
        &mut self,
        entry: &mut Frame,
        calls: &mut Vec<Box<Frame>>,
        mut int_sum: Option<&mut i128>,
    ) -> PyResult<Flow> {
        // `calls`: frames of the Python functions called from `entry`, innermost last.
        loop {
            let mut error = match self.execute(entry, calls, int_sum.as_deref_mut()) {
                // `entry` returned or yielded (only a generator's own frame yields).
                Ok(flow) => return Ok(flow),
                Err(error) => error,
            };
            // `sys._getframe()`: its frame object is the call's result.
            if error.kind() == Some(ExcType::FrameRequest) {
                match self.answer_frame_request(&error, entry, calls) {
                    Ok(frame) => {
                        calls
                            .last_mut()
                            .map_or(&mut *entry, |f| f)
                            .stack
                            .push(frame);
                        continue;
                    }
                    Err(e) => error = e,
                }
            }
            loop {
                let frame: &mut Frame = match calls.last_mut() {
                    Some(f) => f,
                    None => &mut *entry,
                };
                if error.reraised {
                    error.reraised = false;
                } else {
                    error.traceback.push(TraceEntry {
                        filename: frame.code.filename.clone(),
                        line: frame.line(),
                        function: frame.code.name.clone(),
                        position: frame
                            .code
                            .positions
                            .get(frame.pc.saturating_sub(1))
                            .copied(),
                    });
                }
                // `os._exit` leaves every frame at once: no handler runs.
                if error.kind() == Some(ExcType::OsExit) {
                    frame.handlers.clear();
                }
                if !error.context_checked {
                    attach_context(&mut error, handling_of(&self.handled, frame.handling_count));
                }
                if let Some((target, depth, handling)) = frame.handlers.pop() {
                    // Caught: `__traceback__` and `sys.exc_info()` see it
                    // (kept before the exception is shared: one just raised
                    // takes it without a lock).
                    let traceback = std::mem::take(&mut error.traceback);
                    if let Value::Exception(e) = &mut error.value {
                        Exception::keep_traceback(e, traceback);
                    }
                    frame.stack.truncate(depth);
                    frame.stack.push(error.value.clone());
                    // Those handled since the handler was installed are done.
                    let ended = frame.handling_count.saturating_sub(handling);
                    self.handled
                        .truncate(self.handled.len().saturating_sub(ended));
                    frame.handling_count = frame.handling_count.min(handling) + 1;
                    self.handled.push(error);
                    frame.pc = target as usize;
                    break;
                }
                let Some(mut finished) = calls.pop() else {
                    return Err(error);
                };
                // Its objects live as long as the exception, as CPython's
                // traceback keeps the frame: their `__del__` runs after the
                // `except` block, not before it.
                if super::finalizers::ever() {
                    if let Value::Exception(e) = &error.value {
                        let locals = finished.locals.iter_mut().filter_map(Option::take);
                        e.keep_locals(locals.filter(|v| !v.owns_nothing()));
                    }
                }
                self.forget_handled(&finished);
                // An `__init__` run in place also held its class call's level.
                if finished.constructing.is_some() {
                    self.depth -= 1;
                }
                self.recycle(finished);
                self.depth -= 1;
            }
        }
    }

    /// Runs the innermost frame of `calls` (or `entry` when there are none)
    /// until `entry` returns or yields, or an exception is raised. A call of
    /// a Python function pushes its frame on `calls` and runs it here; its
    /// return pops it and goes on in the caller's: calls neither leave this
    /// loop nor grow the native stack. With `int_sum`, `entry` is a generator
    /// that `sum()` consumes: the ints it yields are added there (see `resume`).
    // Boxed frames: a frame moves between the pool and `calls` as a Box.
    #[allow(clippy::too_many_lines, clippy::vec_box)]
    fn execute(
        &mut self,
        entry: &mut Frame,
        calls: &mut Vec<Box<Frame>>,
        mut int_sum: Option<&mut i128>,
    ) -> PyResult<Flow> {
        // An exception thrown into a generator is raised where it stands.
        if let Some(thrown) = entry.thrown.take() {
            if matches!(entry.code.ops.get(entry.pc), Some(Op::YieldFrom)) {
                if let Some(flow) = self.throw_into_delegate(entry, thrown)? {
                    return Ok(flow);
                }
            } else {
                return Err(thrown);
            }
        }
        let mut frame: &mut Frame = match calls.last_mut() {
            Some(f) => f,
            None => entry,
        };
        // Not `frame.code.clone()`: a Code is shared by every thread running
        // it, and an atomic reference-count update on each entry (each item a
        // generator yields) makes free threads fight over that cache line
        // (two free threads ran the articles' benchmark at 0.43x).
        // SAFETY: `frame.code` is never replaced while its frame runs, and the
        // frame outlives its use here: the Code behind the pointer stays alive
        // and is immutable; it lives in the Arc's allocation, not in `frame`.
        let mut code: &Code = unsafe { &*Arc::as_ptr(&frame.code) };
        // Runs `callee` next: the frame of a Python function just called.
        macro_rules! enter {
            ($callee:expr) => {{
                self.depth += 1;
                calls.push($callee);
                frame = calls.last_mut().expect("just pushed");
                // SAFETY: as above.
                code = unsafe { &*Arc::as_ptr(&frame.code) };
                continue;
            }};
        }
        // Returns `value` from the running frame: to its caller's stack, or
        // out of `execute` when it is `entry`.
        // With `raise`, the caller raises `error` instead, where it called.
        macro_rules! leave {
            ($value:expr) => {{
                let value = $value;
                let Some(finished) = calls.pop() else {
                    return Ok(Flow::Return(value));
                };
                leave!(@drop finished);
                frame = match calls.last_mut() {
                    Some(f) => f,
                    None => &mut *entry,
                };
                // SAFETY: as above.
                code = unsafe { &*Arc::as_ptr(&frame.code) };
                frame.stack.push(value);
                continue;
            }};
            (raise $error:expr) => {{
                let error = $error;
                let Some(finished) = calls.pop() else {
                    return Err(error);
                };
                // The caller is now innermost, where the error is raised.
                leave!(@drop finished);
                return Err(error);
            }};
            (@drop $finished:ident) => {
                self.forget_handled(&$finished);
                self.depth -= 1;
                // Its locals are gone: their finalizers run before the caller goes on.
                self.recycle($finished);
                self.settle_finalizers();
            };
        }
        loop {
            let op = code.ops[frame.pc];
            frame.pc += 1;
            match op {
                Op::LoadConst(i) => {
                    let value = match &code.consts[i as usize] {
                        Const::Int(i) => Value::Int(*i),
                        other => self.constant(other),
                    };
                    frame.stack.push(value);
                }
                Op::LoadFast(slot) => {
                    frame.push_local(slot as usize)?;
                }
                Op::LoadLocalAttr(slot, name) => {
                    if let Some(object) = &frame.locals[slot as usize] {
                        if let Some(value) =
                            hinted_instance_attr(object, code, name as usize, &self.class_attrs)
                        {
                            frame.stack.push(value);
                            frame.pc += 1; // past the LoadAttr
                            continue;
                        }
                    }
                    frame.push_local(slot as usize)?;
                }
                Op::LoadGlobalAttr(i, name) => {
                    // Not in a class body, whose own namespace comes first.
                    if frame.namespace.is_none() {
                        self.cache_global(frame, i as usize)?;
                        if let Some((_, object, _)) = &frame.global_cache[i as usize] {
                            if let Some(value) =
                                hinted_instance_attr(object, code, name as usize, &self.class_attrs)
                            {
                                frame.stack.push(value);
                                frame.pc += 1; // past the LoadAttr
                                continue;
                            }
                        }
                    }
                    let value = self.load_global(frame, i as usize)?;
                    frame.stack.push(value);
                }
                Op::StoreLocalAttr(slot, name) => {
                    if let Some(object) = &frame.locals[slot as usize] {
                        if let Some((names, at)) =
                            hinted_slot(object, code, name as usize, &self.class_attrs, true)
                        {
                            if store_at(names, at, frame.stack.pop().expect("a value to store")) {
                                self.settle_finalizers();
                            }
                            frame.pc += 1; // past the StoreAttr
                            continue;
                        }
                    }
                    frame.push_local(slot as usize)?;
                }
                Op::LoadFastOperator(slot) => {
                    if !frame.int_operator(code, slot) {
                        // Not two small ints: a plain LoadFast, then the ops after it.
                        frame.push_local(slot as usize)?;
                    }
                }
                Op::StoreFast(slot) => {
                    if pop_into(&mut frame.stack, &mut frame.locals[slot as usize]) {
                        self.settle_finalizers();
                    }
                }
                Op::DeleteFast(slot) => {
                    if frame.locals[slot as usize].take().is_none() {
                        return Err(frame.unbound(slot as usize));
                    }
                    self.settle_finalizers();
                }
                Op::LoadGlobal(i) => {
                    let value = self.load_global(frame, i as usize)?;
                    frame.stack.push(value);
                }
                Op::LoadGlobalCallee(i) => {
                    if frame.namespace.is_some() {
                        // A class body's own names come first: no cache.
                        let value = self.load_global(frame, i as usize)?;
                        frame.stack.push(value);
                    } else {
                        self.cache_global(frame, i as usize)?;
                        frame.stack.push(Value::Callee(i));
                        // `f(n - 1)`: the first argument's LoadFastOperator
                        // done here, one dispatch fewer per call.
                        if let Op::LoadFastOperator(slot) = code.ops[frame.pc] {
                            frame.pc += 1;
                            if !frame.int_operator(code, slot) {
                                frame.push_local(slot as usize)?;
                            }
                            // `f(n - 1)` whole: its Call done here too. In
                            // wasm every dispatch is one indirect jump from
                            // one place, which the CPU mispredicts often: a
                            // dispatch saved is worth more than its work.
                            if let Op::Call(1) = code.ops[frame.pc] {
                                frame.pc += 1;
                                if let Some(callee) = self.call_global(frame, i)? {
                                    enter!(callee);
                                }
                            }
                        }
                    }
                }
                Op::StoreGlobal(i) => {
                    let value = frame.pop();
                    match &frame.namespace {
                        // A class body's names are its namespace's.
                        Some(namespace) => namespace.store(&code.names[i as usize], value),
                        None => self.store_global(frame, i as usize, value),
                    }
                    self.settle_finalizers();
                }
                Op::DeleteGlobal(i) => {
                    // A class body's `del` is of its namespace's names.
                    let name = &code.names[i as usize];
                    let target = frame.namespace.as_ref().unwrap_or(&frame.globals);
                    if target.names_mut().shift_remove(name).is_none() {
                        return Err(super::exception_fields::name_error(name));
                    }
                    self.forget_global(frame, i as usize);
                    self.settle_finalizers();
                }
                Op::LoadDeref(i) => {
                    let value = lock(&frame.cells[i as usize]).clone();
                    match value {
                        Some(v) => frame.stack.push(v),
                        None => {
                            let name = deref_name(code, i as usize);
                            return Err(PyErr::new(
                                ExcType::NameError,
                                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                            ));
                        }
                    }
                }
                Op::StoreDeref(i) => {
                    let value = frame.pop();
                    let old = lock(&frame.cells[i as usize]).replace(value);
                    if old.is_some() {
                        drop(old);
                        self.settle_finalizers();
                    }
                }
                Op::DeleteDeref(i) => {
                    let old = lock(&frame.cells[i as usize]).take();
                    drop(old);
                    self.settle_finalizers();
                }
                Op::LoadClosure(i) => frame
                    .stack
                    .push(Value::Cell(frame.cells[i as usize].clone())),
                Op::Pop => {
                    if frame.pop().discard() {
                        self.settle_finalizers();
                    }
                }
                Op::Dup => frame.stack.push(frame.top().clone()),
                Op::Dup2 => {
                    let n = frame.stack.len();
                    frame.stack.extend_from_within(n - 2..);
                }
                Op::Rot2 => {
                    let n = frame.stack.len();
                    frame.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let top = frame.pop();
                    let n = frame.stack.len();
                    frame.stack.insert(n - 2, top);
                }
                Op::Binary(op) | Op::Inplace(op) => {
                    // Small ints: read where they are and the result written
                    // over the left one. (Popping a Value just pushed reads it
                    // back whole, which the CPU cannot forward from the
                    // separate writes of its tag and number: a stall.)
                    let n = frame.stack.len();
                    if let [.., Value::Int(x), Value::Int(y)] = frame.stack[..] {
                        if let Some(v) = small_int_binary(op, x, y) {
                            // An int: nothing to drop.
                            std::mem::forget(frame.stack.pop());
                            // `return a + b`: the Return done here (one
                            // dispatch fewer, see LoadGlobalCallee).
                            if let Op::Return = code.ops[frame.pc] {
                                std::mem::forget(frame.stack.pop()); // an int too
                                leave!(Value::Int(v));
                            }
                            if let Value::Int(left) = &mut frame.stack[n - 2] {
                                *left = v;
                            }
                            continue;
                        }
                    }
                    let right = frame.pop();
                    let left = frame.pop();
                    let result = if matches!(code.ops[frame.pc - 1], Op::Inplace(_)) {
                        self.inplace(op, &left, &right)?
                    } else {
                        self.binary(op, &left, &right)?
                    };
                    frame.stack.push(result);
                }
                Op::AddStrConst(index, const_first) => {
                    let Const::Str(text) = &code.consts[index as usize] else {
                        unreachable!("AddStrConst takes a Str constant");
                    };
                    let other = frame.pop();
                    let result = match (&other, const_first) {
                        (Value::Str(s), true) => Value::try_concat(&[text, s])?,
                        (Value::Str(s), false) => Value::try_concat(&[s, text])?,
                        // Anything else as Binary(Add) would do it (its errors).
                        (_, true) => self.binary(BinOp::Add, &Value::Str(text.clone()), &other)?,
                        (_, false) => self.binary(BinOp::Add, &other, &Value::Str(text.clone()))?,
                    };
                    frame.stack.push(result);
                }
                Op::Unary(op) => {
                    let value = frame.pop();
                    let result = match op {
                        UnaryOp::Not => Value::Bool(!self.truthy(&value)?),
                        UnaryOp::Neg => self.negate(&value)?,
                        UnaryOp::Pos => self.positive(&value)?,
                        UnaryOp::Invert => self.invert(&value)?,
                    };
                    frame.stack.push(result);
                }
                Op::Compare(op) => {
                    // Two small ints, read where they are (see Binary): compared
                    // here, and a jump on the result taken at once (CPython
                    // 3.11's COMPARE_OP_INT_JUMP).
                    if let [.., Value::Int(x), Value::Int(y)] = frame.stack[..] {
                        if let Some(verdict) = small_int_compare(op, x, y) {
                            // ints: nothing to drop
                            std::mem::forget(frame.stack.pop());
                            std::mem::forget(frame.stack.pop());
                            frame.branch(code, verdict);
                            continue;
                        }
                    }
                    let right = frame.pop();
                    let left = frame.pop();
                    let result = match op {
                        CmpOp::Is => Value::Bool(left.is(&right)),
                        CmpOp::IsNot => Value::Bool(!left.is(&right)),
                        CmpOp::In => Value::Bool(self.contains(&right, &left)?),
                        CmpOp::NotIn => Value::Bool(!self.contains(&right, &left)?),
                        _ => self.compare(op, &left, &right)?,
                    };
                    frame.stack.push(result);
                }
                Op::Jump(target) => {
                    if (target as usize) < frame.pc {
                        self.backward_jump()?;
                    }
                    frame.pc = target as usize;
                }
                Op::JumpIfFalse(target) => {
                    let value = frame.pop();
                    if !self.truthy(&value)? {
                        frame.pc = target as usize;
                    }
                }
                Op::JumpIfTrue(target) => {
                    let value = frame.pop();
                    if self.truthy(&value)? {
                        frame.pc = target as usize;
                    }
                }
                Op::JumpIfFalseOrPop(target) => {
                    if self.truthy(frame.top())? {
                        frame.pop();
                    } else {
                        frame.pc = target as usize;
                    }
                }
                Op::JumpIfTrueOrPop(target) => {
                    if self.truthy(frame.top())? {
                        frame.pc = target as usize;
                    } else {
                        frame.pop();
                    }
                }
                Op::GetIter => {
                    let value = frame.pop();
                    // The compiler emits GetIter only for the iterators of
                    // loops and comprehensions, which the program never sees.
                    let iterator = match &value {
                        Value::Range(r) => {
                            Value::RangeIter(Arc::new(RangeIter::private(r.start, r.stop, r.step)))
                        }
                        _ => self.iter(&value)?,
                    };
                    frame.stack.push(iterator);
                }
                Op::ForIter(exit) => {
                    // The common loop, `for i in range(n)`: no call, no clone, no lock.
                    if let Some(Value::RangeIter(range)) = frame.stack.last() {
                        match range.next() {
                            // `for i in …`: the StoreFast after it done here
                            // (one dispatch fewer, see LoadGlobalCallee).
                            Some(v) => match code.ops[frame.pc] {
                                Op::StoreFast(slot) => {
                                    frame.pc += 1;
                                    set_local(
                                        &mut frame.locals[slot as usize],
                                        Some(Value::Int(v)),
                                    );
                                }
                                _ => frame.stack.push(Value::Int(v)),
                            },
                            None => {
                                frame.pop();
                                frame.pc = exit as usize;
                            }
                        }
                        continue;
                    }
                    // Then `for x in a_list` (or a tuple, a dict, a dict's
                    // view): a step under the iterator's lock, with no clone
                    // of it and no call. `for k, v in d.items()` takes the
                    // key and the value as they are, with no pair made to
                    // be taken apart by the UnpackSequence after.
                    let unpacking = matches!(code.ops[frame.pc], Op::UnpackSequence(2));
                    let mut value = None;
                    let stepped = match frame.stack.last() {
                        Some(Value::Iter(cell)) => match &mut *lock(cell) {
                            Iter::Dict(d) if unpacking && d.gives_items() => {
                                Some(d.next_pair()?.map(|(k, v)| {
                                    value = Some(v);
                                    k
                                }))
                            }
                            Iter::Dict(d) => Some(d.next_item()?),
                            Iter::Set(s) => Some(s.next_item()?),
                            it => super::iter::step_sequence(it),
                        },
                        _ => None,
                    };
                    // The pair's value under its key, as UnpackSequence leaves them.
                    if let Some(v) = value {
                        frame.pc += 1;
                        frame.stack.push(v);
                    }
                    if let Some(item) = stepped {
                        match item {
                            Some(v) => match code.ops[frame.pc] {
                                Op::StoreFast(slot) => {
                                    frame.pc += 1;
                                    if set_local(&mut frame.locals[slot as usize], Some(v)) {
                                        self.settle_finalizers();
                                    }
                                }
                                _ => frame.stack.push(v),
                            },
                            None => {
                                frame.pop();
                                frame.pc = exit as usize;
                            }
                        }
                        continue;
                    }
                    if let Op::UnpackSequence(n) = code.ops[frame.pc] {
                        if self.for_iter_unpacked(frame, n as usize, exit)? {
                            continue;
                        }
                    }
                    let iterator = frame.top().clone();
                    match self.next(&iterator)? {
                        Some(item) => frame.stack.push(item),
                        None => {
                            frame.pop();
                            frame.pc = exit as usize;
                        }
                    }
                }
                Op::BuildList(n) => {
                    let items = frame.popn(n as usize);
                    frame.stack.push(Value::list(items));
                }
                Op::BuildTuple(n) => {
                    let items = frame.popn(n as usize);
                    frame.stack.push(Value::tuple(items));
                }
                Op::BuildSet(n) => {
                    let items = frame.popn(n as usize);
                    let set = self.new_set(items)?;
                    frame.stack.push(set);
                }
                Op::BuildConstSet(n) | Op::BuildFoldedSet(n) => {
                    let items = frame.popn(n as usize);
                    let copied = matches!(op, Op::BuildConstSet(_));
                    let set = self.new_const_set(items, copied)?;
                    frame.stack.push(set);
                }
                Op::BuildDict(n) => {
                    let items = frame.popn(2 * n as usize);
                    let dict = self.new_dict();
                    for pair in items.chunks(2) {
                        self.dict_set(&dict, pair[0].clone(), pair[1].clone())?;
                    }
                    frame.stack.push(dict);
                }
                Op::KeywordMerge => self.merge_keywords(frame)?,
                Op::KeywordAdd => self.add_keyword(frame)?,
                Op::DictUpdate => {
                    let mapping = frame.pop();
                    let dict = frame.top().clone();
                    self.dict_update(&dict, &mapping)?;
                }
                Op::BuildString(n) => {
                    let parts = frame.popn(n as usize);
                    frame.stack.push(build_string(&parts)?);
                }
                Op::Convert(conversion) => {
                    let value = frame.pop();
                    let text = match conversion {
                        Conversion::Str => self.to_str(&value)?,
                        Conversion::Repr => self.repr(&value)?,
                        Conversion::Ascii => super::builtins::ascii_text(self, &value)?,
                    };
                    frame.stack.push(Value::try_str(&text)?);
                }
                Op::FormatValue => {
                    let value = frame.pop();
                    let text = self.format(&value, "")?;
                    frame.stack.push(Value::try_str(&text)?);
                }
                Op::FormatWithSpec => {
                    let spec = frame.pop();
                    let value = frame.pop();
                    let Value::Str(spec) = spec else {
                        return Err(type_error("format spec must be a str"));
                    };
                    let text = self.format(&value, &spec)?;
                    frame.stack.push(Value::try_str(&text)?);
                }
                Op::MatchSequence {
                    before,
                    after,
                    star,
                } => {
                    let value = frame.pop();
                    let parts =
                        self.match_sequence(&value, before as usize, after as usize, star)?;
                    frame.stack.push(parts);
                }
                Op::MatchMapping { keys, rest } => {
                    let keys = frame.popn(keys as usize);
                    let value = frame.pop();
                    let parts = self.match_mapping(&value, &keys, rest)?;
                    frame.stack.push(parts);
                }
                Op::MatchClass {
                    positional,
                    keywords,
                } => {
                    let names = frame.popn(keywords as usize);
                    let class = frame.pop();
                    let value = frame.pop();
                    if !matches!(class, Value::Class(_) | Value::ExcType(_))
                        && !matches!(&class, Value::Builtin(b) if b.is_type)
                    {
                        return Err(super::matching::not_a_class());
                    }
                    let parts = self.match_class(&value, &class, positional as usize, &names)?;
                    frame.stack.push(parts);
                }
                Op::ListExtend => {
                    let iterable = frame.pop();
                    let items = self
                        .collect(&iterable)
                        .map_err(|e| not_iterable(e, &iterable))?;
                    if let Value::List(l) = frame.top() {
                        let mut target = lock(&l.items);
                        super::alloc::reserve(target.for_appending(), items.len())?;
                        target.extend(items);
                    }
                }
                Op::SetUpdate => {
                    let iterable = frame.pop();
                    let set = frame.top().clone();
                    // A set's or a dict's keys as CPython's `update` takes them.
                    if matches!(iterable, Value::Set(_) | Value::Dict(_)) {
                        self.set_update(&set, &iterable)?;
                    } else {
                        let items = self
                            .collect(&iterable)
                            .map_err(|e| not_iterable(e, &iterable))?;
                        for item in items {
                            self.set_add(&set, item)?;
                        }
                    }
                }
                Op::ListToTuple => {
                    let list = frame.pop();
                    let items = self.collect(&list)?;
                    frame.stack.push(Value::tuple(items));
                }
                Op::UnpackEx { before, after } => {
                    let value = frame.pop();
                    let mut items = self
                        .collect(&value)
                        .map_err(|error| not_unpackable(error, &value))?;
                    let (before, after) = (before as usize, after as usize);
                    if items.len() < before + after {
                        return Err(PyErr::new(
                            ExcType::ValueError,
                            format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ),
                        ));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    frame.stack.extend(tail.into_iter().rev());
                    frame.stack.push(Value::list(middle));
                    frame.stack.extend(items.into_iter().rev());
                }
                Op::ListAppend(depth) => {
                    let item = frame.pop();
                    let n = frame.stack.len();
                    if let Value::List(l) = &frame.stack[n - depth as usize] {
                        list_append(l, item)?;
                    }
                }
                Op::SetAdd(depth) => {
                    let item = frame.pop();
                    let n = frame.stack.len();
                    let set = frame.stack[n - depth as usize].clone();
                    self.set_add(&set, item)?;
                }
                Op::MapAdd(depth) => {
                    let value = frame.pop();
                    let key = frame.pop();
                    let n = frame.stack.len();
                    let dict = frame.stack[n - depth as usize].clone();
                    self.dict_set(&dict, key, value)?;
                }
                Op::Subscript => {
                    // A list or tuple by an int in range (CPython 3.11's
                    // BINARY_SUBSCR_LIST_INT): the item read where they are,
                    // written over the container. Anything else, and an
                    // index out of range (its IndexError), in `get_item`.
                    if let Some(item) = sequence_item(&frame.stack) {
                        std::mem::forget(frame.stack.pop()); // an int: nothing to drop
                        let top = frame.stack.last_mut().expect("the container under the key");
                        std::mem::replace(top, item).discard();
                        continue;
                    }
                    let key = frame.pop();
                    let container = frame.pop();
                    let item = self.get_item(&container, &key)?;
                    frame.stack.push(item);
                }
                Op::SubscriptLocals(container, key) => {
                    self.subscript_locals(frame, container as usize, key as usize, false)?;
                }
                Op::StoreSubscriptLocals(container, key) => {
                    self.subscript_locals(frame, container as usize, key as usize, true)?;
                }
                Op::StoreSubscript => {
                    // `items[i] = value` of a list by an int (CPython 3.11's
                    // STORE_SUBSCR_LIST_INT); out of range, `set_item`'s error.
                    if let [.., _, Value::List(_), Value::Int(i)] = frame.stack[..] {
                        std::mem::forget(frame.stack.pop()); // an int: nothing to drop
                        let container = frame.pop();
                        let value = frame.pop();
                        let Value::List(list) = &container else {
                            unreachable!("matched as a list just above");
                        };
                        let mut items = lock(&list.items);
                        if let Some(at) = index_within(items.len(), i) {
                            let old = std::mem::replace(&mut items[at], value);
                            drop(items);
                            if old.discard() {
                                self.settle_finalizers();
                            }
                            continue;
                        }
                        drop(items);
                        self.set_item(&container, Value::Int(i), value)?;
                        self.settle_finalizers();
                        continue;
                    }
                    let key = frame.pop();
                    let container = frame.pop();
                    let value = frame.pop();
                    self.set_item(&container, key, value)?;
                    self.settle_finalizers();
                }
                Op::DeleteSubscript => {
                    let key = frame.pop();
                    let container = frame.pop();
                    self.del_item(&container, &key)?;
                    self.settle_finalizers();
                }
                Op::DeleteAttr(i) => {
                    let object = frame.pop();
                    self.del_attr(&object, &code.names[i as usize])?;
                    self.settle_finalizers();
                }
                Op::BuildSlice => {
                    // `x[a:b]`: sliced at once, with no slice object made.
                    if matches!(code.ops[frame.pc], Op::Subscript) {
                        self.subscript_slice(frame)?;
                        continue;
                    }
                    let step = frame.pop();
                    let stop = frame.pop();
                    let start = frame.pop();
                    frame
                        .stack
                        .push(Value::Slice(Arc::new([start, stop, step])));
                }
                Op::LoadAttr(i) => {
                    let object = frame.pop();
                    let value =
                        match hinted_instance_attr(&object, code, i as usize, &self.class_attrs) {
                            Some(value) => value,
                            None => {
                                // A property's getter runs as a call of its own.
                                if let Some(getter) =
                                    self.property_getter(&object, code, i as usize)
                                {
                                    let mut callee = self.simple_frame(&getter)?;
                                    callee.locals[0] = Some(object);
                                    enter!(callee);
                                }
                                self.load_attr_slow(&object, code, i as usize)?
                            }
                        };
                    frame.stack.push(value);
                }
                Op::StoreAttr(i) => {
                    let object = frame.pop();
                    let value = frame.pop();
                    // It settles finalizers itself (see `store_attr`).
                    self.store_attr(&object, code, i as usize, value)?;
                }
                Op::LoadMethod(i) => {
                    let object = frame.pop();
                    if let Some(method) =
                        cached_method(&mut frame.method_cache, code, i as usize, &object)
                    {
                        frame.stack.push(Value::Builtin(method));
                        frame.stack.push(object);
                        continue;
                    }
                    if let Some(method) = self.class_attrs.method(code, i as usize, &object) {
                        frame.stack.push(method);
                        frame.stack.push(object);
                        continue;
                    }
                    let epoch = class_epoch();
                    let found = self.lookup_attr(&object, &code.names[i as usize])?;
                    self.class_attrs
                        .remember(code, i as usize, &object, &found, epoch);
                    match found {
                        Attr::Method(method) => {
                            frame.stack.push(method);
                            frame.stack.push(object);
                        }
                        Attr::Value(value) => {
                            frame.stack.push(value);
                            frame.stack.push(Value::Builtin(&NO_RECEIVER));
                        }
                    }
                }
                Op::LoadLocalMethod(slot, name) => {
                    if let Some(receiver) = &frame.locals[slot as usize] {
                        let method =
                            cached_method(&mut frame.method_cache, code, name as usize, receiver);
                        if let Some(
                            method @ Builtin {
                                fast: Some(Fast::Method(_)),
                                ..
                            },
                        ) = method
                        {
                            frame.stack.push(Value::Builtin(method));
                            frame.stack.push(Value::Builtin(&IN_LOCAL));
                            frame.pc += 1; // past the LoadMethod
                            continue;
                        }
                    }
                    // A plain LoadFast; the LoadMethod after it runs next.
                    frame.push_local(slot as usize)?;
                }
                Op::CallLocalMethod(n, slot) => {
                    let n = n as usize;
                    let at = frame.stack.len() - n - 1;
                    if matches!(&frame.stack[at], Value::Builtin(b) if std::ptr::eq(*b, &IN_LOCAL))
                    {
                        let Value::Builtin(Builtin {
                            fast: Some(Fast::Method(method)),
                            ..
                        }) = frame.stack[at - 1]
                        else {
                            unreachable!("LoadLocalMethod pushes a fast method before IN_LOCAL");
                        };
                        // The arguments cannot have unbound it (see Op::LoadLocalMethod).
                        let Some(receiver) = &frame.locals[slot as usize] else {
                            return Err(frame.unbound(slot as usize));
                        };
                        let result = method(self, receiver, &mut frame.stack[at + 1..]);
                        truncate_stack(&mut frame.stack, at - 1);
                        frame.stack.push(result?);
                        self.settle_finalizers();
                        continue;
                    }
                    // The receiver is on the stack: a CallMethod.
                    let n = frame.method_arguments(n);
                    if let Some(callee) = self.call_op(frame, n)? {
                        enter!(callee);
                    }
                }
                Op::CallMethod(n) => {
                    let n = frame.method_arguments(n as usize);
                    if let Some(callee) = self.call_op(frame, n)? {
                        enter!(callee);
                    }
                }
                Op::Call(n) => {
                    if let Some(callee) = self.call_op(frame, n as usize)? {
                        enter!(callee);
                    }
                }
                Op::CallKw(n, names) => {
                    let Const::Names(names) = &code.consts[names as usize] else {
                        unreachable!("CallKw names are a Names constant");
                    };
                    if let Some(callee) = self.call_keywords(frame, n as usize, names)? {
                        enter!(callee);
                    }
                }
                Op::CallMethodKw(n, names) => {
                    let Const::Names(names) = &code.consts[names as usize] else {
                        unreachable!("CallMethodKw names are a Names constant");
                    };
                    let n = frame.method_arguments(n as usize);
                    if let Some(callee) = self.call_keywords(frame, n, names)? {
                        enter!(callee);
                    }
                }
                Op::CallEx => {
                    let keywords = frame.pop();
                    let pieces = frame.pop();
                    let callable = frame.pop_callable();
                    let mut positional = Vec::new();
                    for piece in self.collect(&pieces)? {
                        positional.extend(self.collect(&piece)?);
                    }
                    // A Python function's frame runs here, as any call's
                    // does (`sys._getframe()` sees its caller).
                    let args = super::call::spread_args(positional, &keywords)?;
                    match self.call_from_bytecode(callable, args)? {
                        Ok(result) => frame.stack.push(result),
                        Err(callee) => enter!(callee),
                    }
                }
                Op::MakeFunction {
                    code: index,
                    defaults,
                    closure,
                } => {
                    let cells = if closure {
                        match frame.pop() {
                            Value::Tuple(t) => t
                                .iter()
                                .filter_map(|c| match c {
                                    Value::Cell(cell) => Some(cell.clone()),
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let defaults = frame.popn(defaults as usize);
                    let Const::Code(function_code) = &code.consts[index as usize] else {
                        unreachable!("MakeFunction takes a Code constant");
                    };
                    frame.stack.push(Value::Function(Arc::new(Function::new(
                        function_code.clone(),
                        defaults,
                        cells,
                        frame.globals.clone(),
                    ))));
                }
                Op::Return => {
                    let value = frame.pop();
                    leave!(value);
                }
                // A return of an `__init__`: of the class's call that ran it
                // in this loop, the instance (see `constructor`).
                Op::ReturnInit => {
                    let value = frame.pop();
                    match frame.constructing.take() {
                        None => leave!(value),
                        Some(instance) => {
                            // The class call's own level goes (see `construct_in_place`).
                            self.depth -= 1;
                            match super::constructor::constructed(instance, &value) {
                                Ok(instance) => leave!(instance),
                                Err(error) => leave!(raise error),
                            }
                        }
                    }
                }
                Op::ReturnLocal(slot) => {
                    // Taken, not cloned: the frame is done with it (for a
                    // str or a list, two atomic count updates fewer).
                    let value = match &frame.locals[slot as usize] {
                        // An int field by field (see `Frame::pop`).
                        Some(Value::Int(i)) => Value::Int(*i),
                        Some(_) => frame.locals[slot as usize].take().expect("matched Some"),
                        None => return Err(frame.unbound(slot as usize)),
                    };
                    leave!(value);
                }
                Op::Yield => {
                    // The consumer gets the value; the frame resumes at the next
                    // op (a generator expression's yield has no value of its own).
                    let value = frame.pop();
                    // `sum()` of this generator: an int is added here and the
                    // loop goes on (see `resume`), with no return per item.
                    if let (Some(total), Value::Int(i)) = (int_sum.as_deref_mut(), &value) {
                        if let Some(sum) = total.checked_add(i128::from(*i)) {
                            *total = sum;
                            continue;
                        }
                    }
                    return Ok(Flow::Yield(value));
                }
                Op::YieldValue => {
                    // Only a generator's own frame (the entry) yields.
                    let value = frame.pop();
                    frame.awaiting_send = true;
                    return Ok(Flow::Yield(value));
                }
                Op::YieldFrom => {
                    let sent = frame.pop();
                    let inner = frame.stack.last().cloned().unwrap_or(Value::None);
                    match self.delegate(&inner, sent)? {
                        super::generator::Step::Yielded(value) => {
                            // Resumed, this op runs again with what is sent then.
                            frame.pc -= 1;
                            frame.awaiting_send = true;
                            return Ok(Flow::Yield(value));
                        }
                        super::generator::Step::Returned(value) => {
                            frame.pop();
                            frame.stack.push(value);
                        }
                    }
                }
                Op::UnpackSequence(n) => {
                    let value = frame.pop();
                    let n = n as usize;
                    // A tuple or list of the right length: its items pushed
                    // where they are, last first, with no vector between.
                    let done = match &value {
                        Value::Tuple(t) if t.len() == n => {
                            frame.stack.extend(t.iter().rev().map(Value::clone_inline));
                            true
                        }
                        Value::List(l) => {
                            let items = lock(&l.items);
                            let fits = items.len() == n;
                            if fits {
                                frame
                                    .stack
                                    .extend(items.iter().rev().map(Value::clone_inline));
                            }
                            fits
                        }
                        _ => false,
                    };
                    if !done {
                        self.unpack_sequence(frame, &value, n)?;
                    }
                }
                Op::Raise { has_value } => {
                    if !has_value {
                        return Err(self.reraise_handled(frame.handling_count));
                    }
                    let value = frame.pop();
                    return Err(self.make_exception(value)?);
                }
                Op::RaiseFrom => {
                    let cause = frame.pop();
                    let value = frame.pop();
                    let error = self.make_exception(value)?;
                    return Err(self.with_cause(error, cause, frame.handling_count)?);
                }
                Op::PopExcept => self.stop_handling(frame),
                Op::RaiseAssertion { has_message } => {
                    let args = if has_message {
                        vec![frame.pop()]
                    } else {
                        Vec::new()
                    };
                    return Err(PyErr::raised(
                        Value::Exception(Exception::new(ExcType::AssertionError, args)),
                        Vec::new(),
                    ));
                }
                Op::SetupExcept(target) => {
                    frame
                        .handlers
                        .push((target, frame.stack.len(), frame.handling_count));
                }
                Op::SetupWith(target) => {
                    frame
                        .handlers
                        .push((target, frame.stack.len() - 1, frame.handling_count));
                }
                Op::PopBlock => {
                    frame.handlers.pop();
                }
                Op::ExceptionMatches => {
                    let kind = frame.pop();
                    let exception = frame.top().clone();
                    let matches = self.exception_matches(&exception, &kind)?;
                    frame.stack.push(Value::Bool(matches));
                }
                Op::Reraise => {
                    let value = frame.pop();
                    return Err(self.reraise_cleanup(value, frame.handling_count));
                }
                Op::StarMatch => self.star_match(frame)?,
                Op::StarRaised => {
                    let raised = frame.pop();
                    if let Value::List(list) = frame.top() {
                        lock(&list.items).push(raised);
                    }
                    // Neither it nor the part the clause matched is handled now.
                    self.stop_handling(frame);
                    self.stop_handling(frame);
                }
                Op::StarEnd => self.star_end(frame)?,
                Op::ImportName(i) => {
                    let module = self.import(&code.names[i as usize])?;
                    frame.stack.push(module);
                }
                Op::ImportStar => {
                    let module = frame.pop();
                    let Value::Module(m) = &module else {
                        return Err(type_error("import * of what is not a module"));
                    };
                    let public: Vec<(Arc<str>, Value)> = {
                        let names = m.names_mut();
                        let listed = names.get("__all__").cloned();
                        match listed {
                            Some(all) => {
                                drop(names);
                                let mut picked = Vec::new();
                                for name in self.collect(&all)? {
                                    let Value::Str(name) = name else {
                                        return Err(type_error(
                                            "Item in module.__all__ must be str",
                                        ));
                                    };
                                    let value = self.get_attr(&module, &name)?;
                                    picked.push((name, value));
                                }
                                picked
                            }
                            None => names
                                .iter()
                                .filter(|(name, _)| !name.starts_with('_'))
                                .map(|(name, value)| (name.clone(), value.clone()))
                                .collect(),
                        }
                    };
                    let target = frame.namespace.as_ref().unwrap_or(&frame.globals);
                    target.names_mut().extend(public);
                }
                Op::ImportFrom(i) => {
                    let module = frame.top().clone();
                    let name = &code.names[i as usize];
                    let value = self.get_attr(&module, name).map_err(|_| {
                        let module_name = match &module {
                            Value::Module(m) => m.name.to_string(),
                            _ => String::new(),
                        };
                        PyErr::new(
                            ExcType::ImportError,
                            format!("cannot import name '{name}' from '{module_name}' (unknown location)"),
                        )
                    })?;
                    frame.stack.push(value);
                }
                Op::BeforeWith => {
                    let manager = frame.pop();
                    let enter = self
                        .get_attr(&manager, "__enter__")
                        .map_err(|e| no_context_manager(e, &manager, ""))?;
                    let exit = self.get_attr(&manager, "__exit__").map_err(|e| {
                        no_context_manager(e, &manager, " (missed __exit__ method)")
                    })?;
                    let entered = self.call(&enter, Args::default())?;
                    frame.stack.push(exit);
                    frame.stack.push(entered);
                }
                Op::ExitWith => {
                    let exit = frame.pop();
                    self.call(
                        &exit,
                        Args::new(vec![Value::None, Value::None, Value::None]),
                    )?;
                }
                Op::ExitWithError => self.exit_with_error(frame)?,
                Op::BuildClass { name, bases } => {
                    let body = frame.pop();
                    let mut bases = frame.stack.split_off(frame.stack.len() - bases as usize);
                    let (name, keywords) = match &code.consts[name as usize] {
                        Const::Str(name) => (name, Vec::new()),
                        Const::Names(names) => {
                            let values = bases.split_off(bases.len() + 1 - names.len());
                            (&names[0], names[1..].iter().cloned().zip(values).collect())
                        }
                        _ => unreachable!("BuildClass takes a Str or Names constant"),
                    };
                    let class = self.build_class(name, &body, bases, keywords)?;
                    frame.stack.push(class);
                }
                Op::Super { class } => {
                    let object = frame.pop();
                    let Const::Str(class) = &code.consts[class as usize] else {
                        unreachable!("Super takes a Str constant");
                    };
                    let made = self.zero_arg_super(class, object)?;
                    frame.stack.push(made);
                }
                Op::Nop => {}
            }
        }
    }

    /// `__exit__(type, exception, None)` for an exception leaving a `with`
    /// body (see `Op::ExitWithError`).
    #[cold]
    fn exit_with_error(&mut self, frame: &mut Frame) -> PyResult<()> {
        let exception = frame.pop();
        let exit = frame.pop();
        let kind = super::builtins::type_of(self, &exception);
        // Its traceback so far, as CPython hands `__exit__` (`tb`).
        let traceback = self
            .get_attr(&exception, "__traceback__")
            .unwrap_or(Value::None);
        let swallowed = self.call(&exit, Args::new(vec![kind, exception.clone(), traceback]))?;
        let swallowed = self.truthy(&swallowed)?;
        frame.stack.push(exception);
        frame.stack.push(Value::Bool(swallowed));
        Ok(())
    }

    fn constant(&self, constant: &Const) -> Value {
        match constant {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => Value::BigInt(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Imaginary(im) => Value::complex(crate::objects::complex::Complex::new(0.0, *im)),
            Const::Str(s) => Value::Str(s.clone()),
            Const::Bytes(b) => Value::Bytes(b.clone()),
            Const::Ellipsis => super::class::ellipsis(),
            Const::Code(_) | Const::Names(_) => Value::None,
        }
    }

    /// A backward jump or a call: where a thread honours a request to drop
    /// the GIL, where Stop is noticed, and every few thousand, a heartbeat
    /// (CPython's eval breaker). Inline, the common case that has nothing to
    /// do is a count and two relaxed loads; a call of its own cost `fib` a
    /// twentieth of its instructions.
    #[inline(always)]
    pub(super) fn backward_jump(&mut self) -> PyResult<()> {
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks.is_multiple_of(4096)
            || self.rt.gil.drop_requested()
            || self.rt.interrupt.load(std::sync::atomic::Ordering::Relaxed)
        {
            return self.eval_breaker();
        }
        Ok(())
    }

    /// `backward_jump` when it has something to do.
    #[inline(never)]
    fn eval_breaker(&mut self) -> PyResult<()> {
        self.settle_finalizers();
        if self.ticks.is_multiple_of(4096) {
            self.heartbeat()?;
        }
        self.rt.gil.check(&mut self.rec);
        self.check_interrupt()
    }

    /// A frame that ends while handling exceptions (an exception raised in
    /// its `except` block) no longer handles them.
    #[inline(always)]
    fn forget_handled(&mut self, frame: &Frame) {
        if frame.handling_count != 0 {
            let left = self.handled.len().saturating_sub(frame.handling_count);
            self.handled.truncate(left);
        }
    }

    /// A bare `raise`: the exception the running frame (handling
    /// `handling_count` of the thread's) handles last, raised again.
    #[inline(never)]
    fn reraise_handled(&self, handling_count: usize) -> PyErr {
        let Some(mut error) = handling_of(&self.handled, handling_count).last().cloned() else {
            return PyErr::new(ExcType::RuntimeError, "No active exception to reraise");
        };
        error.restore_traceback();
        error
    }

    /// A `with` or `finally` cleanup's end raising `value` again: the
    /// exception the running frame handles, when it is that one.
    #[inline(never)]
    fn reraise_cleanup(&self, value: Value, handling_count: usize) -> PyErr {
        let mut error = match handling_of(&self.handled, handling_count).last() {
            Some(e) if e.value.identity() == value.identity() => e.clone(),
            _ => PyErr::raised(value, Vec::new()),
        };
        error.restore_traceback();
        // The traceback already has this frame's line, where the
        // exception was raised (not this cleanup's).
        error.reraised = !error.traceback.is_empty();
        error
    }

    /// The innermost exception `frame` handles is handled no more (the end
    /// of an `except` clause).
    fn stop_handling(&mut self, frame: &mut Frame) {
        if frame.handling_count > 0 {
            frame.handling_count -= 1;
            self.handled.pop();
            // The exception handled may have been the last to keep
            // objects of the frames it left (see `keep_locals`).
            self.settle_finalizers();
        }
    }

    /// `Op::StarMatch`: an `except*` clause's match, handled as the
    /// exception caught by an `except` clause is.
    #[inline(never)]
    fn star_match(&mut self, frame: &mut Frame) -> PyResult<()> {
        let classes = frame.pop();
        let at = frame.stack.len() - 2;
        let rest = frame.stack[at].clone();
        let (matched, rest) = super::exception_groups::star_match(self, &rest, &classes)?;
        frame.stack[at] = rest.unwrap_or(Value::None);
        let Some(matched) = matched else {
            frame.stack.push(Value::None);
            frame.stack.push(Value::Bool(false));
            return Ok(());
        };
        let traceback = match &matched {
            Value::Exception(e) => e.traceback(),
            _ => Vec::new(),
        };
        let mut handling = PyErr::raised(matched.clone(), traceback);
        handling.context_checked = true;
        self.handled.push(handling);
        frame.handling_count += 1;
        frame.stack.push(matched);
        frame.stack.push(Value::Bool(true));
        Ok(())
    }

    /// `Op::StarEnd`: what the `except*` clauses left, raised as it is (a
    /// part of the exception caught keeps its traceback, and is not given
    /// this frame's line again).
    #[inline(never)]
    fn star_end(&mut self, frame: &mut Frame) -> PyResult<()> {
        let Value::List(raised) = frame.pop() else {
            return Err(type_error("except* lost its list of exceptions raised"));
        };
        let rest = frame.pop();
        let original = frame.pop();
        let mut left = lock(&raised.items).to_vec();
        if !matches!(rest, Value::None) {
            left.push(rest);
        }
        let result = super::exception_groups::star_result(self, &original, left)?;
        let Some(result) = result else {
            self.stop_handling(frame);
            return Ok(());
        };
        if result.is(&original) {
            return Err(self.reraise_cleanup(result, frame.handling_count));
        }
        let mut error = super::exception_groups::error_of(&result, 0);
        error.reraised = true;
        Err(error)
    }

    /// `raise X` / `raise X(...)`: the exception instance to raise.
    fn make_exception(&mut self, value: Value) -> PyResult<PyErr> {
        match value {
            Value::ExcType(kind) => Ok(PyErr::bare(kind)),
            // An exception raised again goes on from its traceback (set
            // when it was caught, or by `with_traceback`), as CPython's.
            Value::Exception(ref e) => {
                let traceback = e.traceback();
                Ok(PyErr::raised(value, traceback))
            }
            Value::Class(class) => match class.builtin {
                super::object::BuiltinBase::Exception(_) => {
                    let made = self.instantiate(&class, Args::default())?;
                    self.make_exception(made)
                }
                _ => Err(super::class::not_an_exception()),
            },
            _ => Err(super::class::not_an_exception()),
        }
    }

    /// `raise error from cause`: the cause (None: no context shown either),
    /// with its traceback when it is an exception being handled here.
    fn with_cause(
        &mut self,
        mut error: PyErr,
        cause: Value,
        handling_count: usize,
    ) -> PyResult<PyErr> {
        error.suppress_context = true;
        let cause = match cause {
            Value::None => None,
            Value::ExcType(_) | Value::Class(_) => Some(self.make_exception(cause)?),
            Value::Exception(_) => Some(
                handling_of(&self.handled, handling_count)
                    .iter()
                    .rev()
                    .find(|h| h.value.is(&cause))
                    .cloned()
                    .unwrap_or_else(|| PyErr::raised(cause, Vec::new())),
            ),
            _ => {
                return Err(type_error(
                    "exception causes must derive from BaseException",
                ))
            }
        };
        if let Value::Exception(e) = &error.value {
            let mut attributes = lock(&e.attributes);
            attributes.insert(
                "__cause__".into(),
                cause.as_ref().map_or(Value::None, |c| c.value.clone()),
            );
            attributes.insert("__suppress_context__".into(), Value::Bool(true));
        }
        error.cause = cause;
        Ok(error)
    }

    pub(super) fn exception_matches(&mut self, exception: &Value, kind: &Value) -> PyResult<bool> {
        let Value::Exception(e) = exception else {
            return Ok(false);
        };
        match kind {
            Value::ExcType(k) => Ok(e.kind.is_subclass(*k)
                || e.class
                    .as_ref()
                    .is_some_and(|c| c.derives_from_exception(*k))),
            Value::Class(c) if matches!(c.builtin, super::object::BuiltinBase::Exception(_)) => {
                Ok(e.class.as_ref().is_some_and(|own| own.derives_from(c)))
            }
            Value::Tuple(kinds) => {
                for k in kinds.iter() {
                    if self.exception_matches(exception, k)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}

/// `with x:` where `x` has no `__enter__` or `__exit__`: CPython 3.11's
/// TypeError in place of the AttributeError.
#[cold]
#[inline(never)]
fn no_context_manager(error: PyErr, manager: &Value, missed: &str) -> PyErr {
    if error.kind() != Some(ExcType::AttributeError) {
        return error;
    }
    type_error(format!(
        "'{}' object does not support the context manager protocol{missed}",
        manager.type_name()
    ))
}

/// `*x` of what is not iterable: CPython's words for a display.
fn not_iterable(error: PyErr, value: &Value) -> PyErr {
    if error.kind() == Some(ExcType::TypeError) && value.class().is_none() {
        return type_error(format!(
            "Value after * must be an iterable, not {}",
            value.type_name()
        ));
    }
    error
}

/// The exceptions the innermost running frame is handling (its
/// `handling_count`): the last of the thread's.
#[inline(always)]
fn handling_of(handled: &[PyErr], handling_count: usize) -> &[PyErr] {
    &handled[handled.len().saturating_sub(handling_count)..]
}

/// The exception being handled where `error` passes (the innermost of
/// `handling`) becomes its context, once: the first frame it leaves that is
/// handling one decides (CPython takes the thread's handled exception as it
/// raises).
fn attach_context(error: &mut PyErr, handling: &[PyErr]) {
    let Some(handled) = handling.last() else {
        return;
    };
    error.context_checked = true;
    if handled.value.is(&error.value) || error.context.is_some() {
        return;
    }
    if let Value::Exception(e) = &error.value {
        lock(&e.attributes).insert("__context__".into(), handled.value.clone());
    }
    // A chain that comes back to this exception is cut, as CPython cuts it.
    let mut context = handled.clone();
    cut_cycle(&mut context, &error.value, 0);
    error.context = Some(context);
}

/// Removes `value` (and what follows it) from the chain of `error`.
fn cut_cycle(error: &mut PyErr, value: &Value, depth: usize) {
    if depth > 100 {
        error.context = None;
        error.cause = None;
        return;
    }
    let raised: &mut super::error::Raised = error;
    for link in [&mut raised.context, &mut raised.cause] {
        if link.as_ref().is_some_and(|l| l.value.is(value)) {
            *link = None;
        } else if let Some(next) = link {
            cut_cycle(next, value, depth + 1);
        }
    }
}

impl Interp {
    /// `UnpackSequence(n)` of anything but a tuple or list of `n` items:
    /// its items collected, or CPython's error for the wrong number.
    #[inline(never)]
    fn unpack_sequence(&mut self, frame: &mut Frame, value: &Value, n: usize) -> PyResult<()> {
        let iterator = self
            .iter(value)
            .map_err(|error| not_unpackable(error, value))?;
        // One item past `n` is asked for, no more, as CPython does: `a, b =
        // itertools.count()` raises rather than running on.
        let mut items = Vec::with_capacity(n);
        while let Some(item) = self.next(&iterator)? {
            if items.len() == n {
                return Err(PyErr::new(
                    ExcType::ValueError,
                    format!("too many values to unpack (expected {n})"),
                ));
            }
            items.push(item);
        }
        if items.len() < n {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                ),
            ));
        }
        frame.stack.extend(items.into_iter().rev());
        Ok(())
    }
}

/// `iter`'s TypeError for an object that is not iterable, in the words
/// CPython has for it when unpacking: "cannot unpack non-iterable int
/// object". Any other error (one `__iter__` raised) is left as it is.
fn not_unpackable(error: PyErr, value: &Value) -> PyErr {
    let type_name = value.type_name();
    let not_iterable = match &error.value {
        Value::Exception(e) if e.kind == ExcType::TypeError && e.class.is_none() => {
            matches!(&e.args()[..], [Value::Str(m)] if **m == *format!("'{type_name}' object is not iterable"))
        }
        _ => false,
    };
    if not_iterable {
        return type_error(format!("cannot unpack non-iterable {type_name} object"));
    }
    error
}

/// `x op y` for two small ints (`None`: not an ordering or equality).
#[inline]
fn small_int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
        _ => return None,
    })
}

fn deref_name(code: &Code, index: usize) -> Arc<str> {
    if index < code.cell_locals.len() {
        code.locals[code.cell_locals[index] as usize].clone()
    } else {
        code.free[index - code.cell_locals.len()].clone()
    }
}

/// An f-string's parts joined (`BuildString`), or MemoryError. Out of the
/// dispatch loop, as every arm's uncommon work: in wasm, more code in the
/// loop made programs that never run it slower (V8 allocates registers for
/// the whole loop at once).
#[inline(never)]
fn build_string(parts: &[Value]) -> PyResult<Value> {
    let texts: Vec<&str> = parts
        .iter()
        .filter_map(|part| match part {
            Value::Str(s) => Some(&**s),
            _ => None,
        })
        .collect();
    Value::try_concat(&texts)
}

/// A comprehension's `append` (`ListAppend`), its growth made fallibly; out
/// of the dispatch loop (see `build_string`).
#[inline(never)]
fn list_append(list: &super::value::List, item: Value) -> PyResult<()> {
    alloc::push(lock(&list.items).for_appending(), item)
}

/// `items[i]` of the top two values of `stack`, a list or tuple and an int
/// that indexes it (from the end when negative), if they are that.
#[inline(always)]
fn sequence_item(stack: &[Value]) -> Option<Value> {
    let [.., container, Value::Int(i)] = stack else {
        return None;
    };
    match container {
        Value::List(list) => {
            let items = lock(&list.items);
            Some(items[index_within(items.len(), *i)?].clone_inline())
        }
        Value::Tuple(tuple) => Some(tuple[index_within(tuple.len(), *i)?].clone_inline()),
        _ => None,
    }
}

/// Where index `i` (from the end when negative) is in a sequence of `len`
/// items, if it is in range.
#[inline(always)]
fn index_within(len: usize, i: i64) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let at = if i < 0 { i + len } else { i };
    usize::try_from(at).ok().filter(|_| at < len)
}
