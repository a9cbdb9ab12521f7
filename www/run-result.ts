// The one RunResult type: what a run gives the UI, the tests and the bench.
import type { LaneSpan } from "./engines/engine";
import type { EnvInfo } from "./env";
import type { Experiment, Mode } from "./experiment";

export interface ModeResult {
  mode: Mode;
  runtime: "native";
  workers: number;
  /** Wall time of each timed repeat (the warm-up is not included). */
  timesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Sequential median / this median. */
  speedup: number;
  /** Median pool start-up paid inside the timed region (Processes), else null. */
  startupMs: number | null;
  /** Every task's value equals the sequential run's. */
  verified: boolean;
  mismatch?: string;
  /** The values of the tasks, in task order (exact, decimal). */
  values: string[];
  /** Spans of the last repeat, for a timeline. */
  spans: LaneSpan[];
}

export interface RunResult {
  experiment: Experiment;
  env: EnvInfo;
  rows: ModeResult[];
  /** Modes asked for that could not run here, with the reason. */
  skipped: { mode: Mode; reason: string }[];
  /** The longest main-thread task during the run (ms). */
  longestTaskMs: number;
  startedMs: number;
  finishedMs: number;
}
