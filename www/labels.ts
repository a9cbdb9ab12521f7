// Human names for modes and times, shared by the table, the charts and the status line.
import type { Mode } from "./experiment";

const NAMES: Record<Mode, string> = {
  sequential: "Sequential",
  threads: "Threads (GIL)",
  "threads-nogil": "Threads (no GIL)",
  processes: "Processes",
};

export function modeName(mode: Mode): string {
  return NAMES[mode];
}

export function modeLabel(mode: Mode, workers: number): string {
  return mode === "sequential" ? NAMES[mode] : `${NAMES[mode]} ×${workers}`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
