// Exports: the results as JSON and CSV, and a chart as SVG or PNG, each saved
// through the browser's download.
import type { CompareResult } from "../compare-result";

/** The whole run, as the page's API returns it. */
export function resultJson(result: CompareResult): string {
  return JSON.stringify(result, (_key, value) => (Number.isNaN(value) ? null : value), 2);
}

const CSV_COLUMNS = [
  "mode",
  "gil",
  "workers",
  "repeats",
  "median_ms",
  "min_ms",
  "max_ms",
  "ci95_low_ms",
  "ci95_high_ms",
  "rme",
  "speedup",
  "pool_startup_ms",
  "verified",
  "times_ms",
] as const;

/** RFC 4180: quote a field that holds a comma, a quote or a line break. */
function csvField(value: string | number | boolean | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per mode, with a header line; times of the repeats joined by ";". */
export function resultCsv(result: CompareResult): string {
  const lines = result.rows.map((r) =>
    [
      r.mode,
      r.gil,
      r.workers,
      r.timesMs.length,
      r.medianMs,
      r.minMs,
      r.maxMs,
      r.ci95Ms?.[0] ?? null,
      r.ci95Ms?.[1] ?? null,
      r.rme,
      r.speedup,
      r.startupMs,
      r.verified,
      r.timesMs.join(";"),
    ]
      .map(csvField)
      .join(","),
  );
  return [CSV_COLUMNS.join(","), ...lines].join("\r\n") + "\r\n";
}

/** A chart's SVG as a standalone document, titled with the chart's heading. */
export function chartSvg(figure: Element): string {
  const svg = (figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg"))?.cloneNode(
    true,
  );
  if (!(svg instanceof SVGSVGElement)) throw new Error("this chart has no SVG to export");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const heading = figure.querySelector("h2")?.textContent;
  if (heading) {
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = heading;
    svg.prepend(title);
  }
  // Plot styles with `currentColor`; a file on its own has no surrounding text colour.
  svg.style.color = "#222";
  svg.style.background = "white";
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** The chart drawn onto a white canvas at twice its size, as a PNG. */
export async function chartPng(figure: Element): Promise<Blob> {
  const source = chartSvg(figure);
  const svg = figure.querySelector("svg") ?? figure;
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([source], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw on a canvas");
  context.fillStyle = "white";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be made"))),
      "image/png",
    ),
  );
}

/** Saves `content` as a file named `name` (the browser's download). */
export function download(name: string, content: Blob | string, type = "application/octet-stream"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
