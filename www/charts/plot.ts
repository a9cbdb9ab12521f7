// The chart library's adapter: nothing else imports Observable Plot.
import * as Plot from "@observablehq/plot";
import type { Mode } from "../experiment";
import type { ModeResult } from "../run-result";
import { STATE_COLOURS, STATE_LABELS, type SpanState } from "../trace";
import { formatMs, modeLabel } from "../ui/labels";

interface Bar {
  mode: Mode;
  label: string;
  median: number;
  min: number;
  max: number;
  speedup: number;
}

function bars(rows: ModeResult[]): Bar[] {
  return rows.map((r) => ({
    mode: r.mode,
    label: modeLabel(r.mode, r.workers),
    median: r.medianMs,
    min: r.minMs,
    max: r.maxMs,
    speedup: r.speedup,
  }));
}

const WIDTH = 470;
const MARGIN_LEFT = 135;
/** One colour per mode: the GIL threads red like "waiting", the free threads green. */
const MODE_COLOURS: Record<Mode, string> = {
  sequential: "#8a8a8a",
  threads: "#e4572e",
  "threads-nogil": "#2e9e44",
  processes: "#1f77b4",
};

/** Median wall time per mode, with the min–max range of the repeats. */
export function timesChart(rows: ModeResult[], repeats: number): Element {
  const data = bars(rows);
  return Plot.plot({
    title: "Wall time (lower is better)",
    subtitle: `median of ${repeats} repeats; whiskers: min–max`,
    width: WIDTH,
    marginLeft: MARGIN_LEFT,
    marginRight: 70,
    x: { label: "time (ms) →", grid: true, nice: true },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.barX(data, {
        x: "median",
        y: "label",
        fill: (d: Bar) => MODE_COLOURS[d.mode],
        inset: 4,
      }),
      Plot.ruleY(data, { y: "label", x1: "min", x2: "max", stroke: "#222" }),
      Plot.tickX(data, { x: "min", y: "label", stroke: "#222", inset: 8 }),
      Plot.tickX(data, { x: "max", y: "label", stroke: "#222", inset: 8 }),
      Plot.text(data, {
        x: "max",
        y: "label",
        text: (d: Bar) => formatMs(d.median),
        dx: 6,
        textAnchor: "start",
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Speedup over sequential, with 1x (no gain) and the ideal (one per worker) marked. */
export function speedupChart(rows: ModeResult[], workers: number): Element {
  const data = bars(rows);
  const top = Math.max(workers, ...data.map((d) => d.speedup)) * 1.15;
  return Plot.plot({
    title: "Speedup over sequential (higher is better)",
    subtitle: `solid line: 1x, no gain; dashed: ideal ${workers}x with ${workers} workers`,
    width: WIDTH,
    marginLeft: MARGIN_LEFT,
    marginRight: 40,
    x: { label: "speedup (×) →", grid: true, domain: [0, top] },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.barX(data, {
        x: "speedup",
        y: "label",
        fill: (d: Bar) => MODE_COLOURS[d.mode],
        inset: 4,
      }),
      Plot.text(data, {
        x: "speedup",
        y: "label",
        text: (d: Bar) => `${d.speedup.toFixed(2)}x`,
        dx: 6,
        textAnchor: "start",
      }),
      Plot.ruleX([1], { stroke: "#222" }),
      Plot.ruleX([workers], { stroke: "#555", strokeDasharray: "4 3" }),
    ],
  });
}

interface TimelineBar {
  lane: string;
  state: string;
  start: number;
  end: number;
}

/**
 * One row per thread or worker, coloured by state, on one time axis (ms since
 * the first span began), like the per-thread GIL pictures of "Understanding the
 * GIL". `window` zooms to [from, to] ms.
 */
export function timelineChart(row: ModeResult, window?: [number, number]): Element {
  const origin = Math.min(...row.spans.map((s) => s.startMs));
  const laneName = row.mode === "processes" ? "process" : row.mode === "sequential" ? "worker" : "thread";
  const lanes = [...new Set(row.spans.map((s) => s.lane))].sort((a, b) => a - b);
  const bars: TimelineBar[] = row.spans.map((s) => ({
    lane: `${laneName} ${s.lane + 1}`,
    state: STATE_LABELS[s.state],
    start: s.startMs - origin,
    end: s.endMs - origin,
  }));
  const states = (Object.keys(STATE_LABELS) as SpanState[]).filter((s) =>
    row.spans.some((x) => x.state === s),
  );
  return Plot.plot({
    title: `Timeline: ${modeLabel(row.mode, row.workers)}, last repeat`,
    subtitle: "one row per thread or worker; colour: what it was doing",
    width: 940,
    height: 70 + 34 * lanes.length,
    marginLeft: 80,
    x: { label: "time since the run started (ms) →", grid: true, domain: window, nice: !window },
    y: { label: null, domain: lanes.map((l) => `${laneName} ${l + 1}`) },
    color: {
      legend: true,
      domain: states.map((s) => STATE_LABELS[s]),
      range: states.map((s) => STATE_COLOURS[s]),
    },
    marks: [
      Plot.barX(bars, { x1: "start", x2: "end", y: "lane", fill: "state", clip: true, title: "state" }),
      Plot.ruleX([0]),
    ],
  });
}
