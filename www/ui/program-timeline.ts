// Under the console: what the GIL did during the program (hand-offs, and per
// thread how much of the run it held the GIL and waited for it) and the
// timeline of its threads, as for a compare run.
import type { programTimelineChart } from "../charts/plot";
import type { GilSummary, LaneSpan } from "../engines/engine";
import type { ProgramResult } from "../playground";
import { el } from "./dom";
import { gilTable } from "./gil-stats";

/** Each thread's share of the run's wall time holding the GIL and waiting for it. */
export function programGil(result: ProgramResult): GilSummary {
  const spans = result.spans;
  const start = Math.min(...spans.map((s) => s.startMs));
  const wall = Math.max(Math.max(...spans.map((s) => s.endMs)) - start, Number.MIN_VALUE);
  const lanes = [...new Set(spans.map((s) => s.lane))].sort((a, b) => a - b);
  const time = (lane: number, state: LaneSpan["state"]) =>
    spans.filter((s) => s.lane === lane && s.state === state).reduce((t, s) => t + s.endMs - s.startMs, 0);
  return {
    enabled: result.gil,
    switchIntervalMs: result.switchIntervalMs,
    handoffs: result.handoffs,
    medianHandoffPeriodMs: result.medianHandoffMs,
    threads: lanes.map((thread) => ({
      thread,
      holdingFraction: result.gil ? Math.min(1, time(thread, "running") / wall) : 0,
      waitingFraction: Math.min(1, time(thread, "waiting_gil") / wall),
    })),
  };
}

const threadName = (lane: number) => (lane === 0 ? "main thread" : `thread ${lane}`);

export function programTimeline(result: ProgramResult, chartOf: typeof programTimelineChart): HTMLElement {
  if (result.spans.length === 0) return el("div", { id: "program-timeline" });
  return el(
    "div",
    { id: "program-timeline" },
    gilTable("This run", programGil(result), "program", threadName),
    el("div", { id: "program-timeline-chart" }, chartOf(result.spans, result.gil)),
  );
}
