//! Exact results, as Python gives them.

use gil_playground::task::{run_task, run_tasks, Task, Work};
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

#[test]
fn tasks_round_trip_through_json_and_run() {
    let json = r#"[{"id":0,"workload":"sum_squares","n":1000},
                   {"id":1,"workload":"process_data","seed":1,"start":0,"count":10}]"#;
    let tasks: Vec<Task> = serde_json::from_str(json).unwrap();
    assert_eq!(tasks[0].work, Work::SumSquares { n: 1000 });
    let outcomes = run_tasks(&tasks).unwrap();
    assert_eq!(outcomes[0].value, "332833500");
    assert_eq!(outcomes[1].value, process_data_chunk(1, 0, 10).to_string());
    assert!(outcomes[0].end_ms >= outcomes[0].start_ms);
}

#[test]
fn out_of_range_task_is_an_error_not_a_wrong_number() {
    let task = Task {
        id: 0,
        work: Work::SumSquares { n: MAX_N + 1 },
        fault: None,
    };
    assert!(run_task(&task).is_err());
}
