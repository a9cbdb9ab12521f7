// The one typed protocol between the page and its workers.
import type { ChildSpec, GilConfig, ProgramEnd, ProgramPoll } from "../pkg/threads/gil_playground";
import type { GilSummary } from "./engine";
import type { CompareSpec, TaskOutcome } from "../task";
import type { Span } from "../trace";

export type Misbehaviour = "crash" | "hang";

/** Printed text: [stream (1 = stdout, 2 = stderr), text, the printing thread's name, when (common clock, ms)]. */
export type OutputChunk = ProgramPoll["chunks"][number];

/** A program's owner -> a child process's worker (www/engines/child-processes.ts), in either build. */
export type ChildRequest =
  /** Run as a child process of a program (crate/src/runtime/process.rs). */
  | { type: "process"; spec: ChildSpec; gil: GilConfig; misbehave?: Misbehaviour }
  /** A message for the child process this worker runs, from its parent (runtime/process.rs). */
  | { type: "message"; message: Uint8Array };

/**
 * Compare: the program imported here as the parent process, its tasks mapped over a
 * `multiprocessing.Pool` of `workers` child processes (`startCompareProcesses`), each
 * started as a program's children are; `misbehave`: "crash" crashes a child's worker,
 * "hang" this one. The same in either build.
 */
export interface CompareProcessesRequest {
  type: "compare-processes";
  spec: CompareSpec;
  workers: number;
  gil: GilConfig;
  panicAt?: number;
  misbehave?: Misbehaviour;
}

/** Page -> plain worker (Sequential, Processes and programs), or a program's owner -> its child process. */
export type PlainRequest =
  | { type: "init"; module: WebAssembly.Module }
  | ChildRequest
  | CompareProcessesRequest
  /** Import the program (once per program) and say how many tasks its task list has. */
  | { type: "load"; spec: CompareSpec }
  /**
   * Compare: run tasks `indices` of the program one after another (`runCompare`);
   * `panicAt`: a task that panics in Rust on purpose, `misbehave`: the worker fails on purpose.
   */
  | { type: "compare"; spec: CompareSpec; indices: number[]; panicAt?: number; misbehave?: Misbehaviour }
  /** Program: run a Python program on this one thread (a page without shared memory). */
  | ProgramRequest;

/**
 * Program: run a Python program from source (program-driver.ts: `startProgram`, `pollProgram`),
 * on the pool or on the worker's one thread.
 */
export interface ProgramRequest {
  type: "program";
  source: string;
  gil: GilConfig;
  /** The threads it may have at once (the main thread included); 1 without shared memory. */
  maxThreads: number;
}

/** Threads worker -> a thread worker it starts: the instance to join (thread-worker.ts). */
export interface ThreadWorkerStart {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  /** The thread's stack (crate/src/runs/limits.rs `THREAD_STACK_BYTES`). */
  stackBytes: number;
  /** The memory the program's processes share (crate/src/host/shared_region.rs). */
  region: SharedArrayBuffer;
}

/** Page -> threads worker. */
export type ThreadsRequest =
  /**
   * Instantiate (`module`: compiled already, for a child process) and start
   * `poolSize` thread workers. A child process is given its parent's `region`
   * (the memory the program's processes share); the page's own owner makes one.
   * `threadFromParent`: a child process's first thread worker is started by its
   * parent's owner beside it (so the two workers load at once), and joins once
   * the instance is ready (the "ready" reply carries its memory).
   */
  | {
      type: "init";
      poolSize: number;
      module?: WebAssembly.Module;
      region?: SharedArrayBuffer;
      threadFromParent?: boolean;
    }
  | ChildRequest
  /** Compare: every task of the program on `threads` Python threads under one GIL, or none (`startCompare`). */
  | {
      type: "compare";
      spec: CompareSpec;
      threads: number;
      gil: GilConfig;
      panicAt?: number;
      misbehave?: Misbehaviour;
    }
  | CompareProcessesRequest
  /** Program: run a Python program from source, each of its threads a thread worker. */
  | ProgramRequest;

/**
 * How one child process of a program ran: its worker created (`startMs`),
 * its instance ready (`readyMs`), then its own run, threads and GIL.
 * A grandchild is named after its parent: "Process-1/Process-2".
 */
export interface ProcessRun {
  name: string;
  startMs: number;
  readyMs: number;
  /** Ended from outside (terminate(), kill()): `end` has its exit code, nothing of its run. */
  terminated?: boolean;
  end: ProgramEnd;
}

/** A program's end and how its child processes ran. */
export type ProgramOutcome = ProgramEnd & { processes: ProcessRun[] };

/** A Python program's end (crate/src/runs/program.rs `ProgramEnd`, typed by tsify). */
export type { ProgramEnd };

/** Any worker -> page. */
export type WorkerReply =
  /** Instantiated (and, for threads, the pool started); times on the common clock. */
  | {
      type: "ready";
      startMs: number;
      readyMs: number;
      poolSize?: number;
      /** The memory a program may use before MemoryError (crate/src/host/memory.rs). */
      memoryLimitBytes: number;
      /** A child process's instance memory, for the thread worker its parent started (`threadFromParent`). */
      memory?: WebAssembly.Memory;
    }
  /** One task finished (plain workers), or a poll saw progress (threads). */
  | { type: "progress"; finished: number; outcome?: TaskOutcome }
  /** Alive, still working (threads worker, while it waits). */
  | { type: "heartbeat" }
  /** The program is imported: its task list has `tasks` tasks. */
  | { type: "loaded"; tasks: number }
  /** A Compare batch's tasks are done; from the threads worker also the threads' spans and the GIL's statistics. */
  | {
      type: "compare-done";
      outcomes: TaskOutcome[];
      spans?: Span[];
      gil?: GilSummary;
      /** Threads worker: how large the instance's memory has grown (it never shrinks). */
      memoryBytes?: number;
      /** Processes on the threads worker: how the pool's processes ran. */
      processes?: ProcessRun[];
    }
  | { type: "error"; message: string }
  /** A program's output as printed (crate/src/runs/program.rs `Chunk`). */
  | { type: "output"; chunks: OutputChunk[] }
  /** A program's end; `processes`: how its child processes ran (and theirs). */
  | { type: "program-done"; end: ProgramEnd; memoryBytes?: number; processes?: ProcessRun[] }
  /** A child process's message for its parent. */
  | { type: "to-parent"; message: Uint8Array };
