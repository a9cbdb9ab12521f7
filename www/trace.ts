// The states a thread or worker can be in, as the Rust trace records them
// (crate/src/trace.rs), plus how the timeline names and colours them.

import type { Span, State } from "./pkg/threads/gil_playground";

/** crate/src/trace.rs `State`, its TypeScript generated (tsify). */
export type SpanState = State;

/**
 * A bar on the timeline: what a lane (a thread, or a process's worker) was doing,
 * when. crate/src/trace.rs `Span`, its TypeScript generated (tsify).
 */
export type { Span };

export const STATE_LABELS: Record<SpanState, string> = {
  running: "running (holding the GIL)",
  waiting_gil: "waiting for the GIL",
  io: "in I/O (GIL released)",
  startup: "starting up",
  transfer: "transferring data",
  waiting_lock: "waiting for a lock",
  native: "native code, GIL released",
};

/** The label of a state in a run with or without the GIL (free threads hold nothing). */
export function stateLabel(state: SpanState, gilEnabled: boolean): string {
  if (state === "running" && !gilEnabled) return "running (no GIL)";
  return STATE_LABELS[state];
}

export const STATE_COLOURS: Record<SpanState, string> = {
  running: "#2e9e44",
  waiting_gil: "#e4572e",
  io: "#3a7bd5",
  startup: "#9a9a9a",
  transfer: "#f2a541",
  waiting_lock: "#8e44ad",
  native: "#17a2b8",
};
