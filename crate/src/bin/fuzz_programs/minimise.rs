//! Shrinks a finding's program while it still gives the same signature:
//! chunks of lines removed (halving the chunk size, as delta debugging does),
//! then runs of one repeated character halved (200,000 brackets to the fewest
//! that still crash). Each try is a child run, so it stops at a budget.

use std::time::{Duration, Instant};

use crate::child::{run_in_child, ChildConfig};

pub fn minimise(program: &str, signature: &str, config: ChildConfig, budget: Duration) -> String {
    let started = Instant::now();
    let same = |candidate: &str| {
        started.elapsed() < budget && {
            let outcome = run_in_child(candidate, config);
            outcome.is_finding() && outcome.signature() == signature
        }
    };
    let mut lines: Vec<String> = program.lines().map(str::to_string).collect();
    let mut chunk = lines.len().div_ceil(2).max(1);
    loop {
        let mut start = 0;
        while start < lines.len() && started.elapsed() < budget {
            let end = (start + chunk).min(lines.len());
            let mut candidate = lines.clone();
            candidate.drain(start..end);
            if !candidate.is_empty() && same(&join(&candidate)) {
                lines = candidate;
            } else {
                start = end;
            }
        }
        if chunk == 1 || started.elapsed() >= budget {
            break;
        }
        chunk = chunk.div_ceil(2);
    }
    // Long runs of one character (brackets, minus signs): halved while the
    // finding stays.
    for i in 0..lines.len() {
        while let Some(shorter) = halve_longest_run(&lines[i]) {
            let mut candidate = lines.clone();
            candidate[i] = shorter;
            if same(&join(&candidate)) {
                lines = candidate;
            } else {
                break;
            }
        }
    }
    join(&lines)
}

fn join(lines: &[String]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// `line` with its longest run of one repeated unit (a character, or up to 8
/// of them: `- `, ` + 1`, `lambda: `) halved, and for a run of opening
/// brackets the matching closing run halved too. `None` when no unit repeats
/// at least 64 times.
fn halve_longest_run(line: &str) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let (start, unit, repeats) = longest_run(&chars)?;
    let mut out = chars.clone();
    let removed = repeats / 2 * unit;
    let closing = match (unit, chars[start]) {
        (1, '(') => Some(')'),
        (1, '[') => Some(']'),
        (1, '{') => Some('}'),
        _ => None,
    };
    out.drain(start..start + removed);
    if let Some(close) = closing {
        // The closing run: the longest run of `close` after the opening one.
        let after = start + (repeats - repeats / 2);
        let (mut best, mut i) = (None::<(usize, usize)>, after.min(out.len()));
        while i < out.len() {
            let j = (i..out.len())
                .find(|&j| out[j] != out[i])
                .unwrap_or(out.len());
            if out[i] == close && best.is_none_or(|(_, len)| j - i > len) {
                best = Some((i, j - i));
            }
            i = j;
        }
        if let Some((at, len)) = best {
            out.drain(at..at + len.min(removed));
        }
    }
    Some(out.into_iter().collect())
}

/// The start, unit length and number of repeats of the longest run (in
/// characters) of a unit of 1 to 8 characters repeated at least 64 times.
fn longest_run(chars: &[char]) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    for unit in 1..=8 {
        let mut i = 0;
        while i + unit < chars.len() {
            let mut j = i + unit;
            while j < chars.len() && chars[j] == chars[j - unit] {
                j += 1;
            }
            let repeats = (j - i) / unit;
            if repeats >= 64 && best.is_none_or(|(_, u, r)| repeats * unit > r * u) {
                best = Some((i, unit, repeats));
            }
            i = if j > i + unit { j } else { i + 1 };
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::halve_longest_run;

    #[test]
    fn halves_brackets_and_units() {
        let parens = format!("x = {}1{}", "(".repeat(100), ")".repeat(100));
        assert_eq!(
            halve_longest_run(&parens),
            Some(format!("x = {}1{}", "(".repeat(50), ")".repeat(50)))
        );
        let sum = format!("x = 1{}", " + 1".repeat(100));
        let halved = halve_longest_run(&sum).unwrap();
        assert!(halved.starts_with("x = 1 + 1"), "{halved}");
        assert!(
            (50..=51).contains(&halved.matches(" + 1").count()),
            "{halved}"
        );
        assert_eq!(halve_longest_run("x = 1"), None);
    }
}
