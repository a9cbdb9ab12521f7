//! The interpreter loop: a `match` over a `&[Op]`, one-word values with
//! small-integer fast paths (see [`super::heap`]), the eval breaker (GIL drop
//! request) polled at backward jumps and calls.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::gil::{BreakerPoints, Gil, GilConfig};
use crate::trace::{Recorder, State};
use crate::workloads::process_data::item;
use crate::workloads::sum_squares::sum_squares;

use super::bytecode::{Builtin, Global, Op, Program};
use super::heap::{Heap, Slot};
use super::shared::Shared;
use super::value::{VmError, VmResult};

/// What one interpreter thread runs with: the GIL, the shared state, its recorder.
pub struct ThreadCtx<'a> {
    pub gil: &'a Gil,
    pub shared: &'a Shared,
    pub rec: Recorder,
}

impl<'a> ThreadCtx<'a> {
    #[must_use]
    pub fn new(gil: &'a Gil, shared: &'a Shared, thread: u32) -> Self {
        Self {
            gil,
            shared,
            rec: Recorder::new(thread),
        }
    }
}

/// Runs `program` on the current thread, which must hold `ctx.gil` (see
/// [`Gil::acquire`]) and holds it again when this returns.
///
/// # Errors
/// The Python exception the program raised (e.g. `OverflowError`).
pub fn execute(program: &Program, ctx: &mut ThreadCtx<'_>) -> VmResult {
    program.validate()?;
    match ctx.gil.config().breaker_points {
        BreakerPoints::JumpsAndCalls => run::<false>(program, ctx),
        BreakerPoints::EveryInstruction => run::<true>(program, ctx),
    }
}

/// Runs `program` alone: no GIL, fresh shared state, no trace kept.
///
/// # Errors
/// The Python exception the program raised.
pub fn run_alone(program: &Program) -> VmResult {
    let gil = Gil::new(GilConfig::disabled());
    let shared = Shared::new();
    let mut ctx = ThreadCtx::new(&gil, &shared, 0);
    execute(program, &mut ctx)
}

#[cold]
fn underflow() -> VmError {
    VmError::Internal("stack underflow".into())
}

#[cold]
#[inline(never)]
fn yield_gil(ctx: &mut ThreadCtx<'_>) {
    ctx.gil.yield_gil(&mut ctx.rec);
}

#[inline(always)]
fn breaker_set(breaker: &AtomicBool) -> bool {
    breaker.load(Ordering::Relaxed)
}

fn to_u64(heap: &Heap, v: Slot, what: &'static str) -> Result<u64, VmError> {
    match heap.as_i128(v) {
        Some(x) => u64::try_from(x).map_err(|_| VmError::Value(format!("{what} out of range"))),
        None => Err(VmError::Type(format!("{what} must be an int"))),
    }
}

#[allow(clippy::too_many_lines)]
fn run<const EVERY_INSTRUCTION: bool>(program: &Program, ctx: &mut ThreadCtx<'_>) -> VmResult {
    let code: &[Op] = &program.code;
    let mut heap = Heap::new();
    let mut consts: Vec<Slot> = program.consts.iter().map(|&c| heap.from_value(c)).collect();
    let mut locals = vec![Slot::NONE; program.n_locals as usize];
    let mut iters: Vec<(i64, i64)> = vec![(0, 0); program.n_iters as usize];
    let mut stack: Vec<Slot> = Vec::with_capacity(16);
    let gil = ctx.gil;
    let breaker = gil.eval_breaker();
    let mut pc = 0usize;

    macro_rules! pop {
        () => {
            match stack.pop() {
                Some(v) => v,
                None => return Err(underflow()),
            }
        };
    }
    macro_rules! binary {
        ($method:ident) => {{
            let b = pop!();
            match stack.last_mut() {
                Some(a) => *a = heap.$method(*a, b)?,
                None => return Err(underflow()),
            }
        }};
    }

    loop {
        let op = code[pc];
        pc += 1;
        if EVERY_INSTRUCTION
            && !matches!(op, Op::LoadFast(_) | Op::StoreFast(_) | Op::LoadConst(_))
            && breaker_set(breaker)
        {
            yield_gil(ctx);
        }
        match op {
            Op::LoadConst(c) => stack.push(consts[c as usize]),
            Op::LoadFast(l) => stack.push(locals[l as usize]),
            Op::StoreFast(l) => locals[l as usize] = pop!(),
            Op::LoadGlobal(Global::Counter) => {
                let v = ctx.shared.counter.load(Ordering::Relaxed);
                stack.push(heap.int(i128::from(v)));
            }
            Op::StoreGlobal(Global::Counter) => {
                let v = heap.as_i64(pop!(), "counter")?;
                ctx.shared.counter.store(v, Ordering::Relaxed);
            }
            Op::BinaryAdd => binary!(add),
            Op::BinarySub => binary!(sub),
            Op::BinaryMul => binary!(mul),
            Op::BinaryPow => binary!(pow),
            Op::BinaryFloorDiv => binary!(floor_div),
            Op::BinaryMod => binary!(modulo),
            Op::AddToLocal(l) => {
                let v = pop!();
                let slot = &mut locals[l as usize];
                *slot = heap.add(*slot, v)?;
            }
            Op::PopTop => {
                pop!();
            }
            Op::GetRange { iter } => {
                let stop = heap.as_i64(pop!(), "range stop")?;
                let start = heap.as_i64(pop!(), "range start")?;
                iters[iter as usize] = (start, stop);
            }
            Op::ForRange { iter, target, exit } => {
                let it = &mut iters[iter as usize];
                if it.0 < it.1 {
                    locals[target as usize] = match Slot::small(it.0) {
                        Some(s) => s,
                        None => heap.int(i128::from(it.0)),
                    };
                    it.0 += 1;
                } else {
                    pc = exit as usize;
                }
            }
            Op::Jump(t) => pc = t as usize,
            Op::JumpBackward(t) => {
                pc = t as usize;
                if heap.needs_collect() {
                    heap.collect(&mut [&mut locals, &mut stack, &mut consts]);
                }
                if !EVERY_INSTRUCTION && breaker_set(breaker) {
                    yield_gil(ctx);
                }
            }
            Op::CallBuiltin(Builtin::DataItem) => {
                if !EVERY_INSTRUCTION && breaker_set(breaker) {
                    yield_gil(ctx);
                }
                let index = to_u64(&heap, pop!(), "index")?;
                let seed = to_u64(&heap, pop!(), "seed")?;
                stack.push(heap.int(i128::from(item(seed, index))));
            }
            Op::Sleep => {
                let us = heap.as_i64(pop!(), "sleep duration")?;
                if us < 0 {
                    return Err(VmError::Value("sleep length must be non-negative".into()));
                }
                #[allow(clippy::cast_precision_loss)]
                let ms = us as f64 / 1000.0;
                gil.io_sleep(&mut ctx.rec, ms);
                stack.push(Slot::NONE);
            }
            Op::LockAcquire => {
                if !EVERY_INSTRUCTION && breaker_set(breaker) {
                    yield_gil(ctx);
                }
                ctx.shared.lock.acquire(gil, &mut ctx.rec);
                stack.push(Slot::NONE);
            }
            Op::LockRelease => {
                if !EVERY_INSTRUCTION && breaker_set(breaker) {
                    yield_gil(ctx);
                }
                ctx.shared.lock.release()?;
                stack.push(Slot::NONE);
            }
            Op::CallNativeSumSquares { release_gil } => {
                if !EVERY_INSTRUCTION && breaker_set(breaker) {
                    yield_gil(ctx);
                }
                let n = to_u64(&heap, pop!(), "n")?;
                let result = if release_gil {
                    gil.allow_threads(&mut ctx.rec, State::Native, || sum_squares(n))
                } else {
                    sum_squares(n)
                };
                let total = result.map_err(VmError::Value)?;
                let total = i128::try_from(total).map_err(|_| VmError::Overflow("integer"))?;
                stack.push(heap.int(total));
            }
            Op::Return => return Ok(heap.to_value(pop!())),
        }
    }
}
