// The one CompareResult type: what a Compare gives the UI, the tests and the bench.
import type { GilSummary } from "./engines/engine";
import type { EnvInfo } from "./env";
import type { Experiment, Mode } from "./experiment";
import type { Span } from "./trace";

export interface ModeResult {
  mode: Mode;
  /** Threads: whether they shared a GIL; null for the other modes. */
  gil: boolean | null;
  workers: number;
  /** Wall time of each timed repeat (the warm-up is not included). */
  timesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** 95% confidence interval of the mean time (mean ± t·s/√n); null with one repeat. */
  ci95Ms: [number, number] | null;
  /** Relative margin of error of that interval (0.05 = ±5%); null with one repeat. */
  rme: number | null;
  /** Sequential median / this median. */
  speedup: number;
  /** Median pool start-up paid inside the timed region (Processes), else null. */
  startupMs: number | null;
  /** Every task's value equals the sequential run's. */
  verified: boolean;
  mismatch?: string;
  /** The values the tasks returned, in task order: their repr. */
  values: string[];
  /** Per task, the median over the repeats of its own duration (start to end). */
  taskMs: number[];
  /** Spans of the last repeat, for the timeline. */
  spans: Span[];
  /** Threads: the GIL's statistics (last repeat). */
  gilStats?: GilSummary;
  /** Median over the repeats of the median GIL hand-off period (threads with the GIL). */
  handoffMedianMs?: number;
}

export interface CompareResult {
  experiment: Experiment;
  env: EnvInfo;
  rows: ModeResult[];
  /** Modes asked for that could not run here, with the reason. */
  skipped: { mode: Mode; reason: string }[];
  /** The longest main-thread task during the run (ms). */
  longestTaskMs: number;
  /** The tab was hidden during the run: browsers throttle hidden tabs, so timings are suspect. */
  hiddenDuringRun: boolean;
  startedMs: number;
  finishedMs: number;
}
