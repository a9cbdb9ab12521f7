//! The articles' `process_data_chunk`: for each item, `sum(i**2 for i in range(item))`,
//! items drawn from a seeded generator in 100..=1000 (`random.randint(100, 1000)`).

use super::sum_squares::sum_squares;

/// Smallest and largest item, inclusive, as `random.randint(100, 1000)`.
pub const ITEM_MIN: u64 = 100;
pub const ITEM_MAX: u64 = 1000;

/// SplitMix64: a tiny, well-known seeded generator. Item `index` of the data set
/// depends only on `(seed, index)`, so any chunk can be generated where it runs
/// (no need to ship the data to every worker).
#[must_use]
pub fn item(seed: u64, index: u64) -> u64 {
    let mut z = seed.wrapping_add(index.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    ITEM_MIN + z % (ITEM_MAX - ITEM_MIN + 1)
}

/// Processes items `start .. start + count` of the data set `seed` and returns
/// the sum of the processed values (one number that checks the whole chunk).
#[must_use]
pub fn process_data_chunk(seed: u64, start: u64, count: u64) -> u128 {
    (start..start + count)
        .map(|index| sum_squares(item(seed, index)).expect("items are at most 1000"))
        .sum()
}
