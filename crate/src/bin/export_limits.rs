//! export_limits: writes the limits the page shares with the crate
//! (`gil_playground::runs::limits::json`) to www/generated/limits.json, which the
//! page's TypeScript and the Node scripts import: the page's main thread has
//! no wasm to ask. scripts/build-wasm.mjs runs it.
//!
//! Usage (from the repository's root):
//!
//!   cargo run --bin export_limits            writes the file if it differs
//!   cargo run --bin export_limits -- --check fails if the file differs (npm test)
//!   cargo run --bin export_limits -- --print prints what the file should hold

use std::process::ExitCode;

use gil_playground::runs::limits::{json, JSON_PATH};

fn main() -> ExitCode {
    let mode = std::env::args().nth(1);
    let wanted = json();
    if mode.as_deref() == Some("--print") {
        print!("{wanted}");
        return ExitCode::SUCCESS;
    }
    let current = std::fs::read_to_string(JSON_PATH).ok();
    if current.as_deref() == Some(wanted.as_str()) {
        return ExitCode::SUCCESS;
    }
    match mode.as_deref() {
        Some("--check") => {
            eprintln!(
                "export_limits: {JSON_PATH} is stale: the crate's limits changed. \
                 Run `cargo run --bin export_limits` (or `node scripts/build-wasm.mjs`) and commit it."
            );
            ExitCode::FAILURE
        }
        None => match std::fs::write(JSON_PATH, &wanted) {
            Ok(()) => {
                eprintln!(
                    "export_limits: wrote {JSON_PATH} (commit it with the change to the crate)"
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("export_limits: cannot write {JSON_PATH}: {error} (run it from the repository's root)");
                ExitCode::FAILURE
            }
        },
        Some(other) => {
            eprintln!("export_limits: unknown option {other} (--check or --print)");
            ExitCode::from(2)
        }
    }
}
