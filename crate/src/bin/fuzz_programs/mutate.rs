//! Mutations of a seed program: at the line level (delete, duplicate, swap,
//! move, re-indent), at the token level (an operator, a name, a number or a
//! string replaced; brackets, quotes, colons, commas and keywords inserted or
//! deleted), and structural (a fragile snippet inserted, an expression wrapped
//! in brackets, lines spliced in from another seed).

use crate::fragile;
use crate::rng::Rng;
use crate::tokens::{tokenize, Kind, Token, KEYWORDS, OPERATORS};

/// The program for one case: a seed mutated one to a few times, or now and
/// then a fragile snippet on its own (the shortest reproducer of many bugs).
pub fn make_case(rng: &mut Rng, seeds: &[String]) -> String {
    if rng.one_in(10) {
        let mut program = fragile::snippet(rng);
        if rng.one_in(2) {
            program = format!("{}\n{}", ensure_newline(program), fragile::snippet(rng));
        }
        return program;
    }
    let mut program = rng.pick(seeds).clone();
    let mut count = 1;
    while count < 6 && rng.one_in(2) {
        count += 1;
    }
    for _ in 0..count {
        program = mutate(rng, &program, seeds);
    }
    program
}

fn ensure_newline(mut text: String) -> String {
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// One mutation of `program`.
pub fn mutate(rng: &mut Rng, program: &str, seeds: &[String]) -> String {
    let mut lines: Vec<String> = program.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    let tokens = tokenize(program);
    match rng.below(17) {
        0 => {
            lines.remove(rng.below(n));
        }
        1 => {
            let i = rng.below(n);
            lines.insert(i, lines[i].clone());
        }
        2 => lines.swap(rng.below(n), rng.below(n)),
        3 => {
            let line = lines.remove(rng.below(n));
            let to = rng.below(lines.len() + 1);
            lines.insert(to, line);
        }
        4 => {
            let i = rng.below(n);
            lines[i] = reindent(rng, &lines[i]);
        }
        5 => {
            return replace_token(rng, program, &tokens, Kind::Op, |rng, _| {
                (*rng.pick(OPERATORS)).to_string()
            })
        }
        6 => {
            let names: Vec<String> = tokens
                .iter()
                .filter(|t| t.kind == Kind::Name)
                .map(|t| program[t.start..t.end].to_string())
                .collect();
            return replace_token(rng, program, &tokens, Kind::Name, |rng, _| {
                match rng.below(3) {
                    0 if !names.is_empty() => rng.pick(&names).clone(),
                    1 => (*rng.pick(KEYWORDS)).to_string(),
                    _ => (*rng.pick(NAMES)).to_string(),
                }
            });
        }
        7 => {
            return replace_token(rng, program, &tokens, Kind::Number, |rng, _| {
                (*rng.pick(NUMBERS)).to_string()
            })
        }
        8 => return replace_token(rng, program, &tokens, Kind::Str, |rng, _| string(rng)),
        9 => return insert_at_token(rng, program, &tokens, rng_punctuation),
        10 => return delete_punctuation(rng, program, &tokens),
        11 => {
            return insert_at_token(rng, program, &tokens, |rng| {
                format!(" {} ", rng.pick(INSERTS))
            })
        }
        12 => {
            // An expression in many brackets: the parser's and compiler's depth.
            let depth = *rng.pick(&[10usize, 100, 1_000, 100_000]);
            let (open, close) = *rng.pick(&[("(", ")"), ("[", "]"), ("-(", ")"), ("not (", ")")]);
            let kind = *rng.pick(&[Kind::Name, Kind::Number, Kind::Str]);
            return replace_token(rng, program, &tokens, kind, |_, text| {
                format!("{}{text}{}", open.repeat(depth), close.repeat(depth))
            });
        }
        13 => {
            let depth = *rng.pick(&[100usize, 10_000]);
            return replace_token(rng, program, &tokens, Kind::Number, |rng, text| {
                format!("{}{text}", rng.pick(&["-", "~", "+", "not "]).repeat(depth))
            });
        }
        14 | 15 => {
            // A fragile snippet at a line, with that line's indentation.
            let i = rng.below(n + 1);
            let indent = lines.get(i).map_or("", |l| indentation(l)).to_string();
            let snippet = fragile::snippet(rng);
            let block: Vec<String> = snippet.lines().map(|l| format!("{indent}{l}")).collect();
            lines.splice(i..i, block);
        }
        _ => {
            // Lines of another seed (which may be this one) spliced in.
            let other: Vec<&str> = rng.pick(seeds).lines().collect();
            if !other.is_empty() {
                let from = rng.below(other.len());
                let to = (from + 1 + rng.below(8)).min(other.len());
                let at = rng.below(n + 1);
                lines.splice(at..at, other[from..to].iter().map(|l| (*l).to_string()));
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn indentation(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

fn reindent(rng: &mut Rng, line: &str) -> String {
    let body = line.trim_start();
    match rng.below(5) {
        0 => format!("    {line}"),
        1 => format!(" {line}"),
        2 => format!("\t{line}"),
        3 => body.to_string(),
        _ => {
            let indent = indentation(line);
            format!("{}{body}", &indent[..indent.len().saturating_sub(4)])
        }
    }
}

/// `program` with one token of `kind` (chosen at random) replaced by `with`'s
/// text; unchanged if it has no such token.
fn replace_token(
    rng: &mut Rng,
    program: &str,
    tokens: &[Token],
    kind: Kind,
    with: impl FnOnce(&mut Rng, &str) -> String,
) -> String {
    let of_kind: Vec<&Token> = tokens.iter().filter(|t| t.kind == kind).collect();
    if of_kind.is_empty() {
        return program.to_string();
    }
    let token = *rng.pick(&of_kind);
    let replacement = with(rng, &program[token.start..token.end]);
    format!(
        "{}{replacement}{}",
        &program[..token.start],
        &program[token.end..]
    )
}

/// `program` with text inserted before or after a token chosen at random.
fn insert_at_token(
    rng: &mut Rng,
    program: &str,
    tokens: &[Token],
    text: impl FnOnce(&mut Rng) -> String,
) -> String {
    let at = if tokens.is_empty() {
        program.len()
    } else {
        let token = rng.pick(tokens);
        if rng.one_in(2) {
            token.start
        } else {
            token.end
        }
    };
    let inserted = text(rng);
    format!("{}{inserted}{}", &program[..at], &program[at..])
}

fn rng_punctuation(rng: &mut Rng) -> String {
    (*rng.pick(&[
        "(", ")", "[", "]", "{", "}", "'", "\"", ":", ",", "\\", "\n", "'''",
    ]))
    .to_string()
}

/// `program` without one bracket, colon, comma or quote-delimited string.
fn delete_punctuation(rng: &mut Rng, program: &str, tokens: &[Token]) -> String {
    let candidates: Vec<&Token> = tokens
        .iter()
        .filter(|t| {
            t.kind == Kind::Str
                || matches!(
                    &program[t.start..t.end],
                    "(" | ")" | "[" | "]" | "{" | "}" | ":" | ","
                )
        })
        .collect();
    if candidates.is_empty() {
        return program.to_string();
    }
    let token = *rng.pick(&candidates);
    // Of a string, only its opening quote goes: an unterminated string.
    let end = if token.kind == Kind::Str {
        token.start + 1
    } else {
        token.end
    };
    format!("{}{}", &program[..token.start], &program[end..])
}

fn string(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => "''".into(),
        1 => format!(
            "'{}'",
            "x".repeat(*rng.pick(&[1_000usize, 100_000, 1_000_000]))
        ),
        2 => "'\\N{BULLET} \\u00e9 \\x00 \\U0001F600'".into(),
        3 => "f'{x!r:>{10}}'".into(),
        4 => "'%s %d %r' % (1,)".into(),
        _ => "'''\n'''".into(),
    }
}

/// Numbers at the edges: zero, negative, past 64 bits, floats that overflow.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2",
    "255",
    "2 ** 63",
    "2 ** 64 - 1",
    "-2 ** 63",
    "10 ** 100",
    "10 ** 10 ** 6",
    "99999999999999999999999999999999999999",
    "1e308",
    "1e309",
    "-0.0",
    "0.1",
    "float('nan')",
    "float('inf')",
    "0x7fffffffffffffff",
    "10 ** 10",
    "2 ** 40",
    "1_000_000",
    "0b1",
    "0o7",
    "1.5",
    "True",
];

/// Names a program may meet: builtins and methods, some of them misused.
const NAMES: &[&str] = &[
    "print",
    "len",
    "range",
    "list",
    "dict",
    "set",
    "tuple",
    "str",
    "int",
    "float",
    "repr",
    "sorted",
    "sum",
    "min",
    "max",
    "iter",
    "next",
    "isinstance",
    "type",
    "object",
    "super",
    "self",
    "__class__",
    "__init__",
    "__repr__",
    "__dict__",
    "Exception",
    "ValueError",
    "map",
    "zip",
    "enumerate",
    "divmod",
    "pow",
    "abs",
    "hash",
    "id",
    "globals",
    "locals",
    "vars",
    "getattr",
    "setattr",
    "chr",
    "ord",
    "bytes",
    "bytearray",
    "reversed",
    "any",
    "all",
];

/// Tokens inserted at random: keywords that change what a block is.
const INSERTS: &[&str] = &[
    "yield",
    "yield from",
    "lambda:",
    "lambda *a, **k:",
    "global x",
    "nonlocal x",
    "del",
    "return",
    "*",
    "**",
    "await",
    "async",
    ":=",
    "...",
    "not",
    "is not",
    "if",
    "else",
    "for x in",
    "with",
    "as",
    "from",
    "import",
    "raise",
    "assert",
    "class",
    "def",
    "@",
    "None",
    "break",
    "continue",
    "try:",
    "except:",
    "finally:",
    "pass",
    ";",
];

#[cfg(test)]
mod tests {
    use super::make_case;
    use crate::rng::Rng;

    #[test]
    fn same_seed_same_programs() {
        let seeds = vec![
            "x = [1, 2]\nprint(x[0] + 3, 'a')\n".to_string(),
            "def f():\n    return 1\n".to_string(),
        ];
        let cases = |seed| {
            let mut rng = Rng::new(seed);
            (0..200)
                .map(|_| make_case(&mut rng.fork(), &seeds))
                .collect::<Vec<_>>()
        };
        assert_eq!(cases(3), cases(3));
        assert_ne!(cases(3), cases(4));
    }
}
