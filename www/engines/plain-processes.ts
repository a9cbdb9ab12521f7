// Processes on a page without cross-origin isolation in a browser that cannot
// pause wasm (no JSPI), where a program cannot start processes (no shared
// memory, and no way for a parent to wait for a child: docs/architecture.md):
// a pool of K plain workers, each with its own wasm
// instance and memory, handed tasks from the page. Tasks go out one at a time
// to whichever worker is free (like Pool.map with chunksize 1); arguments and
// results cross by postMessage (structured clone). By default the pool is
// created inside the timed region, as `with multiprocessing.Pool() as pool:`
// is in the articles. Elsewhere Processes are the program's own (processes.ts).
import { wallNowMs } from "../clock";
import type { PlainRequest } from "./protocol";
import type { CompareSpec, TaskOutcome } from "../task";
import type { Span } from "../trace";
import { type Batch, type Engine, type BatchOptions, taskSpans } from "./engine";
import { newProcessWorker, processModule } from "./process-module";
import { Cancelled, WorkerLink } from "./worker-link";

interface Pool {
  links: WorkerLink<PlainRequest>[];
  startup: Span[];
  startupMs: number;
}

export class PlainProcessesEngine implements Engine {
  /** A pool kept between runs (only when start-up is not counted). */
  private pool: Pool | undefined;
  /** Every worker that may still be running, so Cancel can stop them all. */
  private readonly live = new Set<WorkerLink<PlainRequest>>();

  async runBatch(spec: CompareSpec, options: BatchOptions): Promise<Batch> {
    const module = await processModule();
    const startMs = wallNowMs();
    const kept = this.pool;
    const reuse =
      kept !== undefined &&
      !options.countStartup &&
      kept.links.length === options.workers &&
      kept.links.every((l) => l.alive);
    if (!reuse) this.closePool();
    const pool = reuse ? kept : await this.startPool(module, options);
    const outcomes: TaskOutcome[] = [];
    const laneOf = new Map<number, number>();
    // Arguments and results crossing by postMessage (structured clone, like pickling).
    const transfers: Span[] = [];
    let next = 0;
    const serve = async (link: WorkerLink<PlainRequest>, lane: number) => {
      // Each process imports the program on its first request (shown as start-up),
      // then calls the function for each task it is given.
      let imported = reuse;
      while (next < options.taskCount) {
        const index = next++;
        const last = next === options.taskCount;
        const sentMs = wallNowMs();
        const done = await link.request({
          type: "compare",
          spec,
          indices: [index],
          panicAt: options.panicAt === index ? index : undefined,
          misbehave: last ? options.misbehave : undefined,
        });
        const receivedMs = wallNowMs();
        if (done.type !== "compare-done") throw new Error("process: unexpected reply");
        outcomes.push(...done.outcomes);
        laneOf.set(index, lane);
        for (const o of done.outcomes) {
          transfers.push(
            { lane, state: imported ? "transfer" : "startup", startMs: sentMs, endMs: o.startMs },
            { lane, state: "transfer", startMs: o.endMs, endMs: receivedMs },
          );
        }
        imported = true;
        options.onProgress(outcomes.length);
      }
    };
    try {
      await Promise.all(pool.links.map(serve));
    } catch (error) {
      this.pool = pool;
      this.closePool(error as Error);
      throw error;
    }
    const wallMs = wallNowMs() - startMs;
    this.pool = pool;
    if (options.countStartup) this.closePool();
    outcomes.sort((a, b) => a.id - b.id);
    return {
      wallMs,
      startupMs: reuse ? null : pool.startupMs,
      outcomes,
      spans: [
        ...(reuse ? [] : pool.startup),
        ...transfers,
        ...taskSpans(outcomes, (o) => laneOf.get(o.id) ?? 0),
      ],
    };
  }

  cancel(): void {
    for (const link of this.live) link.kill(new Cancelled());
    this.live.clear();
    this.pool = undefined;
  }

  /** Creates K workers and instantiates the module in each: the pool's start-up. */
  private async startPool(module: WebAssembly.Module, options: BatchOptions): Promise<Pool> {
    const createdMs = wallNowMs();
    const links = Array.from({ length: options.workers }, (_, i) => {
      const link = new WorkerLink<PlainRequest>(newProcessWorker(), `process ${i + 1}`, options.watchdogMs);
      this.live.add(link);
      return link;
    });
    try {
      const ready = await Promise.all(links.map((l) => l.request({ type: "init", module })));
      const startup = ready.map((r, lane): Span => ({
        lane,
        state: "startup",
        startMs: createdMs,
        endMs: r.type === "ready" ? r.readyMs : createdMs,
      }));
      return {
        links,
        startup,
        startupMs: Math.max(...startup.map((s) => s.endMs)) - createdMs,
      };
    } catch (error) {
      for (const link of links) {
        link.kill(error as Error);
        this.live.delete(link);
      }
      throw error;
    }
  }

  private closePool(reason: Error = new Cancelled()): void {
    for (const link of this.pool?.links ?? []) {
      link.kill(reason);
      this.live.delete(link);
    }
    this.pool = undefined;
  }
}
