//! A pattern's tree as a program for the backtracking matcher (`exec`):
//! instructions in a vector, jumps by index. A repeat of one character
//! (`a*`, `[a-z]+`, `.*?`) is one instruction that gives its characters
//! back one at a time; any other repeat counts its iterations in a
//! register, as sre's REPEAT/MAX_UNTIL do.
//!
//! A choice outside any such repeat is "lax", as sre's are where no repeat
//! is open (`state->repeat` NULL): when it is taken back, captures that
//! were set before it keep what the failed way set them to. Only an
//! iteration of a possessive repeat, which sre runs outside its repeats,
//! can show it (`(?:(.)x|.)*+` on `axb` leaves group 1 at `b`).

use super::charset::{Case, One};
use super::parse::{width, At, Greed, Node};
use super::Error;

/// One instruction.
#[derive(Clone, Debug)]
pub enum Inst {
    One(One),
    /// `min` to `max` characters that `one` matches.
    Star {
        one: One,
        min: u32,
        max: u32,
        greed: Greed,
        lax: bool,
    },
    At(At),
    /// Records the position in capture slot `n` (group `n / 2`'s start or end).
    Save(usize),
    /// Goes on at the next instruction; backtracking goes to `to`.
    Split {
        to: usize,
        lax: bool,
    },
    /// Goes on at `.0`; backtracking goes to the next instruction.
    SplitPreferJump(usize),
    Jump(usize),
    Backref(usize, Case),
    /// Starts repeat `reg` (its count at -1) and goes to its `Until` at `.until`.
    RepeatStart {
        reg: usize,
        until: usize,
    },
    /// After each iteration of repeat `reg`: another one (at `body`), or
    /// what follows (the next instruction). A possessive repeat's body
    /// ends with a `GroupEnd`: each iteration is an atomic group, and one
    /// past `min` that fails goes on with what follows.
    Until {
        reg: usize,
        min: u32,
        max: u32,
        greed: Greed,
        body: usize,
    },
    /// A lookaround: its pattern follows, up to a `GroupEnd`; `next` is
    /// after that. `behind`: the width it looks back.
    Look {
        behind: Option<usize>,
        negate: bool,
        next: usize,
        lax: bool,
    },
    /// An atomic group (`(?>…)`, and a possessive repeat): what matched
    /// inside is not tried again another way.
    AtomicStart,
    /// The end of a lookaround's or atomic group's pattern.
    GroupEnd,
    /// `(?(group)yes|no)`: on to `yes`, or to `no` if the group did not match.
    IfGroup {
        group: usize,
        no: usize,
    },
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    /// How many repeats count iterations (registers).
    pub registers: usize,
    /// How many capture slots: two per group, group 0's included.
    pub slots: usize,
    /// `str.isalnum` of one character, for `\b`.
    pub is_word: fn(char) -> bool,
    /// Whether some choices are lax (the matcher then remembers what it
    /// undoes).
    pub lax: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    /// Whether choices made here are lax (see the module's doc).
    lax: bool,
    registers: usize,
    group_widths: Vec<(u64, u64)>,
}

impl Compiler {
    fn push(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    fn here(&self) -> usize {
        self.insts.len()
    }

    /// Sets the jump target of the instruction at `at`.
    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.insts[at] {
            Inst::Split { to: t, .. } | Inst::SplitPreferJump(t) | Inst::Jump(t) => *t = target,
            Inst::RepeatStart { until, .. } => *until = target,
            Inst::Look { next, .. } => *next = target,
            Inst::IfGroup { no, .. } => *no = target,
            _ => {}
        }
    }

    fn compile(&mut self, node: &Node) -> Result<(), Error> {
        match node {
            Node::Empty => {}
            Node::One(one) => {
                self.push(Inst::One(one.clone()));
            }
            Node::At(at) => {
                self.push(Inst::At(*at));
            }
            Node::Group(group, node) => {
                self.push(Inst::Save(2 * group));
                self.compile(node)?;
                self.push(Inst::Save(2 * group + 1));
            }
            Node::Backref(group, case) => {
                self.push(Inst::Backref(*group, *case));
            }
            Node::Concat(nodes) => {
                for node in nodes {
                    self.compile(node)?;
                }
            }
            Node::Alternation(nodes) => {
                let mut ends = Vec::new();
                for (i, node) in nodes.iter().enumerate() {
                    if i + 1 < nodes.len() {
                        let split = self.push(Inst::Split {
                            to: 0,
                            lax: self.lax,
                        });
                        self.compile(node)?;
                        ends.push(self.push(Inst::Jump(0)));
                        let next = self.here();
                        self.patch(split, next);
                    } else {
                        self.compile(node)?;
                    }
                }
                let end = self.here();
                for at in ends {
                    self.patch(at, end);
                }
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let behind = if *behind {
                    let (lo, hi) = self.width(node);
                    if lo != hi {
                        return Err(Error::plain("look-behind requires fixed-width pattern"));
                    }
                    Some(usize::try_from(lo).unwrap_or(usize::MAX))
                } else {
                    None
                };
                let look = self.push(Inst::Look {
                    behind,
                    negate: *negate,
                    next: 0,
                    lax: self.lax,
                });
                self.compile(node)?;
                self.push(Inst::GroupEnd);
                let next = self.here();
                self.patch(look, next);
            }
            Node::Atomic(node) => {
                self.push(Inst::AtomicStart);
                self.compile(node)?;
                self.push(Inst::GroupEnd);
            }
            Node::Conditional { group, yes, no } => {
                let test = self.push(Inst::IfGroup {
                    group: *group,
                    no: 0,
                });
                self.compile(yes)?;
                let jump = self.push(Inst::Jump(0));
                let no_at = self.here();
                self.patch(test, no_at);
                self.compile(no)?;
                let end = self.here();
                self.patch(jump, end);
            }
            Node::Repeat {
                node,
                min,
                max,
                greed,
            } => self.repeat(node, *min, *max, *greed)?,
        }
        Ok(())
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, greed: Greed) -> Result<(), Error> {
        if let Node::One(one) = node {
            self.push(Inst::Star {
                one: one.clone(),
                min,
                max,
                greed,
                lax: self.lax,
            });
            return Ok(());
        }
        if greed == Greed::Possessive {
            return self.counted(node, min, max, greed);
        }
        // sre's REPEAT: inside, choices are strict.
        let lax = std::mem::replace(&mut self.lax, false);
        let compiled = self.not_possessive(node, min, max, greed);
        self.lax = lax;
        compiled
    }

    fn not_possessive(
        &mut self,
        node: &Node,
        min: u32,
        max: u32,
        greed: Greed,
    ) -> Result<(), Error> {
        if max == 0 {
            // Never matched, but checked all the same.
            let here = self.here();
            self.compile(node)?;
            self.insts.truncate(here);
            return Ok(());
        }
        if (min, max) == (1, 1) {
            return self.compile(node);
        }
        // `x?`: sre's repeat of at most one is a plain choice.
        if (min, max) == (0, 1) {
            let split = self.push(if greed == Greed::Lazy {
                Inst::SplitPreferJump(0)
            } else {
                Inst::Split { to: 0, lax: false }
            });
            self.compile(node)?;
            let end = self.here();
            self.patch(split, end);
            return Ok(());
        }
        self.counted(node, min, max, greed)
    }

    /// A repeat that counts its iterations in a register.
    fn counted(&mut self, node: &Node, min: u32, max: u32, greed: Greed) -> Result<(), Error> {
        let reg = self.registers;
        self.registers += 1;
        let start = self.push(Inst::RepeatStart { reg, until: 0 });
        let body = self.here();
        self.compile(node)?;
        if greed == Greed::Possessive {
            // Each iteration is atomic (sre's POSSESSIVE_REPEAT), and
            // none is given back.
            self.push(Inst::GroupEnd);
        }
        let until = self.push(Inst::Until {
            reg,
            min,
            max,
            greed,
            body,
        });
        self.patch(start, until);
        Ok(())
    }

    fn width(&self, node: &Node) -> (u64, u64) {
        width(node, &|g| {
            self.group_widths.get(g).copied().unwrap_or((0, 0))
        })
    }
}

/// Whether a possessive repeat of more than one character is in `node`.
fn has_possessive(node: &Node) -> bool {
    match node {
        Node::Repeat {
            node: inner, greed, ..
        } => {
            (*greed == Greed::Possessive && !matches!(**inner, Node::One(_)))
                || has_possessive(inner)
        }
        Node::Group(_, n) | Node::Atomic(n) | Node::Look { node: n, .. } => has_possessive(n),
        Node::Concat(nodes) | Node::Alternation(nodes) => nodes.iter().any(has_possessive),
        Node::Conditional { yes, no, .. } => has_possessive(yes) || has_possessive(no),
        Node::Empty | Node::One(_) | Node::At(_) | Node::Backref(..) => false,
    }
}

/// Compiles a parsed pattern.
///
/// # Errors
/// A lookbehind whose pattern's width varies.
pub fn compile(
    node: &Node,
    groups: usize,
    group_widths: Vec<(u64, u64)>,
    is_word: fn(char) -> bool,
) -> Result<Program, Error> {
    let mut compiler = Compiler {
        insts: Vec::new(),
        // Where no possessive repeat can show it, every choice is strict:
        // a lax one costs a look at the captures.
        lax: has_possessive(node),
        registers: 0,
        group_widths,
    };
    let lax = compiler.lax;
    compiler.compile(node)?;
    compiler.push(Inst::Match);
    Ok(Program {
        lax,
        insts: compiler.insts,
        registers: compiler.registers,
        slots: 2 * (groups + 1),
        is_word,
    })
}
