//! The backtracking matcher: runs a program (`program`) over a text of
//! chars, with its own stack of choices to go back to instead of the
//! machine's (a pattern like `(a*)*b` on a long text recurses nowhere).
//! Every change to the captures and the repeat counters is logged on that
//! stack too, and undone as backtracking passes it, so that a choice taken
//! again sees the state it was made in. A lookaround or an atomic group
//! leaves a mark on the stack: once its pattern has matched, the choices
//! above the mark are dropped (the undo entries kept), as in sre, where
//! neither is entered again.

use super::charset::{same_lower, Class};
use super::parse::{At, Greed, INFINITE};
use super::program::{Inst, Program};

/// Where a match may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Anywhere from the start position on (`search`).
    Search,
    /// At the start position (`match`).
    Match,
    /// At the start position, to the end (`fullmatch`).
    Full,
}

/// The match was given up: the check hook asked for it (Stop).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Aborted;

/// A match: the span of each group (group 0, the whole match, first), and
/// the group that closed last (`Match.lastindex`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    pub spans: Vec<Option<(usize, usize)>>,
    pub lastindex: Option<usize>,
}

/// No position (an unset capture, a repeat's first iteration).
const NONE: usize = usize::MAX;
/// Matcher steps between two calls of the check hook.
const STEPS_PER_CHECK: i64 = 4096;

/// An entry of the backtracking stack.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// A choice: go on at `pc`, at `pos`.
    Choice { pc: usize, pos: usize },
    /// Undo: capture slot `slot` was `old`.
    Slot { slot: usize, old: usize },
    /// Undo: repeat `reg` had done `count` iterations, the last from `last`.
    Register { reg: usize, count: i64, last: usize },
    /// Undo: `lastindex` was this.
    LastIndex(usize),
    /// A greedy repeat of one character that can give back characters
    /// down to `min_pos`: it stands at `pos`, and goes on at `pc`.
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy repeat of one character (the `Star` at `pc`) that can take
    /// another character up to `max_pos`: it stands at `pos`.
    Lazy {
        pc: usize,
        pos: usize,
        max_pos: usize,
    },
    /// A lazy `Until` at `pc` that can try another iteration at `pos`,
    /// the `count`th.
    LazyUntil { pc: usize, pos: usize, count: i64 },
    /// Where a lookaround or an atomic group started.
    Mark { kind: Mark, pos: usize, next: usize },
    /// Under a lax choice (see `program`): the first `.0` capture slots
    /// keep what the way that failed set them to when it is taken back.
    Keep(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Atomic,
    Look,
    NegativeLook,
    /// An iteration of a possessive repeat past its minimum: atomic, and
    /// if it fails, what follows the repeat is next.
    Try,
}

impl Entry {
    fn is_undo(self) -> bool {
        matches!(
            self,
            Entry::Slot { .. } | Entry::Register { .. } | Entry::LastIndex(_)
        )
    }
}

/// The matcher's state for one text.
struct Vm<'a> {
    program: &'a Program,
    /// The text up to `endpos`: what lies beyond is not seen.
    text: &'a [char],
    slots: Vec<usize>,
    /// Each counting repeat's (iterations done, where the last one began).
    registers: Vec<(i64, usize)>,
    lastindex: usize,
    stack: Vec<Entry>,
    /// The captures undone since the last choice was taken back: (slot,
    /// what it was set to, what it was before), newest first. A lax choice
    /// sets some again.
    undone: Vec<(usize, usize, usize)>,
    /// Steps left until the hook is called.
    budget: i64,
    check: &'a mut dyn FnMut() -> bool,
}

impl Vm<'_> {
    fn spend(&mut self, steps: usize) -> Result<(), Aborted> {
        self.budget -= i64::try_from(steps).unwrap_or(i64::MAX);
        if self.budget <= 0 {
            self.budget = STEPS_PER_CHECK;
            if !(self.check)() {
                return Err(Aborted);
            }
        }
        Ok(())
    }

    fn is_word_at(&self, i: usize, ascii: bool) -> bool {
        self.text
            .get(i)
            .is_some_and(|&c| Class::Word.contains(c, ascii, self.program.is_word))
    }

    fn at(&self, at: At, pos: usize) -> bool {
        let text = self.text;
        let end = text.len();
        match at {
            At::Start => pos == 0,
            At::LineStart => pos == 0 || text.get(pos - 1) == Some(&'\n'),
            At::End => pos == end,
            At::EndOrFinalNewline => pos == end || (pos + 1 == end && text[pos] == '\n'),
            At::LineEnd => pos == end || text.get(pos) == Some(&'\n'),
            // Neither is anywhere in an empty text, as in sre.
            At::Boundary { ascii } => {
                end > 0
                    && (pos > 0 && self.is_word_at(pos - 1, ascii)) != self.is_word_at(pos, ascii)
            }
            At::NotBoundary { ascii } => {
                end > 0
                    && (pos > 0 && self.is_word_at(pos - 1, ascii)) == self.is_word_at(pos, ascii)
            }
        }
    }

    /// Group `group`'s span, if it matched.
    fn span(&self, group: usize) -> Option<(usize, usize)> {
        let (start, end) = (self.slots[2 * group], self.slots[2 * group + 1]);
        (start != NONE && end != NONE && start <= end).then_some((start, end))
    }

    fn push_mark(&mut self, kind: Mark, pos: usize, next: usize) {
        self.stack.push(Entry::Mark { kind, pos, next });
    }

    fn set_register(&mut self, reg: usize, value: (i64, usize)) {
        let (count, last) = self.registers[reg];
        self.stack.push(Entry::Register { reg, count, last });
        self.registers[reg] = value;
    }

    fn undo(&mut self, entry: Entry) {
        match entry {
            Entry::Slot { slot, old } => {
                if self.program.lax {
                    self.undone.push((slot, self.slots[slot], old));
                }
                self.slots[slot] = old;
            }
            Entry::Register { reg, count, last } => self.registers[reg] = (count, last),
            Entry::LastIndex(old) => self.lastindex = old,
            _ => {}
        }
    }

    /// Drops the choices above the mark at `mark`, and the mark, keeping
    /// what undoes the changes made since.
    fn cut(&mut self, mark: usize) {
        let mut kept = mark;
        for i in mark + 1..self.stack.len() {
            if self.stack[i].is_undo() {
                self.stack[kept] = self.stack[i];
                kept += 1;
            }
        }
        self.stack.truncate(kept);
    }

    /// Undoes everything since the mark at `mark`, and drops it.
    fn unwind(&mut self, mark: usize) {
        while self.stack.len() > mark + 1 {
            if let Some(entry) = self.stack.pop() {
                self.undo(entry);
            }
        }
        self.stack.pop();
        if let Some(Entry::Keep(_)) = self.stack.last() {
            self.stack.pop();
        }
    }

    /// Before a lax choice: how many capture slots it keeps as a failed
    /// way leaves them (those up to the last one set, sre's `lastmark`).
    fn push_keep(&mut self, lax: bool) {
        if lax {
            let keep = self
                .slots
                .iter()
                .rposition(|&s| s != NONE)
                .map_or(0, |i| i + 1);
            self.stack.push(Entry::Keep(keep));
        }
    }

    /// A choice is taken back: the captures below `keep` are set again as
    /// the failed way left them (their undoing kept for later).
    fn settle(&mut self, keep: usize) {
        for i in (0..self.undone.len()).rev() {
            let (slot, value, old) = self.undone[i];
            if slot < keep {
                self.stack.push(Entry::Slot { slot, old });
                self.slots[slot] = value;
            }
        }
        self.undone.clear();
    }

    /// The next choice to try, the state undone to where it was made;
    /// `None` when there is none left.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(entry) = self.stack.pop() {
            let keep = match self.stack.last() {
                Some(&Entry::Keep(keep)) => Some(keep),
                _ => None,
            };
            // Where to go on, and whether the entry stays for another try.
            let (next, stays) = match entry {
                Entry::Choice { pc, pos } => (Some((pc, pos)), false),
                Entry::Greedy { pc, min_pos, pos } => {
                    let pos = pos - 1;
                    if pos > min_pos {
                        self.stack.push(Entry::Greedy { pc, min_pos, pos });
                    }
                    (Some((pc, pos)), pos > min_pos)
                }
                Entry::Lazy { pc, pos, max_pos } => match &self.program.insts[pc] {
                    Inst::Star { one, .. } if pos < max_pos && one.matches(self.text[pos]) => {
                        if pos + 1 < max_pos {
                            self.stack.push(Entry::Lazy {
                                pc,
                                pos: pos + 1,
                                max_pos,
                            });
                        }
                        (Some((pc + 1, pos + 1)), pos + 1 < max_pos)
                    }
                    _ => (None, false),
                },
                Entry::LazyUntil { pc, pos, count } => {
                    let Inst::Until { reg, max, body, .. } = self.program.insts[pc] else {
                        continue;
                    };
                    let at_most = max != INFINITE && count >= i64::from(max);
                    if at_most || pos == self.registers[reg].1 {
                        continue;
                    }
                    self.set_register(reg, (count, pos));
                    (Some((body, pos)), false)
                }
                Entry::Mark {
                    kind: Mark::NegativeLook | Mark::Try,
                    pos,
                    next,
                } => (Some((next, pos)), false),
                Entry::Mark { .. } | Entry::Keep(_) => (None, false),
                undo => {
                    self.undo(undo);
                    continue;
                }
            };
            if keep.is_some() && !stays {
                self.stack.pop();
            }
            if let Some(next) = next {
                self.settle(keep.unwrap_or(0));
                return Some(next);
            }
        }
        None
    }

    /// Runs the program from `start`: whether it matched (the captures in
    /// `slots`). `must_advance`: an empty match at `start` does not count;
    /// `full`: only a match to the end counts.
    #[allow(clippy::too_many_lines)]
    fn run(&mut self, start: usize, must_advance: bool, full: bool) -> Result<bool, Aborted> {
        self.slots.fill(NONE);
        self.registers.fill((-1, NONE));
        self.lastindex = 0;
        self.stack.clear();
        self.undone.clear();
        let insts = &self.program.insts;
        let text = self.text;
        let end = text.len();
        let (mut pc, mut pos) = (0, start);
        loop {
            self.spend(1)?;
            let ok = match &insts[pc] {
                Inst::One(one) => {
                    let ok = pos < end && one.matches(text[pos]);
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::Star {
                    one,
                    min,
                    max,
                    greed,
                    lax,
                } => {
                    let limit = if *max == INFINITE {
                        end
                    } else {
                        end.min(pos.saturating_add(*max as usize))
                    };
                    let min_pos = pos.saturating_add(*min as usize);
                    let mut p = pos;
                    let stop = if *greed == Greed::Lazy {
                        min_pos.min(limit)
                    } else {
                        limit
                    };
                    while p < stop && one.matches(text[p]) {
                        p += 1;
                    }
                    self.spend(p - pos)?;
                    if p < min_pos {
                        false
                    } else {
                        match greed {
                            Greed::Greedy if p > min_pos => {
                                self.push_keep(*lax);
                                self.stack.push(Entry::Greedy {
                                    pc: pc + 1,
                                    min_pos,
                                    pos: p,
                                });
                            }
                            Greed::Lazy if p < limit => {
                                self.push_keep(*lax);
                                self.stack.push(Entry::Lazy {
                                    pc,
                                    pos: p,
                                    max_pos: limit,
                                });
                            }
                            _ => {}
                        }
                        pos = p;
                        pc += 1;
                        true
                    }
                }
                Inst::At(at) => {
                    pc += 1;
                    self.at(*at, pos)
                }
                &Inst::Save(slot) => {
                    self.stack.push(Entry::Slot {
                        slot,
                        old: self.slots[slot],
                    });
                    if slot % 2 == 1 {
                        self.stack.push(Entry::LastIndex(self.lastindex));
                        self.lastindex = slot / 2;
                    }
                    self.slots[slot] = pos;
                    pc += 1;
                    true
                }
                &Inst::Split { to, lax } => {
                    self.push_keep(lax);
                    self.stack.push(Entry::Choice { pc: to, pos });
                    pc += 1;
                    true
                }
                &Inst::SplitPreferJump(target) => {
                    self.stack.push(Entry::Choice { pc: pc + 1, pos });
                    pc = target;
                    true
                }
                &Inst::Jump(target) => {
                    pc = target;
                    true
                }
                &Inst::Backref(group, case) => match self.span(group) {
                    Some((s, e)) if pos <= end && e - s <= end - pos => {
                        let same = text[s..e]
                            .iter()
                            .zip(&text[pos..pos + (e - s)])
                            .all(|(&a, &b)| same_lower(a, b, case));
                        self.spend(e - s)?;
                        pos += e - s;
                        pc += 1;
                        same
                    }
                    _ => false,
                },
                &Inst::RepeatStart { reg, until } => {
                    self.set_register(reg, (-1, NONE));
                    pc = until;
                    true
                }
                &Inst::Until {
                    reg,
                    min,
                    max,
                    greed,
                    body,
                } => {
                    let (done, last) = self.registers[reg];
                    let count = done + 1;
                    let more = (max == INFINITE || count < i64::from(max)) && pos != last;
                    if count < i64::from(min) {
                        if greed == Greed::Possessive {
                            self.push_mark(Mark::Atomic, pos, 0);
                        }
                        self.set_register(reg, (count, last));
                        pc = body;
                    } else if greed == Greed::Lazy {
                        self.stack.push(Entry::LazyUntil { pc, pos, count });
                        pc += 1;
                    } else if more {
                        // Another iteration, unless the last one matched
                        // nothing: then on with what follows.
                        if greed == Greed::Possessive {
                            self.push_mark(Mark::Try, pos, pc + 1);
                        } else {
                            self.stack.push(Entry::Choice { pc: pc + 1, pos });
                        }
                        self.set_register(reg, (count, pos));
                        pc = body;
                    } else {
                        pc += 1;
                    }
                    true
                }
                &Inst::Look {
                    behind,
                    negate,
                    next,
                    lax,
                } => {
                    let back = behind.unwrap_or(0);
                    if pos < back || pos > end {
                        // Nothing to look at there: the pattern fails.
                        pc = next;
                        negate
                    } else {
                        let kind = if negate {
                            self.push_keep(lax);
                            Mark::NegativeLook
                        } else {
                            Mark::Look
                        };
                        self.stack.push(Entry::Mark { kind, pos, next });
                        pos -= back;
                        pc += 1;
                        true
                    }
                }
                Inst::AtomicStart => {
                    self.stack.push(Entry::Mark {
                        kind: Mark::Atomic,
                        pos,
                        next: 0,
                    });
                    pc += 1;
                    true
                }
                Inst::GroupEnd => {
                    let mark = self
                        .stack
                        .iter()
                        .rposition(|e| matches!(e, Entry::Mark { .. }))
                        .unwrap_or(0);
                    match self.stack.get(mark) {
                        Some(&Entry::Mark {
                            kind: Mark::Atomic | Mark::Try,
                            ..
                        }) => {
                            self.cut(mark);
                            pc += 1;
                            true
                        }
                        Some(&Entry::Mark {
                            kind: Mark::Look,
                            pos: at,
                            next,
                        }) => {
                            self.cut(mark);
                            pos = at;
                            pc = next;
                            true
                        }
                        _ => {
                            self.unwind(mark);
                            false
                        }
                    }
                }
                &Inst::IfGroup { group, no } => {
                    pc = if self.span(group).is_some() {
                        pc + 1
                    } else {
                        no
                    };
                    true
                }
                Inst::Match => {
                    if (must_advance && pos == start) || (full && pos != end) {
                        false
                    } else {
                        self.slots[0] = start;
                        self.slots[1] = pos;
                        return Ok(true);
                    }
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((next_pc, next_pos)) => {
                        pc = next_pc;
                        pos = next_pos;
                    }
                    None => return Ok(false),
                }
            }
        }
    }

    fn captures(&self, groups: usize) -> Captures {
        Captures {
            spans: (0..groups).map(|g| self.span(g)).collect(),
            lastindex: (self.lastindex > 0).then_some(self.lastindex),
        }
    }
}

/// What a search can skip: starts where the first character cannot match.
#[derive(Clone, Copy, Debug)]
pub enum Prefilter {
    Anywhere,
    /// The match starts with this character.
    Char(char),
    /// Only at the text's start (`\A`, `^`).
    TextStart,
}

impl Prefilter {
    pub fn of(program: &Program) -> Prefilter {
        match program.insts.first() {
            Some(Inst::One(super::charset::One::Char(c))) => Prefilter::Char(*c),
            Some(Inst::At(At::Start)) => Prefilter::TextStart,
            _ => Prefilter::Anywhere,
        }
    }
}

/// Matches `program` on `text[..endpos]` from `pos` (as Python's
/// `Pattern.search`/`match`/`fullmatch` with `pos` and `endpos`, clamped).
/// `must_advance`: an empty match at `pos` does not count (after an empty
/// match, `finditer` and `sub` look for the next one there).
///
/// # Errors
/// `Aborted` when `check`, called every few thousand steps, returns false.
#[allow(clippy::too_many_arguments)]
pub fn exec(
    program: &Program,
    start_hint: Prefilter,
    text: &[char],
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
    check: &mut dyn FnMut() -> bool,
) -> Result<Option<Captures>, Aborted> {
    let end = endpos.min(text.len());
    let pos = pos.min(text.len());
    let mut vm = Vm {
        program,
        text: &text[..end],
        slots: vec![NONE; program.slots],
        registers: vec![(-1, NONE); program.registers],
        lastindex: 0,
        stack: Vec::new(),
        undone: Vec::new(),
        budget: STEPS_PER_CHECK,
        check,
    };
    let groups = program.slots / 2;
    if mode != Mode::Search {
        let found = vm.run(pos, must_advance, mode == Mode::Full)?;
        return Ok(found.then(|| vm.captures(groups)));
    }
    if pos > end {
        return Ok(None);
    }
    let mut advance = must_advance;
    for start in pos..=end {
        let worth = match start_hint {
            Prefilter::Anywhere => true,
            Prefilter::Char(c) => start < end && vm.text[start] == c,
            Prefilter::TextStart => start == 0,
        };
        if worth && vm.run(start, advance, false)? {
            return Ok(Some(vm.captures(groups)));
        }
        if matches!(start_hint, Prefilter::TextStart) {
            break;
        }
        advance = false;
        vm.spend(1)?;
    }
    Ok(None)
}
