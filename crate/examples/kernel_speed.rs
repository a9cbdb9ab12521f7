//! Times the sum-of-squares kernel natively (x86-64), the same way the page times
//! its wasm build: one discarded warm-up, then R repeats of `tasks` tasks, median.
//! `npm run bench` runs this beside the page and prints both.
//!
//!     cargo run --release --example kernel_speed -- [n] [tasks] [repeats]

use std::time::Instant;

use gil_playground::workloads::sum_squares::sum_squares;

fn main() -> Result<(), String> {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .map(|a| a.replace('_', "").parse::<u64>().map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    let n = args.first().copied().unwrap_or(500_000_000);
    let tasks = args.get(1).copied().unwrap_or(4);
    let repeats = args.get(2).copied().unwrap_or(5);

    let mut times = Vec::new();
    let mut value = 0;
    for repeat in 0..=repeats {
        let start = Instant::now();
        for _ in 0..tasks {
            value = sum_squares(n)?;
        }
        if repeat > 0 {
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("native x86-64: {tasks} x sum_squares({n}) = {value} each, median {median:.1} ms of {repeats}");
    println!("{{\"n\":{n},\"tasks\":{tasks},\"repeats\":{repeats},\"median_ms\":{median},\"value\":\"{value}\"}}");
    Ok(())
}
