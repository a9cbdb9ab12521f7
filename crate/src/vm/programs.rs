//! The built-in programs, written directly as bytecode (no parser), each with
//! the Python source it stands for.

use super::bytecode::{Asm, Builtin, Global, Op, Program};
use super::value::Value;

fn int(v: u64) -> Value {
    Value::from_i128(i128::from(v))
}

/// Seconds to whole microseconds (the unit of `Op::Sleep`).
fn micros(seconds: f64) -> Value {
    let us = if seconds.is_finite() && seconds > 0.0 {
        (seconds * 1e6).round()
    } else {
        0.0
    };
    #[allow(clippy::cast_possible_truncation)]
    Value::Int(us.min(9.0e15) as i64)
}

/// Emits `acc += sum(i*i for i in range(<stop>))` where `emit_stop` pushes the
/// stop value; `square` picks `i*i` (`BinaryMul`) or `i**2` (`BinaryPow`).
fn emit_genexpr_sum(a: &mut Asm, acc: u32, i: u32, pow: bool, emit_stop: impl FnOnce(&mut Asm)) {
    a.load_const(Value::Int(0));
    emit_stop(a);
    a.for_range(i, |a| {
        a.emit(Op::LoadFast(i));
        if pow {
            a.load_const(Value::Int(2));
            a.emit(Op::BinaryPow);
        } else {
            a.emit(Op::LoadFast(i));
            a.emit(Op::BinaryMul);
        }
        a.emit(Op::AddToLocal(acc)); // the generator yields, sum() adds
    });
}

/// ```python
/// result = 0
/// for i in range(n):
///     result += i ** 2
/// return result
/// ```
#[must_use]
pub fn sum_squares_loop(n: u64) -> Program {
    let mut a = Asm::new();
    let result = a.local("result");
    let i = a.local("i");
    a.load_const(Value::Int(0));
    a.emit(Op::StoreFast(result));
    a.load_const(Value::Int(0));
    a.load_const(int(n));
    a.for_range(i, |a| {
        a.emit(Op::LoadFast(result));
        a.emit(Op::LoadFast(i));
        a.load_const(Value::Int(2));
        a.emit(Op::BinaryPow);
        a.emit(Op::BinaryAdd);
        a.emit(Op::StoreFast(result));
    });
    a.emit(Op::LoadFast(result));
    a.emit(Op::Return);
    a.finish(
        "sum_squares_loop",
        &format!("result = 0\nfor i in range({n}):\n    result += i ** 2\nreturn result"),
    )
}

/// ```python
/// return sum(i*i for i in range(n))
/// ```
#[must_use]
pub fn sum_squares_genexpr(n: u64) -> Program {
    let mut a = Asm::new();
    let acc = a.local("<sum>");
    let i = a.local("i");
    a.load_const(Value::Int(0));
    a.emit(Op::StoreFast(acc));
    emit_genexpr_sum(&mut a, acc, i, false, |a| a.load_const(int(n)));
    a.emit(Op::LoadFast(acc));
    a.emit(Op::Return);
    a.finish(
        "sum_squares_genexpr",
        &format!("return sum(i*i for i in range({n}))"),
    )
}

/// ```python
/// total = 0
/// for index in range(start, start + count):
///     item = data[index]          # data_item(seed, index)
///     total += sum(i**2 for i in range(item))
/// return total
/// ```
/// Equals `workloads::process_data::process_data_chunk(seed, start, count)`.
#[must_use]
pub fn process_data_chunk(seed: u64, start: u64, count: u64) -> Program {
    let mut a = Asm::new();
    let total = a.local("total");
    let index = a.local("index");
    let item = a.local("item");
    let processed = a.local("<sum>");
    let i = a.local("i");
    a.load_const(Value::Int(0));
    a.emit(Op::StoreFast(total));
    a.load_const(int(start));
    a.load_const(Value::from_i128(i128::from(start) + i128::from(count)));
    a.for_range(index, |a| {
        a.load_const(int(seed));
        a.emit(Op::LoadFast(index));
        a.emit(Op::CallBuiltin(Builtin::DataItem));
        a.emit(Op::StoreFast(item));
        a.load_const(Value::Int(0));
        a.emit(Op::StoreFast(processed));
        emit_genexpr_sum(a, processed, i, true, |a| {
            a.emit(Op::LoadFast(item));
        });
        a.emit(Op::LoadFast(total));
        a.emit(Op::LoadFast(processed));
        a.emit(Op::BinaryAdd);
        a.emit(Op::StoreFast(total));
    });
    a.emit(Op::LoadFast(total));
    a.emit(Op::Return);
    a.finish(
        "process_data_chunk",
        &format!(
            "total = 0\nfor index in range({start}, {start} + {count}):\n    item = data[index]  # seed {seed}\n    total += sum(i**2 for i in range(item))\nreturn total"
        ),
    )
}

/// ```python
/// for _ in range(n):
///     counter += 1            # global counter
/// ```
/// or, `with_lock`:
/// ```python
/// for _ in range(n):
///     with lock:
///         counter += 1
/// ```
/// Returns `None`; the result is in the shared counter.
#[must_use]
pub fn counter_increment(n: u64, with_lock: bool) -> Program {
    let mut a = Asm::new();
    let underscore = a.local("_");
    a.load_const(Value::Int(0));
    a.load_const(int(n));
    a.for_range(underscore, |a| {
        if with_lock {
            a.emit(Op::LockAcquire);
            a.emit(Op::PopTop);
        }
        a.emit(Op::LoadGlobal(Global::Counter));
        a.load_const(Value::Int(1));
        a.emit(Op::BinaryAdd);
        a.emit(Op::StoreGlobal(Global::Counter));
        if with_lock {
            a.emit(Op::LockRelease);
            a.emit(Op::PopTop);
        }
    });
    a.load_const(Value::None);
    a.emit(Op::Return);
    let source = if with_lock {
        format!("for _ in range({n}):\n    with lock:\n        counter += 1")
    } else {
        format!("for _ in range({n}):\n    counter += 1")
    };
    a.finish(
        if with_lock {
            "counter_increment_locked"
        } else {
            "counter_increment"
        },
        &source,
    )
}

/// ```python
/// time.sleep(seconds)        # stands for blocking I/O
/// ```
#[must_use]
pub fn sleep(seconds: f64) -> Program {
    let mut a = Asm::new();
    a.load_const(micros(seconds));
    a.emit(Op::Sleep);
    a.emit(Op::Return);
    a.finish("sleep", &format!("time.sleep({seconds})"))
}

/// ```python
/// for _ in range(ops):
///     time.sleep(seconds_each)   # many short I/O waits
/// ```
#[must_use]
pub fn io_loop(ops: u64, seconds_each: f64) -> Program {
    let mut a = Asm::new();
    let underscore = a.local("_");
    a.load_const(Value::Int(0));
    a.load_const(int(ops));
    a.for_range(underscore, |a| {
        a.load_const(micros(seconds_each));
        a.emit(Op::Sleep);
        a.emit(Op::PopTop);
    });
    a.load_const(Value::None);
    a.emit(Op::Return);
    a.finish(
        "io_loop",
        &format!("for _ in range({ops}):\n    time.sleep({seconds_each})"),
    )
}

/// CPU loops with I/O between them:
/// ```python
/// total = 0
/// for _ in range(rounds):
///     total += sum(i*i for i in range(n))
///     time.sleep(seconds)
/// return total
/// ```
#[must_use]
pub fn cpu_and_io(rounds: u64, n: u64, seconds: f64) -> Program {
    let mut a = Asm::new();
    let total = a.local("total");
    let round = a.local("_");
    let i = a.local("i");
    a.load_const(Value::Int(0));
    a.emit(Op::StoreFast(total));
    a.load_const(Value::Int(0));
    a.load_const(int(rounds));
    a.for_range(round, |a| {
        emit_genexpr_sum(a, total, i, false, |a| a.load_const(int(n)));
        a.load_const(micros(seconds));
        a.emit(Op::Sleep);
        a.emit(Op::PopTop);
    });
    a.emit(Op::LoadFast(total));
    a.emit(Op::Return);
    a.finish(
        "cpu_and_io",
        &format!(
            "total = 0\nfor _ in range({rounds}):\n    total += sum(i*i for i in range({n}))\n    time.sleep({seconds})\nreturn total"
        ),
    )
}

/// A native kernel (Rust's `sum_squares`) called from the interpreter, holding
/// the GIL or releasing it while it computes:
/// ```python
/// return native.sum_squares(n)    # a C extension; release_gil like numpy
/// ```
#[must_use]
pub fn native_sum_squares(n: u64, release_gil: bool) -> Program {
    let mut a = Asm::new();
    a.load_const(int(n));
    a.emit(Op::CallNativeSumSquares { release_gil });
    a.emit(Op::Return);
    a.finish(
        if release_gil {
            "native_sum_squares_nogil"
        } else {
            "native_sum_squares"
        },
        &format!(
            "return native.sum_squares({n})  # {}",
            if release_gil {
                "releases the GIL"
            } else {
                "holds the GIL"
            }
        ),
    )
}
