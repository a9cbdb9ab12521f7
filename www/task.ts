// Tasks as the Rust core takes them (crate/src/task.rs), and how an experiment
// splits into them.
import { CONVOY_IO, DOWNLOADS, type Experiment, type FaultInjection, type Mode } from "./experiment";
import type { SpanState } from "./trace";

/** A program of the interpreter (crate/src/vm/engine.rs `ProgramSpec`). */
export type Program =
  | { program: "sum_squares_loop" | "sum_squares_genexpr"; n: number }
  | { program: "process_data_chunk"; seed: number; start: number; count: number }
  | { program: "sleep"; seconds: number }
  | { program: "io_loop"; ops: number; seconds_each: number }
  | { program: "native_sum_squares"; n: number; release_gil: boolean };

export type Task = { id: number; fault?: "panic" } & (
  | { workload: "sum_squares"; n: number }
  | { workload: "process_data"; seed: number; start: number; count: number }
  | ({ workload: "interpreter" } & Program)
);

/** A finished task: exact value (decimal string: it may exceed 2^64) and its span. */
export interface TaskOutcome {
  id: number;
  worker: number;
  value: string;
  start_ms: number;
  end_ms: number;
  /** The interpreter's states while it ran (empty for native kernels). */
  spans?: { thread: number; state: SpanState; start_ms: number; end_ms: number }[];
}

/** Items `start .. start + count` of chunk `id` of `tasks` even chunks of n items. */
function chunk(id: number, tasks: number, n: number): { start: number; count: number } {
  const start = Math.floor((id * n) / tasks);
  return { start, count: Math.floor(((id + 1) * n) / tasks) - start };
}

/** The interpreter programs of an experiment, one per task. */
export function programsOf(experiment: Experiment): Program[] {
  const { tasks, n, seed } = experiment;
  switch (experiment.workload) {
    case "sum_squares":
      return Array.from({ length: tasks }, () => ({ program: "sum_squares_genexpr", n }));
    case "sum_squares_loop":
      return Array.from({ length: tasks }, () => ({ program: "sum_squares_loop", n }));
    case "process_data":
      return Array.from({ length: tasks }, (_, id) => ({
        program: "process_data_chunk",
        seed,
        ...chunk(id, tasks, n),
      }));
    case "io":
      return Array.from({ length: tasks }, (_, id) => ({
        program: "sleep",
        seconds: DOWNLOADS[id % DOWNLOADS.length],
      }));
    case "convoy":
      return [
        { program: "sum_squares_genexpr", n },
        { program: "io_loop", ops: CONVOY_IO.ops, seconds_each: CONVOY_IO.secondsEach },
      ];
  }
}

/** The tasks of an experiment for a mode. */
export function tasksOf(experiment: Experiment, mode: Mode = "sequential"): Task[] {
  const { tasks, n, seed } = experiment;
  if (experiment.runtime === "interpreter") {
    return programsOf(experiment).map((p, id) => ({ id, workload: "interpreter", ...p }));
  }
  if (mode === "threads") {
    // Native kernels called from Python threads: under the GIL, or releasing it.
    return Array.from({ length: tasks }, (_, id) => ({
      id,
      workload: "interpreter",
      program: "native_sum_squares",
      n,
      release_gil: experiment.releaseGil,
    }));
  }
  return Array.from({ length: tasks }, (_, id): Task => {
    if (experiment.workload === "sum_squares") return { id, workload: "sum_squares", n };
    return { id, workload: "process_data", seed, ...chunk(id, tasks, n) };
  });
}

/** The tasks a mode runs, with a Rust panic injected into the last one if asked. */
export function withFault(tasks: Task[], mode: Mode, fault?: FaultInjection): Task[] {
  if (fault?.kind !== "panic" || fault.mode !== mode) return tasks;
  return tasks.map((t, i) => (i === tasks.length - 1 ? { ...t, fault: "panic" } : t));
}
