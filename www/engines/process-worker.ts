// What a "process" worker does: one wasm instance with its own memory (like a
// fresh process), serving the page's requests: import a program, run tasks of
// it, or run a whole program (the plain build, on a page without threads).
// Two entry points bind it to a build: plain-worker.ts and isolated-worker.ts.
/// <reference lib="webworker" />
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import { MODULE_URLS } from "./module-urls";
import { bindInstance } from "./pause-import";
import { PlainOwner, type PlainOwnerCore } from "./plain-owner";
import { isTrap } from "./program-driver";
import type * as Plain from "../pkg/plain/gil_playground.js";
import type { PlainRequest, WorkerReply } from "./protocol";
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
  /** The plain build only: runs with processes, on this one thread (plain-owner.ts). */
  program?: PlainOwnerCore;
};

export function serveRequests(core: ProcessCore): void {
  const { init, loadCompare, runCompare, describeTrap, memoryLimitBytes, setModuleUrls } = core;
  let memory: WebAssembly.Memory;
  let module: WebAssembly.Module;
  /** The instance's exports as wasm has them: `runQueuedJob` is called on a suspendable stack. */
  let rawExports: { runQueuedJob?: () => void };
  /** The run with processes this worker owns, if any (the plain build). */
  let owner: PlainOwner | undefined;
  /** This child process crashes when its parent next sends it something (fault injection). */
  let crashOnMessage = false;
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

  async function handle(request: PlainRequest): Promise<void> {
    if (request.type === "init") {
      const startMs = wallNowMs();
      module = request.module;
      const instance = await init({ module_or_path: module });
      memory = instance.memory;
      rawExports = instance as { runQueuedJob?: () => void };
      bindInstance(instance);
      setModuleUrls(MODULE_URLS);
      reply({ type: "ready", startMs, readyMs: wallNowMs(), memoryLimitBytes: memoryLimitBytes() });
      return;
    }
    if (request.type === "message") {
      if (crashOnMessage) misbehave("crash");
      else owner?.deliverFromParent(request.message);
      return;
    }
    if (request.type === "program" || request.type === "process" || request.type === "compare-processes") {
      if (!core.program || !rawExports.runQueuedJob) {
        reply({ type: "error", message: "this worker's build runs no whole programs" });
        return;
      }
      // A pool process asked to crash does so when its first task comes; a hang is this worker's.
      if (request.type === "process") crashOnMessage = request.misbehave === "crash";
      if (request.type === "compare-processes" && request.misbehave === "hang") misbehave("hang");
      try {
        owner = new PlainOwner(core.program, memory, rawExports.runQueuedJob, module, reply);
        if (request.type === "compare-processes") await owner.runCompareProcesses(request);
        else await owner.runProgram(request);
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
