//! fuzz_programs: a mutation fuzzer for the interpreter's parser, compiler and
//! runtime.
//!
//! It mutates the seed programs (every .py under crate/tests/programs/,
//! www/presets/ and examples/) at the line, token and structural level
//! (mutate.rs, fragile.rs), runs each in a child process under the page's
//! limits (child.rs: a 4 MB thread stack, `pool_limits`, the interrupt after
//! the time limit, an address-space limit), and reports what is not an
//! ordinary end (outcome.rs): a Rust panic, a stack overflow, running out of
//! memory, another signal, or a hang past the interrupt. Findings are
//! de-duplicated by signature, saved to the findings folder (gitignored),
//! the new ones minimised (minimise.rs).
//!
//! Usage (from the repository's root):
//!
//!   cargo run --release --bin fuzz_programs -- --seconds 20 --seed 1
//!
//! Options:
//!   --seed N            the PRNG's seed (default 1): the same seed, the same programs
//!   --seconds N         stop starting programs after N seconds (default 20)
//!   --runs N            stop after N programs (whichever comes first)
//!   --time-limit-ms N   when the child sets the interrupt (default 1000)
//!   --grace-ms N        how long after the interrupt before a hang (default 3000)
//!   --memory-mb N       the child's address space (default 2048; the page has 1 GiB)
//!   --out DIR           the findings folder (default fuzz-findings)
//!   --known DIR         known issues' reproducers (default crate/tests/fuzz_findings)
//!   --minimise-seconds N  per new finding (default 20; 0: no minimising)
//!   --report-only       exit 0 even with new findings
//!   --strict            fail on known findings too
//!   --run FILE          run one program as the fuzzer does, print its outcome
//!
//! Exit status: 1 when there are findings whose signature is not one of a
//! known issue's (the reproducers in crate/tests/fuzz_findings/, run first),
//! else 0. `npm run test:fuzz` (chained from `test:rust`) is a 20 s run of
//! seed 1 in this mode.
//!
//! A long session (one process; the machine's other core stays free):
//!
//!   cargo run --release --bin fuzz_programs -- --seconds 600 --seed 7 --report-only
//!
//! then read the summary and fuzz-findings/*.py (the .min.py are minimised);
//! a new bug's reproducer goes to crate/tests/fuzz_findings/ with a comment
//! of what happens, until it is fixed.

#[cfg(unix)]
mod child;
#[cfg(unix)]
mod findings;
#[cfg(unix)]
mod fragile;
#[cfg(unix)]
mod minimise;
#[cfg(unix)]
mod mutate;
#[cfg(unix)]
mod outcome;
#[cfg(unix)]
mod rng;
#[cfg(unix)]
mod run;
#[cfg(unix)]
mod tokens;

#[cfg(unix)]
fn main() -> std::process::ExitCode {
    run::main()
}

/// Child processes and signals: the fuzzer runs natively on unix only (this
/// keeps `cargo build --target wasm32-unknown-unknown` building every target).
#[cfg(not(unix))]
fn main() {
    eprintln!("fuzz_programs runs natively on unix only");
}
