// The runs of the plain build (a page without cross-origin isolation) that
// have processes: a Python program, and compare mode's Processes (the program
// imported as the parent process, its tasks mapped over its own
// multiprocessing.Pool, as on the isolated page). No shared memory, so no
// threads: the whole run is on its worker's one thread. Each of its jobs (its
// main thread, a pool's collector) runs on a suspendable stack of that thread
// (JSPI, www/engines/pause-import.ts); a wait pauses its stack, and the
// worker's event loop runs meanwhile: child processes start (each a worker of
// this kind) and their messages arrive.
/// <reference lib="webworker" />
import type * as Plain from "../pkg/plain/gil_playground.js";
import { ChildProcesses, readyReply, type ChildLauncher } from "./child-processes";
import { onSuspendableStack, wakePaused } from "./pause-import";
import type { CompareEnd } from "../pkg/plain/gil_playground.js";
import {
  asProgram,
  compareReply,
  driveCompare,
  driveProgram,
  isTrap,
  type ProgramCore,
} from "./program-driver";
import { reportTrap } from "./trap-report";
import type {
  ChildRequest,
  CompareProcessesRequest,
  PlainRequest,
  ProgramRequest,
  WorkerReply,
} from "./protocol";

/** How long the worker waits for news before it looks anyway: the heartbeat period. */
const HEARTBEAT_MS = 100;

/** The plain build's functions for a program, its jobs and its processes (crate/src/bindings.rs). */
export type PlainOwnerCore = ProgramCore &
  Pick<
    typeof Plain,
    | "startCompareProcesses"
    | "pollCompare"
    | "workersWanted"
    | "takeShadowStack"
    | "giveBackShadowStack"
    | "startProcess"
    | "takeProcessRequests"
    | "deliverFromChild"
    | "deliverFromParent"
    | "processExited"
  >;

export class PlainOwner {
  /** The run's child processes, and its output in the order printed. */
  private readonly children: ChildProcesses;
  private newsCame: (() => void) | undefined;

  constructor(
    private readonly core: PlainOwnerCore,
    private readonly memory: WebAssembly.Memory,
    /** The instance's `runQueuedJob` as wasm exports it (called on a suspendable stack). */
    private readonly runQueuedJob: () => void,
    /** The module, for the program's child processes. */
    module: WebAssembly.Module,
    private readonly reply: (message: WorkerReply) => void,
  ) {
    const launcher: ChildLauncher = {
      launch() {
        const worker = new Worker(new URL("./plain-worker.ts", import.meta.url), { type: "module" });
        const ready = readyReply(worker);
        const init: PlainRequest = { type: "init", module };
        worker.postMessage(init);
        return { workers: [worker], ready };
      },
    };
    // What a child sends or how it ended may be what a paused stack waits for.
    const link = {
      deliverFromChild: (pid: number, message: Uint8Array) => {
        core.deliverFromChild(pid, message);
        wakePaused();
      },
      processExited: (pid: number, exitCode: number) => {
        core.processExited(pid, exitCode);
        wakePaused();
      },
    };
    this.children = new ChildProcesses(launcher, link, reply);
  }

  /** Runs a program (or, in a child's worker, the child process) to its end. */
  async runProgram(request: ProgramRequest | Extract<ChildRequest, { type: "process" }>): Promise<void> {
    this.children.beginRun(request.gil);
    const { program, startProgram } = asProgram(request, this.core);
    try {
      await driveProgram(
        { ...this.core, startProgram },
        this.memory,
        program,
        (message) => this.children.replyInOrder(message),
        () => this.waitForNews(),
        () => this.onNews(),
      );
    } finally {
      this.children.endAll();
    }
  }

  /**
   * Compare mode's Processes: the program imported here as the parent process,
   * its tasks mapped over a pool of `workers` child processes, each started as
   * a program's children are (crate/src/runs/compare_run.rs); replies with the
   * outcomes and how the processes ran.
   */
  async runCompareProcesses(request: CompareProcessesRequest): Promise<void> {
    const { core, children } = this;
    children.beginRun(request.gil, request.misbehave === "crash" ? request.workers : undefined);
    globalThis.gilPlaygroundNews = () => this.onNews();
    try {
      core.startCompareProcesses(request.spec, request.gil, request.workers, request.panicAt);
      const endReply = (end: CompareEnd) => {
        // Processes the pool left running end now, so each run is on record.
        children.endAll();
        return compareReply(end, children.runs, this.memory.buffer.byteLength);
      };
      await driveCompare(
        core.pollCompare,
        (message) => children.replyInOrder(message),
        endReply,
        () => this.waitForNews(),
      );
    } finally {
      globalThis.gilPlaygroundNews = undefined;
      children.endAll();
    }
  }

  private waitForNews(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.newsCame = resolve;
      setTimeout(resolve, HEARTBEAT_MS);
    });
  }

  /** News comes from inside wasm: what it asks for is done once that call has paused or ended. */
  private onNews(): void {
    queueMicrotask(() => {
      this.startWantedJobs();
      this.children.serve(this.core.takeProcessRequests());
      this.newsCame?.();
    });
  }

  /** A message from this child process's parent. */
  deliverFromParent(message: Uint8Array): void {
    this.core.deliverFromParent(message);
    wakePaused();
  }

  /** Starts the jobs the program asked for, each on a suspendable stack of its own. */
  private startWantedJobs(): void {
    for (let wanted = this.core.workersWanted(); wanted > 0; wanted--) {
      const shadowStack = this.core.takeShadowStack();
      onSuspendableStack(this.runQueuedJob, shadowStack).then(
        () => this.core.giveBackShadowStack(shadowStack),
        (error: unknown) => {
          // A trap ends the job's stack: told as a thread's trap is, and the poll says what happened.
          if (isTrap(error)) reportTrap(this.core, this.memory, error);
          else this.reply({ type: "error", message: (error as Error).message ?? String(error) });
          this.newsCame?.();
        },
      );
    }
  }
}
