//! The optimiser: rewrites a code object's ops as codegen lowered them into
//! ops the interpreter runs in fewer steps. `optimise` runs every pass, in
//! order, on each finished code object.
//!
//! `x + "text"` (`LoadConst` of a str, `Binary(Add)`) and `"text" + x`
//! (`LoadConst` of a str, `Rot2`, `Binary(Add)`, as codegen lowers it) become
//! one `AddStrConst`, the only pass that takes ops away: the jumps are
//! renumbered (`remove`).
//!
//! `LoadGlobal` of what a call calls (`f(…)` of a global `f`) becomes
//! `LoadGlobalCallee`, and `LoadFast(x)`, `LoadMethod(name)` … `CallMethod(n)`
//! of a local `x` becomes `LoadLocalMethod(x, name)` … `CallLocalMethod(n, x)`
//! (the receiver lent from the local), where the stack's flow (`StackFlow`)
//! shows which op pushed what each call takes.
//!
//! The commonest operand pairs of arithmetic and comparisons are marked, so
//! the interpreter can do them in one step (CPython 3.11 specialises the same
//! spots: `BINARY_OP_ADD_INT`, `COMPARE_OP_INT_JUMP`).
//!
//! `LoadFast(a)` becomes `LoadFastOperator(a)` when the next op loads the
//! right operand (`LoadFast(b)`, or `LoadConst` of an int) and the one after
//! is `Binary`, `Inplace` or `Compare`: for two small ints the interpreter
//! does all three at once and skips the other two; otherwise it does a plain
//! `LoadFast` and goes on to them. The two ops stay in place, so a jump to
//! either still finds them, and nothing moves.
//!
//! A `Jump` to a `Return` becomes that `Return` (as CPython's compiler does),
//! one dispatch fewer on the way out of `return a if c else b`. A `LoadFast`
//! just before a `Return` becomes `ReturnLocal`, which does both (the `Return`
//! stays, for jumps to it).

use std::rc::Rc;

use super::bytecode::{BinOp, Code, Const, Op};

/// Every pass, in order: those that look at the ops as codegen lowered them
/// first.
pub fn optimise(code: &mut Code) {
    fuse_str_adds(code);
    let flow = StackFlow::of(&code.ops);
    mark_global_callees(code, &flow);
    mark_local_receivers(code, &flow);
    mark_operators(code);
    thread_jumps_to_return(code);
    mark_init_returns(code);
    mark_local_returns(code);
    mark_local_subscripts(code);
    mark_local_attributes(code);
}

/// The jump target of `op`, if it has one (a handler's for `SetupExcept`).
fn target_mut(op: &mut Op) -> Option<&mut u32> {
    match op {
        Op::Jump(t)
        | Op::JumpIfFalse(t)
        | Op::JumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupExcept(t)
        | Op::SetupWith(t) => Some(t),
        _ => None,
    }
}

/// The jump target of `op`, if it has one.
fn target(mut op: Op) -> Option<usize> {
    target_mut(&mut op).map(|t| *t as usize)
}

/// Which ops a jump (or a handler) goes to, by index (one more than the ops:
/// a jump may go to the end).
fn jump_targets(ops: &[Op]) -> Vec<bool> {
    let mut targets = vec![false; ops.len() + 1];
    for &op in ops {
        if let Some(t) = target(op) {
            if let Some(flag) = targets.get_mut(t) {
                *flag = true;
            }
        }
    }
    targets
}

/// Takes away the ops whose `keep` is false (with their lines and
/// positions). A jump to an op taken away goes to the next op kept: the op
/// it was fused into.
fn remove(code: &mut Code, keep: &[bool]) {
    if keep.iter().all(|&k| k) {
        return;
    }
    // The new index of each old one (and of the end).
    let mut new_index = Vec::with_capacity(keep.len() + 1);
    let mut kept = 0u32;
    for &k in keep {
        new_index.push(kept);
        kept += u32::from(k);
    }
    new_index.push(kept);
    let mut i = 0;
    code.ops.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    let mut i = 0;
    code.lines.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    let mut i = 0;
    code.positions.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    for op in &mut code.ops {
        if let Some(t) = target_mut(op) {
            *t = new_index[*t as usize];
        }
    }
}

/// `LoadConst(s), Binary(Add)` of a str constant `s` becomes
/// `AddStrConst(s, false)`, and `LoadConst(s), Rot2, Binary(Add)` becomes
/// `AddStrConst(s, true)` (the constant first), where no jump goes to the
/// ops after the `LoadConst` (a jump to it goes to the `AddStrConst`).
pub fn fuse_str_adds(code: &mut Code) {
    let targets = jump_targets(&code.ops);
    let mut keep = vec![true; code.ops.len()];
    let is_str = |op: Op| match op {
        Op::LoadConst(c) if matches!(code.consts[c as usize], Const::Str(_)) => Some(c),
        _ => None,
    };
    for j in 0..code.ops.len() {
        if code.ops[j] != Op::Binary(BinOp::Add) || targets[j] {
            continue;
        }
        if let Some(c) = j.checked_sub(1).and_then(|i| is_str(code.ops[i])) {
            code.ops[j] = Op::AddStrConst(c, false);
            keep[j - 1] = false;
        } else if j >= 2 && code.ops[j - 1] == Op::Rot2 && !targets[j - 1] {
            if let Some(c) = is_str(code.ops[j - 2]) {
                code.ops[j] = Op::AddStrConst(c, true);
                keep[j - 2] = false;
                keep[j - 1] = false;
            }
        }
    }
    remove(code, &keep);
}

/// Each `LoadGlobal` whose value only ever becomes what a call calls, left
/// where it was pushed, under the arguments (`f(…)`), becomes
/// `LoadGlobalCallee`: the call takes `f` from the frame's cache of globals
/// (no reference count taken and dropped per call).
fn mark_global_callees(code: &mut Code, flow: &StackFlow) {
    for (k, op) in code.ops.iter_mut().enumerate() {
        if let Op::LoadGlobal(index) = *op {
            if flow.called[k] && !flow.escapes[k] {
                *op = Op::LoadGlobalCallee(index);
            }
        }
    }
}

/// `LoadFast(x), LoadMethod(name)` … `CallMethod(n)`, where the call takes
/// what that `LoadMethod` pushed, and it took what that `LoadFast` pushed,
/// becomes `LoadLocalMethod(x, name)` … `CallLocalMethod(n, x)` (the receiver
/// lent from the local: see `Op::LoadLocalMethod`), unless an op between
/// them assigns `x` (no expression of the subset can yet: `:=` is refused).
fn mark_local_receivers(code: &mut Code, flow: &StackFlow) {
    for &(call, method) in &flow.method_calls {
        let (Op::CallMethod(n), Op::LoadMethod(name)) = (code.ops[call], code.ops[method]) else {
            continue;
        };
        let Some(load) = method.checked_sub(1) else {
            continue;
        };
        let Op::LoadFast(slot) = code.ops[load] else {
            continue;
        };
        if flow.pushed_by[method] != Some(load) {
            continue;
        }
        let assigned = code.ops[method + 1..call]
            .iter()
            .any(|op| matches!(op, Op::StoreFast(s) | Op::DeleteFast(s) if *s == slot));
        if !assigned {
            code.ops[load] = Op::LoadLocalMethod(slot, name);
            code.ops[call] = Op::CallLocalMethod(n, slot);
        }
    }
}

/// A value on the stack as `StackFlow` follows it.
#[derive(Clone, Copy)]
struct Slot {
    /// The op that pushed it, when it is the same op on every way there
    /// (None: several, or not known).
    by: Option<usize>,
    /// Whether a `Rot2` or `Rot3` moved it from where it was pushed.
    moved: bool,
}

impl Slot {
    const UNKNOWN: Slot = Slot {
        by: None,
        moved: false,
    };
}

/// The stack, as a list shared by the ways a jump splits it: a copy costs
/// nothing, and where two ways meet only what differs is looked at (a long
/// list display whose items jump would otherwise be copied once per item).
/// Below its bottom, values not known (`Slot::UNKNOWN`).
#[derive(Clone, Default)]
struct Stack(Option<Rc<Node>>);

struct Node {
    slot: Slot,
    below: Stack,
}

impl Stack {
    fn push(&mut self, slot: Slot) {
        let below = Stack(self.0.take());
        self.0 = Some(Rc::new(Node { slot, below }));
    }

    fn pop(&mut self) -> Slot {
        match self.0.take() {
            Some(node) => {
                self.0.clone_from(&node.below.0);
                node.slot
            }
            None => Slot::UNKNOWN,
        }
    }
}

impl Drop for Stack {
    /// One node at a time: a deep stack's drop does not recurse as deep.
    fn drop(&mut self) {
        let mut next = self.0.take();
        while let Some(node) = next {
            next = match Rc::try_unwrap(node) {
                Ok(mut node) => node.below.0.take(),
                Err(_) => None,
            };
        }
    }
}

/// Which op pushed the values that each op takes, followed through the ops
/// in order. A jump carries the stack to its target, where it meets the
/// stack of the op before (a value pushed by different ops on the two ways
/// is then pushed by none known). A backward jump goes to a loop's head,
/// where a statement begins: only what the statements around it keep there
/// (a `for` loop's iterator, a `with`'s `__exit__`) is on the stack, which
/// no call or `LoadMethod` takes, so it is not followed. Where no way leads
/// (after a `return`) and at a handler, the stack below what the ops push
/// is not known: popping from it gives `Slot::UNKNOWN`.
struct StackFlow {
    /// By op: the op that pushed what it takes (when it takes one value:
    /// `LoadMethod`'s receiver).
    pushed_by: Vec<Option<usize>>,
    /// By op: whether a call calls the value it pushed (pushed by it alone,
    /// not moved since).
    called: Vec<bool>,
    /// By op: whether the value it pushed goes anywhere else (taken by
    /// another op, or met another value where two ways join).
    escapes: Vec<bool>,
    /// `(CallMethod, LoadMethod)`: a call of the method and receiver that
    /// `LoadMethod` pushed (both pushed by it alone, not moved since).
    method_calls: Vec<(usize, usize)>,
}

impl StackFlow {
    fn of(ops: &[Op]) -> StackFlow {
        let n = ops.len();
        let mut flow = StackFlow {
            pushed_by: vec![None; n],
            called: vec![false; n],
            escapes: vec![false; n],
            method_calls: Vec::new(),
        };
        // The stacks that jumps carry to each op ahead.
        let mut incoming: Vec<Option<Stack>> = vec![None; n + 1];
        let mut falling = Some(Stack::default());
        for (j, &op) in ops.iter().enumerate() {
            let mut stack = match (falling.take(), incoming[j].take()) {
                (Some(a), Some(b)) => flow.join(a, b),
                (Some(a), None) | (None, Some(a)) => a,
                (None, None) => Stack::default(),
            };
            falling = flow.step(j, op, &mut stack, &mut incoming).then_some(stack);
        }
        flow
    }

    /// Where two ways meet: the stacks lined up at their tops, down to
    /// where they are one list (below a deeper one's lower part, not known
    /// on the other way, values not known).
    fn join(&mut self, a: Stack, b: Stack) -> Stack {
        let mut tops = Vec::new();
        let (mut a, mut b) = (a, b);
        let mut shared = loop {
            match (&a.0, &b.0) {
                (Some(x), Some(y)) if Rc::ptr_eq(x, y) => break a.clone(),
                (Some(_), Some(_)) => {
                    let (x, y) = (a.pop(), b.pop());
                    tops.push(if x.by == y.by {
                        Slot {
                            by: x.by,
                            moved: x.moved || y.moved,
                        }
                    } else {
                        self.escape(x);
                        self.escape(y);
                        Slot::UNKNOWN
                    });
                }
                _ => {
                    while a.0.is_some() {
                        let slot = a.pop();
                        self.escape(slot);
                    }
                    while b.0.is_some() {
                        let slot = b.pop();
                        self.escape(slot);
                    }
                    break Stack::default();
                }
            }
        };
        for slot in tops.into_iter().rev() {
            shared.push(slot);
        }
        shared
    }

    /// Takes `count` values off `stack`, to go nowhere this flow follows.
    fn take(&mut self, stack: &mut Stack, count: usize) {
        for _ in 0..count {
            let slot = stack.pop();
            self.escape(slot);
        }
    }

    fn escape(&mut self, slot: Slot) {
        if let Some(k) = slot.by {
            self.escapes[k] = true;
        }
    }

    /// Carries `stack` along a jump from op `from` to op `to`.
    fn jump(&mut self, from: usize, to: usize, stack: Stack, incoming: &mut [Option<Stack>]) {
        if to <= from || to >= incoming.len() {
            return;
        }
        incoming[to] = Some(match incoming[to].take() {
            Some(other) => self.join(other, stack),
            None => stack,
        });
    }

    /// Op `j`'s effect on `stack`; whether it goes on to the next op.
    #[allow(clippy::too_many_lines)]
    fn step(
        &mut self,
        j: usize,
        op: Op,
        stack: &mut Stack,
        incoming: &mut [Option<Stack>],
    ) -> bool {
        let pushed = Slot {
            by: Some(j),
            moved: false,
        };
        let (pops, pushes) = match op {
            Op::Rot2 | Op::Rot3 => {
                let count = if op == Op::Rot2 { 2 } else { 3 };
                let mut moved: Vec<Slot> = (0..count).map(|_| stack.pop()).collect();
                // Top first: a b -> b a; a b c -> c a b.
                moved.rotate_left(1);
                for mut slot in moved.into_iter().rev() {
                    slot.moved = true;
                    stack.push(slot);
                }
                return true;
            }
            Op::Jump(t) => {
                self.jump(j, t as usize, std::mem::take(stack), incoming);
                return false;
            }
            Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => {
                self.take(stack, 1);
                self.jump(j, t as usize, stack.clone(), incoming);
                return true;
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                // Jumps keeping the value; else pops it.
                self.jump(j, t as usize, stack.clone(), incoming);
                self.take(stack, 1);
                return true;
            }
            Op::ForIter(t) => {
                // Done: the iterator popped, and a jump.
                let mut done = stack.clone();
                let iterator = done.pop();
                self.escape(iterator);
                self.jump(j, t as usize, done, incoming);
                stack.push(pushed);
                return true;
            }
            Op::SetupExcept(t) | Op::SetupWith(t) => {
                // The handler: the exception, on a stack not known below it.
                let mut handler = Stack::default();
                handler.push(Slot::UNKNOWN);
                self.jump(j, t as usize, handler, incoming);
                return true;
            }
            Op::Return | Op::ReturnInit | Op::Reraise => {
                self.take(stack, 1);
                return false;
            }
            Op::Raise { has_value } => {
                self.take(stack, usize::from(has_value));
                return false;
            }
            Op::RaiseAssertion { has_message } => {
                self.take(stack, usize::from(has_message));
                return false;
            }
            Op::Call(n) | Op::CallKw(n, _) => {
                self.take(stack, n as usize);
                self.call(stack);
                stack.push(pushed);
                return true;
            }
            Op::CallEx => {
                self.take(stack, 2);
                self.call(stack);
                stack.push(pushed);
                return true;
            }
            Op::CallMethod(n) | Op::CallLocalMethod(n, _) | Op::CallMethodKw(n, _) => {
                self.take(stack, n as usize);
                let receiver = stack.pop();
                let method = stack.pop();
                match (method, receiver) {
                    (
                        Slot {
                            by: Some(m),
                            moved: false,
                        },
                        Slot {
                            by: Some(r),
                            moved: false,
                        },
                    ) if m == r => self.method_calls.push((j, m)),
                    _ => {
                        self.escape(method);
                        self.escape(receiver);
                    }
                }
                stack.push(pushed);
                return true;
            }
            Op::LoadMethod(_) => {
                let object = stack.pop();
                self.pushed_by[j] = object.by;
                self.escape(object);
                stack.push(pushed);
                stack.push(pushed);
                return true;
            }
            Op::LoadConst(_)
            | Op::LoadFast(_)
            | Op::LoadFastOperator(_)
            | Op::LoadGlobal(_)
            | Op::LoadGlobalCallee(_)
            | Op::LoadDeref(_)
            | Op::LoadClosure(_)
            | Op::ImportName(_)
            // These stand in place of a `LoadFast` (the ops after them stay).
            | Op::LoadLocalMethod(..)
            | Op::LoadLocalAttr(..)
            | Op::LoadGlobalAttr(..)
            | Op::StoreLocalAttr(..)
            | Op::SubscriptLocals(..)
            | Op::StoreSubscriptLocals(..)
            | Op::ReturnLocal(_) => (0, 1),
            // The module stays under the name imported.
            Op::ImportFrom(_) => (0, 1),
            Op::ImportStar => (1, 0),
            Op::StoreFast(_)
            | Op::StoreGlobal(_)
            | Op::StoreDeref(_)
            | Op::Pop
            | Op::Yield
            | Op::ExitWith
            | Op::ListAppend(_)
            | Op::SetAdd(_)
            // The dict stays under the mapping merged into it.
            | Op::DictUpdate
            | Op::KeywordMerge => (1, 0),
            Op::KeywordAdd => (2, 0),
            Op::DeleteFast(_)
            | Op::DeleteGlobal(_)
            | Op::DeleteDeref(_)
            | Op::PopBlock
            | Op::Nop => (0, 0),
            Op::Dup => (1, 2),
            Op::Dup2 => (2, 4),
            Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) | Op::Subscript => (2, 1),
            Op::AddStrConst(..)
            | Op::Unary(_)
            | Op::GetIter
            | Op::FormatValue
            | Op::Convert(_)
            | Op::LoadAttr(_)
            | Op::Super { .. }
            // The exception stays under the class it is matched against.
            | Op::ExceptionMatches => (1, 1),
            Op::FormatWithSpec => (2, 1),
            // `__exit__` and the exception in; the exception and a verdict out.
            Op::ExitWithError => (2, 2),
            Op::BuildList(n)
            | Op::BuildTuple(n)
            | Op::BuildSet(n)
            | Op::BuildConstSet(n)
            | Op::BuildFoldedSet(n)
            | Op::BuildString(n) => {
                (n as usize, 1)
            }
            Op::BuildDict(n) => (2 * n as usize, 1),
            Op::MapAdd(_) | Op::StoreAttr(_) | Op::DeleteSubscript => (2, 0),
            Op::DeleteAttr(_) => (1, 0),
            Op::RaiseFrom => (2, 0),
            Op::ListExtend | Op::SetUpdate => (1, 0),
            Op::ListToTuple => (1, 1),
            Op::MatchSequence { .. } => (1, 1),
            Op::MatchMapping { keys, .. } => (keys as usize + 1, 1),
            Op::MatchClass { keywords, .. } => (keywords as usize + 2, 1),
            Op::UnpackEx { before, after } => (1, before as usize + after as usize + 1),
            Op::PopExcept => (0, 0),
            // The rest, the list and the classes in; the rest left, the
            // list, the match and a verdict out.
            Op::StarMatch => (3, 4),
            // The list and an exception in; the list out.
            Op::StarRaised => (2, 1),
            Op::StarEnd => (3, 0),
            // The value out; the value sent in, in.
            Op::YieldValue => (1, 1),
            // The iterator and the value sent; what the iterator returned.
            Op::YieldFrom => (2, 1),
            Op::BuildClass { bases, .. } => (bases as usize + 1, 1),
            Op::StoreSubscript => (3, 0),
            Op::BuildSlice => (3, 1),
            Op::MakeFunction {
                defaults, closure, ..
            } => (defaults as usize + usize::from(closure), 1),
            Op::UnpackSequence(n) => (1, n as usize),
            Op::BeforeWith => (1, 2),
        };
        self.take(stack, pops);
        for _ in 0..pushes {
            stack.push(pushed);
        }
        true
    }

    /// The callable of a call, its arguments already taken: called, when one
    /// op pushed it where it is.
    fn call(&mut self, stack: &mut Stack) {
        match stack.pop() {
            Slot {
                by: Some(k),
                moved: false,
            } => self.called[k] = true,
            other => self.escape(other),
        }
    }
}

pub fn mark_operators(code: &mut Code) {
    for i in 0..code.ops.len().saturating_sub(2) {
        let Op::LoadFast(slot) = code.ops[i] else {
            continue;
        };
        let right = match code.ops[i + 1] {
            Op::LoadFast(_) => true,
            Op::LoadConst(c) => matches!(code.consts[c as usize], Const::Int(_)),
            _ => false,
        };
        let operator = matches!(
            code.ops[i + 2],
            Op::Binary(_) | Op::Inplace(_) | Op::Compare(_)
        );
        if right && operator {
            code.ops[i] = Op::LoadFastOperator(slot);
        }
    }
}

/// `LoadFast(x), LoadAttr(name)` becomes `LoadLocalAttr(x, name)` in place
/// of the first, and `LoadFast(x), StoreAttr(name)` `StoreLocalAttr(x,
/// name)`: `self.count += 1` reads and writes its attribute with no
/// reference count of `self` taken and dropped. `LoadGlobal(g),
/// LoadAttr(name)` becomes `LoadGlobalAttr(g, name)` the same way. The second
/// op stays, for what the fused one leaves to it (an attribute not where the
/// hint says, an unbound local, an error's position) and for a jump to it.
pub fn mark_local_attributes(code: &mut Code) {
    for i in 0..code.ops.len().saturating_sub(1) {
        match (code.ops[i], code.ops[i + 1]) {
            (Op::LoadFast(slot), Op::LoadAttr(name)) => {
                code.ops[i] = Op::LoadLocalAttr(slot, name);
            }
            (Op::LoadFast(slot), Op::StoreAttr(name)) => {
                code.ops[i] = Op::StoreLocalAttr(slot, name);
            }
            (Op::LoadGlobal(index), Op::LoadAttr(name)) => {
                code.ops[i] = Op::LoadGlobalAttr(index, name);
            }
            _ => {}
        }
    }
}

/// `LoadFast(c), LoadFast(k), Subscript` becomes `SubscriptLocals(c, k)` in
/// place of the first (the other two stay, for the traceback's position of
/// the subscript, for the case of an unbound local, and for a jump to the
/// second: `(a if c else b)[k]` jumps to the `LoadFast(k)`); the same for
/// `StoreSubscript`.
pub fn mark_local_subscripts(code: &mut Code) {
    for i in 0..code.ops.len().saturating_sub(2) {
        let (Op::LoadFast(container), Op::LoadFast(key)) = (code.ops[i], code.ops[i + 1]) else {
            continue;
        };
        match code.ops[i + 2] {
            Op::Subscript => code.ops[i] = Op::SubscriptLocals(container, key),
            Op::StoreSubscript => code.ops[i] = Op::StoreSubscriptLocals(container, key),
            _ => {}
        }
    }
}

/// `Jump(t)` where op `t` is `Return` becomes `Return`.
pub fn thread_jumps_to_return(code: &mut Code) {
    for i in 0..code.ops.len() {
        if let Op::Jump(target) = code.ops[i] {
            if code.ops.get(target as usize) == Some(&Op::Return) {
                code.ops[i] = Op::Return;
            }
        }
    }
}

/// In a function named `__init__`, `Return` becomes `ReturnInit`, which
/// gives the class's call its instance when the call ran the `__init__` in
/// the interpreter loop (`runtime/constructor.rs`): the check costs the
/// returns of `__init__`s only.
pub fn mark_init_returns(code: &mut Code) {
    if &*code.name != "__init__" {
        return;
    }
    for op in &mut code.ops {
        if *op == Op::Return {
            *op = Op::ReturnInit;
        }
    }
}

/// `LoadFast(n)` right before a `Return` becomes `ReturnLocal(n)`.
pub fn mark_local_returns(code: &mut Code) {
    for i in 0..code.ops.len().saturating_sub(1) {
        if let (Op::LoadFast(slot), Op::Return) = (code.ops[i], code.ops[i + 1]) {
            code.ops[i] = Op::ReturnLocal(slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::compile_module;

    /// The functions compiled from `source`.
    fn functions(source: &str) -> Vec<std::sync::Arc<Code>> {
        let module = compile_module(source, "main.py").expect("valid Python");
        module
            .consts
            .iter()
            .filter_map(|c| match c {
                Const::Code(code) => Some(code.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_jump_to_a_return_is_a_return() {
        let f = &functions("def f(n):\n    return n if n < 2 else f(n - 1)\n")[0];
        let jumps_to_return = f
            .ops
            .iter()
            .filter(|op| matches!(op, Op::Jump(t) if f.ops[*t as usize] == Op::Return));
        assert_eq!(jumps_to_return.count(), 0);
        assert_eq!(f.ops.iter().filter(|op| **op == Op::Return).count(), 3);
    }

    #[test]
    fn a_local_returned_is_returned_in_one_step() {
        let f = &functions("def f(n):\n    return n\n")[0];
        assert_eq!(f.ops[..2], [Op::ReturnLocal(0), Op::Return]);
    }

    #[test]
    fn a_global_called_is_a_callee() {
        let f = &functions("def f(n):\n    return g(n) + len(h)\n")[0];
        let loads: Vec<Op> = f
            .ops
            .iter()
            .copied()
            .filter(|op| matches!(op, Op::LoadGlobal(_) | Op::LoadGlobalCallee(_)))
            .collect();
        // g and len are called; h, only loaded, stays a LoadGlobal.
        assert_eq!(
            loads,
            [
                Op::LoadGlobalCallee(0),
                Op::LoadGlobalCallee(1),
                Op::LoadGlobal(2)
            ]
        );
    }

    #[test]
    fn a_local_receiver_is_lent() {
        let f = &functions("def f(xs, y):\n    xs.append(y)\n    (xs if y else y).pop()\n")[0];
        assert_eq!(
            f.ops[..3],
            [
                Op::LoadLocalMethod(0, 0),
                Op::LoadMethod(0),
                Op::LoadFast(1)
            ]
        );
        assert_eq!(f.ops[3], Op::CallLocalMethod(1, 0));
        // A receiver that is not one local's: a plain CallMethod.
        assert!(f.ops.contains(&Op::CallMethod(0)));
    }

    #[test]
    fn str_constants_added_are_fused_and_jumps_renumbered() {
        let f = &functions("def f(a, b):\n    return (a if b else b) + '!' + ('<' + a)\n")[0];
        assert_eq!(
            f.ops,
            [
                Op::LoadFast(1),
                Op::JumpIfFalse(4),
                Op::LoadFast(0),
                Op::Jump(5),
                Op::LoadFast(1),
                // The conditional's jumps went to the LoadConst('!') that
                // this took the place of.
                Op::AddStrConst(0, false),
                Op::LoadFast(0),
                Op::AddStrConst(1, true),
                Op::Binary(BinOp::Add),
                Op::Return,
                Op::LoadConst(2),
                Op::Return,
            ]
        );
        assert_eq!(f.ops.len(), f.lines.len());
        assert_eq!(f.ops.len(), f.positions.len());
    }

    #[test]
    fn operand_pairs_are_marked() {
        let f = &functions("def f(n):\n    return n - 1\n")[0];
        assert_eq!(f.ops[0], Op::LoadFastOperator(0));
    }
}
