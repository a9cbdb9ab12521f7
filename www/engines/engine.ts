// The interface every engine (sequential, processes, threads) offers the runner.
import type { Mode } from "../experiment";
import type { Misbehaviour } from "../protocol";
import type { Task, TaskOutcome } from "../task";

/** A bar on the timeline: a worker (lane) starting up or running a task. */
export interface LaneSpan {
  lane: number;
  kind: "startup" | "task";
  taskId?: number;
  startMs: number;
  endMs: number;
}

/** One timed execution of all the tasks. */
export interface Batch {
  /** Wall time on the page, from dispatch (or pool creation) to the last result. */
  wallMs: number;
  /** Pool start-up (worker creation + wasm instantiation), when this batch paid it. */
  startupMs: number | null;
  outcomes: TaskOutcome[];
  spans: LaneSpan[];
}

export interface RunOptions {
  workers: number;
  countStartup: boolean;
  watchdogMs: number;
  misbehave?: Misbehaviour;
  /** Called as tasks finish, with how many of this batch have finished. */
  onProgress(finishedInBatch: number): void;
}

export interface Engine {
  readonly mode: Mode;
  run(tasks: Task[], options: RunOptions): Promise<Batch>;
  /** Terminates every worker at once; the next run rebuilds what it needs. */
  cancel(): void;
}

/** Lane spans for finished tasks (by default, the lane is the worker that ran it). */
export function taskSpans(outcomes: TaskOutcome[], lane?: (o: TaskOutcome) => number): LaneSpan[] {
  return outcomes.map((o) => ({
    lane: lane ? lane(o) : o.worker,
    kind: "task",
    taskId: o.id,
    startMs: o.start_ms,
    endMs: o.end_ms,
  }));
}
