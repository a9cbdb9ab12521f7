//! `match` statements: each case's pattern compiled to tests on the
//! subject, bindings stored as it goes.
//!
//! The subject stays on the stack while the cases are tried; each case
//! matches a copy of it. A pattern consumes the value on top; a structural
//! pattern (sequence, mapping, class) turns it into a tuple of the parts to
//! match (or None: no match, see `Op::MatchSequence`), whose items the
//! sub-patterns then consume. A test that fails jumps out with some of those
//! parts still on the stack: each failing jump records how many, and the
//! case's failure ladder pops that many before the next case is tried.

use ruff_python_ast::{self as ast, Pattern, Singleton};
use ruff_text_size::Ranged;

use super::super::bytecode::{CmpOp, Const, Op};
use super::super::parse::SyntaxError;
use super::{Compiler, Result};

/// A jump taken when a test fails, and how many values it leaves above the subject.
type Fail = (usize, usize);

impl Compiler<'_> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> Result<()> {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        for case in &m.cases {
            self.set_line(case);
            let mut fails = Vec::new();
            self.emit(Op::Dup);
            self.pattern(&case.pattern, 0, &mut fails)?;
            if let Some(guard) = &case.guard {
                self.expr(guard)?;
                fails.push((self.emit(Op::JumpIfFalse(0)), 0));
            }
            // Matched: the subject goes, the body runs.
            self.emit(Op::Pop);
            self.body(&case.body)?;
            ends.push(self.emit(Op::Jump(0)));
            self.fail_ladder(fails);
        }
        // No case matched.
        self.emit(Op::Pop);
        for end in ends {
            self.patch(end);
        }
        Ok(())
    }

    /// Where the failing jumps of a case land: each pops what it left.
    fn fail_ladder(&mut self, fails: Vec<Fail>) {
        let deepest = fails.iter().map(|&(_, left)| left).max().unwrap_or(0);
        for left in (1..=deepest).rev() {
            for &(at, _) in fails.iter().filter(|&&(_, l)| l == left) {
                self.patch(at);
            }
            self.emit(Op::Pop);
        }
        for &(at, _) in fails.iter().filter(|&&(_, l)| l == 0) {
            self.patch(at);
        }
    }

    /// Matches the value on top (consumed) against `pattern`; `above` values
    /// lie between it and the subject.
    fn pattern(&mut self, pattern: &Pattern, above: usize, fails: &mut Vec<Fail>) -> Result<()> {
        match pattern {
            Pattern::MatchValue(p) => {
                self.expr(&p.value)?;
                self.emit(Op::Compare(CmpOp::Eq));
                fails.push((self.emit(Op::JumpIfFalse(0)), above));
            }
            Pattern::MatchSingleton(p) => {
                self.emit_const(match p.value {
                    Singleton::None => Const::None,
                    Singleton::True => Const::Bool(true),
                    Singleton::False => Const::Bool(false),
                });
                self.emit(Op::Compare(CmpOp::Is));
                fails.push((self.emit(Op::JumpIfFalse(0)), above));
            }
            Pattern::MatchAs(p) => match (&p.pattern, &p.name) {
                (None, None) => {
                    self.emit(Op::Pop);
                }
                (None, Some(name)) => self.store_name(name),
                (Some(inner), name) => {
                    if let Some(name) = name {
                        self.emit(Op::Dup);
                        self.pattern(inner, above + 1, fails)?;
                        self.store_name(name);
                    } else {
                        self.pattern(inner, above, fails)?;
                    }
                }
            },
            Pattern::MatchStar(_) => {
                return Err(SyntaxError::at(
                    self.source,
                    pattern.start(),
                    "can't use starred pattern here",
                ))
            }
            Pattern::MatchOr(p) => self.or_pattern(p, above, fails)?,
            Pattern::MatchSequence(p) => {
                let stars: Vec<usize> = (0..p.patterns.len())
                    .filter(|&i| matches!(p.patterns[i], Pattern::MatchStar(_)))
                    .collect();
                let (before, star) = match stars[..] {
                    [] => (p.patterns.len(), false),
                    [at] => (at, true),
                    _ => {
                        return Err(SyntaxError::at(
                            self.source,
                            pattern.start(),
                            "multiple starred names in sequence pattern",
                        ))
                    }
                };
                let after = p.patterns.len() - before - usize::from(star);
                self.emit(Op::MatchSequence {
                    before: to_u32(before),
                    after: to_u32(after),
                    star,
                });
                self.parts(&p.patterns, above, fails)?;
            }
            Pattern::MatchMapping(p) => {
                for key in &p.keys {
                    self.expr(key)?;
                }
                self.emit(Op::MatchMapping {
                    keys: to_u32(p.keys.len()),
                    rest: p.rest.is_some(),
                });
                let mut parts: Vec<Pattern> = p.patterns.to_vec();
                if let Some(rest) = &p.rest {
                    parts.push(Pattern::MatchAs(ast::PatternMatchAs {
                        node_index: ast::AtomicNodeIndex::default(),
                        range: rest.range(),
                        pattern: None,
                        name: Some(rest.clone()),
                    }));
                }
                self.parts(&parts, above, fails)?;
            }
            Pattern::MatchClass(p) => {
                self.expr(&p.cls)?;
                for keyword in &p.arguments.keywords {
                    self.emit_const(Const::Str(keyword.attr.id.as_str().into()));
                }
                self.emit(Op::MatchClass {
                    positional: to_u32(p.arguments.patterns.len()),
                    keywords: to_u32(p.arguments.keywords.len()),
                });
                let mut parts: Vec<Pattern> = p.arguments.patterns.to_vec();
                parts.extend(p.arguments.keywords.iter().map(|k| k.pattern.clone()));
                self.parts(&parts, above, fails)?;
            }
        }
        Ok(())
    }

    /// After a structural test: None (no match) or the tuple of `parts`'
    /// values, each matched in turn.
    fn parts(&mut self, parts: &[Pattern], above: usize, fails: &mut Vec<Fail>) -> Result<()> {
        self.emit(Op::Dup);
        self.emit_const(Const::None);
        self.emit(Op::Compare(CmpOp::Is));
        fails.push((self.emit(Op::JumpIfTrue(0)), above + 1));
        self.emit(Op::UnpackSequence(to_u32(parts.len())));
        for (i, part) in parts.iter().enumerate() {
            let left = above + parts.len() - 1 - i;
            match part {
                // `*rest` is given its list; `*_` drops it.
                Pattern::MatchStar(star) => match &star.name {
                    Some(name) => self.store_name(name),
                    None => {
                        self.emit(Op::Pop);
                    }
                },
                other => self.pattern(other, left, fails)?,
            }
        }
        Ok(())
    }

    /// `p1 | p2 | …`: each alternative tried on a copy, the first that
    /// matches wins.
    fn or_pattern(
        &mut self,
        p: &ast::PatternMatchOr,
        above: usize,
        fails: &mut Vec<Fail>,
    ) -> Result<()> {
        let mut matched = Vec::new();
        let last = p.patterns.len() - 1;
        for (i, alternative) in p.patterns.iter().enumerate() {
            if i == last {
                self.pattern(alternative, above, fails)?;
                break;
            }
            let mut own = Vec::new();
            self.emit(Op::Dup);
            self.pattern(alternative, above + 1, &mut own)?;
            // Matched: the copy left for the next alternative goes.
            self.emit(Op::Pop);
            matched.push(self.emit(Op::Jump(0)));
            // Failed: back to the value, for the next alternative.
            let deepest = own.iter().map(|&(_, left)| left).max().unwrap_or(0);
            for left in ((above + 2)..=deepest).rev() {
                for &(at, _) in own.iter().filter(|&&(_, l)| l == left) {
                    self.patch(at);
                }
                self.emit(Op::Pop);
            }
            for &(at, _) in own.iter().filter(|&&(_, l)| l <= above + 1) {
                self.patch(at);
            }
        }
        for at in matched {
            self.patch(at);
        }
        Ok(())
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
