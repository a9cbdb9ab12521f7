//! The GIL and the multi-threaded engine: invariants and the known behaviours
//! (hand-offs per interval, forced switching, I/O overlap, no-GIL parallelism,
//! the convoy effect, lost updates). Timing bounds are deliberately broad: the
//! test machine has 2 noisy cores.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard};

use gil_playground::clock::now_ms;
use gil_playground::gil::{
    median_handoff_period_ms, BreakerPoints, Gil, GilConfig, MAX_SWITCH_INTERVAL_MS,
    MIN_SWITCH_INTERVAL_MS,
};
use gil_playground::trace::{
    max_cross_thread_overlap, total_cross_thread_overlap, Recorder, Span, State,
};
use gil_playground::vm::engine::{run, ProgramSpec, RunConfig, RunResult, StdThreads};
use gil_playground::vm::interp::run_alone;
use gil_playground::vm::programs::sum_squares_genexpr;
use gil_playground::workloads::sum_squares::sum_squares;

/// Timing tests run one at a time (cargo runs tests in parallel on 2 cores).
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// An `n` for which `sum(i*i for i in range(n))` takes about `ms` alone here.
fn genexpr_n_for_ms(ms: f64) -> u64 {
    let probe = 200_000u64;
    let t0 = now_ms();
    run_alone(&sum_squares_genexpr(probe)).unwrap();
    let per_iter = ((now_ms() - t0) / probe as f64).max(1e-6);
    ((ms / per_iter) as u64).clamp(10_000, 200_000_000)
}

fn run_threads(gil: GilConfig, threads: Vec<ProgramSpec>) -> RunResult {
    run(&RunConfig { gil, threads }, &StdThreads)
}

fn thread_span(result: &RunResult, thread: usize) -> f64 {
    result.threads[thread].end_ms - result.threads[thread].start_ms
}

#[test]
fn switch_interval_is_clamped_and_median_period_computed() {
    assert_eq!(
        Gil::new(GilConfig::with_interval(0.0))
            .config()
            .switch_interval_ms,
        MIN_SWITCH_INTERVAL_MS
    );
    assert_eq!(
        Gil::new(GilConfig::with_interval(1e9))
            .config()
            .switch_interval_ms,
        MAX_SWITCH_INTERVAL_MS
    );
    assert_eq!(
        Gil::new(GilConfig::default()).config().switch_interval_ms,
        5.0
    );
    assert_eq!(median_handoff_period_ms(&[1.0]), None);
    assert_eq!(median_handoff_period_ms(&[0.0, 5.0, 11.0, 30.0]), Some(6.0));
}

#[test]
fn never_two_holders_at_once() {
    let _serial = serial();
    let gil = Gil::new(GilConfig::with_interval(0.5));
    let holders = AtomicU32::new(0);
    let max_seen = AtomicU32::new(0);
    let spans: Mutex<Vec<Span>> = Mutex::new(Vec::new());
    let until = now_ms() + 150.0;
    std::thread::scope(|scope| {
        for thread in 0..3 {
            let (gil, holders, max_seen, spans) = (&gil, &holders, &max_seen, &spans);
            scope.spawn(move || {
                let mut rec = Recorder::new(thread);
                gil.acquire(&mut rec);
                let mut x = 0u64;
                while now_ms() < until {
                    let inside = holders.fetch_add(1, Ordering::SeqCst) + 1;
                    max_seen.fetch_max(inside, Ordering::SeqCst);
                    for i in 0..2000u64 {
                        x = std::hint::black_box(x.wrapping_add(i * i));
                    }
                    holders.fetch_sub(1, Ordering::SeqCst);
                    gil.check(&mut rec); // a backward jump
                }
                gil.release_and_exit(&mut rec);
                spans.lock().unwrap().extend(rec.finish());
            });
        }
    });
    assert_eq!(
        max_seen.load(Ordering::SeqCst),
        1,
        "two threads held the GIL at once"
    );
    let spans = spans.into_inner().unwrap();
    assert!(spans.iter().any(|s| s.state == State::WaitingGil));
    assert_eq!(max_cross_thread_overlap(&spans, State::Running), 0.0);
    let counters = gil.counters();
    assert!(counters.handoffs >= 10, "{counters:?}");
    assert_eq!(counters.retaken_by_dropper, 0);
}

#[test]
fn two_cpu_threads_hand_off_about_once_per_interval() {
    let _serial = serial();
    let n = genexpr_n_for_ms(150.0);
    let interval = 5.0;
    let result = run_threads(
        GilConfig::with_interval(interval),
        vec![ProgramSpec::SumSquaresGenexpr { n }; 2],
    );
    let expected = sum_squares(n).unwrap().to_string();
    for t in &result.threads {
        assert_eq!(t.value.as_deref(), Some(expected.as_str()));
    }
    // Both threads are busy during most of the run: hand-offs ~ wall / interval.
    let per_interval = result.wall_ms / interval;
    let handoffs = result.gil.counters.handoffs as f64;
    println!(
        "wall {:.0} ms, {handoffs} hand-offs (~{per_interval:.0} intervals), median period {:?} ms",
        result.wall_ms, result.gil.median_handoff_period_ms
    );
    assert!(
        handoffs >= 0.4 * per_interval && handoffs <= 1.3 * per_interval + 2.0,
        "{handoffs} hand-offs in {:.0} ms",
        result.wall_ms
    );
    let median = result.gil.median_handoff_period_ms.unwrap();
    assert!((4.0..=15.0).contains(&median), "median period {median} ms");
    // The invariant, from the traced spans: running spans never overlap.
    assert_eq!(max_cross_thread_overlap(&result.spans, State::Running), 0.0);
    // Each thread holds the GIL about half the time and waits the other half.
    for t in &result.threads {
        assert!(
            t.holding_gil_fraction > 0.25 && t.holding_gil_fraction < 0.75,
            "{t:?}"
        );
        assert!(t.waiting_gil_fraction > 0.2, "{t:?}");
    }
    assert_eq!(result.gil.counters.retaken_by_dropper, 0);
}

#[test]
fn forced_switching_keeps_the_dropper_from_taking_it_straight_back() {
    let _serial = serial();
    let n = genexpr_n_for_ms(60.0);
    for force_switching in [true, false] {
        let result = run_threads(
            GilConfig {
                switch_interval_ms: 1.0,
                force_switching,
                ..GilConfig::default()
            },
            vec![ProgramSpec::SumSquaresGenexpr { n }; 2],
        );
        let c = &result.gil.counters;
        println!(
            "force_switching {force_switching}: {} requested drops, {} retaken by the dropper, {} hand-offs",
            c.requested_drops, c.retaken_by_dropper, c.handoffs
        );
        assert!(c.requested_drops > 0);
        if force_switching {
            assert_eq!(c.retaken_by_dropper, 0);
            assert!(c.handoffs >= c.requested_drops.saturating_sub(1));
        }
    }
}

#[test]
fn io_waits_overlap_under_the_gil() {
    let _serial = serial();
    let result = run_threads(
        GilConfig::default(),
        vec![ProgramSpec::Sleep { seconds: 0.1 }; 4],
    );
    assert!(result.wall_ms >= 99.0);
    assert!(
        result.wall_ms < 250.0,
        "4 sleeps of 100 ms took {} ms",
        result.wall_ms
    );
    assert!(total_cross_thread_overlap(&result.spans, State::Io) > 100.0);
    for t in &result.threads {
        assert!(t.io_ms >= 99.0, "{t:?}");
    }
}

#[test]
fn without_the_gil_cpu_threads_overlap() {
    let _serial = serial();
    let n = genexpr_n_for_ms(100.0);
    let result = run_threads(
        GilConfig::disabled(),
        vec![ProgramSpec::SumSquaresGenexpr { n }; 2],
    );
    let expected = sum_squares(n).unwrap().to_string();
    for t in &result.threads {
        assert_eq!(t.value.as_deref(), Some(expected.as_str()));
        assert_eq!(t.waiting_gil_ms, 0.0);
        assert_eq!(t.holding_gil_fraction, 0.0);
        assert!(t.running_fraction > 0.5);
    }
    assert_eq!(result.gil.counters.handoffs, 0);
    let overlap = total_cross_thread_overlap(&result.spans, State::Running);
    println!(
        "running overlap {overlap:.0} ms of wall {:.0} ms",
        result.wall_ms
    );
    assert!(overlap > 0.2 * result.wall_ms, "overlap {overlap} ms");
}

#[test]
fn convoy_effect_io_thread_slowed_by_a_cpu_thread() {
    let _serial = serial();
    // bpo-7946: each short I/O wait ends with a wait of up to one interval for
    // the GIL, held by the CPU-bound thread.
    let (ops, each_s, interval) = (20u64, 0.001, 5.0);
    let n = genexpr_n_for_ms(350.0);
    let threads = vec![
        ProgramSpec::SumSquaresGenexpr { n },
        ProgramSpec::IoLoop {
            ops,
            seconds_each: each_s,
        },
    ];
    let with_gil = run_threads(GilConfig::with_interval(interval), threads.clone());
    let without = run_threads(GilConfig::disabled(), threads);
    let io_with = thread_span(&with_gil, 1);
    let io_without = thread_span(&without, 1);
    let waits = ops as f64 * each_s * 1000.0;
    println!(
        "I/O thread: {io_with:.1} ms with the GIL, {io_without:.1} ms without (waits {waits} ms)"
    );
    let convoy = ops as f64 * interval;
    assert!(io_with >= 0.6 * convoy, "with the GIL: {io_with} ms");
    assert!(
        io_without < waits + 0.5 * convoy,
        "without the GIL: {io_without} ms"
    );
    assert!(with_gil.threads[1].waiting_gil_ms > 0.4 * convoy);
}

#[test]
fn unlocked_counter_may_lose_updates_locked_never_does() {
    let _serial = serial();
    let n = 100_000u64;
    let expected = 2 * n as i64;
    let configs = [
        ("GIL", GilConfig::with_interval(0.1)),
        (
            "GIL, checks at every instruction",
            GilConfig {
                switch_interval_ms: 0.1,
                breaker_points: BreakerPoints::EveryInstruction,
                ..GilConfig::default()
            },
        ),
        ("no GIL", GilConfig::disabled()),
    ];
    for (name, gil) in configs {
        let locked = run_threads(
            gil,
            vec![ProgramSpec::CounterIncrement { n, with_lock: true }; 2],
        );
        assert_eq!(locked.counter, expected, "{name}, locked");
        let unlocked = run_threads(
            gil,
            vec![
                ProgramSpec::CounterIncrement {
                    n,
                    with_lock: false
                };
                2
            ],
        );
        println!(
            "{name}: unlocked counter {} of {expected} ({} lost); locked contended {}",
            unlocked.counter,
            expected - unlocked.counter,
            locked.lock_contended
        );
        assert!(unlocked.counter <= expected, "{name}");
        assert!(unlocked.counter >= n as i64 / 2, "{name}");
    }
}

#[test]
fn native_kernel_holding_or_releasing_the_gil() {
    let _serial = serial();
    let n = 20_000_000;
    let expected = sum_squares(n).unwrap().to_string();
    let holding = run_threads(
        GilConfig::default(),
        vec![
            ProgramSpec::NativeSumSquares {
                n,
                release_gil: false
            };
            2
        ],
    );
    let releasing = run_threads(
        GilConfig::default(),
        vec![
            ProgramSpec::NativeSumSquares {
                n,
                release_gil: true
            };
            2
        ],
    );
    for r in [&holding, &releasing] {
        for t in &r.threads {
            assert_eq!(t.value.as_deref(), Some(expected.as_str()));
        }
    }
    // Holding: the calls run one after the other, never overlapping.
    assert_eq!(
        max_cross_thread_overlap(&holding.spans, State::Running),
        0.0
    );
    assert!(holding.threads.iter().all(|t| t.native_ms == 0.0));
    // Releasing: the native parts run at the same time.
    let overlap = total_cross_thread_overlap(&releasing.spans, State::Native);
    println!(
        "native: holding wall {:.0} ms, releasing wall {:.0} ms, overlap {overlap:.0} ms",
        holding.wall_ms, releasing.wall_ms
    );
    assert!(overlap > 0.0);
    assert!(releasing.threads.iter().all(|t| t.native_ms > 0.0));
}

#[test]
fn disabled_gil_still_traces_running_and_startup() {
    let result = run_threads(
        GilConfig::disabled(),
        vec![ProgramSpec::SumSquaresGenexpr { n: 1000 }],
    );
    assert!(result.spans.iter().any(|s| s.state == State::Running));
    for s in &result.spans {
        assert!(s.end_ms > s.start_ms);
        assert!(s.start_ms >= result.start_ms && s.end_ms <= result.end_ms + 1e-6);
    }
}

#[test]
fn recorder_cost() {
    let _serial = serial();
    let changes = 200_000u32;
    let mut rec = Recorder::new(0);
    let t0 = now_ms();
    for i in 0..changes {
        rec.set(if i % 2 == 0 {
            State::Running
        } else {
            State::WaitingGil
        });
    }
    let per_change_ns = (now_ms() - t0) * 1e6 / f64::from(changes);
    let t1 = now_ms();
    for _ in 0..changes {
        rec.set(State::WaitingGil);
    }
    let per_same_ns = (now_ms() - t1) * 1e6 / f64::from(changes);
    println!(
        "recorder: {per_change_ns:.0} ns per state change, {per_same_ns:.1} ns per same-state set"
    );
    // Changes closer together than the clock's resolution leave no (empty) span.
    assert!(!rec.spans().is_empty() && (rec.spans().len() as u32) < changes);
    assert!(per_change_ns < 5_000.0);
}
