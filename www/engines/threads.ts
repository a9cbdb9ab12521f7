// Threads: one worker owns the threaded wasm instance and its thread workers
// (started ahead of need, and more on demand); the tasks run on K of them over
// one shared memory, as Python threads: interpreter programs under one GIL (or
// none), or native kernels.
import LIMITS from "../generated/limits.json" with { type: "json" };
import { wallNowMs } from "../clock";
import { SWITCH_INTERVAL_MS } from "../experiment";
import type { GilConfig } from "../pkg/threads/gil_playground";
import type { OutputChunk, ProgramOutcome, ThreadsRequest } from "./protocol";
import type { CompareSpec } from "../task";
import { type Batch, type Engine, type BatchOptions, taskSpans } from "./engine";
import { Cancelled, WorkerLink } from "./worker-link";

/** The articles run 8 threads: offer at least 8 whatever the core count. */
export function threadPoolSize(cores: number): number {
  return Math.min(16, Math.max(8, cores));
}

/**
 * Run once as the pool starts, before anything is timed. A browser first runs
 * wasm from a quick baseline compile and optimises hot functions in the
 * background: the first 0.2-0.5 s of the first program ran up to 6x slower
 * (two threads under the GIL then looked 1.5-1.8x faster than sequential).
 */
const WARM_UP = `
def f(n):
    t = 0
    for i in range(n):
        t += i * i
    return t
for _ in range(8):
    f(100_000)
    sum(i * i for i in range(100_000))
`;
const WARM_UP_GIL: GilConfig = { enabled: true, switchIntervalMs: SWITCH_INTERVAL_MS.default };

/**
 * A wasm memory never shrinks: past this size after a run (a program that ran
 * into MemoryError, say) the pool is rebuilt with a fresh instance.
 */
const REBUILD_AT_MEMORY_BYTES = 256 << 20;

export interface PoolInfo {
  size: number;
  startupMs: number;
  /** The memory a program may use before MemoryError. */
  memoryLimitBytes: number;
}

export class ThreadsEngine implements Engine {
  private link: WorkerLink<ThreadsRequest> | undefined;
  private starting: Promise<WorkerLink<ThreadsRequest>> | undefined;
  /** Size and start-up time of the last pool started. */
  pool: PoolInfo | undefined;

  constructor(readonly poolSizeWanted: number) {}

  async runBatch(spec: CompareSpec, options: BatchOptions): Promise<Batch> {
    const link = await this.start(options.watchdogMs);
    const sentMs = wallNowMs();
    const done = await link.request(
      {
        type: "compare",
        spec,
        threads: options.workers,
        gil: options.gil,
        panicAt: options.panicAt,
        misbehave: options.misbehave,
      },
      (p) => options.onProgress(p.finished),
    );
    const receivedMs = wallNowMs();
    if (done.type !== "compare-done") throw new Error("threads worker: unexpected reply");
    this.rebuildIfGrown(done.memoryBytes, options.watchdogMs);
    // The worker imports the program first (sequential and processes time their
    // runs with it imported): the time counts from the first thread's start-up.
    const firstSpanMs = Math.min(...(done.spans ?? []).map((s) => s.startMs));
    return {
      wallMs: receivedMs - Math.max(sentMs, Number.isFinite(firstSpanMs) ? firstSpanMs : sentMs),
      startupMs: null,
      outcomes: done.outcomes,
      spans: done.spans ?? taskSpans(done.outcomes),
      gil: done.gil,
    };
  }

  /**
   * Runs a Python program from source: its main thread and each of its
   * threads a thread worker (at most `LIMITS.maxThreads` alive at once).
   * Output streams to `onOutput`.
   */
  async runProgram(
    source: string,
    gil: GilConfig,
    watchdogMs: number,
    onOutput: (chunks: OutputChunk[]) => void,
  ): Promise<ProgramOutcome> {
    const link = await this.start(watchdogMs);
    const done = await link.request(
      {
        type: "program",
        source,
        gil,
        maxThreads: LIMITS.maxThreads,
      },
      undefined,
      (reply) => onOutput(reply.chunks),
    );
    if (done.type !== "program-done") throw new Error("threads worker: unexpected reply");
    this.rebuildIfGrown(done.memoryBytes, watchdogMs);
    return { ...done.end, processes: done.processes ?? [] };
  }

  /** Starts the owner worker and its thread pool (once; again after a failure). */
  start(watchdogMs: number): Promise<WorkerLink<ThreadsRequest>> {
    if (this.link?.alive && this.starting) return this.starting;
    const worker = new Worker(new URL("./threads-worker.ts", import.meta.url), {
      type: "module",
    });
    const link = new WorkerLink<ThreadsRequest>(worker, "threads worker", watchdogMs);
    this.link = link;
    const createdMs = wallNowMs();
    // One thread more than runs may use: it imports the program and waits
    // for the threads of a compare run (crate/src/runs/compare_threads.rs).
    this.starting = link
      .request({ type: "init", poolSize: this.poolSizeWanted + 1 })
      .then((ready) => {
        if (ready.type === "ready") {
          this.pool = {
            size: this.poolSizeWanted,
            startupMs: ready.readyMs - createdMs,
            memoryLimitBytes: ready.memoryLimitBytes,
          };
        }
        return link.request({ type: "program", source: WARM_UP, gil: WARM_UP_GIL, maxThreads: 2 });
      })
      .then(() => link);
    return this.starting;
  }

  /** A fresh pool (in the background) when the instance's memory grew past the limit. */
  rebuildIfGrown(memoryBytes: number | undefined, watchdogMs: number): void {
    if ((memoryBytes ?? 0) <= REBUILD_AT_MEMORY_BYTES) return;
    this.cancel();
    void this.start(watchdogMs).catch(() => {});
  }

  cancel(): void {
    // Terminating the owner also ends the pool's nested workers.
    this.link?.kill(new Cancelled());
    this.link = undefined;
    this.starting = undefined;
  }
}
