//! Runs a Python file with the page's interpreter natively:
//! `cargo run --example run_py -- FILE.py` (prints as python3 would).

fn main() {
    let path = std::env::args().nth(1).expect("usage: run_py FILE.py");
    let source = std::fs::read_to_string(&path).expect("readable file");
    let outcome = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || gil_playground::runtime::run_source(&source))
        .expect("spawn")
        .join()
        .expect("no panic");
    print!("{}", outcome.stdout);
    eprint!("{}", outcome.stderr);
    std::process::exit(outcome.exit_code);
}
