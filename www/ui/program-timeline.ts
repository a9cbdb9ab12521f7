// Under the console: what the GIL did during the program (hand-offs, and per
// thread how much of the run it held the GIL and waited for it, as the Rust
// core summarised it) and the timeline of its threads, as for a compare run.
// A program with child processes shows each process's threads in lanes of
// their own (after its start-up), and a table of the processes, each with its
// own GIL.
import type { programTimelineChart } from "../charts/plot";
import type { ProgramResult } from "../playground";
import type { Span } from "../trace";
import { formatMs } from "../labels";
import { el } from "./dom";
import { gilTable } from "./gil-stats";

const threadName = (lane: number) => (lane === 0 ? "main thread" : `thread ${lane}`);

/** Lanes of the program's own threads are 0, 1…; those of its k-th process (from 1) start at k × this. */
const PROCESS_LANES = 1000;

/** The program's spans and its processes', in one set of lanes, and their names. */
function lanesOf(result: ProgramResult): { spans: Span[]; laneLabel: (lane: number) => string } {
  const processes = startOrder(result);
  const spans = [...result.spans];
  processes.forEach((process, i) => {
    const base = (i + 1) * PROCESS_LANES;
    spans.push({ lane: base, state: "startup", startMs: process.startMs, endMs: process.readyMs });
    for (const span of process.end.spans) spans.push({ ...span, lane: base + span.lane });
  });
  const laneLabel = (lane: number) => {
    const process = Math.floor(lane / PROCESS_LANES);
    const thread = lane % PROCESS_LANES;
    if (process === 0) return threadName(thread);
    const name = processes[process - 1]?.name ?? `process ${process}`;
    return thread === 0 ? name : `${name} thread ${thread}`;
  };
  return { spans, laneLabel };
}

/** The child processes in the order they started. */
const startOrder = (result: ProgramResult) =>
  [...(result.processes ?? [])].sort((a, b) => a.startMs - b.startMs);

/** How long `spans` spent transferring data (pickling to or from another process). */
const transferMs = (spans: Span[]) =>
  spans.filter((s) => s.state === "transfer").reduce((total, s) => total + (s.endMs - s.startMs), 0);

/** One row per child process: its start-up, its transfers, its own GIL's hand-offs, how it ended. */
function processTable(result: ProgramResult): HTMLTableElement {
  const processes = startOrder(result);
  const startups = processes.reduce((total, p) => total + (p.readyMs - p.startMs), 0);
  const transfers =
    transferMs(result.spans) + processes.reduce((total, p) => total + transferMs(p.end.spans), 0);
  return el(
    "table",
    { class: "gil-table", id: "program-processes" },
    el(
      "caption",
      {},
      `Child processes: each a Web Worker with its own interpreter, memory and GIL. ` +
        `Start-ups took ${formatMs(startups)} in all; transferring data (pickling) ${formatMs(transfers)}, ` +
        `of which ${formatMs(transferMs(result.spans))} in the main process.`,
    ),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", {}, "Process"),
        el("th", {}, "Start-up"),
        el("th", {}, "Transferring data"),
        el("th", {}, "Its GIL's hand-offs"),
        el("th", {}, "Exit code"),
      ),
    ),
    el(
      "tbody",
      {},
      ...processes.map((p) =>
        el(
          "tr",
          {},
          el("td", {}, p.name),
          el("td", {}, formatMs(p.readyMs - p.startMs)),
          el("td", {}, formatMs(transferMs(p.end.spans))),
          el(
            "td",
            {},
            p.terminated ? "— (terminated)" : p.end.gil.enabled ? String(p.end.gil.handoffs) : "no GIL",
          ),
          el("td", {}, String(p.end.exitCode)),
        ),
      ),
    ),
  );
}

export function programTimeline(result: ProgramResult, chartOf: typeof programTimelineChart): HTMLElement {
  if (result.spans.length === 0) return el("div", { id: "program-timeline" });
  const withProcesses = (result.processes ?? []).length > 0;
  const { spans, laneLabel } = lanesOf(result);
  return el(
    "div",
    { id: "program-timeline" },
    gilTable(withProcesses ? "The main process" : "This run", result.gilStats, "program", threadName),
    ...(withProcesses ? [processTable(result)] : []),
    el(
      "div",
      { id: "program-timeline-chart" },
      chartOf(spans, result.gilStats.enabled, undefined, laneLabel, withProcesses),
    ),
  );
}
