// What the GIL did in the threaded runs: hand-offs, and per thread how much of
// the run it held the GIL and how much it waited for it.
import type { RunResult } from "../run-result";
import { el } from "./dom";
import { modeName } from "./labels";

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

export function gilStats(result: RunResult): HTMLElement {
  const rows = result.rows.filter((r) => r.gilStats);
  if (rows.length === 0) return el("div", { id: "gil-stats" });
  return el(
    "div",
    { id: "gil-stats" },
    ...rows.map((r) => {
      const g = r.gilStats!;
      const summary = g.enabled
        ? `${g.handoffs} hand-offs of the GIL; median hand-off period ${
            g.medianHandoffPeriodMs === null ? "—" : `${g.medianHandoffPeriodMs.toFixed(2)} ms`
          } (switch interval ${g.switchIntervalMs} ms).`
        : "No GIL: the threads never waited for one.";
      return el(
        "table",
        { class: "gil-table", "data-mode": r.mode },
        el("caption", {}, `${modeName(r.mode)}: ${summary}`),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", {}, "Thread"),
            el("th", {}, "Held the GIL"),
            el("th", {}, "Waited for the GIL"),
          ),
        ),
        el(
          "tbody",
          {},
          ...g.threads.map((t) =>
            el(
              "tr",
              {},
              el("td", {}, `thread ${t.thread + 1}`),
              el("td", { class: "held" }, g.enabled ? percent(t.holdingFraction) : "—"),
              el("td", { class: "waited" }, percent(t.waitingFraction)),
            ),
          ),
        ),
      );
    }),
  );
}
