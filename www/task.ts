// Tasks as the Rust core takes them (crate/src/task.rs), and how an experiment
// splits into them.
import type { Experiment, FaultInjection, Mode } from "./experiment";

export type Task =
  | { id: number; workload: "sum_squares"; n: number; fault?: "panic" }
  | {
      id: number;
      workload: "process_data";
      seed: number;
      start: number;
      count: number;
      fault?: "panic";
    };

/** A finished task: exact value (decimal string: it may exceed 2^64) and its span. */
export interface TaskOutcome {
  id: number;
  worker: number;
  value: string;
  start_ms: number;
  end_ms: number;
}

/** The tasks of an experiment: `tasks` sums of squares, or `tasks` chunks of the data set. */
export function tasksOf(experiment: Experiment): Task[] {
  const { tasks, n, seed } = experiment;
  return Array.from({ length: tasks }, (_, id): Task => {
    if (experiment.workload === "sum_squares") return { id, workload: "sum_squares", n };
    // Split n items into `tasks` chunks as even as possible.
    const start = Math.floor((id * n) / tasks);
    const end = Math.floor(((id + 1) * n) / tasks);
    return { id, workload: "process_data", seed, start, count: end - start };
  });
}

/** The tasks a mode runs, with a Rust panic injected into the last one if asked. */
export function withFault(tasks: Task[], mode: Mode, fault?: FaultInjection): Task[] {
  if (fault?.kind !== "panic" || fault.mode !== mode) return tasks;
  return tasks.map((t, i) => (i === tasks.length - 1 ? { ...t, fault: "panic" } : t));
}
