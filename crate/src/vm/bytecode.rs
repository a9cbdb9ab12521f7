//! The instruction set and a program (code + constants), with a tiny assembler.
//!
//! Close to CPython 3.11's bytecode, with two superinstructions:
//! * `ForRange` = `FOR_ITER` over a `range` + `STORE_FAST`, the loop counter kept
//!   unboxed in an iterator slot;
//! * `AddToLocal` = the step of `sum(genexpr)`: the generator yields a value and
//!   `sum` adds it to its running total.

use super::value::{Value, VmError};

/// The shared (global) variables: one, `counter`, shared by every thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Global {
    Counter,
}

/// Built-in functions that the programs call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `data_item(seed, index)`: item `index` of data set `seed`
    /// (`workloads::process_data::item`), i.e. `data[index]`.
    DataItem,
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Push constant number `.0`.
    LoadConst(u32),
    /// Push local variable `.0`.
    LoadFast(u32),
    /// Pop into local variable `.0`.
    StoreFast(u32),
    /// Push a shared variable (a separate read: not atomic with the store).
    LoadGlobal(Global),
    /// Pop into a shared variable.
    StoreGlobal(Global),
    /// Pop b, pop a, push a + b (also `+=`).
    BinaryAdd,
    BinarySub,
    BinaryMul,
    /// `a ** b`.
    BinaryPow,
    /// `a // b`.
    BinaryFloorDiv,
    /// `a % b`.
    BinaryMod,
    /// Pop a value and add it to local `.0` (`sum()` consuming a generator's value).
    AddToLocal(u32),
    /// Discard the top of the stack.
    PopTop,
    /// Pop stop, pop start: iterator slot `iter` becomes `range(start, stop)`.
    GetRange {
        iter: u32,
    },
    /// Next value of iterator `iter` into local `target`, or jump to `exit` when done.
    ForRange {
        iter: u32,
        target: u32,
        exit: u32,
    },
    /// Jump forward (no eval-breaker check).
    Jump(u32),
    /// Jump backward: the eval breaker (drop request) is checked here.
    JumpBackward(u32),
    /// Call a built-in; the eval breaker is checked (a call).
    CallBuiltin(Builtin),
    /// `time.sleep`: pop microseconds; the GIL is released while sleeping.
    Sleep,
    /// `lock.acquire()`: the shared `threading.Lock` (blocks with the GIL released).
    LockAcquire,
    /// `lock.release()`.
    LockRelease,
    /// Pop n, push the native Rust `sum(i*i for i in range(n))`, holding the GIL
    /// or releasing it while computing (a C extension that releases the GIL).
    CallNativeSumSquares {
        release_gil: bool,
    },
    /// Return the top of the stack.
    Return,
}

/// A compiled program.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// A Python-like rendering of the source, for display.
    pub name: String,
    pub source: String,
    pub code: Vec<Op>,
    pub consts: Vec<Value>,
    pub n_locals: u32,
    pub n_iters: u32,
    /// Names of the locals, for display.
    pub local_names: Vec<String>,
}

impl Program {
    /// Checks that every index and jump target is in range, so the interpreter
    /// may rely on it.
    ///
    /// # Errors
    /// The first malformed instruction.
    pub fn validate(&self) -> Result<(), VmError> {
        let len = u32::try_from(self.code.len()).unwrap_or(u32::MAX);
        let bad = |pc: usize, what: &str| {
            Err(VmError::Internal(format!(
                "{}: instruction {pc} has a bad {what}",
                self.name
            )))
        };
        for (pc, op) in self.code.iter().enumerate() {
            match *op {
                Op::LoadConst(c) if c as usize >= self.consts.len() => return bad(pc, "constant"),
                Op::LoadFast(l) | Op::StoreFast(l) | Op::AddToLocal(l) if l >= self.n_locals => {
                    return bad(pc, "local")
                }
                Op::GetRange { iter } if iter >= self.n_iters => return bad(pc, "iterator"),
                Op::ForRange { iter, target, exit }
                    if iter >= self.n_iters || target >= self.n_locals || exit >= len =>
                {
                    return bad(pc, "operand")
                }
                Op::Jump(t) | Op::JumpBackward(t) if t >= len => return bad(pc, "jump target"),
                _ => {}
            }
        }
        if !matches!(
            self.code.last(),
            Some(Op::Return | Op::Jump(_) | Op::JumpBackward(_))
        ) {
            return Err(VmError::Internal(format!(
                "{}: the code must end with a return or a jump",
                self.name
            )));
        }
        Ok(())
    }

    /// A disassembly, one instruction a line (for the page and for debugging).
    #[must_use]
    pub fn disassemble(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        for (pc, op) in self.code.iter().enumerate() {
            let _ = match *op {
                Op::LoadConst(c) => writeln!(out, "{pc:4} LOAD_CONST {}", self.consts[c as usize]),
                Op::LoadFast(l) => writeln!(out, "{pc:4} LOAD_FAST {}", self.local(l)),
                Op::StoreFast(l) => writeln!(out, "{pc:4} STORE_FAST {}", self.local(l)),
                Op::AddToLocal(l) => writeln!(out, "{pc:4} ADD_TO_LOCAL {}", self.local(l)),
                Op::ForRange { iter, target, exit } => writeln!(
                    out,
                    "{pc:4} FOR_RANGE it{iter} -> {} (exit {exit})",
                    self.local(target)
                ),
                other => writeln!(out, "{pc:4} {other:?}"),
            };
        }
        out
    }

    fn local(&self, l: u32) -> &str {
        self.local_names.get(l as usize).map_or("?", String::as_str)
    }
}

/// Builds a `Program`.
#[derive(Default)]
pub struct Asm {
    code: Vec<Op>,
    consts: Vec<Value>,
    local_names: Vec<String>,
    n_iters: u32,
}

impl Asm {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A new local variable.
    pub fn local(&mut self, name: &str) -> u32 {
        self.local_names.push(name.to_owned());
        u32::try_from(self.local_names.len() - 1).expect("few locals")
    }

    /// A new iterator slot.
    pub fn iter(&mut self) -> u32 {
        self.n_iters += 1;
        self.n_iters - 1
    }

    /// Emits `LOAD_CONST v` (constants are shared when equal).
    pub fn load_const(&mut self, v: Value) {
        let index = match self.consts.iter().position(|c| *c == v) {
            Some(i) => i,
            None => {
                self.consts.push(v);
                self.consts.len() - 1
            }
        };
        self.emit(Op::LoadConst(u32::try_from(index).expect("few constants")));
    }

    /// Emits `op`, returning its address.
    pub fn emit(&mut self, op: Op) -> u32 {
        self.code.push(op);
        self.here() - 1
    }

    /// The address of the next instruction.
    #[must_use]
    pub fn here(&self) -> u32 {
        u32::try_from(self.code.len()).expect("short programs")
    }

    /// Sets the exit address of the `ForRange` at `at` to `exit`.
    pub fn patch_exit(&mut self, at: u32, exit: u32) {
        if let Op::ForRange { exit: e, .. } = &mut self.code[at as usize] {
            *e = exit;
        }
    }

    /// `for target in range(<start and stop on the stack>): body` — emits the loop
    /// head, lets `body` emit the body, then the backward jump and the exit.
    pub fn for_range(&mut self, target: u32, body: impl FnOnce(&mut Self)) {
        let iter = self.iter();
        self.emit(Op::GetRange { iter });
        let head = self.emit(Op::ForRange {
            iter,
            target,
            exit: 0,
        });
        body(self);
        self.emit(Op::JumpBackward(head));
        let exit = self.here();
        self.patch_exit(head, exit);
    }

    /// The finished program.
    ///
    /// # Panics
    /// If the program is malformed (a bug in the builder).
    #[must_use]
    pub fn finish(self, name: &str, source: &str) -> Program {
        let program = Program {
            name: name.to_owned(),
            source: source.to_owned(),
            code: self.code,
            consts: self.consts,
            n_locals: u32::try_from(self.local_names.len()).expect("few locals"),
            n_iters: self.n_iters,
            local_names: self.local_names,
        };
        if let Err(e) = program.validate() {
            panic!("malformed built-in program: {e}");
        }
        program
    }
}
