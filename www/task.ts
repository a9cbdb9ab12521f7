// Compare mode's tasks as the Rust core runs them (crate/src/runs/compare.rs).
import type { Experiment } from "./experiment";
import type { CompareSpec, TaskOutcome } from "./pkg/threads/gil_playground";

/** What every engine loads: the program, the function, the task list (typed by tsify from crate/src/runs/compare.rs). */
export type { CompareSpec, TaskOutcome };

export function compareSpec(experiment: Experiment): CompareSpec {
  return { source: experiment.program, call: experiment.call, args: experiment.args };
}
