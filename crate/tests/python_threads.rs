//! Python threads from source: they really run concurrently without the GIL,
//! take turns under it, never corrupt shared objects, and Stop ends them all.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use gil_playground::gil::GilConfig;
use gil_playground::runtime::{
    run_collecting, run_streaming, Finished, Outcome, RunOptions, SharedOutput,
};
use gil_playground::trace::{total_cross_thread_overlap, State};

fn options(gil: bool) -> RunOptions {
    RunOptions {
        gil: if gil {
            GilConfig::default()
        } else {
            GilConfig::disabled()
        },
        ..RunOptions::new(gil_playground::modules::load)
    }
}

/// Runs on a deep stack (the main interpreter thread recurses on the Rust stack).
fn run(source: &str, gil: bool) -> Outcome {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_collecting(&source, options(gil)))
        .expect("spawn")
        .join()
        .expect("no panic")
}

fn run_traced(source: &str, gil: bool) -> Finished {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            run_streaming(
                &source,
                "main.py",
                SharedOutput::new(Box::new(|_| {})),
                options(gil),
            )
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

const CPU_THREADS: &str = "
import threading
def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total
threads = [threading.Thread(target=spin, args=(3_000_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
";

#[test]
fn under_the_gil_threads_take_turns_and_without_it_they_overlap() {
    let with_gil = run_traced(CPU_THREADS, true);
    assert_eq!(with_gil.exit_code, 0);
    // Two threads never ran bytecode at the same moment.
    let overlap = total_cross_thread_overlap(&with_gil.spans, State::Running);
    assert!(overlap < 1.0, "running overlap under the GIL: {overlap} ms");
    assert!(
        with_gil.gil.handoffs >= 2,
        "hand-offs: {}",
        with_gil.gil.handoffs
    );
    assert!(with_gil.spans.iter().any(|s| s.state == State::WaitingGil));

    let free = run_traced(CPU_THREADS, false);
    assert_eq!(free.exit_code, 0);
    let overlap = total_cross_thread_overlap(&free.spans, State::Running);
    assert!(
        overlap > 20.0,
        "running overlap without the GIL: {overlap} ms"
    );
    assert!(free.spans.iter().all(|s| s.state != State::WaitingGil));

    // The GIL's summary of a program run: one row per thread (the main one is
    // 0), hand-offs as counted, shares of the run that add up.
    let summary = &with_gil.gil_summary;
    assert!(summary.enabled);
    assert_eq!(summary.handoffs, with_gil.gil.handoffs);
    let lanes: Vec<u32> = summary.threads.iter().map(|t| t.thread).collect();
    assert_eq!(lanes, [0, 1, 2]);
    let held: f64 = summary.threads.iter().map(|t| t.holding_fraction).sum();
    assert!(held > 0.5 && held <= 1.01, "held fractions sum to {held}");
    assert!(summary.threads[1..]
        .iter()
        .all(|t| t.waiting_fraction > 0.05));
    assert!(!free.gil_summary.enabled);
    assert!(free
        .gil_summary
        .threads
        .iter()
        .all(|t| t.holding_fraction == 0.0));
}

const INCREMENTS: &str = "
import threading
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
threads = [threading.Thread(target=bump, args=(200_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
";

#[test]
fn under_the_gil_counter_plus_one_is_never_cut() {
    // CPython 3.10+ only drops the GIL at backward jumps and calls, so the load,
    // add and store of `counter += 1` always run together.
    for _ in 0..3 {
        assert_eq!(run(INCREMENTS, true).stdout, "800000\n");
    }
}

#[test]
fn without_the_gil_updates_are_lost_but_nothing_breaks() {
    let mut lost = false;
    for _ in 0..5 {
        let outcome = run(INCREMENTS, false);
        assert_eq!(outcome.exit_code, 0, "{}", outcome.stderr);
        let total: u64 = outcome.stdout.trim().parse().expect("a number");
        assert!((200_000..=800_000).contains(&total), "{total}");
        lost |= total < 800_000;
        if lost {
            break;
        }
    }
    assert!(
        lost,
        "four free threads never lost an update of counter += 1"
    );
}

#[test]
fn a_lock_keeps_every_update_without_the_gil() {
    let program = INCREMENTS
        .replace("counter = 0", "counter = 0\nlock = threading.Lock()")
        .replace(
            "        counter += 1",
            "        with lock:\n            counter += 1",
        );
    assert_eq!(run(&program, false).stdout, "800000\n");
}

#[test]
fn shared_lists_and_dicts_stay_whole_without_the_gil() {
    let program = "
import threading
items = []
seen = {}
def fill(k):
    for i in range(20_000):
        items.append(i)
        seen[(k, i % 100)] = i
threads = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), len(seen), sum(items))
";
    assert_eq!(run(program, false).stdout, "80000 400 799960000\n");
}

#[test]
fn sleeping_threads_overlap_even_under_the_gil() {
    let program = "
import threading, time
start = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.3,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(elapsed < 0.9, elapsed >= 0.3)
";
    assert_eq!(run(program, true).stdout, "True True\n");
}

/// Runs `program` under the GIL and presses Stop `after` it started; gives
/// its outcome and when Stop was pressed.
fn run_and_stop(program: &'static str, after: Duration) -> (Outcome, Instant) {
    let interrupt = Arc::new(AtomicBool::new(false));
    let stop = interrupt.clone();
    let runner = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            run_collecting(
                program,
                RunOptions {
                    interrupt,
                    ..options(true)
                },
            )
        })
        .expect("spawn");
    std::thread::sleep(after);
    let pressed = Instant::now();
    stop.store(true, Ordering::Relaxed);
    (runner.join().expect("no panic"), pressed)
}

/// A match that backtracks for ages (2**40 ways to split the a's) looks at
/// Stop as it goes.
#[test]
fn stop_ends_a_catastrophic_match() {
    let program = "
import re
print('matching')
re.match(r'(a*)*b', 'a' * 40)
";
    let (outcome, pressed) = run_and_stop(program, Duration::from_millis(300));
    assert!(
        pressed.elapsed() < Duration::from_secs(2),
        "stop took {:?}",
        pressed.elapsed()
    );
    assert_eq!(outcome.stdout, "matching\n");
    assert!(
        outcome.stderr.ends_with("KeyboardInterrupt\n"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn stop_ends_busy_loops_in_every_thread() {
    let program = "
import threading
def forever():
    while True:
        pass
for _ in range(4):
    threading.Thread(target=forever).start()
while True:
    pass
";
    let started = Instant::now();
    let (outcome, pressed) = run_and_stop(program, Duration::from_millis(300));
    assert!(
        pressed.elapsed() < Duration::from_secs(2),
        "stop took {:?}",
        pressed.elapsed()
    );
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert!(
        outcome.stderr.ends_with("KeyboardInterrupt\n"),
        "{}",
        outcome.stderr
    );
    assert_eq!(outcome.exit_code, 1);
}

#[test]
fn an_exception_in_a_thread_is_reported_and_the_program_goes_on() {
    let program = "
import threading
def boom():
    raise ValueError('bad thing')
t = threading.Thread(target=boom)
t.start()
t.join()
print('main goes on', t.is_alive())
";
    let outcome = run(program, true);
    assert_eq!(outcome.stdout, "main goes on False\n");
    assert_eq!(outcome.exit_code, 0);
    // python3 prints the same block, with two frames of threading.py before ours.
    assert!(outcome
        .stderr
        .starts_with("Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n"));
    assert!(outcome.stderr.ends_with("  File \"main.py\", line 4, in boom\n    raise ValueError('bad thing')\nValueError: bad thing\n"));
}

#[test]
fn python_recursion_to_the_limit_needs_no_deep_native_stack() {
    // Calls from bytecode run on the interpreter's frame stack: 990 nested
    // Python calls fit in a 1 MB thread, and the 1000th is a RecursionError.
    let program = "
def f(n):
    return f(n - 1) + 1 if n else 0
print(f(990))
try:
    f(5000)
except RecursionError as e:
    print('RecursionError:', e)
";
    let outcome = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || run_collecting(program, RunOptions::new(gil_playground::modules::load)))
        .expect("spawn")
        .join()
        .expect("no stack overflow");
    assert_eq!(
        outcome.stdout,
        "990\nRecursionError: maximum recursion depth exceeded\n"
    );
}

/// Stop reaches a builtin looping in Rust over a huge range (the fuzzer found
/// `sum(range(10**12))` never stopped, and `max` collected the range first).
#[test]
fn stop_ends_builtins_that_loop_in_rust() {
    for program in [
        "print(sum(range(10**12)))",
        "print(max(range(10**12)))",
        "print(min(range(10**12), key=lambda x: -x))",
        "print(any(x < 0 for x in range(10**12)))",
        "print(len(list(zip(range(10**12), range(10**12)))))",
        "print(sorted(x for x in range(10**12)))",
        // The fuzzer's: the repr of 10**10 items, 30 GB of text.
        "print(str([[0] * 10**4] * 10**6))",
    ] {
        let (outcome, _) = run_and_stop(program, Duration::from_millis(200));
        assert!(
            outcome.stderr.ends_with("KeyboardInterrupt\n"),
            "{program}: {}",
            outcome.stderr
        );
        assert_eq!(outcome.exit_code, 1, "{program}");
    }
}

/// Without the GIL, threads hammering one instance (its attributes, some
/// through a property), one class's attributes and one generator may lose
/// updates or see "generator already executing", but memory stays whole:
/// every value read is one some thread wrote, and the program ends.
#[test]
fn instances_classes_and_generators_stay_whole_without_the_gil() {
    let program = "
import threading
class Shared:
    hits = 0
    def __init__(self):
        self.count = 0
        self._label = 'start'
    @property
    def label(self):
        return self._label
    @label.setter
    def label(self, value):
        self._label = value
def numbers():
    n = 0
    while True:
        yield n
        n += 1
shared = Shared()
gen = numbers()
busy = []
bad = []
def hammer(k):
    for i in range(20_000):
        shared.count += 1
        shared.label = f'thread {k}'
        setattr(shared, f'field{i % 50}', i)
        Shared.hits += 1
        if shared.label not in ('start', 'thread 0', 'thread 1', 'thread 2', 'thread 3'):
            bad.append(shared.label)
        try:
            if not isinstance(next(gen), int):
                bad.append('not an int')
        except ValueError as e:
            busy.append(str(e))
threads = [threading.Thread(target=hammer, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(0 < shared.count <= 80_000, 0 < Shared.hits <= 80_000, len(vars(shared)), bad)
print(set(busy) <= {'generator already executing'}, next(gen) <= 80_000)
";
    let outcome = run(program, false);
    assert_eq!(outcome.stderr, "");
    assert_eq!(outcome.stdout, "True True 52 []\nTrue True\n");
}

/// Threads without the GIL reading and writing one plain instance's
/// attributes through the slot hints (`Code::attr_hints`) while others
/// delete and add attributes, which moves the slots under them: a read
/// finds its name at the slot or looks it up in full, never another
/// attribute's value.
#[test]
fn attribute_slot_hints_stay_right_without_the_gil() {
    let program = "
import threading
class Plain:
    def __init__(self):
        self.a = 'a'
        self.b = 'b'
        self.c = 'c'
p = Plain()
bad = []
def reader():
    for _ in range(30_000):
        o = p
        if o.c != 'c' or o.b != 'b':
            bad.append((o.b, o.c))
        o.c = 'c'
def mover():
    for i in range(30_000):
        o = p
        try:
            del o.a
        except AttributeError:
            pass
        o.a = 'a'
threads = [threading.Thread(target=f) for f in (reader, reader, mover)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bad, sorted(vars(p).items()))
";
    let outcome = run(program, false);
    assert_eq!(outcome.stderr, "");
    assert_eq!(outcome.stdout, "[] [('a', 'a'), ('b', 'b'), ('c', 'c')]\n");
}
