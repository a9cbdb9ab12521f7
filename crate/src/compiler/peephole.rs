//! Marks the commonest operand pairs of arithmetic and comparisons, so the
//! interpreter can do them in one step (CPython 3.11 specialises the same
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

use super::bytecode::{Code, Const, Op};

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
    fn operand_pairs_are_marked() {
        let f = &functions("def f(n):\n    return n - 1\n")[0];
        assert_eq!(f.ops[0], Op::LoadFastOperator(0));
    }
}
