//! The bytecode interpreter: exact results (equal to the native kernels and to
//! Python), overflow beyond support, the built-in programs.

use gil_playground::gil::GilConfig;
use gil_playground::vm::bytecode::{Asm, Op, Program};
use gil_playground::vm::engine::{run, ProgramSpec, RunConfig, StdThreads};
use gil_playground::vm::heap::Heap;
use gil_playground::vm::interp::run_alone;
use gil_playground::vm::programs::{
    counter_increment, cpu_and_io, io_loop, native_sum_squares, process_data_chunk, sleep,
    sum_squares_genexpr, sum_squares_loop,
};
use gil_playground::vm::value::{Value, VmError};
use gil_playground::workloads::process_data;
use gil_playground::workloads::sum_squares::{sum_squares, sum_squares_formula};

fn value(v: u128) -> Value {
    Value::from_u128(v).expect("fits")
}

#[test]
fn sum_squares_of_ten_million_is_pythons_value_beyond_64_bits() {
    // python3 -c "print(sum(i*i for i in range(10_000_000)))"
    let expected: u128 = 333_333_283_333_335_000_000;
    assert_eq!(
        run_alone(&sum_squares_genexpr(10_000_000)),
        Ok(value(expected))
    );
    assert_eq!(
        run_alone(&sum_squares_loop(10_000_000)),
        Ok(value(expected))
    );
    assert_eq!(
        run_alone(&sum_squares_genexpr(10_000_000))
            .unwrap()
            .to_string(),
        "333333283333335000000"
    );
}

#[test]
fn both_forms_equal_the_native_kernel() {
    for n in [0, 1, 2, 3, 4, 10, 999, 1000, 65_536, 123_457, 4_000_000] {
        let native = sum_squares(n).unwrap();
        assert_eq!(
            run_alone(&sum_squares_genexpr(n)),
            Ok(value(native)),
            "n = {n}"
        );
        assert_eq!(
            run_alone(&sum_squares_loop(n)),
            Ok(value(native)),
            "n = {n}"
        );
    }
}

#[test]
fn crossing_64_bits_and_back() {
    // sum(i*i for i in range(3_100_000)) first exceeds 2^63 near n = 3.04e6.
    let n = 3_100_000;
    let expected = sum_squares_formula(n);
    assert!(expected > u128::from(i64::MAX as u64));
    assert_eq!(run_alone(&sum_squares_genexpr(n)), Ok(value(expected)));
}

#[test]
fn process_data_chunk_equals_the_native_kernel() {
    for (seed, start, count) in [(42, 0, 50), (7, 1000, 20), (u64::MAX, 3, 5), (0, 0, 0)] {
        let native = process_data::process_data_chunk(seed, start, count);
        assert_eq!(
            run_alone(&process_data_chunk(seed, start, count)),
            Ok(value(native)),
            "seed {seed} start {start} count {count}"
        );
    }
}

#[test]
fn integer_arithmetic_is_exact_up_to_128_bits_then_raises() {
    let mut heap = Heap::new();
    // 2**100 == 1267650600228229401496703205376 (Python)
    let two = heap.int(2);
    let hundred = heap.int(100);
    let big = heap.pow(two, hundred).unwrap();
    assert_eq!(
        heap.to_value(big).to_string(),
        "1267650600228229401496703205376"
    );
    // 2**126 fits, 2**127 does not (Python would give 170141183460469231731687303715884105728).
    let e126 = heap.int(126);
    assert!(heap.pow(two, e126).is_ok());
    let e127 = heap.int(127);
    let err = heap.pow(two, e127).unwrap_err();
    assert!(matches!(err, VmError::Overflow(_)));
    assert!(err.to_string().starts_with("OverflowError"), "{err}");

    // i64 boundaries promote and demote.
    let max = heap.int(i128::from(i64::MAX));
    let one = heap.int(1);
    let over = heap.add(max, one).unwrap();
    assert_eq!(heap.to_value(over), Value::Big(i128::from(i64::MAX) + 1));
    let back = heap.sub(over, one).unwrap();
    assert_eq!(heap.to_value(back), Value::Int(i64::MAX));
    let min = heap.int(i128::from(i64::MIN));
    let prod = heap.mul(min, min).unwrap();
    assert_eq!(
        heap.to_value(prod),
        Value::Big(i128::from(i64::MIN) * i128::from(i64::MIN))
    );
    // Python's floor division and modulo signs.
    let (m7, two_) = (heap.int(-7), heap.int(2));
    let q = heap.floor_div(m7, two_).unwrap();
    let r = heap.modulo(m7, two_).unwrap();
    assert_eq!(
        (heap.to_value(q), heap.to_value(r)),
        (Value::Int(-4), Value::Int(1))
    );
    let zero = heap.int(0);
    assert_eq!(heap.floor_div(one, zero), Err(VmError::ZeroDivision));
    // None + 1 is a TypeError.
    assert!(matches!(
        heap.add(gil_playground::vm::heap::Slot::NONE, one),
        Err(VmError::Type(_))
    ));
}

#[test]
fn value_enum_arithmetic_agrees() {
    let a = Value::Int(i64::MAX);
    assert_eq!(
        a.py_add(Value::Int(1)),
        Ok(Value::Big(i128::from(i64::MAX) + 1))
    );
    assert_eq!(Value::Int(3).py_pow(Value::Int(4)), Ok(Value::Int(81)));
    assert!(Value::Big(i128::MAX).py_add(Value::Int(1)).is_err());
    assert_eq!(Value::Int(7).modulo(Value::Int(-2)), Ok(Value::Int(-1)));
}

/// A program that squares forever: x = 3; loop: x = x * x. Must raise, not wrap.
fn squaring_program() -> Program {
    let mut a = Asm::new();
    let x = a.local("x");
    let i = a.local("i");
    a.load_const(Value::Int(3));
    a.emit(Op::StoreFast(x));
    a.load_const(Value::Int(0));
    a.load_const(Value::Int(100));
    a.for_range(i, |a| {
        a.emit(Op::LoadFast(x));
        a.emit(Op::LoadFast(x));
        a.emit(Op::BinaryMul);
        a.emit(Op::StoreFast(x));
    });
    a.emit(Op::LoadFast(x));
    a.emit(Op::Return);
    a.finish(
        "square_forever",
        "x = 3\nfor i in range(100):\n    x = x * x",
    )
}

#[test]
fn overflow_beyond_128_bits_is_an_overflow_error_never_a_wrong_number() {
    let err = run_alone(&squaring_program()).unwrap_err();
    assert!(err.to_string().starts_with("OverflowError:"), "{err}");
}

#[test]
fn many_large_intermediates_are_collected() {
    // Every iteration past ~3.04e6 allocates a large integer; the heap must be
    // collected (else memory grows) and results stay exact.
    let n = 3_200_000;
    assert_eq!(
        run_alone(&sum_squares_loop(n)),
        Ok(value(sum_squares_formula(n)))
    );
}

#[test]
fn native_kernel_programs() {
    for release in [false, true] {
        assert_eq!(
            run_alone(&native_sum_squares(1000, release)),
            Ok(value(sum_squares(1000).unwrap()))
        );
    }
    let err = run_alone(&native_sum_squares(u64::MAX, true)).unwrap_err();
    assert!(err.to_string().contains("supported maximum"), "{err}");
}

#[test]
fn counter_alone_is_exact_and_returns_none() {
    for with_lock in [false, true] {
        let result = run(
            &RunConfig {
                gil: GilConfig::default(),
                threads: vec![ProgramSpec::CounterIncrement {
                    n: 10_000,
                    with_lock,
                }],
            },
            &StdThreads,
        );
        assert_eq!(result.counter, 10_000);
        assert_eq!(result.threads[0].value.as_deref(), Some("None"));
    }
}

#[test]
fn io_programs_sleep_and_mixed_program_is_exact() {
    let t0 = gil_playground::clock::now_ms();
    assert_eq!(run_alone(&sleep(0.02)), Ok(Value::None));
    assert_eq!(run_alone(&io_loop(5, 0.002)), Ok(Value::None));
    let dt = gil_playground::clock::now_ms() - t0;
    assert!(dt >= 29.0, "slept only {dt} ms");
    assert_eq!(
        run_alone(&cpu_and_io(3, 1000, 0.001)),
        Ok(value(3 * sum_squares(1000).unwrap()))
    );
}

#[test]
fn programs_validate_and_disassemble() {
    let all = [
        sum_squares_loop(10),
        sum_squares_genexpr(10),
        process_data_chunk(1, 2, 3),
        counter_increment(5, true),
        counter_increment(5, false),
        sleep(0.1),
        io_loop(3, 0.1),
        cpu_and_io(2, 10, 0.1),
        native_sum_squares(10, true),
    ];
    for p in &all {
        p.validate().unwrap();
        let text = p.disassemble();
        assert!(text.contains("Return") || text.contains("RETURN"), "{text}");
    }
    let loop_text = sum_squares_loop(10).disassemble();
    assert!(loop_text.contains("BinaryPow") && loop_text.contains("JumpBackward"));
    let gen_text = sum_squares_genexpr(10).disassemble();
    assert!(gen_text.contains("BinaryMul") && !gen_text.contains("BinaryPow"));
    // A malformed program is refused, not run.
    let bad = Program {
        name: "bad".into(),
        source: String::new(),
        code: vec![Op::Jump(7)],
        consts: vec![],
        n_locals: 0,
        n_iters: 0,
        local_names: vec![],
    };
    assert!(run_alone(&bad).is_err());
}

#[test]
fn specs_round_trip_through_json() {
    let config = RunConfig {
        gil: GilConfig::with_interval(1.0),
        threads: vec![
            ProgramSpec::SumSquaresGenexpr { n: 5 },
            ProgramSpec::CounterIncrement {
                n: 3,
                with_lock: true,
            },
            ProgramSpec::IoLoop {
                ops: 2,
                seconds_each: 0.001,
            },
        ],
    };
    let json = serde_json::to_string(&config).unwrap();
    assert!(
        json.contains("\"program\":\"sum_squares_genexpr\""),
        "{json}"
    );
    let back: RunConfig = serde_json::from_str(&json).unwrap();
    assert_eq!(back, config);
    let result = run(&config, &StdThreads);
    let out = serde_json::to_string(&result).unwrap();
    assert!(out.contains("\"state\":\"running\""), "{out}");
    assert_eq!(result.threads[0].value.as_deref(), Some("30"));
    assert_eq!(result.counter, 3);
}
