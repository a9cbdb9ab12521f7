// The results in the articles' style: mode, workers, median (min–max), the 95%
// interval and its margin of error, speedup, verified; and, for a shared run
// rerun here, both machines side by side.
import { NOISY_RME } from "../compare/stats";
import type { Mode } from "../experiment";
import type { ModeResult, CompareResult } from "../compare-result";
import { el } from "./dom";
import { formatMs, modeName } from "../labels";

function describeWork(result: CompareResult): string {
  const e = result.experiment;
  const tasks = result.rows[0]?.values.length ?? 0;
  return `${e.call}(arg) for each arg of ${e.args} (${tasks} task${tasks === 1 ? "" : "s"})`;
}

function describe(result: CompareResult): string {
  const e = result.experiment;
  return (
    `${describeWork(result)}, switch interval ${e.switchIntervalMs} ms. ` +
    `Wall time on the page's clock; one warm-up round discarded, then ${e.repeats} rounds over the modes; ` +
    `95% interval: mean ± t·s/√n of the repeats, rme its half-width over the mean; ` +
    `timer resolution ${(result.env.timerResolutionMs * 1000).toFixed(0)} µs; ` +
    `${result.env.crossOriginIsolated ? "cross-origin isolated" : "not cross-origin isolated"}.`
  );
}

/** "±3.2%", with a "noisy" badge above 5%; "—" with one repeat. */
function rmeCell(row: ModeResult): HTMLTableCellElement {
  if (row.rme === null) return el("td", { class: "rme", title: "one repeat: no spread to measure" }, "—");
  const noisy = row.rme > NOISY_RME;
  return el(
    "td",
    { class: noisy ? "rme noisy" : "rme" },
    `±${(row.rme * 100).toFixed(1)}%`,
    ...(noisy
      ? [
          " ",
          el(
            "span",
            { class: "badge noisy-badge", title: "margin of error above 5%: rerun, or add repeats" },
            "noisy",
          ),
        ]
      : []),
  );
}

function ciText(row: ModeResult): string {
  return row.ci95Ms ? `${formatMs(Math.max(0, row.ci95Ms[0]))}–${formatMs(row.ci95Ms[1])}` : "—";
}

function verifiedCell(row: ModeResult): HTMLTableCellElement {
  return el(
    "td",
    { class: row.verified ? "verified ok" : "verified bad" },
    row.verified ? "✓ same as sequential" : `✗ MISMATCH: ${row.mismatch ?? ""}`,
  );
}

function skippedRows(result: CompareResult, columns: number): HTMLTableRowElement[] {
  return result.skipped.map((s) =>
    el(
      "tr",
      { "data-mode": s.mode, class: "skipped" },
      el("td", {}, modeName(s.mode)),
      el("td", { colspan: String(columns - 1) }, `not run: ${s.reason}`),
    ),
  );
}

function hiddenWarning(result: CompareResult, whose: string): HTMLElement[] {
  return result.hiddenDuringRun
    ? [
        el(
          "p",
          { class: "warning hidden-warning" },
          `⚠ The tab was hidden during ${whose} run: browsers throttle hidden tabs, so these timings are suspect.`,
        ),
      ]
    : [];
}

export function resultsTable(result: CompareResult): HTMLElement {
  const headings = [
    "Mode",
    "Workers",
    "Median time (min–max)",
    "95% interval",
    "rme",
    "Pool start-up",
    "Speedup",
    "Verified",
  ];
  const rows = result.rows.map((r) =>
    el(
      "tr",
      { "data-mode": r.mode },
      el("td", {}, modeName(r.mode)),
      el("td", {}, String(r.workers)),
      el("td", { class: "median" }, `${formatMs(r.medianMs)} (${formatMs(r.minMs)}–${formatMs(r.maxMs)})`),
      el("td", { class: "ci" }, ciText(r)),
      rmeCell(r),
      el("td", {}, r.startupMs === null ? "—" : `${formatMs(r.startupMs)}, included`),
      el("td", { class: "speedup" }, `${r.speedup.toFixed(2)}x`),
      verifiedCell(r),
    ),
  );
  return el(
    "div",
    { class: "table-scroll" },
    ...hiddenWarning(result, "this"),
    el(
      "table",
      { id: "results-table" },
      el("caption", {}, describe(result)),
      el("thead", {}, el("tr", {}, ...headings.map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows, ...skippedRows(result, headings.length)),
    ),
  );
}

/** The shared run and this machine's rerun of it, mode by mode. */
export function comparisonTable(shared: CompareResult, mine: CompareResult): HTMLElement {
  const modes: Mode[] = [...new Set([...shared.rows, ...mine.rows].map((r) => r.mode))];
  const cells = (row: ModeResult | undefined, side: string) =>
    row
      ? [
          el(
            "td",
            { class: `${side} median` },
            `${formatMs(row.medianMs)} (${formatMs(row.minMs)}–${formatMs(row.maxMs)})`,
          ),
          el("td", { class: `${side} rme` }, row.rme === null ? "—" : `±${(row.rme * 100).toFixed(1)}%`),
          el("td", { class: `${side} speedup` }, `${row.speedup.toFixed(2)}x`),
        ]
      : [el("td", { class: side, colspan: "3" }, "not run")];
  const rows = modes.map((mode) => {
    const a = shared.rows.find((r) => r.mode === mode);
    const b = mine.rows.find((r) => r.mode === mode);
    return el(
      "tr",
      { "data-mode": mode },
      el("td", {}, modeName(mode)),
      ...cells(a, "shared"),
      ...cells(b, "mine"),
      el("td", {}, b ? (b.verified ? "✓" : `✗ ${b.mismatch ?? ""}`) : "—"),
    );
  });
  const sub = ["Median (min–max)", "rme", "Speedup"];
  return el(
    "div",
    { class: "table-scroll" },
    ...hiddenWarning(shared, "the shared"),
    ...hiddenWarning(mine, "your"),
    el(
      "table",
      { id: "compare-table" },
      el("caption", {}, `Side by side. ${describe(mine)}`),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { rowspan: "2" }, "Mode"),
          el(
            "th",
            { colspan: "3", class: "shared" },
            `Shared: ${shared.env.browser}, ${shared.env.cores} cores`,
          ),
          el(
            "th",
            { colspan: "3", class: "mine" },
            `This machine: ${mine.env.browser}, ${mine.env.cores} cores`,
          ),
          el("th", { rowspan: "2" }, "Verified here"),
        ),
        el("tr", {}, ...[...sub, ...sub].map((h) => el("th", {}, h))),
      ),
      el("tbody", {}, ...rows),
    ),
  );
}
