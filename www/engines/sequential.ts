// Sequential: the tasks one after another in one worker (the page never freezes).
import { wallNowMs } from "../clock";
import type { OutputChunk, PlainRequest, ProgramOutcome } from "./protocol";
import type { CompareSpec } from "../task";
import { type Batch, type Engine, type BatchOptions, taskSpans } from "./engine";
import type { ProcessesOwner } from "./processes";
import { newProcessWorker, processModule } from "./process-module";
import { Cancelled, WorkerLink } from "./worker-link";

export class SequentialEngine implements Engine, ProcessesOwner {
  private link: WorkerLink<PlainRequest> | undefined;

  /**
   * Imports the program in the worker (the timed runs then find it imported)
   * and returns how many tasks its task list has.
   */
  async load(spec: CompareSpec, watchdogMs: number): Promise<number> {
    const link = await this.worker(watchdogMs);
    const loaded = await link.request({ type: "load", spec });
    if (loaded.type !== "loaded") throw new Error("sequential worker: unexpected reply");
    return loaded.tasks;
  }

  async runBatch(spec: CompareSpec, options: BatchOptions): Promise<Batch> {
    const link = await this.worker(options.watchdogMs);
    const startMs = wallNowMs();
    const indices = Array.from({ length: options.taskCount }, (_, i) => i);
    const done = await link.request(
      { type: "compare", spec, indices, panicAt: options.panicAt, misbehave: options.misbehave },
      (p) => options.onProgress(p.finished),
    );
    const wallMs = wallNowMs() - startMs;
    if (done.type !== "compare-done") throw new Error("sequential worker: unexpected reply");
    return {
      wallMs,
      startupMs: null,
      outcomes: done.outcomes,
      spans: taskSpans(done.outcomes),
    };
  }

  /**
   * Runs a Python program in this worker, on its one thread: for a page that
   * is not cross-origin isolated (no shared memory, so no threads; its child
   * processes are workers of this one: www/engines/plain-program.ts).
   */
  async runProgram(
    source: string,
    switchIntervalMs: number,
    watchdogMs: number,
    onOutput: (chunks: OutputChunk[]) => void,
  ): Promise<ProgramOutcome> {
    const link = await this.worker(watchdogMs);
    const request = {
      type: "program" as const,
      source,
      gil: { enabled: true, switchIntervalMs },
      maxThreads: 1,
    };
    const done = await link.request(request, undefined, (reply) => onOutput(reply.chunks));
    if (done.type !== "program-done") throw new Error("sequential worker: unexpected reply");
    return { ...done.end, processes: done.processes ?? [] };
  }

  cancel(): void {
    this.link?.kill(new Cancelled());
    this.link = undefined;
  }

  /** A plain instance's memory is not reused after a large run: nothing to rebuild here. */
  rebuildIfGrown(): void {}

  /** The worker, created (or re-created after a failure) on first use. */
  start(watchdogMs: number): Promise<WorkerLink<PlainRequest>> {
    return this.worker(watchdogMs);
  }

  private async worker(watchdogMs: number): Promise<WorkerLink<PlainRequest>> {
    if (this.link?.alive) return this.link;
    const link = new WorkerLink<PlainRequest>(newProcessWorker(), "sequential worker", watchdogMs);
    this.link = link;
    await link.request({ type: "init", module: await processModule() });
    return link;
  }
}
