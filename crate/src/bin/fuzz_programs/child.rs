//! One program run in a child process (this binary again, with `--child`), so
//! that a stack overflow, an abort or running out of memory ends the child,
//! not the fuzzer. The child runs the interpreter as the page does: on a
//! thread with a pool thread's stack, with the page's limits, and with the
//! interrupt (the page's Stop) set once the time limit has passed.

use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use gil_playground::runtime::shared::{Limits, Spawn};
use gil_playground::runtime::{run_streaming, Chunk, RunOptions, SharedOutput, Stream};

use crate::outcome::Outcome;

/// A pool thread's stack on the page (scripts/build-wasm.mjs gives it).
const THREAD_STACK_BYTES: usize = gil_playground::runs::limits::THREAD_STACK_BYTES;

/// The limits the page gives a program on its pool of a few threads.
fn page_limits() -> Limits {
    gil_playground::runs::limits::pool_limits(8)
}

/// Lines the child writes to its stderr around the run; the parent reads them
/// to tell in which phase a crash happened and how the program ended.
pub const PHASE_PARSE: &str = "fuzz-phase: parse";
pub const PHASE_COMPILE: &str = "fuzz-phase: compile";
pub const PHASE_DROP_AST: &str = "fuzz-phase: drop-ast";
pub const PHASE_RUN: &str = "fuzz-phase: run";
pub const END: &str = "fuzz-end: exit ";

/// The child: runs the program on stdin, then exits 0 whatever the program
/// did (a Python exception is an ordinary end). Crashes end it otherwise.
pub fn child_main(time_limit: Duration) -> ! {
    let mut source = String::new();
    if std::io::stdin().read_to_string(&mut source).is_err() {
        std::process::exit(2);
    }
    let interrupt = Arc::new(AtomicBool::new(false));
    let done = Arc::new((Mutex::new(false), Condvar::new()));
    let signal_done = SignalDone(done.clone());
    let options = RunOptions {
        spawn: pool_spawn(),
        interrupt: interrupt.clone(),
        limits: page_limits(),
        ..RunOptions::new(gil_playground::modules::load)
    };
    let runner = std::thread::Builder::new()
        .name("fuzz-main".into())
        .stack_size(THREAD_STACK_BYTES)
        .spawn(move || {
            let _done = signal_done;
            // Parsed and compiled once on its own first, to tell a crash in
            // the parser or the compiler from one at run time (run_streaming
            // compiles it again), and dropping the deep AST (which recurses
            // too) from both.
            eprintln!("{PHASE_PARSE}");
            if let Ok(module) = gil_playground::compiler::parse::parse(&source) {
                eprintln!("{PHASE_COMPILE}");
                // As `compiler::compile_module`: a tree too deep is refused
                // before the compiler recurses on it.
                if gil_playground::compiler::depth::check(&module).is_ok() {
                    let code = gil_playground::compiler::codegen::compile_module(
                        &module, &source, "main.py",
                    );
                    drop(code);
                }
                eprintln!("{PHASE_DROP_AST}");
                drop(module);
            }
            eprintln!("{PHASE_RUN}");
            let last_error = Arc::new(Mutex::new(String::new()));
            let sink_error = last_error.clone();
            let finished = run_streaming(
                &source,
                "main.py",
                // The output is dropped (an endless print must not fill the
                // memory), but the last line of stderr names the exception.
                SharedOutput::new(Box::new(move |batch: Vec<Chunk>| {
                    for out in batch.iter().filter(|out| out.stream == Stream::Stderr) {
                        if let Some(line) = out.text.lines().rev().find(|l| !l.trim().is_empty()) {
                            let mut last = sink_error.lock().unwrap_or_else(|e| e.into_inner());
                            last.clear();
                            last.extend(line.chars().take(200));
                        }
                    }
                })),
                options,
            );
            let last = last_error.lock().unwrap_or_else(|e| e.into_inner()).clone();
            eprintln!("{END}{} {last}", finished.exit_code);
        })
        .expect("a thread for the program");
    let (lock, ended) = &*done;
    let guard = lock.lock().unwrap_or_else(|e| e.into_inner());
    let (guard, _) = ended
        .wait_timeout_while(guard, time_limit, |done| !*done)
        .unwrap_or_else(|e| e.into_inner());
    if !*guard {
        // The page's Stop: KeyboardInterrupt at the program's next check. If
        // it never comes, the parent kills this process (a hang).
        interrupt.store(true, Ordering::SeqCst);
    }
    drop(guard);
    let code = if runner.join().is_ok() { 0 } else { 101 };
    let _ = std::io::stderr().flush();
    std::process::exit(code);
}

/// Tells the waiting main thread that the run ended, also when it panicked
/// (with `panic = "unwind"`, as in a debug build).
struct SignalDone(Arc<(Mutex<bool>, Condvar)>);

impl Drop for SignalDone {
    fn drop(&mut self) {
        let (lock, ended) = &*self.0;
        *lock.lock().unwrap_or_else(|e| e.into_inner()) = true;
        ended.notify_all();
    }
}

/// Python threads on threads with a pool thread's stack (std_spawn's 256 MB
/// stacks would not be like the page, and would use up the address space).
fn pool_spawn() -> Spawn {
    Box::new(|job| {
        std::thread::Builder::new()
            .stack_size(THREAD_STACK_BYTES)
            .spawn(job)
            .expect("a thread for a Python thread");
    })
}

/// How the parent runs children.
#[derive(Clone, Copy)]
pub struct ChildConfig {
    /// When the child sets the interrupt.
    pub time_limit: Duration,
    /// How long after the interrupt the child may take to end before it is a hang.
    pub grace: Duration,
    /// The child's address space (RLIMIT_AS), in MiB.
    pub memory_mb: u64,
}

/// What the stderr reader keeps of a child's stderr: the phase lines and a
/// panic message are short; a flood of anything else is cut.
const STDERR_KEEP: usize = 64 << 10;

/// Runs `program` in a child and classifies how it ended.
pub fn run_in_child(program: &str, config: ChildConfig) -> Outcome {
    let exe = std::env::current_exe().expect("the fuzzer's own path");
    // `ulimit -v` through sh (no libc dependency); `exec` keeps the child's
    // pid, so a signal that kills it is the status the parent sees.
    let script = format!(
        "ulimit -v {} && exec \"$0\" \"$@\"",
        config.memory_mb * 1024
    );
    let started = Instant::now();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(exe)
        .arg("--child")
        .arg(config.time_limit.as_millis().to_string())
        // Fewer malloc arenas: each reserves 64 MB of the address space.
        .env("MALLOC_ARENA_MAX", "2")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("a child process");
    // stdin on a thread of its own: a child that crashes before reading all
    // of a big program must not block the parent.
    let mut stdin = child.stdin.take().expect("the child's stdin");
    let input = program.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut stderr = child.stderr.take().expect("the child's stderr");
    let reader = std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buffer = [0u8; 8192];
        while let Ok(n) = stderr.read(&mut buffer) {
            if n == 0 {
                break;
            }
            if kept.len() < STDERR_KEEP {
                kept.extend_from_slice(&buffer[..n]);
            }
        }
        String::from_utf8_lossy(&kept).into_owned()
    });
    let deadline = config.time_limit + config.grace;
    let status = loop {
        if let Some(status) = child.try_wait().expect("the child's status") {
            break Some(status);
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let _ = writer.join();
    let stderr = reader.join().unwrap_or_default();
    let elapsed = started.elapsed();
    match status {
        None => Outcome::hang(&stderr, elapsed),
        Some(status) => Outcome::classify(status.code(), status.signal(), &stderr, elapsed),
    }
}
