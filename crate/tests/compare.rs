//! Compare mode: a function of a program called over its task list, one after
//! another or on Python threads under one GIL (or none), with exact values and
//! the program's own errors as messages.

use std::sync::{Arc, Mutex};

use gil_playground::gil::GilConfig;
use gil_playground::runs::compare::{CompareSpec, Loaded, ThreadsOutcome};
use gil_playground::runtime::RunOptions;
use gil_playground::trace::{total_cross_thread_overlap, State};

fn spec(source: &str, args: &str) -> CompareSpec {
    CompareSpec {
        source: source.into(),
        call: "task".into(),
        args: args.into(),
    }
}

fn load(spec: &CompareSpec, gil: bool) -> Result<Arc<Loaded>, String> {
    let options = RunOptions {
        gil: if gil {
            GilConfig::default()
        } else {
            GilConfig::disabled()
        },
        ..RunOptions::new(gil_playground::modules::load)
    };
    Loaded::load(spec, Box::new(|_| {}), options).map(Arc::new)
}

fn threads(spec: &CompareSpec, gil: bool, k: usize) -> ThreadsOutcome {
    load(spec, gil).unwrap().run_threads(k, None).unwrap()
}

const SUM_SQUARES: &str = "
def task(n):
    return sum(i * i for i in range(n))

if __name__ == '__main__':
    print(task(10))
";

#[test]
fn sequential_values_are_the_reprs_python_gives() {
    let loaded = load(&spec(SUM_SQUARES, "[10, 1000, 10**4]"), true).unwrap();
    assert_eq!(loaded.len(), 3);
    let outcomes = loaded.run_here(&[0, 1, 2], None).unwrap();
    let values: Vec<_> = outcomes.iter().map(|o| o.value.as_str()).collect();
    // python3 -c "print([repr(sum(i*i for i in range(n))) for n in (10, 1000, 10**4)])"
    assert_eq!(values, ["285", "332833500", "333283335000"]);
    assert!(outcomes.iter().all(|o| o.end_ms >= o.start_ms));
}

#[test]
fn values_are_reprs_of_any_object_and_none() {
    let source = "
import time
def task(x):
    if x == 'io':
        time.sleep(0.001)
        return None
    return {'x': x, 'half': x / 2}
";
    let loaded = load(&spec(source, "[3, 'io']"), true).unwrap();
    let values: Vec<_> = loaded
        .run_here(&[0, 1], None)
        .unwrap()
        .into_iter()
        .map(|o| o.value)
        .collect();
    // python3 -c "print(repr({'x': 3, 'half': 3 / 2}))"
    assert_eq!(values, ["{'x': 3, 'half': 1.5}", "None"]);
}

#[test]
fn the_program_is_imported_not_run_as_main() {
    let printed = Arc::new(Mutex::new(String::new()));
    let sink = printed.clone();
    let source = "print('imported as', __name__)\nif __name__ == '__main__':\n    print('main block')\ndef task(x):\n    return x\n";
    let loaded = Loaded::load(
        &spec(source, "[1]"),
        Box::new(move |batch| {
            for out in batch {
                sink.lock().unwrap().push_str(&out.text);
            }
        }),
        RunOptions::new(gil_playground::modules::load),
    )
    .unwrap();
    assert_eq!(loaded.len(), 1);
    assert_eq!(*printed.lock().unwrap(), "imported as __mp_main__\n");
}

#[test]
fn threads_under_the_gil_take_turns_and_without_it_overlap() {
    let s = spec(SUM_SQUARES, "[300_000] * 4");
    let with_gil = threads(&s, true, 2);
    let without = threads(&s, false, 2);
    // python3 -c "print(sum(i*i for i in range(300_000)))"
    for run in [&with_gil, &without] {
        assert!(run.outcomes.iter().all(|o| o.value == "8999955000050000"));
        let lanes: std::collections::BTreeSet<_> = run.outcomes.iter().map(|o| o.worker).collect();
        assert_eq!(lanes.len(), 2, "both threads took tasks");
        assert!(run.spans.iter().all(|s| s.thread < 2), "lanes are 0 and 1");
    }
    assert!(total_cross_thread_overlap(&with_gil.spans, State::Running) < 0.5);
    assert!(with_gil.gil.enabled && with_gil.gil.handoffs > 0);
    let held: f64 = with_gil
        .gil
        .threads
        .iter()
        .map(|t| t.holding_fraction)
        .sum();
    assert!(held <= 1.01 && held > 0.5, "held fractions sum to {held}");
    assert!(total_cross_thread_overlap(&without.spans, State::Running) > 5.0);
    assert!(!without.gil.enabled);
}

#[test]
fn io_tasks_overlap_even_under_the_gil() {
    let source = "import time\ndef task(s):\n    time.sleep(s)\n";
    let run = threads(&spec(source, "[0.05] * 4"), true, 4);
    assert!(run.outcomes.iter().all(|o| o.value == "None"));
    assert!(total_cross_thread_overlap(&run.spans, State::Io) > 50.0);
}

#[test]
fn a_kernel_releasing_the_gil_runs_beside_other_threads() {
    let source = "
import kernels
def task(release):
    return kernels.sum_squares(20_000_000, release_gil=release)
";
    let released = threads(&spec(source, "[True, True]"), true, 2);
    let held = threads(&spec(source, "[False, False]"), true, 2);
    // python3 -c "print(sum(i*i for i in range(20_000_000)))"
    for run in [&released, &held] {
        assert!(run
            .outcomes
            .iter()
            .all(|o| o.value == "2666666466666670000000"));
    }
    assert!(total_cross_thread_overlap(&released.spans, State::Native) > 1.0);
    assert_eq!(total_cross_thread_overlap(&held.spans, State::Native), 0.0);
    assert!(total_cross_thread_overlap(&held.spans, State::Running) < 0.5);
}

#[test]
fn errors_are_the_programs_own_messages() {
    let error = |source: &str, args: &str| load(&spec(source, args), true).err().unwrap();
    let syntax = error("def task(x)\n    return x\n", "[1]");
    assert!(syntax.contains("SyntaxError"), "{syntax}");
    let missing = error("def work(x):\n    return x\n", "[1]");
    assert!(missing.contains("no function `task`"), "{missing}");
    let importing = error("import nothere\ndef task(x):\n    return x\n", "[1]");
    assert!(
        importing.contains("ModuleNotFoundError: No module named 'nothere'"),
        "{importing}"
    );
    let list = error("def task(x):\n    return x\n", "[undefined]");
    assert!(
        list.contains("NameError: name 'undefined' is not defined"),
        "{list}"
    );
    let loaded = load(&spec("def task(x):\n    return x\n", "[1]"), true).unwrap();
    let missing_task = loaded.run_here(&[1], None).err().unwrap();
    assert_eq!(
        missing_task,
        "there is no task 1: the task list has 1 tasks"
    );
    let empty = error("def task(x):\n    return x\n", "[]");
    assert!(empty.contains("between 1 and 64"), "{empty}");
    let not_list = error("def task(x):\n    return x\n", "1, 2");
    assert!(not_list.contains("task list"), "{not_list}");

    let raising = "def task(x):\n    return 1 // x\n";
    let loaded = load(&spec(raising, "[1, 0]"), true).unwrap();
    let message = loaded.run_here(&[0, 1], None).err().unwrap();
    assert!(message.starts_with("task(task list[1]) raised an exception"));
    assert!(message.contains("line 2, in task"), "{message}");
    assert!(message.ends_with("ZeroDivisionError: integer division or modulo by zero\n"));
    let in_thread = loaded.run_threads(2, None).err().unwrap();
    assert!(in_thread.contains("ZeroDivisionError"), "{in_thread}");
}

/// Processes: the task list mapped over a pool of the program's own child
/// processes (natively each on a thread with a fresh interpreter).
fn processes(
    spec: &CompareSpec,
    k: usize,
) -> Result<Vec<gil_playground::runs::compare::TaskOutcome>, String> {
    let options = gil_playground::runs::processes::with_thread_processes(RunOptions::new(
        gil_playground::modules::load,
    ));
    Loaded::load(spec, Box::new(|_| {}), options)?.run_processes(k, None)
}

#[test]
fn processes_run_each_task_in_a_pool_worker_that_imported_the_program() {
    // The task list is evaluated in each worker (`random` seeded in the
    // program gives every process the same list), and each task's value is
    // its repr, made in the worker.
    let source = "
import multiprocessing, random
random.seed(7)
ARGS = [random.randrange(1000) for _ in range(4)]
def task(n):
    return (n, multiprocessing.current_process().name.startswith('SpawnPoolWorker'))
";
    let outcomes = processes(&spec(source, "ARGS"), 2).unwrap();
    // python3 -c "import random; random.seed(7); print([random.randrange(1000) for _ in range(4)])"
    let values: Vec<_> = outcomes.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(
        values,
        ["(331, True)", "(970, True)", "(154, True)", "(404, True)"]
    );
    assert_eq!(
        outcomes.iter().map(|o| o.id).collect::<Vec<_>>(),
        [0, 1, 2, 3]
    );
    assert!(outcomes
        .iter()
        .all(|o| o.worker < 2 && o.end_ms >= o.start_ms));
}

#[test]
fn processes_report_a_tasks_exception_with_the_workers_traceback() {
    let source = "def task(n):\n    return 10 // n\n";
    let error = processes(&spec(source, "[1, 0, 2]"), 2).unwrap_err();
    assert!(
        error.contains("ZeroDivisionError: integer division or modulo by zero"),
        "{error}"
    );
    assert!(error.contains("return 10 // n"), "{error}");
}
