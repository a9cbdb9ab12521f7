//! `sum(i*i for i in range(n))`: the articles' `cpu_intensive_task` / `benchmark_task`.

use std::hint::black_box;

/// The largest `n` accepted: every `i < n` then has `i*i < 2^64`, and the sum
/// (about n^3/3 < 2^96) fits in a `u128`, so results are exact, as Python's are.
pub const MAX_N: u64 = 1 << 32;

/// Exact `sum(i*i for i in range(n))`, computed one iteration at a time.
///
/// `black_box` keeps the compiler from replacing the loop by the closed formula
/// n(n-1)(2n-1)/6, so the time really grows with `n`, as in Python.
///
/// # Errors
/// Returns an error when `n > MAX_N` (never a silent wrap-around).
pub fn sum_squares(n: u64) -> Result<u128, String> {
    if n > MAX_N {
        return Err(format!(
            "n = {n} is larger than the supported maximum {MAX_N}"
        ));
    }
    let mut total: u128 = 0;
    for i in 0..n {
        let i = black_box(i);
        // i < 2^32, so i*i cannot overflow u64; the sum is kept in u128.
        total += u128::from(i * i);
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
