// What a "process" worker does: one wasm instance with its own memory (like a
// fresh process), serving the page's requests: import a program, run tasks of
// it, or run a whole program (the plain build, on a page without threads).
// Two entry points bind it to a build: plain-worker.ts and isolated-worker.ts.
/// <reference lib="webworker" />
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import { MODULE_URLS } from "./module-urls";
import { onSuspendableStack } from "./pause-import";
import { driveProgram, isTrap, type ProgramCore } from "./program-driver";
import { reportTrap } from "./trap-report";
import type * as Plain from "../pkg/plain/gil_playground.js";
import type { PlainRequest, ProgramRequest, WorkerReply } from "./protocol";
import type { TaskOutcome } from "../task";

declare const self: DedicatedWorkerGlobalScope;

/**
 * The functions of a wasm build that a process worker calls, as crate/src/bindings.rs
 * exports them (their types generated; both builds have these), the plain build's
 * program (a whole program on this one thread), and `init`, which instantiates the
 * module the page posted.
 */
export type ProcessCore = Pick<
  typeof Plain,
  "loadCompare" | "runCompare" | "describeTrap" | "memoryLimitBytes" | "setModuleUrls"
> & {
  init(options: { module_or_path: WebAssembly.Module }): Promise<{ memory: WebAssembly.Memory }>;
  /**
   * The plain build only: a whole program on this one thread, whose jobs (its main
   * thread, a pool's collector) run on suspendable stacks (`runQueuedJob`, raw).
   */
  program?: ProgramCore & Pick<typeof Plain, "workersWanted">;
};

/** How long the worker waits for news before it looks anyway: the heartbeat period. */
const HEARTBEAT_MS = 100;

export function serveRequests(core: ProcessCore): void {
  const { init, loadCompare, runCompare, describeTrap, memoryLimitBytes, setModuleUrls } = core;
  let memory: WebAssembly.Memory;
  /** The instance's exports as wasm has them: `runQueuedJob` is called on a suspendable stack. */
  let rawExports: { runQueuedJob?: () => void };
  self.onmessage = (event: MessageEvent<PlainRequest>) => handle(event.data);

  function reply(message: WorkerReply): void {
    self.postMessage(message);
  }

  /**
   * A call into wasm threw: a trap (a Rust panic aborts, a failed allocation,
   * the stack exhausted…), or an error of the call itself (a JsError).
   */
  function trapMessage(error: unknown): string {
    if (!isTrap(error)) {
      return (error as Error).message ?? String(error);
    }
    return describeTrap(`${error.name}: ${error.message}`);
  }

  /**
   * A program on this one thread (no shared memory, so no threads): each of its
   * jobs runs on a suspendable stack, started when the program asks for it.
   */
  async function runProgram(program: NonNullable<ProcessCore["program"]>, request: ProgramRequest) {
    let newsCame: (() => void) | undefined;
    const waitForNews = () =>
      new Promise<void>((resolve) => {
        newsCame = resolve;
        setTimeout(resolve, HEARTBEAT_MS);
      });
    const runJob = rawExports.runQueuedJob!;
    const startWantedJobs = () => {
      for (let wanted = program.workersWanted(); wanted > 0; wanted--) {
        onSuspendableStack(runJob).catch((error: unknown) => {
          // A trap ends the job's stack: told as a thread's trap is; the poll says what happened.
          if (isTrap(error)) reportTrap(program, memory, error);
          else reply({ type: "error", message: (error as Error).message ?? String(error) });
          newsCame?.();
        });
      }
    };
    // News comes from inside wasm: the jobs it asks for start once that call has paused or ended.
    const onNews = () =>
      queueMicrotask(() => {
        startWantedJobs();
        newsCame?.();
      });
    await driveProgram(program, memory, request, reply, waitForNews, onNews);
  }

  async function handle(request: PlainRequest): Promise<void> {
    if (request.type === "init") {
      const startMs = wallNowMs();
      const instance = await init({ module_or_path: request.module });
      memory = instance.memory;
      rawExports = instance as { runQueuedJob?: () => void };
      setModuleUrls(MODULE_URLS);
      reply({ type: "ready", startMs, readyMs: wallNowMs(), memoryLimitBytes: memoryLimitBytes() });
      return;
    }
    if (request.type === "program") {
      if (!core.program) {
        reply({ type: "error", message: "this worker's build runs no whole programs" });
        return;
      }
      try {
        await runProgram(core.program, request);
      } catch (error) {
        reply({ type: "error", message: trapMessage(error) });
      }
      return;
    }
    try {
      if (request.type === "load") {
        reply({ type: "loaded", tasks: loadCompare(request.spec) });
        return;
      }
      if (misbehave(request.misbehave)) return;
      loadCompare(request.spec);
      const outcomes: TaskOutcome[] = [];
      for (const index of request.indices) {
        const [outcome] = runCompare(new Uint32Array([index]), request.panicAt);
        outcomes.push(outcome);
        reply({ type: "progress", finished: outcomes.length, outcome });
      }
      reply({ type: "compare-done", outcomes });
    } catch (error) {
      reply({ type: "error", message: trapMessage(error) });
    }
  }
}
