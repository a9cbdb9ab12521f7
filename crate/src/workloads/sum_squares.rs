//! `sum(i*i for i in range(n))`: the articles' `cpu_intensive_task` / `benchmark_task`.

use std::hint::black_box;

/// The largest `n` accepted: every `i < n` then has `i*i < 2^64`, and the sum
/// (about n^3/3 < 2^96) fits in a `u128`, so results are exact, as Python's are.
pub const MAX_N: u64 = 1 << 32;

/// Exact `sum(i*i for i in range(n))`, computed one iteration at a time.
///
/// `black_box` on every index keeps the compiler from replacing the loop by the
/// closed formula n(n-1)(2n-1)/6, so the time really grows with `n`, as in Python.
///
/// Squares are summed in `u64` blocks that cannot overflow and each block is
/// added to a `u128`: wasm has no carry flag, so a `u128` add per iteration
/// costs wasm about twice what it costs x86-64 (measured: 2.0x vs 1.1x).
///
/// # Errors
/// Returns an error when `n > MAX_N` (never a silent wrap-around).
pub fn sum_squares(n: u64) -> Result<u128, String> {
    if n > MAX_N {
        return Err(format!(
            "n = {n} is larger than the supported maximum {MAX_N}"
        ));
    }
    // Every square is below n², so `block` squares sum to at most u64::MAX.
    let block = (u64::MAX / n.saturating_mul(n).max(1)).max(1);
    let mut total: u128 = 0;
    let mut start = 0;
    while start < n {
        let end = start + block.min(n - start);
        let mut partial: u64 = 0;
        for i in start..end {
            let i = black_box(i);
            // i < 2^32, so i*i cannot overflow, nor can the block's partial sum.
            partial += i * i;
        }
        total += u128::from(partial);
        start = end;
    }
    Ok(total)
}

/// The closed formula, for checking results (not for computing them).
#[must_use]
pub fn sum_squares_formula(n: u64) -> u128 {
    if n == 0 {
        return 0;
    }
    let n = u128::from(n);
    (n - 1) * n * (2 * n - 1) / 6
}
