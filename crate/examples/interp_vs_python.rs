//! The page's interpreter against CPython on `sum(i*i for i in range(n))`.
//!
//! ```text
//! cargo run --release -p gil_playground --example interp_vs_python -- [n]
//! ```
//! Runs the bytecode VM natively (genexpr and loop forms), then `python3`, and
//! prints both times (best of 3 each). The VM should be well ahead (the page runs
//! it as wasm, about 1.2x slower than native).

use std::process::Command;

use gil_playground::clock::now_ms;
use gil_playground::vm::interp::run_alone;
use gil_playground::vm::programs::{sum_squares_genexpr, sum_squares_loop};
use gil_playground::workloads::sum_squares::sum_squares;

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let t0 = now_ms();
        let v = f();
        best = best.min(now_ms() - t0);
        last = Some(v);
    }
    (best, last.expect("at least one run"))
}

fn main() {
    let n: u64 = std::env::args().nth(1).map_or(10_000_000, |a| {
        a.replace('_', "").parse().expect("n must be an integer")
    });
    let expected = sum_squares(n).expect("n in range");

    let genexpr = sum_squares_genexpr(n);
    let (vm_ms, vm_value) = best_of(3, || run_alone(&genexpr).expect("VM run"));
    assert_eq!(vm_value.to_string(), expected.to_string(), "VM result");
    println!("VM      sum(i*i for i in range({n})) = {vm_value}: {vm_ms:9.1} ms");

    let looped = sum_squares_loop(n);
    let (loop_ms, loop_value) = best_of(3, || run_alone(&looped).expect("VM run"));
    assert_eq!(
        loop_value.to_string(),
        expected.to_string(),
        "VM loop result"
    );
    println!("VM      for-loop with result += i ** 2     = {loop_value}: {loop_ms:9.1} ms");

    let script = format!(
        "import time\nbest = None\nfor _ in range(3):\n    t0 = time.perf_counter()\n    v = sum(i*i for i in range({n}))\n    dt = (time.perf_counter() - t0) * 1000\n    best = dt if best is None else min(best, dt)\nprint(v, best)"
    );
    match Command::new("python3").arg("-c").arg(&script).output() {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let mut parts = text.split_whitespace();
            let py_value = parts.next().unwrap_or("?").to_owned();
            let py_ms: f64 = parts
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::NAN);
            let version = Command::new("python3")
                .arg("--version")
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
                .unwrap_or_default();
            println!("{version:7} sum(i*i for i in range({n})) = {py_value}: {py_ms:9.1} ms");
            assert_eq!(py_value, expected.to_string(), "Python's result");
            println!(
                "VM (genexpr) is {:.2}x CPython's speed; VM (loop) {:.2}x",
                py_ms / vm_ms,
                py_ms / loop_ms
            );
        }
        Ok(out) => eprintln!("python3 failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => eprintln!("python3 not available: {e}"),
    }
}
