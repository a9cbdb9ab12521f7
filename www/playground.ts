// The page's one API, `window.playground`: Program (the Run button: one program and
// its console) goes through `runProgram`, Compare (the Compare button: a task over a
// list under each mode) through `compare`; the browser tests and the bench call the
// same, so there is no second code path.
import { type CompareProgress, compareModes } from "./compare/runner";
import { wallNowMs } from "./clock";
import type { Engine, Engines, GilSummary } from "./engines/engine";
import { ProcessesEngine } from "./engines/processes";
import { PlainProcessesEngine } from "./engines/plain-processes";
import { SequentialEngine } from "./engines/sequential";
import { ThreadsEngine, threadPoolSize } from "./engines/threads";
import { Cancelled } from "./engines/worker-link";
import type { EnvInfo } from "./env";
import { OutputLog } from "./output-log";
import type { OutputChunk, ProcessRun } from "./engines/protocol";
import {
  DEFAULT_WATCHDOG_MS,
  type Experiment,
  type FieldError,
  programTooLong,
  SWITCH_INTERVAL_MS,
  switchIntervalProblem,
  validate,
} from "./experiment";
import type { CompareResult } from "./compare-result";
import type { Span } from "./trace";

/** Refused before anything ran: the fields and what is wrong with them. */
export class InvalidExperiment extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`invalid experiment: ${errors.map((e) => e.message).join("; ")}`);
    this.name = "InvalidExperiment";
  }
}

/** What the page shows as a Compare goes; the UI implements these. */
export interface PlaygroundView {
  started(experiment: Experiment): void;
  progress(progress: CompareProgress): void;
  finished(result: CompareResult): void;
  failed(error: Error): void;
  cancelled(): void;
  invalid(errors: FieldError[]): void;
  envChanged(env: EnvInfo): void;
}

/** What `runProgram` takes besides the source. */
export interface ProgramOptions {
  /** The GIL (CPython) or none (free-threaded 3.13t); default: the GIL. */
  gil?: boolean;
  /** `sys.setswitchinterval`, in ms (default: the GIL's, `SWITCH_INTERVAL_MS.default`). */
  switchIntervalMs?: number;
  watchdogMs?: number;
}

/** A finished program: what it printed, its exit status, and who ran when. */
export interface ProgramResult {
  /** What it printed, up to `MAX_KEPT_CHARS` characters of each stream. */
  stdout: string;
  stderr: string;
  /** Characters printed past that cap, not kept (the program went on). */
  droppedChars: number;
  exitCode: number;
  wallMs: number;
  handoffs: number;
  /** What the GIL did, per thread (lane 0 is the main thread). */
  gilStats: GilSummary;
  /** Parsing and compiling the program (threaded runs; 0 where not measured). */
  compileMs: number;
  spans: Span[];
  /** How its child processes ran: each its own lanes and GIL (empty without processes). */
  processes: ProcessRun[];
}

/** Who printed a piece of output, and when (ms since the program started). */
export interface OutputTag {
  thread: string;
  ms: number;
}

export type OutputSink = (stream: "stdout" | "stderr", text: string, tag: OutputTag) => void;

/** The thread pool's start-up gets its own, generous, watchdog. */
const POOL_START_WATCHDOG_MS = 30_000;

/**
 * Processes are the program's own Pool, in the worker that runs programs: the
 * threads worker, or without shared memory the plain worker, where a parent
 * waits for its children by pausing (JSPI). A browser that cannot pause gets a
 * pool of plain workers handed tasks by the page instead.
 */
function processesEngine(env: EnvInfo, threads: ThreadsEngine, sequential: SequentialEngine): Engine {
  if (env.threadsAvailable) return new ProcessesEngine(threads);
  return "Suspending" in WebAssembly ? new ProcessesEngine(sequential) : new PlainProcessesEngine();
}

export class Playground {
  private readonly threads: ThreadsEngine;
  private readonly sequential = new SequentialEngine();
  private readonly engines: Engines;
  private running = false;

  constructor(
    readonly env: EnvInfo,
    private readonly view: PlaygroundView,
  ) {
    this.threads = new ThreadsEngine(threadPoolSize(env.cores));
    this.engines = {
      sequential: this.sequential,
      processes: processesEngine(env, this.threads, this.sequential),
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

  async compare(input: Experiment): Promise<CompareResult> {
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
      const result = await compareModes(input, this.engines, this.env, (p) => this.view.progress(p));
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

  /**
   * Runs a Python program from source: its threads are real wasm threads over
   * one shared memory, under one GIL (or none). Output streams to `onOutput`
   * as it is printed. Without cross-origin isolation it runs on one worker's
   * thread, and starting a thread raises RuntimeError saying why.
   */
  async runProgram(
    source: string,
    options: ProgramOptions = {},
    onOutput?: OutputSink,
  ): Promise<ProgramResult> {
    if (typeof source !== "string") throw new TypeError("the program must be a string of Python source");
    const tooLong = programTooLong(source);
    if (tooLong) throw new RangeError(tooLong);
    const switchIntervalMs = options.switchIntervalMs ?? SWITCH_INTERVAL_MS.default;
    const badInterval = switchIntervalProblem(switchIntervalMs);
    if (badInterval) throw new RangeError(badInterval);
    if (this.running) throw new Error("a run is already under way");
    this.running = true;
    const stdout = new OutputLog();
    const stderr = new OutputLog();
    const startedMs = wallNowMs();
    try {
      const sink = (chunks: OutputChunk[]) => {
        for (const [stream, text, thread, atMs] of chunks) {
          (stream === 1 ? stdout : stderr).append(text);
          onOutput?.(stream === 1 ? "stdout" : "stderr", text, { thread, ms: atMs - startedMs });
        }
      };
      const watchdogMs = options.watchdogMs ?? DEFAULT_WATCHDOG_MS;
      // Without shared memory the program runs on one worker's thread, where
      // starting a thread raises RuntimeError saying why.
      const end = this.env.threadsAvailable
        ? await this.threads.runProgram(
            source,
            { enabled: options.gil ?? true, switchIntervalMs },
            watchdogMs,
            sink,
          )
        : await this.sequential.runProgram(source, switchIntervalMs, watchdogMs, sink);
      return {
        stdout: stdout.text(),
        stderr: stderr.text(),
        droppedChars: stdout.droppedChars + stderr.droppedChars,
        exitCode: end.exitCode,
        wallMs: wallNowMs() - startedMs,
        handoffs: end.gil.handoffs,
        gilStats: end.gil,
        compileMs: end.compileMs,
        spans: end.spans,
        processes: end.processes,
      };
    } catch (error) {
      this.cancel();
      void this.startThreadPool().catch(() => {});
      throw error;
    } finally {
      this.running = false;
    }
  }

  /** The memory a program may use before MemoryError, once a worker has said. */
  memoryLimitBytes(): number | undefined {
    return this.threads.pool?.memoryLimitBytes;
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
