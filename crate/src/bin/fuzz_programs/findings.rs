//! Findings: de-duplicated by signature (a panic's location, or the kind and
//! phase), the shortest program of each kept and saved to the findings folder,
//! and the known issues: the reproducers in crate/tests/fuzz_findings/, whose
//! signatures the short run in `npm test` does not fail on. A reproducer that
//! no longer reproduces stops excusing its signature by itself.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::child::{run_in_child, ChildConfig};
use crate::outcome::Outcome;

pub struct Finding {
    pub outcome: Outcome,
    /// The shortest program seen with this signature.
    pub program: String,
    pub count: usize,
    pub known: bool,
    pub saved: Option<PathBuf>,
    pub minimised: Option<String>,
}

#[derive(Default)]
pub struct Findings {
    pub by_signature: BTreeMap<String, Finding>,
}

impl Findings {
    /// Records a finding; returns whether its signature is new in this session.
    pub fn add(&mut self, outcome: &Outcome, program: &str, known: bool) -> bool {
        let signature = outcome.signature();
        if let Some(finding) = self.by_signature.get_mut(&signature) {
            finding.count += 1;
            if program.len() < finding.program.len() {
                finding.program = program.to_string();
                finding.outcome = outcome.clone();
            }
            return false;
        }
        self.by_signature.insert(
            signature,
            Finding {
                outcome: outcome.clone(),
                program: program.to_string(),
                count: 1,
                known,
                saved: None,
                minimised: None,
            },
        );
        true
    }

    pub fn new_ones(&self) -> usize {
        self.by_signature.values().filter(|f| !f.known).count()
    }

    /// Saves each finding's shortest (and minimised) program to `dir`.
    pub fn save(&mut self, dir: &Path) {
        if std::fs::create_dir_all(dir).is_err() {
            eprintln!("fuzz: cannot create {}", dir.display());
            return;
        }
        for (signature, finding) in &mut self.by_signature {
            let name = format!("{}-{:016x}", finding.outcome.kind_name(), fnv(signature));
            let header = header(signature, &finding.outcome);
            let path = dir.join(format!("{name}.py"));
            if std::fs::write(&path, format!("{header}{}", finding.program)).is_ok() {
                finding.saved = Some(path);
            }
            if let Some(minimised) = &finding.minimised {
                let _ = std::fs::write(
                    dir.join(format!("{name}.min.py")),
                    format!("{header}{minimised}"),
                );
            }
        }
    }
}

/// The comment at the top of a saved finding: what happens when it runs.
fn header(signature: &str, outcome: &Outcome) -> String {
    let mut text = format!("# fuzz_programs finding: {signature}\n");
    for line in outcome.detail.lines().take(3) {
        text.push_str(&format!("# {line}\n"));
    }
    text
}

/// A stable hash for file names (std's hasher is seeded per process).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// The known issues: each reproducer in `dir` run once; the signatures of
/// those that still crash. Prints which still do and which no longer do.
pub fn known_signatures(dir: &Path, config: ChildConfig) -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    let mut known = Vec::new();
    for file in files {
        let Ok(program) = std::fs::read_to_string(&file) else {
            continue;
        };
        let outcome = run_in_child(&program, config);
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if outcome.is_finding() {
            println!("known issue, still there: {} ({name})", outcome.signature());
            known.push(outcome.signature());
        } else {
            println!(
                "known issue no longer reproduces ({name}: {}): fixed? remove the file",
                outcome.signature()
            );
        }
    }
    known
}
