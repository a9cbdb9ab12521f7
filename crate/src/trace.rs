//! Spans per thread on the common clock: what each interpreter thread was doing when.
//!
//! A [`Recorder`] belongs to one thread (no sharing, no locking). It keeps the
//! current state and when it began, and pushes a [`Span`] only when the state
//! *changes* (taking or dropping the GIL, starting or ending I/O), never per
//! bytecode. Setting the state it is already in costs one compare and no clock read.
//!
//! Cost, measured by the `recorder_cost` test in `crate/tests/gil.rs` (x86-64
//! Xeon, 2 shared cores): about 77 ns per state change in a release build
//! (110 ns in a debug build), almost all of it the `clock::now_ms()` read
//! (`SystemTime` natively; `performance.now()` through JS in the browser, which
//! may cost a few hundred ns) plus an amortised 24-byte `Vec` push; a same-state
//! `set` is a compare (below 1 ns in release). State changes happen a few times
//! per switch interval per thread, so under a 5 ms interval recording costs well
//! under 0.01 % of a run.

use serde::{Deserialize, Serialize};

use crate::host::clock::now_ms;

/// What a thread is doing.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Executing bytecode: holding the GIL (or, GIL disabled, simply running).
    Running,
    /// Wants the GIL and waits for it.
    WaitingGil,
    /// Blocked in I/O (`time.sleep`), GIL released.
    Io,
    /// Between the start of the run and the thread actually starting.
    Startup,
    /// Moving data to or from a worker (process-pool style runs).
    Transfer,
    /// Blocked on a `threading.Lock` held by another thread, GIL released.
    WaitingLock,
    /// Running native code that released the GIL ("the C extension releases
    /// the GIL", as numpy does).
    Native,
}

/// One stretch of time a thread spent in one state, on the common clock.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// The thread (from 0); on the page's timeline, its lane (the lane of a
    /// process is its worker).
    #[serde(rename = "lane")]
    pub thread: u32,
    pub state: State,
    pub start_ms: f64,
    pub end_ms: f64,
}

impl Span {
    #[must_use]
    pub fn duration_ms(&self) -> f64 {
        self.end_ms - self.start_ms
    }

    /// How long `self` and `other` overlap (0 if they do not).
    #[must_use]
    pub fn overlap_ms(&self, other: &Span) -> f64 {
        (self.end_ms.min(other.end_ms) - self.start_ms.max(other.start_ms)).max(0.0)
    }
}

/// The per-thread recorder.
#[derive(Clone, Debug)]
pub struct Recorder {
    thread: u32,
    state: Option<State>,
    since_ms: f64,
    spans: Vec<Span>,
}

impl Recorder {
    /// A recorder for `thread`, in no state yet.
    #[must_use]
    pub fn new(thread: u32) -> Self {
        Self {
            thread,
            state: None,
            since_ms: 0.0,
            spans: Vec::with_capacity(64),
        }
    }

    #[must_use]
    pub fn thread(&self) -> u32 {
        self.thread
    }

    /// The current state, if any.
    #[must_use]
    pub fn state(&self) -> Option<State> {
        self.state
    }

    /// Enters `state` now (reads the clock only if the state changes).
    #[inline]
    pub fn set(&mut self, state: State) {
        if self.state != Some(state) {
            self.set_at(state, now_ms());
        }
    }

    /// Enters `state` at time `at_ms`, closing the current span there.
    pub fn set_at(&mut self, state: State, at_ms: f64) {
        if self.state == Some(state) {
            return;
        }
        self.close_at(at_ms);
        self.state = Some(state);
        self.since_ms = at_ms;
    }

    /// Ends the current span at `at_ms`; the thread is then in no state.
    pub fn close_at(&mut self, at_ms: f64) {
        if let Some(state) = self.state.take() {
            if at_ms > self.since_ms {
                self.spans.push(Span {
                    thread: self.thread,
                    state,
                    start_ms: self.since_ms,
                    end_ms: at_ms,
                });
            }
        }
    }

    /// The spans recorded so far (the open one excluded).
    #[must_use]
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// Closes the open span now and returns all spans.
    #[must_use]
    pub fn finish(mut self) -> Vec<Span> {
        self.close_at(now_ms());
        self.spans
    }

    /// Returns all spans, closing the open one at `at_ms`.
    #[must_use]
    pub fn finish_at(mut self, at_ms: f64) -> Vec<Span> {
        self.close_at(at_ms);
        self.spans
    }
}

/// Total time `thread` spent in `state`.
#[must_use]
pub fn time_in(spans: &[Span], thread: u32, state: State) -> f64 {
    spans
        .iter()
        .filter(|s| s.thread == thread && s.state == state)
        .map(Span::duration_ms)
        .sum()
}

/// The largest overlap between a `state` span of one thread and a `state` span
/// of another (0 if spans in that state never overlap across threads).
#[must_use]
pub fn max_cross_thread_overlap(spans: &[Span], state: State) -> f64 {
    let mut of_state: Vec<&Span> = spans.iter().filter(|s| s.state == state).collect();
    of_state.sort_by(|a, b| a.start_ms.total_cmp(&b.start_ms));
    let mut worst: f64 = 0.0;
    for (i, a) in of_state.iter().enumerate() {
        for b in &of_state[i + 1..] {
            if b.start_ms >= a.end_ms {
                break;
            }
            if a.thread != b.thread {
                worst = worst.max(a.overlap_ms(b));
            }
        }
    }
    worst
}

/// Total time during which spans in `state` of two different threads overlap
/// (summed over pairs of spans).
#[must_use]
pub fn total_cross_thread_overlap(spans: &[Span], state: State) -> f64 {
    let mut of_state: Vec<&Span> = spans.iter().filter(|s| s.state == state).collect();
    of_state.sort_by(|a, b| a.start_ms.total_cmp(&b.start_ms));
    let mut total = 0.0;
    for (i, a) in of_state.iter().enumerate() {
        for b in &of_state[i + 1..] {
            if b.start_ms >= a.end_ms {
                break;
            }
            if a.thread != b.thread {
                total += a.overlap_ms(b);
            }
        }
    }
    total
}
