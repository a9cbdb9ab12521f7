//! Programs with processes (crate/tests/processes/, their outputs recorded
//! from CPython 3.11 with the "spawn" start method by record.sh), run natively
//! with each child on a thread of its own and a fresh interpreter, and
//! compared after the masks the recording applied (see the folder's README).

use std::path::Path;

use gil_playground::runs::processes::with_thread_processes;
use gil_playground::runtime::{run_collecting, RunOptions};
use regex::Regex;

/// The masks of record.sh: addresses, pids, times, pool worker numbers.
fn masked(text: &str) -> String {
    let text = Regex::new(r"0x[0-9a-fA-F]{6,}")
        .unwrap()
        .replace_all(text, "0x<addr>");
    let text = Regex::new(r"\b(pid|parent)=\d+")
        .unwrap()
        .replace_all(&text, "$1=<pid>");
    let text = Regex::new(r"\b\d+\.\d+(s\b| seconds\b|x\b)")
        .unwrap()
        .replace_all(&text, "<time>$1");
    let text = Regex::new(r"PoolWorker-\d+")
        .unwrap()
        .replace_all(&text, "PoolWorker-<n>");
    text.into_owned()
}

/// CPython's library frames are not the page's: both sides without them.
fn without_library_frames(text: &str) -> String {
    text.lines()
        .filter(|line| line.trim() != "<CPython library frames>")
        .map(|line| format!("{line}\n"))
        .collect()
}

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/processes");
    let read = |ext: &str| {
        std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).expect("recorded output")
    };
    let source = read("py");
    let outcome = run_collecting(
        &source,
        with_thread_processes(RunOptions::new(gil_playground::modules::load)),
    );
    assert_eq!(masked(&outcome.stdout), read("stdout"), "{name}: stdout");
    assert_eq!(
        without_library_frames(&masked(&outcome.stderr)),
        without_library_frames(&read("stderr")),
        "{name}: stderr"
    );
    assert_eq!(
        outcome.exit_code.to_string(),
        read("exit").trim(),
        "{name}: exit status"
    );
}

#[test]
fn foo_bar_process() {
    check("foo_bar_process");
}

#[test]
fn child_raises() {
    check("child_raises");
}

#[test]
fn no_main_guard() {
    check("no_main_guard");
}

#[test]
fn cpu_pool() {
    check("cpu_pool");
}

#[test]
fn pool_methods() {
    check("pool_methods");
}

#[test]
fn square_executor() {
    check("square_executor");
}

#[test]
fn benchmark_fixed() {
    check("benchmark_fixed");
}

#[test]
fn counter_lock_value() {
    check("counter_lock_value");
}

#[test]
fn counter_value_race() {
    check("counter_value_race");
}

#[test]
fn sync_primitives() {
    check("sync_primitives");
}

#[test]
fn queues_bounded() {
    check("queues_bounded");
}

#[test]
fn process_subclass() {
    check("process_subclass");
}

#[test]
fn data_chunks() {
    check("data_chunks");
}

#[test]
fn future_remote_traceback() {
    check("future_remote_traceback");
}

#[test]
fn executor_map() {
    check("executor_map");
}

#[test]
fn threads_100_lock() {
    check("threads_100_lock");
}

#[test]
fn submit_concurrent() {
    check("submit_concurrent");
}

#[test]
fn executor_futures() {
    check("executor_futures");
}

#[test]
fn pool_terminate() {
    check("pool_terminate");
}

#[test]
fn queues() {
    check("queues");
}

#[test]
fn remote_traceback() {
    check("remote_traceback");
}

#[test]
fn child_exit() {
    check("child_exit");
}

#[test]
fn broken_pool() {
    check("broken_pool");
}

#[test]
fn process_attributes() {
    check("process_attributes");
}

#[test]
fn start_method() {
    check("start_method");
}

#[test]
fn pipe_basic() {
    check("pipe_basic");
}

#[test]
fn threads_active_count() {
    check("threads_active_count");
}

#[test]
fn futures_edge_cases() {
    check("futures_edge_cases");
}

#[test]
fn pipe() {
    check("pipe");
}

#[test]
fn value_array() {
    check("value_array");
}

#[test]
fn hybrid_article() {
    check("hybrid_article");
}

#[test]
fn hybrid_fixed() {
    check("hybrid_fixed");
}

#[test]
fn pickle_errors_process() {
    check("pickle_errors_process");
}

#[test]
fn pickle_errors_pool() {
    check("pickle_errors_pool");
}

#[test]
fn pickle_errors_executor() {
    check("pickle_errors_executor");
}

#[test]
fn benchmark_lambda() {
    check("benchmark_lambda");
}

#[test]
fn start_method_fork() {
    check("start_method_fork");
}

#[test]
fn pool_remote_traceback() {
    check("pool_remote_traceback");
}

#[test]
fn process_names() {
    check("process_names");
}

#[test]
fn pickle_roundtrip() {
    check("pickle_roundtrip");
}
