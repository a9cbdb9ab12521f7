// Under the console: what the GIL did during the program (hand-offs, and per
// thread how much of the run it held the GIL and waited for it, as the Rust
// core summarised it) and the timeline of its threads, as for a compare run.
import type { programTimelineChart } from "../charts/plot";
import type { ProgramResult } from "../playground";
import { el } from "./dom";
import { gilTable } from "./gil-stats";

const threadName = (lane: number) => (lane === 0 ? "main thread" : `thread ${lane}`);

export function programTimeline(result: ProgramResult, chartOf: typeof programTimelineChart): HTMLElement {
  if (result.spans.length === 0) return el("div", { id: "program-timeline" });
  return el(
    "div",
    { id: "program-timeline" },
    gilTable("This run", result.gilStats, "program", threadName),
    el("div", { id: "program-timeline-chart" }, chartOf(result.spans, result.gilStats.enabled)),
  );
}
