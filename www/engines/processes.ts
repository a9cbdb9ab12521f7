// Processes: the program's own `multiprocessing.Pool` of K processes, as the
// articles' `with Pool(K) as pool: pool.map(task, tasks)`. The threads worker
// imports the program as the parent process and maps the task list over the
// pool (crate/src/runs/compare_run.rs); each pool process is a child it
// starts as it starts any program's (threads-worker.ts `startChild`): a Web
// Worker with a wasm instance, memory and GIL of its own that imports the
// program as `__mp_main__`. Arguments and results cross pickled.
import { wallNowMs } from "../clock";
import type { CompareSpec, TaskOutcome } from "../task";
import type { Span } from "../trace";
import { type Batch, type Engine, type BatchOptions, taskSpans } from "./engine";
import type { ProcessRun } from "./protocol";
import type { ThreadsEngine } from "./threads";
import { Cancelled } from "./worker-link";

export class ProcessesEngine implements Engine {
  /** The threads worker is the parent process: one worker owns both modes' runs. */
  constructor(private readonly owner: ThreadsEngine) {}

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
    if (done.type !== "compare-done") throw new Error("threads worker: unexpected reply");
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
    // The pool's processes are workers of the threads worker: they end with it.
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
