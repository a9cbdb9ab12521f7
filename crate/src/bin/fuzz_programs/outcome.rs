//! How a child's run ended, from its exit status and stderr: an ordinary end
//! (whatever the program's exit code: a Python exception is fine), or a
//! finding (the interpreter's bug or a limit it does not enforce).

use std::time::Duration;

use crate::child::{END, PHASE_COMPILE, PHASE_DROP_AST, PHASE_PARSE, PHASE_RUN};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The program ended: the exception's name, or "exit 0".
    Ended(String),
    /// A Rust panic: its location and message.
    Panic,
    /// The native stack ran out (Rust's guard page: "has overflowed its stack").
    StackOverflow,
    /// An allocation failed under the child's address-space limit.
    OutOfMemory,
    /// Killed by another signal (SIGSEGV, SIGABRT, ...).
    Signal(i32),
    /// Still running well after the interrupt: killed.
    Hang,
    /// Exited without saying how the program ended (the harness's own failure?).
    NoEnd(Option<i32>),
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub kind: Kind,
    /// Where it happened: "parse", "compile", "drop-ast", "run" or "start".
    pub phase: &'static str,
    /// A panic's location and message, or the last line of the child's stderr.
    pub detail: String,
    pub elapsed: Duration,
}

impl Outcome {
    pub fn classify(
        code: Option<i32>,
        signal: Option<i32>,
        stderr: &str,
        elapsed: Duration,
    ) -> Outcome {
        let phase = phase(stderr);
        let (kind, detail) = if let Some(panic) = panic_message(stderr) {
            (Kind::Panic, panic)
        } else if stderr.contains("has overflowed its stack") {
            (Kind::StackOverflow, String::new())
        } else if let Some(line) = stderr
            .lines()
            .find(|l| l.starts_with("memory allocation of"))
        {
            (Kind::OutOfMemory, line.to_string())
        } else if let Some(signal) = signal {
            (Kind::Signal(signal), last_line(stderr))
        } else if let Some(end) = stderr.lines().find_map(|l| l.strip_prefix(END)) {
            (Kind::Ended(ended_how(end)), end.to_string())
        } else {
            (Kind::NoEnd(code), last_line(stderr))
        };
        Outcome {
            kind,
            phase,
            detail,
            elapsed,
        }
    }

    pub fn hang(stderr: &str, elapsed: Duration) -> Outcome {
        Outcome {
            kind: Kind::Hang,
            phase: phase(stderr),
            detail: String::new(),
            elapsed,
        }
    }

    pub fn is_finding(&self) -> bool {
        !matches!(self.kind, Kind::Ended(_))
    }

    /// What two findings share when they are the same bug: a panic's location
    /// (file:line:column), or the kind and the phase.
    pub fn signature(&self) -> String {
        match &self.kind {
            Kind::Ended(how) => format!("ended: {how}"),
            Kind::Panic => {
                let location = self.detail.lines().next().unwrap_or("");
                format!("panic at {location}")
            }
            Kind::StackOverflow => format!("stack overflow during {}", self.phase),
            Kind::OutOfMemory => format!("out of memory during {}", self.phase),
            Kind::Signal(n) => format!("signal {n} ({}) during {}", signal_name(*n), self.phase),
            Kind::Hang => format!("hang during {}", self.phase),
            Kind::NoEnd(code) => format!("no end (exit {code:?}) during {}", self.phase),
        }
    }

    /// A short name, for file names and the summary.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            Kind::Ended(_) => "ended",
            Kind::Panic => "panic",
            Kind::StackOverflow => "stack-overflow",
            Kind::OutOfMemory => "out-of-memory",
            Kind::Signal(_) => "signal",
            Kind::Hang => "hang",
            Kind::NoEnd(_) => "no-end",
        }
    }
}

/// The last phase the child announced.
fn phase(stderr: &str) -> &'static str {
    if stderr.contains(PHASE_RUN) {
        "run"
    } else if stderr.contains(PHASE_DROP_AST) {
        "drop-ast"
    } else if stderr.contains(PHASE_COMPILE) {
        "compile"
    } else if stderr.contains(PHASE_PARSE) {
        "parse"
    } else {
        "start"
    }
}

/// "file:line:col\nmessage" of the first panic in `stderr` (Rust prints
/// "thread 'x' panicked at file:line:col:\nmessage").
fn panic_message(stderr: &str) -> Option<String> {
    let at = stderr.find("panicked at ")?;
    let rest = &stderr[at + "panicked at ".len()..];
    let mut lines = rest.lines();
    let location = lines.next()?.trim_end_matches(':').to_string();
    let message: String = lines.next().unwrap_or("").chars().take(300).collect();
    Some(format!("{location}\n{message}"))
}

fn last_line(stderr: &str) -> String {
    stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// From "1 ZeroDivisionError: division by zero": "ZeroDivisionError".
fn ended_how(end: &str) -> String {
    let (code, last) = end.split_once(' ').unwrap_or((end, ""));
    if code == "0" {
        return "exit 0".into();
    }
    let name: String = last
        .split(':')
        .next()
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
        .collect();
    if name.is_empty() {
        format!("exit {code}")
    } else {
        name
    }
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => "?",
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, Outcome};
    use std::time::Duration;

    fn classify(code: Option<i32>, signal: Option<i32>, stderr: &str) -> Outcome {
        Outcome::classify(code, signal, stderr, Duration::ZERO)
    }

    #[test]
    fn tells_the_kinds_apart() {
        let ended = classify(
            Some(0),
            None,
            "fuzz-phase: compile\nfuzz-phase: run\nfuzz-end: exit 1 KeyError: 'a'\n",
        );
        assert_eq!(ended.kind, Kind::Ended("KeyError".into()));
        assert!(!ended.is_finding());
        let panic = classify(
            None,
            Some(6),
            "fuzz-phase: compile\nthread 'fuzz-main' panicked at crate/src/x.rs:3:9:\nindex out of bounds\n",
        );
        assert_eq!(panic.kind, Kind::Panic);
        assert_eq!(panic.signature(), "panic at crate/src/x.rs:3:9");
        let overflow = classify(None, Some(6), "fuzz-phase: compile\nfuzz-phase: run\n\nthread 'fuzz-main' has overflowed its stack\nfatal runtime error: stack overflow\n");
        assert_eq!(overflow.signature(), "stack overflow during run");
        let oom = classify(
            None,
            Some(6),
            "fuzz-phase: compile\nfuzz-phase: run\nmemory allocation of 80000000000 bytes failed\n",
        );
        assert_eq!(oom.kind, Kind::OutOfMemory);
        assert_eq!(
            classify(None, Some(11), "fuzz-phase: parse\n").signature(),
            "signal 11 (SIGSEGV) during parse"
        );
    }
}
