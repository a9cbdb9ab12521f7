// Compare mode's tasks as the Rust core runs them (crate/src/compare.rs).
import type { Experiment } from "./experiment";

/** What every engine loads: the program, the function, the task list. */
export interface CompareSpec {
  source: string;
  call: string;
  args: string;
}

export function compareSpec(experiment: Experiment): CompareSpec {
  return { source: experiment.program, call: experiment.call, args: experiment.args };
}

/** A finished task: the repr of what it returned, who ran it, and when. */
export interface TaskOutcome {
  id: number;
  worker: number;
  value: string;
  start_ms: number;
  end_ms: number;
}
