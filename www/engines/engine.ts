// The interface every engine (sequential, processes, threads) offers Compare's runner
// (compare/runner.ts): a batch is one timed execution of every task.
import type { Mode } from "../experiment";
import type { Misbehaviour } from "./protocol";
import type { GilConfig, GilSummary } from "../pkg/threads/gil_playground";
import type { CompareSpec, TaskOutcome } from "../task";
import type { Span } from "../trace";

/** The GIL's side of a threaded interpreter run. */
export type { GilSummary };

/** One timed execution of all the tasks. */
export interface Batch {
  /** Wall time on the page, from dispatch (or pool creation) to the last result. */
  wallMs: number;
  /** Pool start-up (worker creation + wasm instantiation), when this batch paid it. */
  startupMs: number | null;
  outcomes: TaskOutcome[];
  spans: Span[];
  gil?: GilSummary;
}

export interface BatchOptions {
  workers: number;
  countStartup: boolean;
  watchdogMs: number;
  /** The GIL of the threads (threads engine only). */
  gil: GilConfig;
  /** How many tasks the task list has (the sequential engine's `load` said). */
  taskCount: number;
  /** A task that panics in Rust on purpose (fault injection). */
  panicAt?: number;
  misbehave?: Misbehaviour;
  /** Called as tasks finish, with how many of this batch have finished. */
  onProgress(finishedInBatch: number): void;
}

export interface Engine {
  /** Runs every task of the program's task list once. */
  runBatch(spec: CompareSpec, options: BatchOptions): Promise<Batch>;
  /** Terminates every worker at once; the next run rebuilds what it needs. */
  cancel(): void;
}

/** The engine that runs each mode (both thread modes share one); sequential also imports first. */
export type Engines = Record<Mode, Engine> & {
  sequential: Engine & { load(spec: CompareSpec, watchdogMs: number): Promise<number> };
};

/** Timeline spans of finished tasks: one running bar each. */
export function taskSpans(
  outcomes: TaskOutcome[],
  lane: (o: TaskOutcome) => number = (o) => o.worker,
): Span[] {
  return outcomes.map((o) => ({ lane: lane(o), state: "running", startMs: o.startMs, endMs: o.endMs }));
}
