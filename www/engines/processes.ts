// Processes: the program's own `multiprocessing.Pool` of K processes, as the
// articles' `with Pool(K) as pool: pool.map(task, tasks)`. The worker that runs
// programs (the threads worker; on a page without cross-origin isolation, the
// plain worker) imports the program as the parent process and maps the task
// list over the pool (crate/src/runs/compare_run.rs); each pool process is a
// child it starts as it starts any program's (child-processes.ts): a Web
// Worker with a wasm instance, memory and GIL of its own that imports the
// program as `__mp_main__`. Arguments and results cross pickled.
import { wallNowMs } from "../clock";
import type { CompareSpec, TaskOutcome } from "../task";
import type { Span } from "../trace";
import { type Batch, type Engine, type BatchOptions, taskSpans } from "./engine";
import type { CompareProcessesRequest, ProcessRun } from "./protocol";
import { Cancelled, type WorkerLink } from "./worker-link";

/** The engine whose worker is the parent process (it also runs programs). */
export interface ProcessesOwner {
  start(watchdogMs: number): Promise<WorkerLink<CompareProcessesRequest>>;
  /** A fresh instance when the last run's memory grew too large. */
  rebuildIfGrown(memoryBytes: number | undefined, watchdogMs: number): void;
  cancel(): void;
}

export class ProcessesEngine implements Engine {
  /** The parent process's worker: one worker owns the programs' runs and these. */
  constructor(private readonly owner: ProcessesOwner) {}

  async runBatch(spec: CompareSpec, options: BatchOptions): Promise<Batch> {
    const link = await this.owner.start(options.watchdogMs);
    // What the pool's processes print on stderr: a crashed one says why there.
    const stderr: string[] = [];
    let done;
    try {
      done = await link.request(
        {
          type: "compare-processes",
          spec,
          workers: options.workers,
          gil: options.gil,
          panicAt: options.panicAt,
          misbehave: options.misbehave,
        },
        undefined,
        (reply) => {
          for (const [stream, text] of reply.chunks) if (stream === 2) stderr.push(text);
        },
      );
    } catch (error) {
      if (error instanceof Cancelled || !stderr.length) throw error;
      throw new Error(`${(error as Error).message}\n${stderr.join("").trimEnd()}`);
    }
    const receivedMs = wallNowMs();
    if (done.type !== "compare-done") throw new Error("processes: unexpected reply");
    this.owner.rebuildIfGrown(done.memoryBytes, options.watchdogMs);
    const runs = done.processes ?? [];
    const outcomes = done.outcomes;
    options.onProgress(outcomes.length);
    const poolStartMs = Math.min(...runs.map((r) => r.startMs));
    const firstTaskMs = Math.min(...outcomes.map((o) => o.startMs));
    const startupMs = runs.length ? Math.max(...runs.map((r) => r.readyMs)) - poolStartMs : null;
    return {
      // From the pool's creation (as `with Pool()` counts it), or from the first task.
      wallMs: receivedMs - (options.countStartup && runs.length ? poolStartMs : firstTaskMs),
      startupMs: options.countStartup ? startupMs : null,
      outcomes,
      spans: [...processSpans(runs, outcomes), ...taskSpans(outcomes)],
    };
  }

  cancel(): void {
    // The pool's processes are workers of the owner's worker: they end with it.
    this.owner.cancel();
  }
}

/** The lane of a pool process: `SpawnPoolWorker-2` is the second (lane 1), as its tasks' `worker` says. */
function laneOf(run: ProcessRun): number {
  return Number(/-(\d+)$/.exec(run.name)?.[1] ?? "1") - 1;
}

/**
 * Each pool process's start-up (worker created, instance ready, program
 * imported, until its first task) and, between its tasks, the hand-over of
 * the next (results and arguments pickled across).
 */
function processSpans(runs: ProcessRun[], outcomes: TaskOutcome[]): Span[] {
  const spans: Span[] = [];
  for (const run of runs) {
    const lane = laneOf(run);
    const tasks = outcomes.filter((o) => o.worker === lane).sort((a, b) => a.startMs - b.startMs);
    spans.push({ lane, state: "startup", startMs: run.startMs, endMs: tasks[0]?.startMs ?? run.readyMs });
    for (let i = 1; i < tasks.length; i++) {
      spans.push({ lane, state: "transfer", startMs: tasks[i - 1].endMs, endMs: tasks[i].startMs });
    }
  }
  return spans;
}
