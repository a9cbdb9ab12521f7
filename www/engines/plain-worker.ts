// A "process": a worker with its own instance of the plain (non-threaded) wasm
// module and its own memory. Sequential uses one; Processes uses a pool of them.
/// <reference lib="webworker" />
import init, { loadCompare, runCompare, runProgram, takePanicMessage } from "../pkg/plain/gil_playground.js";
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import type { PlainRequest, WorkerReply } from "../protocol";
import type { TaskOutcome } from "../task";

declare const self: DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<PlainRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    const startMs = wallNowMs();
    await init({ module_or_path: request.module });
    reply({ type: "ready", startMs, readyMs: wallNowMs() });
    return;
  }
  if (request.type === "program") {
    try {
      const exitCode = runProgram(
        request.source,
        (stream: 1 | 2, text: string, thread: string, atMs: number) =>
          reply({ type: "output", chunks: [[stream, text, thread, atMs]] }),
        request.switchIntervalMs,
      );
      reply({ type: "program-done", end: { exit_code: exitCode, spans: [], handoffs: 0, compile_ms: 0 } });
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
      const [outcome] = runCompare(new Uint32Array([index]), request.panicAt) as TaskOutcome[];
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
};
