//! The GIL's mechanics, seen from real Python programs run by the
//! interpreter: hand-offs about once per switch interval, forced switching,
//! I/O overlap, threads running at once without the GIL, the convoy effect,
//! lost updates, native kernels that hold or release the GIL, tracing. A few
//! tests drive `Gil` and `Recorder` directly (no program).
//!
//! The test machine has 2 noisy cores, shared with other jobs: timing bounds
//! are broad, one-sided where the GIL's design gives a hard bound (a hand-off
//! never comes sooner than an interval), and compare quantities measured in
//! the same run where they can.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use gil_playground::gil::{
    median_handoff_period_ms, Gil, GilConfig, GilCounters, MAX_SWITCH_INTERVAL_MS,
    MIN_SWITCH_INTERVAL_MS,
};
use gil_playground::host::clock::now_ms;
use gil_playground::runtime::{run_streaming, RunOptions, SharedOutput, Stream};
use gil_playground::trace::{
    max_cross_thread_overlap, time_in, total_cross_thread_overlap, Recorder, Span, State,
};
use gil_playground::workloads::sum_squares::sum_squares;

/// Timing tests run one at a time (cargo runs tests in parallel on 2 cores).
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A finished program: what it printed, its spans and the GIL's counters.
struct Run {
    stdout: String,
    spans: Vec<Span>,
    gil: GilCounters,
    /// Around the whole run (compiling included), on the spans' clock.
    start_ms: f64,
    end_ms: f64,
}

impl Run {
    fn wall_ms(&self) -> f64 {
        self.end_ms - self.start_ms
    }

    /// Time thread `thread` (the main thread is 0, started threads 1, 2, ...
    /// in start order) spent in `state`.
    fn time_in(&self, thread: u32, state: State) -> f64 {
        time_in(&self.spans, thread, state)
    }

    /// The printed lines, each split on spaces.
    fn words(&self) -> Vec<Vec<&str>> {
        self.stdout
            .lines()
            .map(|l| l.split(' ').collect())
            .collect()
    }
}

/// Runs `source` as `main.py` under `gil`, on a deep stack as the page does,
/// and checks it exited with status 0.
fn run_python(source: &str, gil: GilConfig) -> Run {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let out = Arc::new(Mutex::new((String::new(), String::new())));
            let sink = out.clone();
            let start_ms = now_ms();
            let finished = run_streaming(
                &source,
                "main.py",
                SharedOutput::new(Box::new(move |batch| {
                    let mut o = sink.lock().unwrap();
                    for out in batch {
                        match out.stream {
                            Stream::Stdout => o.0.push_str(&out.text),
                            Stream::Stderr => o.1.push_str(&out.text),
                        }
                    }
                })),
                RunOptions {
                    gil,
                    ..RunOptions::new(gil_playground::modules::load)
                },
            );
            let end_ms = now_ms();
            let (stdout, stderr) = out.lock().unwrap().clone();
            assert_eq!(finished.exit_code, 0, "{stdout}{stderr}");
            Run {
                stdout,
                spans: finished.spans,
                gil: finished.gil,
                start_ms,
                end_ms,
            }
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// The counters without the hand-off times.
fn summary(c: &GilCounters) -> String {
    format!(
        "{} hand-offs, {} drop requests, {} requested drops, {} retaken by the dropper",
        c.handoffs, c.drop_requests, c.requested_drops, c.retaken_by_dropper
    )
}

/// Total overlap between `a`'s spans in `a_state` and `b`'s in `b_state`.
fn overlap_between(spans: &[Span], (a, a_state): (u32, State), (b, b_state): (u32, State)) -> f64 {
    let of = |t: u32, st: State| -> Vec<&Span> {
        spans
            .iter()
            .filter(|s| s.thread == t && s.state == st)
            .collect()
    };
    let bs = of(b, b_state);
    of(a, a_state)
        .iter()
        .map(|x| bs.iter().map(|y| x.overlap_ms(y)).sum::<f64>())
        .sum()
}

/// Two (or more) threads spinning in Python until a common deadline, set
/// once all have started: all are busy the whole window, however fast the
/// interpreter is here. Prints whether each thread spun (one that cannot
/// start within half a second, starved of the GIL, does not spin at all),
/// then the deadline.
const SPINNERS: &str = "
import sys, threading, time
SET_INTERVAL
spins = [0] * THREADS
ready = []
deadline = []
give_up = time.perf_counter() + 0.5
def spin(k):
    ready.append(k)
    if len(ready) == THREADS:
        deadline.append(time.perf_counter() + WINDOW)
    while not deadline and time.perf_counter() < give_up:
        pass
    end = deadline[0] if deadline else 0
    n = 0
    while time.perf_counter() < end:
        n += 1
    spins[k] = n
threads = [threading.Thread(target=spin, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(*[n > 0 for n in spins])
print(deadline[0] if deadline else 0)
";

/// Checks that each of `threads` spinners spun; returns when the spinning
/// window of `window_s` began and ended (ms).
fn spun(run: &Run, threads: usize, window_s: f64) -> (f64, f64) {
    let words = run.words();
    assert_eq!(words[0], vec!["True"; threads], "{}", run.stdout);
    let end = words[1][0].parse::<f64>().unwrap() * 1000.0;
    (end - window_s * 1000.0, end)
}

fn spinners(threads: usize, window_s: f64, set_interval_s: Option<f64>) -> String {
    SPINNERS
        .replace(
            "SET_INTERVAL",
            &set_interval_s.map_or(String::new(), |s| format!("sys.setswitchinterval({s})")),
        )
        .replace("THREADS", &threads.to_string())
        .replace("WINDOW", &window_s.to_string())
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
    // From Python: the default and a change, as python3 prints them.
    let run = run_python(
        "import sys\nprint(sys.getswitchinterval())\nsys.setswitchinterval(0.002)\nprint(sys.getswitchinterval())\n",
        GilConfig::default(),
    );
    assert_eq!(run.stdout, "0.005\n0.002\n");
}

#[test]
fn never_two_holders_at_once() {
    let _serial = serial();
    let gil = Gil::new(GilConfig::with_interval(0.5));
    let holders = AtomicU32::new(0);
    let max_seen = AtomicU32::new(0);
    let spans: Mutex<Vec<Span>> = Mutex::new(Vec::new());
    let until = now_ms() + 300.0;
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

    // The same from Python: three threads and the main one, the shortest
    // interval, many hand-offs, and never two running spans at once.
    let run = run_python(
        &spinners(3, 0.2, None),
        GilConfig::with_interval(MIN_SWITCH_INTERVAL_MS),
    );
    spun(&run, 3, 0.2);
    println!("python: {:?} hand-offs", run.gil.handoffs);
    assert!(run.gil.handoffs >= 10, "{:?}", run.gil.handoffs);
    assert_eq!(max_cross_thread_overlap(&run.spans, State::Running), 0.0);
    assert_eq!(run.gil.retaken_by_dropper, 0);
}

#[test]
fn two_cpu_threads_hand_off_about_once_per_interval() {
    let _serial = serial();
    let window_s = 0.3;
    // One interval set by the page (GilConfig), one by the program itself
    // (`sys.setswitchinterval`), overriding the page's 20 ms.
    for (config, set_by_program, interval) in [
        (GilConfig::with_interval(10.0), None, 10.0),
        (GilConfig::with_interval(20.0), Some(0.001), 1.0),
    ] {
        let run = run_python(&spinners(2, window_s, set_by_program), config);
        let (from, to) = spun(&run, 2, window_s);
        // While both spin (the main thread waits in join), every hand-off
        // is one asked for by the waiting spinner.
        let times: Vec<f64> = (run.gil.handoff_times_ms.iter())
            .copied()
            .filter(|t| (from..=to).contains(t))
            .collect();
        let mut periods: Vec<f64> = times.windows(2).map(|w| w[1] - w[0]).collect();
        periods.sort_by(f64::total_cmp);
        assert!(periods.len() >= 5, "hand-offs at {times:?}");
        let (shortest, quartile) = (periods[0], periods[periods.len() / 4]);
        let median = median_handoff_period_ms(&times).unwrap();
        let running = [
            run.time_in(1, State::Running),
            run.time_in(2, State::Running),
        ];
        let waiting = [
            run.time_in(1, State::WaitingGil),
            run.time_in(2, State::WaitingGil),
        ];
        println!(
            "interval {interval} ms: {} hand-offs in the {:.0} ms window, periods: shortest {shortest:.2}, quartile {quartile:.2}, median {median:.2} ms; running {running:.0?} ms, waiting {waiting:.0?} ms",
            times.len(),
            to - from,
        );
        // The waiter asks for the GIL only after a whole interval without a
        // switch: never two hand-offs closer than an interval...
        assert!(
            shortest >= 0.99 * interval,
            "a hand-off {shortest} ms after the previous one, for an interval of {interval} ms"
        );
        // ...and, as the holder drops it as soon as asked, most not much
        // further apart: an interval plus the time the OS takes to wake the
        // waiter (twice), which is several ms when other jobs keep the 2
        // cores busy, hence the quartile rather than the median. (At 1 ms,
        // this also shows the program's interval replaced the page's 20 ms.)
        assert!(
            quartile <= 2.0 * interval + 10.0,
            "periods {periods:.2?} ms for an interval of {interval} ms"
        );
        // The invariant, from the traced spans: running spans never overlap.
        assert_eq!(max_cross_thread_overlap(&run.spans, State::Running), 0.0);
        // Each spinner holds the GIL about half the time and waits the rest
        // (broad bounds: at 10 ms there are only some 30 turns, and the OS
        // may be slow to wake a waiter now and then).
        for thread in 0..2 {
            let share = running[thread] / (running[0] + running[1]);
            assert!(
                (0.2..=0.8).contains(&share),
                "thread {} ran {share:.2} of the time",
                thread + 1
            );
            assert!(
                waiting[thread] > 0.15 * window_s * 1000.0,
                "thread {} waited {} ms",
                thread + 1,
                waiting[thread]
            );
        }
        assert_eq!(run.gil.retaken_by_dropper, 0);
    }
}

#[test]
fn forced_switching_keeps_the_dropper_from_taking_it_straight_back() {
    let _serial = serial();
    let program = spinners(3, 0.2, None);
    let config = |force_switching| GilConfig {
        switch_interval_ms: 1.0,
        force_switching,
        ..GilConfig::default()
    };
    let forced = run_python(&program, config(true));
    spun(&forced, 3, 0.2);
    let c = &forced.gil;
    println!("force_switching on: {}", summary(c));
    assert!(c.requested_drops >= 3, "{}", summary(c));
    assert_eq!(c.retaken_by_dropper, 0, "{}", summary(c));
    // Every drop on request ends with another thread taking the GIL.
    assert!(
        c.handoffs >= c.requested_drops.saturating_sub(1),
        "{}",
        summary(c)
    );

    // Without it, the dropper often wins the race for the GIL it just
    // released (it is running; the waiter must first be woken), sometimes
    // for so long that another thread is starved for the whole window. But
    // which thread wins is up to the OS: a waiter woken on the dropper's core
    // may preempt it and win every time, for a whole run. Measured on this
    // 2-core machine under load, about one run in three (two to four
    // threads) had no retake at all, in streaks of up to six. So this is
    // not asserted of every run, only of one in up to twelve, with two,
    // three and four threads in turn; FORCE_SWITCHING's effect proper is
    // `retaken_by_dropper == 0` above.
    let mut retaken = Vec::new();
    for attempt in 0..12 {
        let threads = 2 + attempt % 3;
        let free = run_python(&spinners(threads, 0.15, None), config(false));
        let c = &free.gil;
        println!("force_switching off, {threads} threads: {}", summary(c));
        assert!(c.requested_drops > 0, "{}", summary(c));
        retaken.push(c.retaken_by_dropper);
        if c.retaken_by_dropper > 0 {
            break;
        }
    }
    assert!(
        retaken.iter().any(|&r| r > 0),
        "without forced switching the dropper never took the GIL back: {retaken:?}"
    );
}

#[test]
fn io_waits_overlap_under_the_gil() {
    let _serial = serial();
    // Four threads (1 to 4) sleep 100 ms each while a CPU-bound thread (5)
    // holds the GIL whenever it can.
    let run = run_python(
        "
import threading, time
done = False
def spin():
    while not done:
        pass
sleepers = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(4)]
for t in sleepers:
    t.start()
spinner = threading.Thread(target=spin)
spinner.start()
for t in sleepers:
    t.join()
done = True
spinner.join()
",
        GilConfig::default(),
    );
    let sleepers = 1..=4;
    let io: Vec<f64> = sleepers
        .clone()
        .map(|t| run.time_in(t, State::Io))
        .collect();
    let overlap = total_cross_thread_overlap(&run.spans, State::Io);
    let io_spans = run.spans.iter().filter(|s| s.state == State::Io);
    let first = io_spans
        .clone()
        .map(|s| s.start_ms)
        .fold(f64::INFINITY, f64::min);
    let last = io_spans.map(|s| s.end_ms).fold(f64::NEG_INFINITY, f64::max);
    let spinner_ran: Vec<f64> = sleepers
        .clone()
        .map(|t| overlap_between(&run.spans, (5, State::Running), (t, State::Io)))
        .collect();
    println!(
        "I/O per thread {io:.1?} ms, overlap {overlap:.0} ms, from the first sleep's start to the last one's end {:.0} ms, the spinner ran {spinner_ran:.1?} ms during each sleep",
        last - first
    );
    // Each sleep really waits, with the GIL released...
    for (ms, t) in io.iter().zip(sleepers.clone()) {
        assert!(*ms >= 99.0, "thread {t}: {ms} ms of I/O");
    }
    // ...so the four waits happen at the same time: 400 ms of sleeping in
    // far less time, each pair of sleeps overlapping (6 pairs of 100 ms)...
    assert!(
        last - first < 250.0,
        "4 sleeps of 100 ms took {} ms",
        last - first
    );
    assert!(overlap > 400.0, "I/O overlap {overlap} ms");
    // ...and a CPU-bound thread runs Python meanwhile.
    for (ms, t) in spinner_ran.iter().zip(sleepers) {
        assert!(*ms > 50.0, "the spinner ran {ms} ms while thread {t} slept");
    }
}

/// `sum(i*i for i in range(n))` on `THREADS` threads, which start it
/// together; each prints when it started and ended it and whether its result
/// is right.
const GENEXPR_THREADS: &str = "
import threading, time
N = NUMBER
THREADS = 2
ready = []
def work():
    ready.append(1)
    while len(ready) < THREADS:
        pass
    start = time.perf_counter()
    total = sum(i*i for i in range(N))
    print(start, time.perf_counter(), total == (N - 1) * N * (2 * N - 1) // 6)
threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
";

/// Each thread's computation: start and end (common clock, ms).
fn computations(run: &Run) -> Vec<(f64, f64)> {
    run.words()
        .iter()
        .map(|w| {
            assert_eq!(w[2], "True", "{}", run.stdout);
            (
                w[0].parse::<f64>().unwrap() * 1000.0,
                w[1].parse::<f64>().unwrap() * 1000.0,
            )
        })
        .collect()
}

/// An `n` for which `sum(i*i for i in range(n))` takes about `ms` here, alone.
fn genexpr_n_for_ms(ms: f64) -> u64 {
    let probe = 200_000u64;
    let run = run_python(
        &GENEXPR_THREADS
            .replace("NUMBER", &probe.to_string())
            .replace("THREADS = 2", "THREADS = 1"),
        GilConfig::default(),
    );
    let (start, end) = computations(&run)[0];
    let per_iter = ((end - start) / probe as f64).max(1e-6);
    ((ms / per_iter) as u64).clamp(10_000, 100_000_000)
}

#[test]
fn without_the_gil_cpu_threads_overlap() {
    let _serial = serial();
    let n = genexpr_n_for_ms(150.0);
    let program = GENEXPR_THREADS.replace("NUMBER", &n.to_string());
    let free = run_python(&program, GilConfig::disabled());
    let with_gil = run_python(&program, GilConfig::default());
    let (free_calls, gil_calls) = (computations(&free), computations(&with_gil));
    assert_eq!((free_calls.len(), gil_calls.len()), (2, 2));
    let overlap = total_cross_thread_overlap(&free.spans, State::Running);
    let shorter = free_calls
        .iter()
        .map(|(start, end)| end - start)
        .fold(f64::INFINITY, f64::min);
    // Wall times are printed, not compared: whether the free run is faster
    // depends on how many of the 2 cores other jobs leave it.
    let relative = |calls: &[(f64, f64)], run: &Run| -> Vec<(f64, f64)> {
        calls
            .iter()
            .map(|(start, end)| (start - run.start_ms, end - run.start_ms))
            .collect()
    };
    println!(
        "n {n}: without the GIL computations {:.0?} ms, running overlap {overlap:.0} ms (wall {:.0} ms); with it {:.0?} ms, wall {:.0} ms, {}",
        relative(&free_calls, &free),
        free.wall_ms(),
        relative(&gil_calls, &with_gil),
        with_gil.wall_ms(),
        summary(&with_gil.gil)
    );
    // Free threads never wait for a GIL and nothing is handed off...
    assert_eq!(free.gil, GilCounters::default());
    assert!(free.spans.iter().all(|s| s.state != State::WaitingGil));
    // ...and run bytecode at the same time, the two computations throughout.
    assert!(
        overlap > 0.9 * shorter,
        "running overlap {overlap} ms, computations {free_calls:?}"
    );
    // The same program under the GIL: never at the same time, each thread
    // waiting for the other, the GIL handed over on request.
    assert_eq!(
        max_cross_thread_overlap(&with_gil.spans, State::Running),
        0.0
    );
    assert!(
        with_gil.gil.requested_drops >= 4,
        "{}",
        summary(&with_gil.gil)
    );
    for thread in 1..=2 {
        assert!(with_gil.time_in(thread, State::WaitingGil) > 0.0);
    }
}

/// A CPU-bound thread spinning until an I/O-bound one has done 20 short waits.
const CONVOY: &str = "
import threading, time
done = False
elapsed = []
def cpu():
    n = 0
    deadline = time.perf_counter() + 2.0
    while not done and time.perf_counter() < deadline:
        n += 1
def io():
    global done
    time.sleep(0.02)
    start = time.perf_counter()
    for _ in range(20):
        time.sleep(0.001)
    elapsed.append(time.perf_counter() - start)
    done = True
threads = [threading.Thread(target=cpu), threading.Thread(target=io)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(elapsed[0] * 1000)
";

#[test]
fn convoy_effect_io_thread_slowed_by_a_cpu_thread() {
    let _serial = serial();
    // bpo-7946: each short I/O wait ends with a wait for the GIL, held by the
    // CPU-bound thread, which drops it only when asked: after the I/O thread
    // has waited a whole interval. So each of the 20 waits costs at least
    // 1 ms + 5 ms.
    let (ops, each_ms, interval) = (20.0, 1.0, 5.0);
    let with_gil = run_python(CONVOY, GilConfig::with_interval(interval));
    let io_ms = |run: &Run| -> f64 { run.stdout.trim().parse().expect("a number") };
    // Without the GIL, the best of three runs: a busy moment of this shared
    // 2-core machine once made one run take 80 ms instead of about 22.
    let without = (0..3)
        .map(|_| run_python(CONVOY, GilConfig::disabled()))
        .min_by(|a, b| io_ms(a).total_cmp(&io_ms(b)))
        .expect("three runs");
    let (io_with, io_without) = (io_ms(&with_gil), io_ms(&without));
    let waits = ops * each_ms;
    let convoy = ops * interval;
    let waiting = with_gil.time_in(2, State::WaitingGil);
    println!(
        "I/O loop: {io_with:.1} ms with the GIL ({waiting:.1} ms waiting for it), {io_without:.1} ms without (waits {waits} ms)"
    );
    assert!(
        waiting >= 0.99 * convoy,
        "waited {waiting} ms for the GIL, fewer than 20 intervals"
    );
    assert!(
        io_with >= 0.99 * (waits + convoy),
        "with the GIL: {io_with} ms"
    );
    // Without it the loop takes about its 20 ms of waits (more when the
    // cores are busy, which is why this compares with the GIL's run).
    assert!(
        without.spans.iter().all(|s| s.state != State::WaitingGil),
        "{:?}",
        without.spans
    );
    assert!(io_with > 2.0 * io_without, "{io_with} vs {io_without} ms");
}

/// Four threads adding 1 to a global `counter` `N` times each, with the
/// read-modify-write `BODY`.
const COUNTER: &str = "
import sys, threading
sys.setswitchinterval(0.0001)
counter = 0
lock = threading.Lock()
def nothing():
    pass
def bump(n):
    global counter
    for _ in range(n):
        BODY
threads = [threading.Thread(target=bump, args=(N,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
";

/// `counter += 1`: no switch point between its load and its store.
const PLAIN: &str = "counter += 1";
/// A call (a point where the GIL may change hands) between load and store.
const SPLIT: &str = "seen = counter
        nothing()
        counter = seen + 1";

fn locked(body: &str) -> String {
    format!(
        "with lock:\n            {}",
        body.replace("\n        ", "\n            ")
    )
}

fn count(body: &str, n: u64, gil: GilConfig) -> (u64, GilCounters) {
    let run = run_python(
        &COUNTER
            .replace("BODY", body)
            .replace("N,", &format!("{n},")),
        gil,
    );
    println!("  ({:.0} ms)", run.wall_ms());
    (run.stdout.trim().parse().expect("a number"), run.gil)
}

#[test]
fn unlocked_counter_may_lose_updates_locked_never_does() {
    let _serial = serial();
    let n = 100_000u64;
    let expected = 4 * n;
    let gil = GilConfig::default(); // the program sets the shortest interval

    // Under the GIL, `counter += 1` is never cut (CPython 3.10+: the GIL
    // changes hands only at backward jumps and calls), however often it
    // changes hands; a lock keeps the split update whole too. (The plain
    // loop runs twice as long, for plenty of switches even when the OS is
    // slow to wake waiters; the locked ones switch at every contention.)
    for (body, n) in [
        (PLAIN.to_string(), 2 * n),
        (locked(PLAIN), n),
        (locked(SPLIT), n),
    ] {
        let (total, c) = count(&body, n, gil);
        println!("GIL, {body:?}: {total} ({})", summary(&c));
        assert_eq!(total, 4 * n, "GIL, {body:?}");
        // Dropped on request mid-loop, not only when threads start and end.
        assert!(c.requested_drops >= 5, "GIL, {body:?}: {}", summary(&c));
    }
    // A call between the load and the store is a switch point: updates are
    // lost (every switch there loses the other threads' whole interval).
    // Without the GIL, even `counter += 1` loses some; a lock never does.
    let cases = [
        ("GIL", gil, SPLIT),
        ("no GIL", GilConfig::disabled(), SPLIT),
        ("no GIL", GilConfig::disabled(), PLAIN),
    ];
    for (name, gil, body) in cases {
        let mut totals = Vec::new();
        for _ in 0..8 {
            let (total, _) = count(body, n, gil);
            totals.push(total);
            assert!(
                total <= expected && total > 0,
                "{name}, {body:?}: {totals:?}"
            );
            if total < expected {
                break;
            }
        }
        println!("{name}, {body:?}: {totals:?}");
        assert!(
            totals.iter().any(|&t| t < expected),
            "{name}, {body:?}: no update lost in {totals:?}"
        );
    }
    for body in [locked(PLAIN), locked(SPLIT)] {
        let (total, _) = count(&body, n, GilConfig::disabled());
        assert_eq!(total, expected, "no GIL, {body:?}");
    }
}

/// Two threads calling the native kernel, once both have started, while a
/// third runs Python.
const KERNELS: &str = "
import threading, time, kernels
N = NUMBER
calls = {}
spins = 0
ready = []
def call(k):
    ready.append(k)
    while len(ready) < 2:
        pass
    start = time.perf_counter()
    total = kernels.sum_squares(N, release_gil=RELEASE)
    calls[k] = (start, time.perf_counter(), total == (N - 1) * N * (2 * N - 1) // 6)
def spin():
    global spins
    while len(calls) < 2:
        spins += 1
spinner = threading.Thread(target=spin)
spinner.start()
while spins == 0:
    time.sleep(0.001)
workers = [threading.Thread(target=call, args=(k,)) for k in range(2)]
for t in workers:
    t.start()
for t in workers + [spinner]:
    t.join()
for k in range(2):
    print(*calls[k])
";

#[test]
fn native_kernel_holding_or_releasing_the_gil() {
    let _serial = serial();
    // An `n` for which the kernel takes about 150 ms here.
    let probe = 20_000_000u64;
    let t0 = now_ms();
    std::hint::black_box(sum_squares(probe).unwrap());
    let per_iter = ((now_ms() - t0) / probe as f64).max(1e-7);
    let n = ((150.0 / per_iter) as u64).clamp(1_000_000, 1 << 32);
    let run = |release: bool| {
        let program = KERNELS
            .replace("NUMBER", &n.to_string())
            .replace("RELEASE", if release { "True" } else { "False" });
        let run = run_python(&program, GilConfig::default());
        // Each call's start and end (common clock, ms), both results right.
        let calls: Vec<(f64, f64)> = run
            .words()
            .iter()
            .map(|w| {
                assert_eq!(w[2], "True", "{}", run.stdout);
                (
                    w[0].parse::<f64>().unwrap() * 1000.0,
                    w[1].parse::<f64>().unwrap() * 1000.0,
                )
            })
            .collect();
        assert_eq!(calls.len(), 2);
        (run, calls)
    };
    let (holding, held_calls) = run(false);
    let (releasing, released_calls) = run(true);
    let durations =
        |calls: &[(f64, f64)]| -> Vec<f64> { calls.iter().map(|c| c.1 - c.0).collect() };
    let call_overlap = |calls: &[(f64, f64)]| -> f64 {
        (calls[0].1.min(calls[1].1) - calls[0].0.max(calls[1].0)).max(0.0)
    };
    // Threads: the spinner is 1, the callers 2 and 3.
    let spinner_waiting = holding.time_in(1, State::WaitingGil);
    let native_overlap = total_cross_thread_overlap(&releasing.spans, State::Native);
    let spinner_ran_meanwhile: f64 = (2..=3)
        .map(|t| overlap_between(&releasing.spans, (1, State::Running), (t, State::Native)))
        .sum();
    println!(
        "n {n}: holding: calls {:?} ms, overlap {:.1} ms, the spinner waited {spinner_waiting:.0} ms, wall {:.0} ms",
        durations(&held_calls),
        call_overlap(&held_calls),
        holding.wall_ms()
    );
    println!(
        "releasing: calls {:?} ms, overlap {:.1} ms, native overlap {native_overlap:.1} ms, the spinner ran {spinner_ran_meanwhile:.0} ms meanwhile, wall {:.0} ms",
        durations(&released_calls),
        call_overlap(&released_calls),
        releasing.wall_ms()
    );

    // Holding the GIL: the calls run one after the other, and nothing else
    // runs meanwhile: the spinner waits for the GIL through both calls.
    assert_eq!(call_overlap(&held_calls), 0.0);
    assert!(holding.spans.iter().all(|s| s.state != State::Native));
    assert_eq!(
        max_cross_thread_overlap(&holding.spans, State::Running),
        0.0
    );
    for &(start, end) in &held_calls {
        let during = Span {
            thread: 0,
            state: State::Running,
            start_ms: start,
            end_ms: end,
        };
        let spinner_ran: f64 = holding
            .spans
            .iter()
            .filter(|s| s.thread == 1 && s.state == State::Running)
            .map(|s| s.overlap_ms(&during))
            .sum();
        // (The program's clock is the spans' clock, in seconds: 0.01 ms
        // allows for the rounding of ms -> s -> ms.)
        assert!(
            spinner_ran < 0.01,
            "the spinner ran {spinner_ran} ms during a call"
        );
    }
    let held: f64 = durations(&held_calls).iter().sum();
    assert!(
        spinner_waiting >= 0.9 * held,
        "the spinner waited {spinner_waiting} ms during {held} ms of calls"
    );

    // Releasing it: the native parts run at the same time as each other and
    // as the Python thread. (Not throughout: the second caller first has to
    // get the GIL back from the spinner, which can take a while when other
    // jobs keep the cores busy.)
    let shorter = durations(&released_calls)
        .into_iter()
        .fold(f64::INFINITY, f64::min);
    assert!(
        native_overlap > 0.3 * shorter,
        "native overlap {native_overlap} ms of {shorter} ms"
    );
    assert!(
        spinner_ran_meanwhile > 0.3 * shorter,
        "the spinner ran {spinner_ran_meanwhile} ms during calls of {shorter} ms"
    );
    // Each call was native code, apart from getting the GIL back after it.
    for (t, duration) in (2..=3).zip(durations(&released_calls)) {
        let native = releasing.time_in(t, State::Native);
        assert!(
            native > 0.7 * duration,
            "thread {t}: {native} ms native of a {duration} ms call"
        );
    }
}

#[test]
fn disabled_gil_still_traces_running_and_startup() {
    let run = run_python(
        "
import threading
def work():
    return sum(i*i for i in range(1000))
t = threading.Thread(target=work)
t.start()
t.join()
",
        GilConfig::disabled(),
    );
    assert_eq!(run.gil, GilCounters::default());
    for thread in 0..=1 {
        assert!(
            run.time_in(thread, State::Running) > 0.0,
            "thread {thread}: {:?}",
            run.spans
        );
    }
    assert!(run.spans.iter().all(|s| s.state != State::WaitingGil));
    for s in &run.spans {
        assert!(s.end_ms > s.start_ms, "{s:?}");
        assert!(
            s.start_ms >= run.start_ms && s.end_ms <= run.end_ms,
            "{s:?}"
        );
    }
    // One state at a time per thread: its spans follow one another.
    for thread in 0..=1 {
        let mut mine: Vec<&Span> = run.spans.iter().filter(|s| s.thread == thread).collect();
        mine.sort_by(|a, b| a.start_ms.total_cmp(&b.start_ms));
        for pair in mine.windows(2) {
            assert!(pair[1].start_ms >= pair[0].end_ms, "{pair:?}");
        }
        // A started thread begins in Startup, if that lasted long enough for
        // the clock to see it (without a GIL it lasts well under a microsecond).
        if let Some(i) = mine.iter().position(|s| s.state == State::Startup) {
            assert_eq!(i, 0, "{mine:?}");
        }
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
    // Measured: ~90 ns per change and ~10 ns per same-state set in a debug
    // build, ~35 ns and ~0 in release. About 10x that, for a noisy machine: a
    // recorder that allocated or locked per change, or recorded a same-state
    // set as a change, would break it.
    assert!(per_change_ns < 1_000.0, "{per_change_ns} ns per change");
    assert!(per_same_ns < 100.0, "{per_same_ns} ns per same-state set");
    // The spans tile the time of the changes, none empty: changes closer
    // together than the clock's resolution leave no span.
    let spans = rec.spans();
    assert!(!spans.is_empty());
    assert!(spans[0].start_ms >= t0 && spans[spans.len() - 1].end_ms <= t1);
    assert!(spans.iter().all(|s| s.end_ms > s.start_ms));
    assert!(spans.windows(2).all(|w| w[1].start_ms == w[0].end_ms));

    // Exactly, with given times: an empty span is dropped, a same-state set
    // changes nothing, the open span closes at the end.
    let mut rec = Recorder::new(7);
    rec.set_at(State::Running, 10.0);
    rec.set_at(State::WaitingGil, 10.0);
    rec.set_at(State::Running, 12.0);
    rec.set_at(State::Running, 13.0);
    rec.set_at(State::Io, 15.0);
    let span = |state, start_ms, end_ms| Span {
        thread: 7,
        state,
        start_ms,
        end_ms,
    };
    assert_eq!(
        rec.finish_at(16.5),
        [
            span(State::WaitingGil, 10.0, 12.0),
            span(State::Running, 12.0, 15.0),
            span(State::Io, 15.0, 16.5),
        ]
    );
}
