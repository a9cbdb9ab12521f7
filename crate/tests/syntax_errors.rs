//! Programs CPython cannot compile (tests/syntax_errors/, their errors
//! recorded from python3 by record.sh): the page must say what CPython says,
//! in its words, with its error class, line and carets, and exit with 1.

use std::path::Path;

use gil_playground::runtime::{run_collecting, RunOptions};

#[test]
fn each_error_is_cpythons() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("the folder")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "py").then_some(path)
        })
        .collect();
    programs.sort();
    assert!(programs.len() > 40, "the programs are there");
    let mut wrong = Vec::new();
    for program in &programs {
        let source = std::fs::read_to_string(program).expect("the program");
        let expected =
            std::fs::read_to_string(program.with_extension("stderr")).expect("its recorded error");
        let outcome = run_collecting(&source, RunOptions::new(gil_playground::modules::load));
        if outcome.stderr != expected || outcome.exit_code != 1 {
            wrong.push(format!(
                "{}:\n--- CPython\n{expected}--- the page (exit {})\n{}",
                program.file_name().unwrap_or_default().to_string_lossy(),
                outcome.exit_code,
                outcome.stderr
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {}:\n{}",
        wrong.len(),
        programs.len(),
        wrong.join("\n")
    );
}
