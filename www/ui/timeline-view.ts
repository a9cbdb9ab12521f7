// The timeline section: which mode to show, and a zoom window in ms.
import type { timelineChart } from "../charts/plot";
import type { Mode } from "../experiment";
import type { CompareResult } from "../compare-result";
import { el } from "./dom";
import { modeName } from "../labels";

/** The mode shown first: the one that teaches most (threads under the GIL). */
const PREFERRED: Mode[] = ["threads", "threads-nogil", "processes", "sequential"];

export function timelineView(
  result: CompareResult,
  chartOf: typeof timelineChart,
  shared?: CompareResult,
): HTMLElement {
  // With a shared run beside this machine's, each mode of both can be shown.
  const sources = shared
    ? [
        { prefix: "Shared: ", result: shared },
        { prefix: "Yours: ", result },
      ]
    : [{ prefix: "", result }];
  const rows = sources.flatMap(({ prefix, result: r }) =>
    r.rows.filter((row) => row.spans.length > 0).map((row) => ({ prefix, row })),
  );
  const chart = el("div", { id: "timeline-chart" });
  if (rows.length === 0) return chart;
  const key = (x: (typeof rows)[number]) => `${x.prefix}${x.row.mode}`;
  const picker = el(
    "select",
    { id: "timeline-mode" },
    ...rows.map((x) => el("option", { value: key(x) }, `${x.prefix}${modeName(x.row.mode)}`)),
  );
  const last = sources[sources.length - 1].prefix;
  const preferred = PREFERRED.map((m) => rows.find((x) => x.prefix === last && x.row.mode === m)).find(
    Boolean,
  );
  picker.value = key(preferred ?? rows[0]);
  const from = el("input", { id: "timeline-from", inputmode: "decimal", size: "8", placeholder: "start" });
  const to = el("input", { id: "timeline-to", inputmode: "decimal", size: "8", placeholder: "end" });
  const reset = el("button", { type: "button", id: "timeline-reset" }, "Whole run");

  function draw(): void {
    const row = (rows.find((x) => key(x) === picker.value) ?? rows[0]).row;
    const a = Number(from.value);
    const b = Number(to.value);
    const window: [number, number] | undefined =
      from.value !== "" && to.value !== "" && Number.isFinite(a) && Number.isFinite(b) && b > a
        ? [a, b]
        : undefined;
    chart.replaceChildren(chartOf(row, window));
  }
  picker.addEventListener("change", draw);
  for (const input of [from, to]) input.addEventListener("change", draw);
  reset.addEventListener("click", () => {
    from.value = "";
    to.value = "";
    draw();
  });
  draw();
  return el(
    "div",
    { id: "timeline" },
    el(
      "div",
      { class: "timeline-controls" },
      el("label", {}, "Show ", picker),
      el("label", {}, " zoom from ", from),
      el("label", {}, " to ", to, " ms "),
      reset,
    ),
    chart,
  );
}
