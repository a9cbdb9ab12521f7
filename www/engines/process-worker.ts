// What a "process" worker does: one wasm instance with its own memory (like a
// fresh process), serving the page's requests: import a program, run tasks of
// it, or run a whole program (the plain build, on a page without threads).
// Two entry points bind it to a build: plain-worker.ts and isolated-worker.ts.
/// <reference lib="webworker" />
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import type { PlainRequest, WorkerReply } from "../protocol";
import type { CompareSpec, TaskOutcome } from "../task";

declare const self: DedicatedWorkerGlobalScope;

/** The functions of a wasm build that a process worker calls. */
export interface ProcessCore {
  init(options: { module_or_path: WebAssembly.Module }): Promise<unknown>;
  loadCompare(spec: CompareSpec): number;
  runCompare(indices: Uint32Array, panicAt?: number): TaskOutcome[];
  /** The plain build only: a whole program on this one thread. */
  runProgram?: (
    source: string,
    onOutput: (stream: 1 | 2, text: string, thread: string, atMs: number) => void,
    switchIntervalMs: number,
  ) => number;
  takePanicMessage(): string | undefined;
}

export function serveRequests(core: ProcessCore): void {
  const { init, loadCompare, runCompare, runProgram, takePanicMessage } = core;
  self.onmessage = (event: MessageEvent<PlainRequest>) => handle(event.data);

  function reply(message: WorkerReply): void {
    self.postMessage(message);
  }

  async function handle(request: PlainRequest): Promise<void> {
    if (request.type === "init") {
      const startMs = wallNowMs();
      await init({ module_or_path: request.module });
      reply({ type: "ready", startMs, readyMs: wallNowMs() });
      return;
    }
    if (request.type === "program") {
      try {
        if (!runProgram) throw new Error("this worker's build runs no whole programs");
        const exitCode = runProgram(
          request.source,
          (stream: 1 | 2, text: string, thread: string, atMs: number) =>
            reply({ type: "output", chunks: [[stream, text, thread, atMs]] }),
          request.switchIntervalMs,
        );
        reply({
          type: "program-done",
          end: {
            exit_code: exitCode,
            spans: [],
            // One thread and no timeline: nothing to say of a GIL.
            gil: {
              enabled: true,
              switchIntervalMs: request.switchIntervalMs,
              handoffs: 0,
              medianHandoffPeriodMs: null,
              threads: [],
            },
            compile_ms: 0,
          },
        });
      } catch (error) {
        const panic = takePanicMessage();
        reply({
          type: "error",
          message: panic ? `the interpreter failed (Rust panic: ${panic})` : String(error),
        });
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
      reply({ type: "done", outcomes });
    } catch (error) {
      // A Rust panic traps (unreachable); its message was kept by the panic hook.
      const panic = takePanicMessage();
      reply({
        type: "error",
        message: panic ? `Rust panic: ${panic}` : ((error as Error).message ?? String(error)),
      });
    }
  }
}
