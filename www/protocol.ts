// The one typed protocol between the page and its workers.
import type { GilSummary, LaneSpan } from "./engines/engine";
import type { Task, TaskOutcome } from "./task";

export type Misbehaviour = "crash" | "hang";

/** Page -> plain worker (Sequential and Processes). */
export type PlainRequest =
  | { type: "init"; module: WebAssembly.Module }
  /** Run the tasks one after another; `misbehave` makes the worker fail on purpose. */
  | { type: "run"; tasks: Task[]; misbehave?: Misbehaviour };

/** Page -> threads worker. */
export type ThreadsRequest =
  | { type: "init"; poolSize: number }
  /** `gil` is used when the tasks are interpreter programs (Python threads). */
  | {
      type: "run";
      tasks: Task[];
      threads: number;
      gil: { enabled: boolean; switch_interval_ms: number };
      misbehave?: Misbehaviour;
    };

/** Any worker -> page. */
export type WorkerReply =
  /** Instantiated (and, for threads, the pool started); times on the common clock. */
  | { type: "ready"; startMs: number; readyMs: number; poolSize?: number }
  /** One task finished (plain workers), or a poll saw progress (threads). */
  | { type: "progress"; finished: number; outcome?: TaskOutcome }
  /** Alive, still working (threads worker, while it waits). */
  | { type: "heartbeat" }
  /** Threads worker, interpreter runs: the threads' spans and the GIL's statistics. */
  | { type: "done"; outcomes: TaskOutcome[]; spans?: LaneSpan[]; gil?: GilSummary }
  | { type: "error"; message: string };
