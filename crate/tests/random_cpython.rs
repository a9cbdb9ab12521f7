//! `objects::random` draws what CPython 3.11's `random` draws, bit for bit.
//!
//! The expected values are in `random_cpython.json`, recorded by running
//! `random_cpython.py` (beside this file) with CPython 3.11:
//!
//! ```text
//! python3 crate/tests/random_cpython.py > crate/tests/random_cpython.json
//! ```
//!
//! Each recorded case seeds a fresh generator and makes calls in order; every
//! result (floats to the bit, integers of any size, shuffles) and every error
//! (type and message) must be CPython's.

use std::str::FromStr;
use std::time::Instant;

use gil_playground::objects::random::{Random, RandomError};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Recording {
    python: String,
    seeds: Vec<Seed>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum Seed {
    Int(String),
    Str(String),
    Bytes(Vec<u8>),
    Entropy(Vec<u32>),
}

#[derive(Deserialize)]
struct Case {
    label: String,
    seed: usize,
    calls: Vec<Call>,
}

#[derive(Deserialize)]
struct Call {
    op: String,
    args: Vec<Option<String>>,
    ok: Option<Value>,
    err: Option<String>,
}

fn recording() -> Recording {
    serde_json::from_str(include_str!("random_cpython.json")).expect("random_cpython.json")
}

fn int(s: &str) -> BigInt {
    BigInt::from_str(s).expect("an int")
}

fn seeded(seed: &Seed) -> Random {
    match seed {
        Seed::Int(n) => Random::from_int(&int(n)),
        Seed::Str(s) => Random::from_str(s),
        Seed::Bytes(b) => Random::from_bytes(b),
        Seed::Entropy(words) => Random::from_entropy(words),
    }
}

/// What a call gave, in the recording's terms: `Ok(json)` or `Err("Type: msg")`.
type Outcome = Result<Value, String>;

fn ok_int(r: Result<BigInt, RandomError>) -> Outcome {
    r.map(|n| Value::String(n.to_string()))
        .map_err(|e| e.to_string())
}

fn float(x: f64) -> Outcome {
    // Compared by bits below; the string is for the failure message.
    Ok(Value::String(format!("{x:?}")))
}

/// Runs one recorded call on `r`. Where a fast path exists (`i64`, `u64`,
/// plain `getrandbits`), it is run on a clone too and must agree in result
/// and in the state it leaves.
fn call(r: &mut Random, op: &str, args: &[Option<String>]) -> Outcome {
    let arg = |i: usize| args[i].as_deref().expect("an argument");
    match op {
        "random" => float(r.random()),
        "uniform" => {
            let (a, b) = (arg(0).parse().unwrap(), arg(1).parse().unwrap());
            float(r.uniform(a, b))
        }
        "getrandbits" => {
            let k = int(arg(0));
            let mut plain = r.clone();
            let got = r.getrandbits_checked(&k);
            if let (Ok(n), Some(k)) = (&got, k.to_u64()) {
                assert_eq!(&plain.getrandbits(k), n, "getrandbits({k})");
                assert_eq!(&plain, r, "state after getrandbits({k})");
            }
            ok_int(got)
        }
        "randbelow" => {
            let n = int(arg(0));
            let mut fast = r.clone();
            let got = r.randbelow(&n);
            if let Some(small) = n.to_u64() {
                assert_eq!(BigInt::from(fast.randbelow_u64(small)), got);
                assert_eq!(&fast, r, "state after randbelow_u64({n})");
            }
            ok_int(Ok(got))
        }
        "randrange" => {
            let (start, step) = (int(arg(0)), int(arg(2)));
            let stop = args[1].as_deref().map(int);
            let mut fast = r.clone();
            let got = r.randrange(&start, stop.as_ref(), &step);
            let small_stop = stop.as_ref().map(|s| s.to_i64());
            if let (Some(a), Some(c), None | Some(Some(_))) =
                (start.to_i64(), step.to_i64(), small_stop)
            {
                let f = fast.randrange_i64(a, small_stop.flatten(), c);
                assert_eq!(f.map(BigInt::from), got, "randrange_i64");
                assert_eq!(&fast, r, "state after randrange_i64");
            }
            ok_int(got)
        }
        "randint" => {
            let (a, b) = (int(arg(0)), int(arg(1)));
            let mut fast = r.clone();
            let got = r.randint(&a, &b);
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                assert_eq!(fast.randint_i64(x, y).map(BigInt::from), got, "randint_i64");
                assert_eq!(&fast, r, "state after randint_i64");
            }
            ok_int(got)
        }
        "choice" => r
            .choice_index(arg(0).parse().unwrap())
            .map(Value::from)
            .map_err(|e| e.to_string()),
        "shuffle" => {
            let mut items: Vec<u32> = (0..arg(0).parse().unwrap()).collect();
            r.shuffle(&mut items);
            Ok(Value::from(items))
        }
        "fold32" => {
            let mut acc = 0u64;
            for _ in 0..arg(0).parse::<u32>().unwrap() {
                acc = acc
                    .wrapping_mul(1_000_003)
                    .wrapping_add(u64::from(r.next_u32()));
            }
            Ok(Value::String(acc.to_string()))
        }
        _ => panic!("unknown op {op}"),
    }
}

/// Recorded and computed outcomes are equal; floats by their bits.
fn same(op: &str, want: &Outcome, got: &Outcome) -> bool {
    match (op, want, got) {
        ("random" | "uniform", Ok(Value::String(w)), Ok(Value::String(g))) => {
            let w: f64 = w.parse().unwrap();
            let g: f64 = g.parse().unwrap();
            w.to_bits() == g.to_bits()
        }
        _ => want == got,
    }
}

#[test]
fn every_recorded_call_draws_what_cpython_3_11_drew() {
    let rec = recording();
    assert!(
        rec.python.starts_with("3.11."),
        "recorded by {}",
        rec.python
    );
    let mut failures = Vec::new();
    let mut calls = 0;
    for case in &rec.cases {
        let mut r = seeded(&rec.seeds[case.seed]);
        for (i, c) in case.calls.iter().enumerate() {
            let want: Outcome = match (&c.ok, &c.err) {
                (Some(v), None) => Ok(v.clone()),
                (None, Some(e)) => Err(e.clone()),
                _ => panic!("a call records ok or err"),
            };
            let got = call(&mut r, &c.op, &c.args);
            calls += 1;
            if !same(&c.op, &want, &got) {
                failures.push(format!(
                    "seed #{} {} call {i} {}{:?}: want {want:?}, got {got:?}",
                    case.seed, case.label, c.op, c.args
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(calls > 1000, "only {calls} calls recorded");
}

#[test]
fn the_recording_covers_what_the_module_offers() {
    let rec = recording();
    let ops: std::collections::BTreeSet<&str> = rec
        .cases
        .iter()
        .flat_map(|c| c.calls.iter().map(|c| c.op.as_str()))
        .collect();
    for op in [
        "random",
        "uniform",
        "getrandbits",
        "randbelow",
        "randrange",
        "randint",
        "choice",
        "shuffle",
        "fold32",
    ] {
        assert!(ops.contains(op), "no {op} in the recording");
    }
    let errors = rec
        .cases
        .iter()
        .flat_map(|c| &c.calls)
        .filter(|c| c.err.is_some())
        .count();
    assert!(errors >= 20, "{errors} errors recorded");
}

#[test]
fn readable_examples() {
    // python3 -c "import random; random.seed(0); print(repr(random.random()))"
    // 0.8444218515250481
    let mut r = Random::from_int(&BigInt::from(0));
    assert_eq!(r.random(), 0.844_421_851_525_048_1);
    // python3 -c "import random; random.seed(42); print(random.randint(1, 6))"
    // 6
    let mut r = Random::from_int(&BigInt::from(42));
    assert_eq!(r.randint_i64(1, 6), Ok(6));
    // python3 -c "import random; random.seed('hello'); print(random.getrandbits(32))"
    // 1519453933
    let mut r = Random::from_str("hello");
    assert_eq!(r.next_u32(), 1_519_453_933);
}

#[test]
fn seeds_that_cpython_treats_alike_give_the_same_generator() {
    // The absolute value of an int seed is used.
    assert_eq!(
        Random::from_int(&BigInt::from(-7)),
        Random::from_int(&BigInt::from(7))
    );
    // A str seed is its UTF-8 bytes.
    assert_eq!(
        Random::from_str("h\u{e9}llo"),
        Random::from_bytes("h\u{e9}llo".as_bytes())
    );
    // Entropy words are the int they spell, least significant word first.
    let words = [5u32, 0, 7, 1];
    let n = (0..words.len())
        .rev()
        .fold(BigInt::from(0), |acc, i| (acc << 32u32) + words[i]);
    assert_eq!(Random::from_entropy(&words), Random::from_int(&n));
    // The seed 0 is the one-word key [0], as an empty entropy slice.
    assert_eq!(
        Random::from_entropy(&[]),
        Random::from_int(&BigInt::from(0))
    );
    assert_eq!(
        Random::from_entropy(&[0]),
        Random::from_int(&BigInt::from(0))
    );
}

#[test]
fn errors_read_as_pythons_last_traceback_line() {
    // python3 -c "import random; random.randrange(1, 1)"
    // ValueError: empty range for randrange() (1, 1, 0)
    let mut r = Random::from_int(&BigInt::from(0));
    let e = r.randrange_i64(1, Some(1), 1).unwrap_err();
    assert_eq!(
        e.to_string(),
        "ValueError: empty range for randrange() (1, 1, 0)"
    );
    assert_eq!(e.kind(), "ValueError");
    assert_eq!(e.message(), "empty range for randrange() (1, 1, 0)");
    // python3 -c "import random; random.choice([])"
    // IndexError: Cannot choose from an empty sequence
    let e = r.choice_index(0).unwrap_err();
    assert_eq!(
        e.to_string(),
        "IndexError: Cannot choose from an empty sequence"
    );
    // python3 -c "import random; random.randrange(10, None, 2)"
    // TypeError: Missing a non-None stop argument
    let e = r.randrange_i64(10, None, 2).unwrap_err();
    assert_eq!(
        e,
        RandomError::TypeError("Missing a non-None stop argument".into())
    );
    // python3 -c "import random; random.getrandbits(2**31)"
    // OverflowError: Python int too large to convert to C int
    let e = r
        .getrandbits_checked(&(BigInt::from(1) << 31u32))
        .unwrap_err();
    assert_eq!(e.kind(), "OverflowError");
}

#[test]
fn randint_at_the_ends_of_i64() {
    // b + 1 overflows i64 here; the BigInt path takes over with the same draws.
    let mut fast = Random::from_int(&BigInt::from(3));
    let mut big = fast.clone();
    for _ in 0..20 {
        let f = fast.randint_i64(i64::MIN, i64::MAX).unwrap();
        let b = big
            .randint(&BigInt::from(i64::MIN), &BigInt::from(i64::MAX))
            .unwrap();
        assert_eq!(BigInt::from(f), b);
    }
    assert_eq!(fast.randint_i64(i64::MAX, i64::MAX), Ok(i64::MAX));
    assert_eq!(fast.randint_i64(i64::MIN, i64::MIN), Ok(i64::MIN));
}

/// Ten million `random()` calls, timed (run with `--release --ignored`).
///
/// ```text
/// cargo test -p gil_playground --release --test random_cpython -- --ignored --nocapture
/// ```
///
/// CPython's figure for the same work, to compare:
///
/// ```text
/// python3 -c "import random, time; r = random.Random(0); f = r.random
/// t = time.perf_counter()
/// for _ in range(10_000_000): f()
/// print(time.perf_counter() - t)"
/// ```
#[test]
#[ignore = "a timing, not a check: run in release"]
fn time_ten_million_random_calls() {
    let mut r = Random::from_int(&BigInt::from(0));
    let start = Instant::now();
    let mut sum = 0.0;
    for _ in 0..10_000_000 {
        sum += std::hint::black_box(r.random());
    }
    let secs = start.elapsed().as_secs_f64();
    println!("10,000,000 random() calls: {secs:.3} s (sum {sum})");
    // The same ten million values as CPython's, summed in the same order:
    // python3 -c "import random; r = random.Random(0); f = r.random; s = 0.0
    // for _ in range(10_000_000): s += f()
    // print(repr(s))"
    // 4999991.227965012
    assert_eq!(sum.to_bits(), 4_999_991.227_965_012_f64.to_bits());
}
