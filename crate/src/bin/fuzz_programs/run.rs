//! The fuzzing session: options, the seed programs, the loop, the summary.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::child::{child_main, run_in_child, ChildConfig};
use crate::findings::{known_signatures, Findings};
use crate::minimise::minimise;
use crate::mutate::make_case;
use crate::outcome::Kind;
use crate::rng::Rng;

struct Options {
    seed: u64,
    seconds: u64,
    runs: Option<usize>,
    child: ChildConfig,
    out: PathBuf,
    known: PathBuf,
    minimise_seconds: u64,
    report_only: bool,
    strict: bool,
    run_file: Option<PathBuf>,
}

/// The repository's root (the crate is its `crate/` folder).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the repository")
        .to_path_buf()
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        seed: 1,
        seconds: 20,
        runs: None,
        child: ChildConfig {
            time_limit: Duration::from_millis(1000),
            grace: Duration::from_millis(3000),
            memory_mb: 2048,
        },
        out: PathBuf::from("fuzz-findings"),
        known: repo_root().join("crate/tests/fuzz_findings"),
        minimise_seconds: 20,
        report_only: false,
        strict: false,
        run_file: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        let number = |text: String| text.parse::<u64>().map_err(|e| format!("{arg}: {e}"));
        match arg.as_str() {
            "--child" => {
                let ms = number(value()?)?;
                child_main(Duration::from_millis(ms));
            }
            "--seed" => options.seed = number(value()?)?,
            "--seconds" => options.seconds = number(value()?)?,
            "--runs" => options.runs = Some(number(value()?)? as usize),
            "--time-limit-ms" => {
                options.child.time_limit = Duration::from_millis(number(value()?)?)
            }
            "--grace-ms" => options.child.grace = Duration::from_millis(number(value()?)?),
            "--memory-mb" => options.child.memory_mb = number(value()?)?,
            "--out" => options.out = PathBuf::from(value()?),
            "--known" => options.known = PathBuf::from(value()?),
            "--minimise-seconds" => options.minimise_seconds = number(value()?)?,
            "--report-only" => options.report_only = true,
            "--strict" => options.strict = true,
            "--run" => options.run_file = Some(PathBuf::from(value()?)),
            "--help" | "-h" => {
                return Err(
                    "see the comment at the top of crate/src/bin/fuzz_programs/main.rs".into(),
                )
            }
            _ => return Err(format!("unknown option {arg}")),
        }
    }
    Ok(options)
}

/// Every .py under the seed folders, in path order (the order is part of
/// what a seed number means).
fn seed_programs() -> Vec<String> {
    let root = repo_root();
    let mut files = Vec::new();
    for dir in ["crate/tests/programs", "www/presets", "examples"] {
        collect_py(&root.join(dir), &mut files);
    }
    files.sort();
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect()
}

fn collect_py(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_py(&path, files);
        } else if path.extension().is_some_and(|e| e == "py") {
            files.push(path);
        }
    }
}

pub fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("fuzz_programs: {message}");
            return ExitCode::from(2);
        }
    };
    if let Some(file) = &options.run_file {
        let program = std::fs::read_to_string(file).expect("the program");
        let outcome = run_in_child(&program, options.child);
        println!(
            "{} ({:.2} s)\n{}",
            outcome.signature(),
            outcome.elapsed.as_secs_f64(),
            outcome.detail
        );
        return ExitCode::from(u8::from(outcome.is_finding()));
    }
    let seeds = seed_programs();
    if seeds.is_empty() {
        eprintln!(
            "fuzz_programs: no seed programs under {}",
            repo_root().display()
        );
        return ExitCode::from(2);
    }
    let known = if options.strict {
        Vec::new()
    } else {
        known_signatures(&options.known, options.child)
    };
    println!(
        "fuzz_programs: seed {}, {} seed programs, {} s, time limit {} ms, {} MiB",
        options.seed,
        seeds.len(),
        options.seconds,
        options.child.time_limit.as_millis(),
        options.child.memory_mb
    );

    let started = Instant::now();
    let budget = Duration::from_secs(options.seconds);
    let mut master = Rng::new(options.seed);
    let mut findings = Findings::default();
    let mut ended: BTreeMap<String, usize> = BTreeMap::new();
    let mut kinds: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut runs = 0;
    let mut last_progress = Instant::now();
    while started.elapsed() < budget && options.runs.is_none_or(|n| runs < n) {
        // A generator per case: case i is the same program whatever the
        // earlier cases' outcomes were.
        let mut rng = master.fork();
        let program = make_case(&mut rng, &seeds);
        let outcome = run_in_child(&program, options.child);
        runs += 1;
        *kinds.entry(outcome.kind_name()).or_default() += 1;
        if let Kind::Ended(how) = &outcome.kind {
            *ended.entry(how.clone()).or_default() += 1;
        } else {
            let signature = outcome.signature();
            let is_known = known.contains(&signature);
            if findings.add(&outcome, &program, is_known) {
                println!(
                    "[{:5.1} s] case {runs}: {}{signature} ({} bytes)",
                    started.elapsed().as_secs_f64(),
                    if is_known { "known: " } else { "NEW: " },
                    program.len()
                );
            }
        }
        if last_progress.elapsed() > Duration::from_secs(30) {
            last_progress = Instant::now();
            println!(
                "[{:5.1} s] {runs} programs, {kinds:?}",
                started.elapsed().as_secs_f64()
            );
        }
    }
    let fuzz_seconds = started.elapsed().as_secs_f64();

    // Minimise the new findings (the known ones have their reproducers).
    if options.minimise_seconds > 0 {
        for (signature, finding) in &mut findings.by_signature {
            if !finding.known {
                let budget = Duration::from_secs(options.minimise_seconds);
                finding.minimised =
                    Some(minimise(&finding.program, signature, options.child, budget));
            }
        }
    }
    findings.save(&options.out);
    summary(runs, fuzz_seconds, &kinds, &ended, &findings);

    let failing = if options.strict {
        findings.by_signature.len()
    } else {
        findings.new_ones()
    };
    if failing > 0 && !options.report_only {
        println!("fuzz_programs: {failing} finding(s) not among the known issues: failing (--report-only not to)");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(
    runs: usize,
    seconds: f64,
    kinds: &BTreeMap<&'static str, usize>,
    ended: &BTreeMap<String, usize>,
    findings: &Findings,
) {
    println!(
        "\n== fuzz_programs: {runs} programs in {seconds:.1} s ({:.1}/s)",
        runs as f64 / seconds.max(0.001)
    );
    println!("outcomes: {kinds:?}");
    let mut how: Vec<(&String, &usize)> = ended.iter().collect();
    how.sort_by(|a, b| b.1.cmp(a.1));
    let top: Vec<String> = how
        .iter()
        .take(12)
        .map(|(k, n)| format!("{k} {n}"))
        .collect();
    println!("ended with: {}", top.join(", "));
    if findings.by_signature.is_empty() {
        println!("findings: none");
        return;
    }
    println!(
        "findings ({} signatures, {} new):",
        findings.by_signature.len(),
        findings.new_ones()
    );
    for (signature, finding) in &findings.by_signature {
        println!(
            "\n-- {}{signature}: {} time(s){}",
            if finding.known { "known: " } else { "NEW: " },
            finding.count,
            finding
                .saved
                .as_ref()
                .map_or(String::new(), |p| format!(", saved to {}", p.display()))
        );
        for line in finding.outcome.detail.lines().take(2) {
            println!("   {line}");
        }
        let program = finding.minimised.as_ref().unwrap_or(&finding.program);
        let label = if finding.minimised.is_some() {
            "minimised"
        } else {
            "shortest"
        };
        println!("   {label} program ({} bytes):", program.len());
        for line in program.lines().take(15) {
            let shown: String = line.chars().take(160).collect();
            let cut = if shown.len() < line.len() {
                format!("... ({} chars)", line.chars().count())
            } else {
                String::new()
            };
            println!("   | {shown}{cut}");
        }
        if program.lines().count() > 15 {
            println!("   | ...");
        }
    }
}
