//! The GIL, modelled on CPython's `Python/ceval_gil.c` (3.10 - 3.12).
//!
//! * A thread that wants the GIL waits on a condition variable with a timeout of
//!   one switch interval. If the wait timed out, the GIL is still held and no
//!   hand-off happened meanwhile (the switch counter did not move), it sets the
//!   *drop request*, an [`AtomicBool`] the holder polls cheaply (CPython's
//!   "eval breaker").
//! * The holder polls it only at backward jumps and calls (as CPython 3.10+ does),
//!   and then drops the GIL and asks for it again ([`Gil::yield_gil`]).
//! * FORCE_SWITCHING: a thread that dropped the GIL because of a drop request waits
//!   until another thread has taken it, so it cannot take it straight back.
//! * I/O (`sleep`) releases the GIL before waiting and takes it back after.
//!
//! A disabled `Gil` (free-threaded mode) never blocks; acquire and release only
//! record the thread as running.
//!
//! Portable to `wasm32-unknown-unknown` with atomics: all time comes from
//! [`crate::host::clock::now_ms`], waits use `Condvar::wait_timeout` only (no `Instant`).

use crate::host::pause::Condvar;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::host::clock::now_ms;
use crate::trace::{Recorder, State};

/// `sys.getswitchinterval()`'s default, in milliseconds.
pub const DEFAULT_SWITCH_INTERVAL_MS: f64 = 5.0;
/// The smallest and largest switch intervals accepted (others are clamped).
pub const MIN_SWITCH_INTERVAL_MS: f64 = 0.1;
pub const MAX_SWITCH_INTERVAL_MS: f64 = 100.0;

/// How the GIL behaves.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct GilConfig {
    /// `false`: free-threaded mode, no GIL at all.
    pub enabled: bool,
    /// `sys.setswitchinterval`, in milliseconds (clamped to 0.1 ..= 100).
    pub switch_interval_ms: f64,
    /// CPython's FORCE_SWITCHING (on in CPython).
    pub force_switching: bool,
}

impl Default for GilConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            switch_interval_ms: DEFAULT_SWITCH_INTERVAL_MS,
            force_switching: true,
        }
    }
}

impl GilConfig {
    /// No GIL (free-threaded build).
    #[must_use]
    pub fn disabled() -> Self {
        Self {
            enabled: false,
            ..Self::default()
        }
    }

    /// The GIL with switch interval `ms`.
    #[must_use]
    pub fn with_interval(ms: f64) -> Self {
        Self {
            switch_interval_ms: ms,
            ..Self::default()
        }
    }
}

/// What the GIL counted during a run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GilCounters {
    /// Times the GIL went from one thread to a different one.
    pub handoffs: u64,
    /// When each hand-off happened (common clock, ms).
    pub handoff_times_ms: Vec<f64>,
    /// Times a waiting thread set the drop request.
    pub drop_requests: u64,
    /// Times a holder dropped the GIL because of a drop request.
    pub requested_drops: u64,
    /// Times the thread that dropped on request took the GIL back before any
    /// other thread got it (what FORCE_SWITCHING prevents).
    pub retaken_by_dropper: u64,
}

struct Inner {
    locked: bool,
    holder: Option<u32>,
    last_holder: Option<u32>,
    /// Incremented whenever the holder changes (CPython's `switch_number`).
    switch_number: u64,
    /// Threads blocked in `acquire`.
    waiters: u32,
    /// The thread whose last release was a requested drop, until someone takes it.
    dropped_on_request: Option<u32>,
    counters: GilCounters,
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn interval_ns(ms: f64) -> u64 {
    (ms * 1e6) as u64
}

/// The global interpreter lock.
pub struct Gil {
    config: GilConfig,
    /// The switch interval in nanoseconds (`sys.setswitchinterval` changes it).
    interval_ns: AtomicU64,
    inner: Mutex<Inner>,
    /// Signalled when the GIL is released.
    cond: Condvar,
    /// Signalled when the GIL is taken (FORCE_SWITCHING).
    switch_cond: Condvar,
    /// The drop request ("eval breaker").
    drop_request: AtomicBool,
}

impl Gil {
    /// A GIL with `config` (interval clamped to the supported range).
    #[must_use]
    pub fn new(mut config: GilConfig) -> Self {
        if !config.switch_interval_ms.is_finite() {
            config.switch_interval_ms = DEFAULT_SWITCH_INTERVAL_MS;
        }
        config.switch_interval_ms = config
            .switch_interval_ms
            .clamp(MIN_SWITCH_INTERVAL_MS, MAX_SWITCH_INTERVAL_MS);
        Self {
            config,
            interval_ns: AtomicU64::new(interval_ns(config.switch_interval_ms)),
            inner: Mutex::new(Inner {
                locked: false,
                holder: None,
                last_holder: None,
                switch_number: 0,
                waiters: 0,
                dropped_on_request: None,
                counters: GilCounters::default(),
            }),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
            drop_request: AtomicBool::new(false),
        }
    }

    #[must_use]
    pub fn config(&self) -> GilConfig {
        GilConfig {
            switch_interval_ms: self.switch_interval_ms(),
            ..self.config
        }
    }

    /// `sys.getswitchinterval()`, in milliseconds.
    #[must_use]
    pub fn switch_interval_ms(&self) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let ns = self.interval_ns.load(Ordering::Relaxed) as f64;
        ns / 1e6
    }

    /// `sys.setswitchinterval()`: takes effect at the next wait.
    pub fn set_switch_interval_ms(&self, ms: f64) {
        let ms = ms.clamp(MIN_SWITCH_INTERVAL_MS, MAX_SWITCH_INTERVAL_MS);
        self.interval_ns.store(interval_ns(ms), Ordering::Relaxed);
    }

    fn interval(&self) -> Duration {
        Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed))
    }

    #[must_use]
    pub fn enabled(&self) -> bool {
        self.config.enabled
    }

    /// Is a drop request pending? One relaxed atomic load: poll it often.
    #[inline(always)]
    #[must_use]
    pub fn drop_requested(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
    }

    /// The drop-request flag itself, for the interpreter's hot loop.
    #[must_use]
    pub fn eval_breaker(&self) -> &AtomicBool {
        &self.drop_request
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking thread never leaves `Inner` half-updated; go on.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Takes the GIL for the recorder's thread (CPython's `take_gil`), recording
    /// `WaitingGil` while it waits and `Running` from the moment it holds it.
    pub fn acquire(&self, rec: &mut Recorder) {
        if !self.config.enabled {
            rec.set(State::Running);
            return;
        }
        let me = rec.thread();
        let mut g = self.lock();
        if g.locked {
            rec.set_at(State::WaitingGil, now_ms());
            g.waiters += 1;
            while g.locked {
                let saved_switch = g.switch_number;
                let (guard, timed_out) =
                    crate::host::pause::wait_timeout(&self.cond, &self.inner, g, self.interval());
                g = guard;
                if timed_out && g.locked && g.switch_number == saved_switch {
                    // SET_GIL_DROP_REQUEST
                    self.drop_request.store(true, Ordering::Relaxed);
                    g.counters.drop_requests += 1;
                }
            }
            g.waiters -= 1;
        }
        // The GIL is ours.
        g.locked = true;
        g.holder = Some(me);
        let t = now_ms();
        if g.last_holder != Some(me) {
            if g.last_holder.is_some() {
                g.counters.handoffs += 1;
                g.counters.handoff_times_ms.push(t);
            }
            g.last_holder = Some(me);
            g.switch_number += 1;
        }
        if let Some(dropper) = g.dropped_on_request.take() {
            if dropper == me {
                g.counters.retaken_by_dropper += 1;
            }
        }
        // Wake the thread that dropped the GIL for us (FORCE_SWITCHING).
        self.switch_cond.notify_all();
        // RESET_GIL_DROP_REQUEST: the request was for the previous holder.
        if self.drop_request.load(Ordering::Relaxed) {
            self.drop_request.store(false, Ordering::Relaxed);
        }
        rec.set_at(State::Running, t);
    }

    /// Drops the GIL (CPython's `drop_gil`); the thread then is in `next`.
    pub fn release(&self, rec: &mut Recorder, next: State) {
        self.release_inner(rec, Some(next));
    }

    /// Drops the GIL for good: the thread ends (its last span is closed).
    pub fn release_and_exit(&self, rec: &mut Recorder) {
        self.release_inner(rec, None);
    }

    fn release_inner(&self, rec: &mut Recorder, next: Option<State>) {
        if !self.config.enabled {
            let t = now_ms();
            match next {
                Some(state) => rec.set_at(state, t),
                None => rec.close_at(t),
            }
            return;
        }
        let me = rec.thread();
        let mut g = self.lock();
        let t = now_ms();
        match next {
            Some(state) => rec.set_at(state, t),
            None => rec.close_at(t),
        }
        if g.holder != Some(me) {
            // Not ours (only after a panic in the holder): nothing to release.
            return;
        }
        g.locked = false;
        g.holder = None;
        let requested = self.drop_request.load(Ordering::Relaxed);
        if requested {
            g.counters.requested_drops += 1;
            g.dropped_on_request = Some(me);
        }
        self.cond.notify_one();
        if self.config.force_switching && requested && g.last_holder == Some(me) {
            // Not switched yet => wait until another thread has taken the GIL.
            self.drop_request.store(false, Ordering::Relaxed);
            let saved_switch = g.switch_number;
            while g.switch_number == saved_switch && g.waiters > 0 {
                let (guard, _) = crate::host::pause::wait_timeout(
                    &self.switch_cond,
                    &self.inner,
                    g,
                    self.interval(),
                );
                g = guard;
            }
        }
    }

    /// Honours a drop request: drops the GIL and asks for it again.
    pub fn yield_gil(&self, rec: &mut Recorder) {
        self.release(rec, State::WaitingGil);
        self.acquire(rec);
    }

    /// Polls the drop request and yields if it is set (what the interpreter does
    /// at backward jumps and calls).
    #[inline]
    pub fn check(&self, rec: &mut Recorder) {
        if self.drop_requested() {
            self.yield_gil(rec);
        }
    }

    /// Blocks for `ms` milliseconds of "I/O" with the GIL released (`time.sleep`).
    /// The caller holds the GIL before and after.
    pub fn io_sleep(&self, rec: &mut Recorder, ms: f64) {
        self.release(rec, State::Io);
        crate::host::clock::sleep_ms(ms);
        self.acquire(rec);
    }

    /// Runs `f` with the GIL released, the thread traced as `state`
    /// (`Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS`).
    pub fn allow_threads<R>(&self, rec: &mut Recorder, state: State, f: impl FnOnce() -> R) -> R {
        self.release(rec, state);
        let r = f();
        self.acquire(rec);
        r
    }

    /// The hand-off counters so far.
    #[must_use]
    pub fn counters(&self) -> GilCounters {
        self.lock().counters.clone()
    }

    /// Number of hand-offs so far.
    #[must_use]
    pub fn handoffs(&self) -> u64 {
        self.lock().counters.handoffs
    }
}

/// The median gap between consecutive hand-offs, if there are at least two.
#[must_use]
pub fn median_handoff_period_ms(handoff_times_ms: &[f64]) -> Option<f64> {
    let mut gaps: Vec<f64> = handoff_times_ms.windows(2).map(|w| w[1] - w[0]).collect();
    if gaps.is_empty() {
        return None;
    }
    gaps.sort_by(f64::total_cmp);
    let mid = gaps.len() / 2;
    Some(if gaps.len() % 2 == 1 {
        gaps[mid]
    } else {
        (gaps[mid - 1] + gaps[mid]) / 2.0
    })
}
