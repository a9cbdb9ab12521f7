// What the GIL did in the threaded runs: hand-offs, and per thread how much of
// the run it held the GIL and how much it waited for it.
import type { GilSummary } from "../engines/engine";
import type { CompareResult } from "../compare-result";
import { el } from "./dom";
import { modeName } from "../labels";

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

export function gilStats(result: CompareResult): HTMLElement {
  const rows = result.rows.filter((r) => r.gilStats);
  return el(
    "div",
    { id: "gil-stats" },
    ...rows.map((r) => gilTable(modeName(r.mode), r.gilStats!, r.mode, (t) => `thread ${t + 1}`)),
  );
}

/** One run's GIL: a caption with the hand-offs, then per thread its shares of the run. */
export function gilTable(
  title: string,
  g: GilSummary,
  mode: string,
  threadName: (thread: number) => string,
): HTMLTableElement {
  const summary = g.enabled
    ? `${g.handoffs} hand-offs of the GIL; median hand-off period ${
        g.medianHandoffPeriodMs === null ? "—" : `${g.medianHandoffPeriodMs.toFixed(2)} ms`
      } (switch interval ${g.switchIntervalMs} ms).`
    : "No GIL: the threads never waited for one.";
  return el(
    "table",
    { class: "gil-table", "data-mode": mode },
    el("caption", {}, `${title}: ${summary}`),
    el(
      "thead",
      {},
      el("tr", {}, el("th", {}, "Thread"), el("th", {}, "Held the GIL"), el("th", {}, "Waited for the GIL")),
    ),
    el(
      "tbody",
      {},
      ...g.threads.map((t) =>
        el(
          "tr",
          {},
          el("td", {}, threadName(t.thread)),
          el("td", { class: "held" }, g.enabled ? percent(t.holdingFraction) : "—"),
          el("td", { class: "waited" }, percent(t.waitingFraction)),
        ),
      ),
    ),
  );
}
