//! The GIL's side of a run, from what the GIL counted and the threads'
//! spans: hand-offs, their median period, and each thread's share of the
//! run holding the GIL and waiting for it. Compare runs and program runs
//! both report it (the page shows it beside their timelines).

use serde::Serialize;

use crate::gil::{median_handoff_period_ms, Gil, GilCounters};
use crate::trace::{time_in, Span, State};

/// The GIL's side of a run.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GilSummary {
    pub enabled: bool,
    pub switch_interval_ms: f64,
    pub handoffs: u64,
    /// `null` with fewer than two hand-offs (a link keeps it so).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number | null"))]
    pub median_handoff_period_ms: Option<f64>,
    pub threads: Vec<ThreadShare>,
}

/// One thread's share of a run's wall time.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ThreadShare {
    pub thread: u32,
    /// Holding the GIL (0 without a GIL).
    pub holding_fraction: f64,
    pub waiting_fraction: f64,
}

impl GilSummary {
    /// What `gil` did since its counters read `since`, over the run that
    /// `spans` (one lane per thread) cover.
    #[must_use]
    pub fn of_run(gil: &Gil, since: &GilCounters, spans: &[Span]) -> GilSummary {
        let enabled = gil.enabled();
        let now = gil.counters();
        let times = now
            .handoff_times_ms
            .get(since.handoff_times_ms.len()..)
            .unwrap_or(&[]);
        let start = spans
            .iter()
            .map(|s| s.start_ms)
            .fold(f64::INFINITY, f64::min);
        let end = spans
            .iter()
            .map(|s| s.end_ms)
            .fold(f64::NEG_INFINITY, f64::max);
        let wall_ms = (end - start).max(f64::MIN_POSITIVE);
        let mut lanes: Vec<u32> = spans.iter().map(|s| s.thread).collect();
        lanes.sort_unstable();
        lanes.dedup();
        GilSummary {
            enabled,
            switch_interval_ms: gil.switch_interval_ms(),
            handoffs: now.handoffs - since.handoffs,
            median_handoff_period_ms: median_handoff_period_ms(times),
            threads: lanes
                .into_iter()
                .map(|thread| ThreadShare {
                    thread,
                    holding_fraction: if enabled {
                        (time_in(spans, thread, State::Running) / wall_ms).min(1.0)
                    } else {
                        0.0
                    },
                    waiting_fraction: (time_in(spans, thread, State::WaitingGil) / wall_ms)
                        .min(1.0),
                })
                .collect(),
        }
    }
}
