// The chart library's adapter: nothing else imports Observable Plot.
import * as Plot from "@observablehq/plot";
import type { Mode } from "../experiment";
import type { ModeResult } from "../compare-result";
import { type Span, STATE_COLOURS, STATE_LABELS, type SpanState, stateLabel } from "../trace";
import { formatMs, modeLabel } from "../labels";

/** The rows of one machine's run: "shared" and "yours" when two are compared. */
export interface Series {
  machine: string;
  rows: ModeResult[];
}

interface Bar {
  mode: Mode;
  machine: string;
  label: string;
  median: number;
  min: number;
  max: number;
  speedup: number;
}

function bars(series: Series[]): Bar[] {
  return series.flatMap(({ machine, rows }) =>
    rows.map((r) => ({
      mode: r.mode,
      machine,
      label: modeLabel(r.mode, r.workers),
      median: r.medianMs,
      min: r.minMs,
      max: r.maxMs,
      speedup: r.speedup,
    })),
  );
}

const WIDTH = 460;
const MARGIN_LEFT = 135;
/** One colour per mode: the GIL threads red like "waiting", the free threads green. */
const MODE_COLOURS: Record<Mode, string> = {
  sequential: "#8a8a8a",
  threads: "#e4572e",
  "threads-nogil": "#2e9e44",
  processes: "#1f77b4",
};

/** A bar's row: the mode, and with two machines whose run ("Threads (GIL) ×2 · yours"). */
function rowLabel(series: Series[]) {
  return (d: Bar) => (series.length > 1 ? `${d.label} · ${d.machine}` : d.label);
}

/** One row per mode; with two machines, the shared run's row (paler) above yours. */
function layout(data: Bar[], series: Series[]) {
  const y = rowLabel(series);
  const paired = series.length > 1;
  const modes = [...new Set(data.map((d) => d.label))];
  const domain = paired ? modes.flatMap((label) => series.map((s) => `${label} · ${s.machine}`)) : modes;
  return {
    y: { label: null, domain },
    channels: { y },
    height: paired ? 50 + domain.length * 26 : undefined,
    marginLeft: paired ? 195 : MARGIN_LEFT,
  };
}

const opacity = (series: Series[]) => (d: Bar) =>
  series.length > 1 && d.machine === series[0].machine ? 0.45 : 1;

/** Median wall time per mode, with the min–max range of the repeats. */
export function timesChart(series: Series[], repeats: number): Element {
  const data = bars(series);
  const { y, channels, height, marginLeft } = layout(data, series);
  return Plot.plot({
    title: "Wall time (lower is better)",
    subtitle: `median of ${repeats} repeats; whiskers: min–max${series.length > 1 ? "; pale: the shared run" : ""}`,
    width: WIDTH,
    height,
    marginLeft,
    marginRight: 70,
    x: { label: "time (ms) →", grid: true, nice: true },
    y,
    marks: [
      Plot.barX(data, {
        ...channels,
        x: "median",
        fill: (d: Bar) => MODE_COLOURS[d.mode],
        fillOpacity: opacity(series),
        inset: 4,
      }),
      Plot.ruleY(data, { ...channels, x1: "min", x2: "max", stroke: "#222" }),
      Plot.tickX(data, { ...channels, x: "min", stroke: "#222", inset: 8 }),
      Plot.tickX(data, { ...channels, x: "max", stroke: "#222", inset: 8 }),
      Plot.text(data, {
        ...channels,
        x: "max",
        text: (d: Bar) => formatMs(d.median),
        dx: 6,
        textAnchor: "start",
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Speedup over sequential, with 1x (no gain) and the ideal (one per worker) marked. */
export function speedupChart(series: Series[], workers: number): Element {
  const data = bars(series);
  const { y, channels, height, marginLeft } = layout(data, series);
  const top = Math.max(workers, ...data.map((d) => d.speedup)) * 1.15;
  return Plot.plot({
    title: "Speedup over sequential (higher is better)",
    subtitle: `solid line: 1x, no gain; dashed: ideal ${workers}x with ${workers} workers${series.length > 1 ? "; pale: the shared run" : ""}`,
    width: WIDTH,
    height,
    marginLeft,
    marginRight: 40,
    x: { label: "speedup (×) →", grid: true, domain: [0, top] },
    y,
    marks: [
      Plot.barX(data, {
        ...channels,
        x: "speedup",
        fill: (d: Bar) => MODE_COLOURS[d.mode],
        fillOpacity: opacity(series),
        inset: 4,
      }),
      Plot.text(data, {
        ...channels,
        x: "speedup",
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
  const laneName = row.mode === "processes" ? "process" : row.mode === "sequential" ? "worker" : "thread";
  return lanesChart({
    title: `Timeline: ${modeLabel(row.mode, row.workers)}, last repeat`,
    subtitle: "one row per thread or worker; colour: what it was doing",
    spans: row.spans,
    laneLabel: (lane) => `${laneName} ${lane + 1}`,
    // Threads without the GIL hold none; the other modes run under a GIL of their own.
    gilEnabled: row.mode !== "threads-nogil",
    window,
  });
}

/**
 * A program's threads (lane 0 is its main thread), coloured by state, on one
 * time axis; `window` zooms to [from, to] ms.
 */
export function programTimelineChart(
  spans: Span[],
  gilEnabled: boolean,
  window?: [number, number],
  laneLabel: (lane: number) => string = (lane) => (lane === 0 ? "main thread" : `thread ${lane}`),
  withProcesses = false,
): Element {
  const what = withProcesses ? "processes and threads" : "threads";
  return lanesChart({
    title: `Timeline of the program's ${what}, ${gilEnabled ? "under the GIL" : "without a GIL"}`,
    subtitle: withProcesses
      ? "one row per thread; each process has its own GIL; colour: what it was doing"
      : "one row per thread; colour: what it was doing",
    spans,
    laneLabel,
    gilEnabled,
    window,
  });
}

function lanesChart(options: {
  title: string;
  subtitle: string;
  spans: Span[];
  laneLabel: (lane: number) => string;
  gilEnabled: boolean;
  window?: [number, number];
}): Element {
  const { spans, laneLabel, gilEnabled, window } = options;
  const origin = Math.min(...spans.map((s) => s.startMs));
  const lanes = [...new Set(spans.map((s) => s.lane))].sort((a, b) => a - b);
  const bars: TimelineBar[] = spans.map((s) => ({
    lane: laneLabel(s.lane),
    state: stateLabel(s.state, gilEnabled),
    start: s.startMs - origin,
    end: s.endMs - origin,
  }));
  const states = (Object.keys(STATE_LABELS) as SpanState[]).filter((s) => spans.some((x) => x.state === s));
  return Plot.plot({
    title: options.title,
    subtitle: options.subtitle,
    width: 940,
    height: 70 + 34 * lanes.length,
    // Room for the longest lane name ("SpawnPoolWorker-2 thread 1").
    marginLeft: Math.max(90, 7 * Math.max(...lanes.map((lane) => laneLabel(lane).length))),
    x: { label: "time since the run started (ms) →", grid: true, domain: window, nice: !window },
    y: { label: null, domain: lanes.map(laneLabel) },
    color: {
      legend: true,
      domain: states.map((s) => stateLabel(s, gilEnabled)),
      range: states.map((s) => STATE_COLOURS[s]),
    },
    marks: [
      Plot.barX(bars, { x1: "start", x2: "end", y: "lane", fill: "state", clip: true, title: "state" }),
      Plot.ruleX([0]),
    ],
  });
}
