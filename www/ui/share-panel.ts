// After a run: copy its link, export its results; and each chart's SVG and PNG.
import type { CompareResult } from "../compare-result";
import { chartPng, chartSvg, download, resultCsv, resultJson } from "../share/export";
import { el } from "./dom";

/** A file name for this run's exports: "gil-playground-2026-11-23T14-05-09". */
function baseName(result: CompareResult): string {
  return `gil-playground-${new Date(result.startedMs).toISOString().slice(0, 19).replace(/:/g, "-")}`;
}

export function sharePanel(result: CompareResult, link: () => Promise<string>): HTMLElement {
  const copy = el("button", { type: "button", id: "copy-link" }, "Copy link");
  const json = el("button", { type: "button", id: "export-json" }, "Export JSON");
  const csv = el("button", { type: "button", id: "export-csv" }, "Export CSV");
  const field = el("input", { id: "share-link", readonly: "", hidden: "", "aria-label": "share link" });
  const note = el("span", { id: "share-note", role: "status" });
  copy.addEventListener("click", async () => {
    const url = await link();
    field.value = url;
    field.hidden = false;
    field.select();
    try {
      await navigator.clipboard.writeText(url);
      note.textContent = `Link copied (${(url.length / 1024).toFixed(1)} KB).`;
    } catch {
      note.textContent = "Select the link above and copy it (the browser refused the clipboard).";
    }
  });
  json.addEventListener("click", () =>
    download(`${baseName(result)}.json`, resultJson(result), "application/json"),
  );
  csv.addEventListener("click", () => download(`${baseName(result)}.csv`, resultCsv(result), "text/csv"));
  return el("div", { id: "share-panel", class: "share-panel" }, copy, json, csv, note, field);
}

/** A chart with buttons that save it as SVG or PNG. */
export function exportableChart(figure: Element, name: string): HTMLElement {
  const svg = el("button", { type: "button", class: "export-svg", "data-chart": name }, "SVG");
  const png = el("button", { type: "button", class: "export-png", "data-chart": name }, "PNG");
  svg.addEventListener("click", () => download(`${name}.svg`, chartSvg(figure), "image/svg+xml"));
  png.addEventListener("click", async () => download(`${name}.png`, await chartPng(figure)));
  return el(
    "div",
    { class: "chart", "data-chart": name },
    figure,
    el("div", { class: "chart-exports" }, "Save as ", svg, " ", png),
  );
}
