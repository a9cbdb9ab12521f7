//! How much native stack the interpreter needs for CPython's recursion limit:
//! `cargo run --release --example stack_probe -- KB`.

fn main() {
    let kb: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1024);
    let source = "def f(n):\n    return f(n - 1) + 1 if n else 0\nprint(f(990))\ntry:\n    f(5000)\nexcept RecursionError as e:\n    print('RecursionError:', e)\n";
    let outcome = std::thread::Builder::new()
        .stack_size(kb * 1024)
        .spawn(move || gil_playground::runtime::run_source(source))
        .expect("spawn")
        .join();
    match outcome {
        Ok(o) => print!("{}{}", o.stdout, o.stderr),
        Err(_) => println!("panicked"),
    }
}
