//! Runs a Python file with the page's interpreter natively, printing what
//! `python3 FILE.py` would: `cargo run --release --example run_py -- FILE.py [--no-gil]`.

use gil_playground::gil::GilConfig;
use gil_playground::runtime::{run_collecting, RunOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: run_py FILE.py [--no-gil]");
        std::process::exit(2);
    };
    // The page gives a program no arguments (`sys.argv` is `['main.py']`):
    // neither does this, and says so rather than dropping them unseen.
    if args.iter().filter(|a| !a.starts_with("--")).count() > 1 {
        eprintln!(
            "run_py: a program takes no arguments here (sys.argv is ['main.py'], as on the page)"
        );
        std::process::exit(2);
    }
    let source = std::fs::read_to_string(path).expect("a readable file");
    let gil = if args.iter().any(|a| a == "--no-gil") {
        GilConfig::disabled()
    } else {
        GilConfig::default()
    };
    let outcome = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            run_collecting(
                &source,
                gil_playground::runs::processes::with_thread_processes(RunOptions {
                    gil,
                    ..RunOptions::new(gil_playground::modules::load)
                }),
            )
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    print!("{}", outcome.stdout);
    eprint!("{}", outcome.stderr);
    std::process::exit(outcome.exit_code);
}
