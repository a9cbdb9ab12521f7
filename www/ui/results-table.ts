// The results in the articles' style: mode, workers, median (min–max), speedup, verified.
import type { RunResult } from "../run-result";
import { el } from "./dom";
import { formatMs, modeName } from "./labels";

function describeWork(e: RunResult["experiment"]): string {
  const n = e.n.toLocaleString("en");
  switch (e.workload) {
    case "sum_squares":
      return `${e.tasks} tasks of sum(i*i for i in range(${n}))`;
    case "sum_squares_loop":
      return `${e.tasks} tasks of "for i in range(${n}): result += i ** 2"`;
    case "process_data":
      return `process_data_chunk over ${n} items in ${e.tasks} chunks`;
    case "io":
      return `${e.tasks} downloads (sleeps of 0.45, 0.38, 0.52, 0.41 s in turn)`;
    case "convoy":
      return `convoy: sum(i*i for i in range(${n})) beside 200 I/Os of 0.5 ms`;
  }
}

function describe(result: RunResult): string {
  const e = result.experiment;
  return (
    `${describeWork(e)}, on the ${e.runtime} runtime, switch interval ${e.switchIntervalMs} ms. ` +
    `Wall time on the page's clock; one warm-up round discarded, then ${e.repeats} rounds over the modes; ` +
    `timer resolution ${(result.env.timerResolutionMs * 1000).toFixed(0)} µs; ` +
    `${result.env.crossOriginIsolated ? "cross-origin isolated" : "not cross-origin isolated"}.`
  );
}

export function resultsTable(result: RunResult): HTMLTableElement {
  const headings = ["Mode", "Workers", "Median time (min–max)", "Pool start-up", "Speedup", "Verified"];
  const rows = result.rows.map((r) =>
    el(
      "tr",
      { "data-mode": r.mode },
      el("td", {}, modeName(r.mode)),
      el("td", {}, String(r.workers)),
      el("td", {}, `${formatMs(r.medianMs)} (${formatMs(r.minMs)}–${formatMs(r.maxMs)})`),
      el("td", {}, r.startupMs === null ? "—" : `${formatMs(r.startupMs)}, included`),
      el("td", { class: "speedup" }, `${r.speedup.toFixed(2)}x`),
      el(
        "td",
        { class: r.verified ? "verified ok" : "verified bad" },
        r.verified ? "✓ same as sequential" : `✗ MISMATCH: ${r.mismatch ?? ""}`,
      ),
    ),
  );
  const skipped = result.skipped.map((s) =>
    el(
      "tr",
      { "data-mode": s.mode, class: "skipped" },
      el("td", {}, modeName(s.mode)),
      el("td", { colspan: "5" }, `not run: ${s.reason}`),
    ),
  );
  return el(
    "table",
    { id: "results-table" },
    el("caption", {}, describe(result)),
    el("thead", {}, el("tr", {}, ...headings.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows, ...skipped),
  );
}
