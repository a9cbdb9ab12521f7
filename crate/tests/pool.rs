//! The pool engine the page uses for Python threads (`run_pool`): K threads
//! taking tasks in turn under one GIL, as a `ThreadPoolExecutor(max_workers=K)`.

use gil_playground::gil::GilConfig;
use gil_playground::trace::{total_cross_thread_overlap, State};
use gil_playground::vm::engine::{run_pool, run_traced, StdThreads};
use gil_playground::vm::programs::{sleep, sum_squares_genexpr};

#[test]
fn every_task_runs_once_with_the_exact_value() {
    let tasks: Vec<_> = (0..5).map(|_| sum_squares_genexpr(200_000)).collect();
    let result = run_pool(&tasks, 2, GilConfig::default(), &StdThreads);
    assert_eq!(result.tasks.len(), 5);
    for task in &result.tasks {
        // python3 -c "print(sum(i*i for i in range(200_000)))"
        assert_eq!(task.value.as_deref(), Some("2666646666700000"));
        assert!(task.thread < 2);
        assert!(task.end_ms >= task.start_ms);
    }
    assert_eq!(result.threads.len(), 2);
}

#[test]
fn under_the_gil_held_fractions_sum_to_at_most_one() {
    let tasks: Vec<_> = (0..4).map(|_| sum_squares_genexpr(1_000_000)).collect();
    let result = run_pool(&tasks, 2, GilConfig::default(), &StdThreads);
    let held: f64 = result.threads.iter().map(|t| t.holding_gil_fraction).sum();
    assert!(held <= 1.0 + 1e-9, "held fractions sum to {held}");
    assert!(
        total_cross_thread_overlap(&result.spans, State::Running) < 0.5,
        "two holders at once"
    );
    assert!(result.gil.counters.handoffs > 0);
}

#[test]
fn without_the_gil_pool_threads_overlap() {
    let tasks: Vec<_> = (0..2).map(|_| sum_squares_genexpr(3_000_000)).collect();
    let result = run_pool(&tasks, 2, GilConfig::disabled(), &StdThreads);
    assert!(total_cross_thread_overlap(&result.spans, State::Running) > 0.0);
    assert_eq!(result.gil.counters.handoffs, 0);
}

#[test]
fn io_tasks_overlap_even_under_the_gil() {
    let tasks: Vec<_> = [0.05, 0.05, 0.05, 0.05].map(sleep).to_vec();
    let result = run_pool(&tasks, 4, GilConfig::default(), &StdThreads);
    assert!(
        result.wall_ms < 150.0,
        "4 x 50 ms of I/O took {} ms",
        result.wall_ms
    );
}

#[test]
fn a_traced_run_records_running_and_io() {
    let run = run_traced(&sleep(0.01), 0);
    assert_eq!(run.value.as_deref(), Ok("None"));
    let states: Vec<State> = run.spans.iter().map(|s| s.state).collect();
    assert!(states.contains(&State::Io), "{states:?}");
    assert!(run.end_ms - run.start_ms >= 9.0);
}
