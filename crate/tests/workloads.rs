//! Exact results, as Python gives them.

use gil_playground::workloads::process_data::{item, process_data_chunk, ITEM_MAX, ITEM_MIN};
use gil_playground::workloads::sum_squares::{sum_squares, sum_squares_formula, MAX_N};

#[test]
fn sum_squares_of_ten_million_is_pythons_value_beyond_64_bits() {
    // python3 -c "print(sum(i*i for i in range(10_000_000)))"
    let expected: u128 = 333_333_283_333_335_000_000;
    assert!(expected > u128::from(u64::MAX));
    assert_eq!(sum_squares(10_000_000), Ok(expected));
}

#[test]
fn sum_squares_small_values() {
    assert_eq!(sum_squares(0), Ok(0));
    assert_eq!(sum_squares(1), Ok(0));
    assert_eq!(sum_squares(4), Ok(14)); // 0 + 1 + 4 + 9
                                        // Around block boundaries too (blocks are u64::MAX / n² squares long).
    for n in [2, 3, 10, 999, 1000, 123_457, 4_294_967, 5_000_001] {
        assert_eq!(sum_squares(n), Ok(sum_squares_formula(n)), "n = {n}");
    }
}

#[test]
fn sum_squares_refuses_what_it_cannot_do_exactly() {
    assert!(sum_squares(MAX_N + 1).is_err());
    // At the limit the formula still fits: no wrap-around is possible.
    assert!(sum_squares_formula(MAX_N) > u128::from(u64::MAX));
}

#[test]
fn process_data_items_are_in_range_and_seeded() {
    let items: Vec<u64> = (0..10_000).map(|i| item(42, i)).collect();
    assert!(items.iter().all(|&v| (ITEM_MIN..=ITEM_MAX).contains(&v)));
    assert!(items.contains(&ITEM_MIN) && items.contains(&ITEM_MAX));
    assert_eq!(items, (0..10_000).map(|i| item(42, i)).collect::<Vec<_>>());
    assert_ne!(
        (0..8).map(|i| item(42, i)).collect::<Vec<_>>(),
        (0..8).map(|i| item(43, i)).collect::<Vec<_>>()
    );
}

#[test]
fn process_data_chunk_is_the_sum_of_per_item_sums() {
    let expected: u128 = (0..100).map(|i| sum_squares_formula(item(7, i))).sum();
    assert_eq!(process_data_chunk(7, 0, 100), expected);
    // Chunks add up to the whole.
    assert_eq!(
        process_data_chunk(7, 0, 40) + process_data_chunk(7, 40, 60),
        expected
    );
}
