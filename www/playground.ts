// The page's one API, `window.playground`: the Run button, the browser tests and
// the bench all go through `run`, so there is no second code path.
import { type RunProgress, runExperiment } from "./bench/runner";
import type { Engines } from "./engines/engine";
import { ProcessesEngine } from "./engines/processes";
import { SequentialEngine } from "./engines/sequential";
import { ThreadsEngine, threadPoolSize } from "./engines/threads";
import { Cancelled } from "./engines/worker-link";
import type { EnvInfo } from "./env";
import { type Experiment, type FieldError, validate } from "./experiment";
import type { RunResult } from "./run-result";

/** Refused before anything ran: the fields and what is wrong with them. */
export class InvalidExperiment extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`invalid experiment: ${errors.map((e) => e.message).join("; ")}`);
    this.name = "InvalidExperiment";
  }
}

/** What the page shows as a run goes; the UI implements these. */
export interface PlaygroundView {
  started(experiment: Experiment): void;
  progress(progress: RunProgress): void;
  finished(result: RunResult): void;
  failed(error: Error): void;
  cancelled(): void;
  invalid(errors: FieldError[]): void;
  envChanged(env: EnvInfo): void;
}

/** The thread pool's start-up gets its own, generous, watchdog. */
const POOL_START_WATCHDOG_MS = 30_000;

export class Playground {
  private readonly threads: ThreadsEngine;
  private readonly engines: Engines;
  private running = false;

  constructor(
    readonly env: EnvInfo,
    private readonly view: PlaygroundView,
  ) {
    this.threads = new ThreadsEngine(threadPoolSize(env.cores));
    this.engines = {
      sequential: new SequentialEngine(),
      processes: new ProcessesEngine(),
      threads: this.threads,
      "threads-nogil": this.threads,
    };
    if (env.threadsAvailable) env.threadPoolSize = this.threads.poolSizeWanted;
  }

  /** Starts the thread pool ahead of the first run (its start-up is shown on its own). */
  async startThreadPool(): Promise<void> {
    if (!this.env.threadsAvailable) return;
    await this.threads.start(POOL_START_WATCHDOG_MS);
    this.showPool();
  }

  async run(input: Experiment): Promise<RunResult> {
    const errors = validate(input, {
      threadPoolSize: this.env.threadsAvailable ? this.threads.poolSizeWanted : undefined,
    });
    if (errors.length) {
      this.view.invalid(errors);
      throw new InvalidExperiment(errors);
    }
    if (this.running) throw new Error("a run is already under way");
    this.running = true;
    this.view.started(input);
    try {
      const result = await runExperiment(input, this.engines, this.env, (p) => this.view.progress(p));
      this.view.finished(result);
      return result;
    } catch (error) {
      // Leave no half-broken worker behind: stop them all; the next run rebuilds.
      this.cancel();
      if (error instanceof Cancelled) this.view.cancelled();
      else this.view.failed(error as Error);
      void this.startThreadPool().catch(() => {});
      throw error;
    } finally {
      this.running = false;
    }
  }

  /** Stops the run under way at once: every worker is terminated. */
  cancel(): void {
    for (const engine of Object.values(this.engines)) engine.cancel();
  }

  private showPool(): void {
    const pool = this.threads.pool;
    if (!pool) return;
    this.env.threadPoolSize = pool.size;
    this.env.threadPoolStartupMs = pool.startupMs;
    this.view.envChanged(this.env);
  }
}
