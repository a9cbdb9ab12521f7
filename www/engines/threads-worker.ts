// The owner of the threaded wasm instance: it starts the wasm-bindgen-rayon pool
// (the "threads", Web Workers sharing this instance's memory) and drives runs on
// it, so the page's main thread never blocks (docs/toolchain.md: rayon driven from the
// main thread both steals a core and may fail on Atomics.wait).
/// <reference lib="webworker" />
import init, {
  initThreadPool,
  memoryLimitBytes,
  newsAddress,
  pollCompare,
  pollProgram,
  startCompare,
  startProgram,
  trapReportAddress,
} from "../pkg/threads/gil_playground.js";
import type { CompareEnd } from "../pkg/threads/gil_playground.js";
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import { driveProgram } from "./program-driver";
import type { ThreadsRequest, WorkerReply } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

/** The reply for a finished compare run, or the Python exception it raised. */
function compareReply(end: CompareEnd): WorkerReply {
  if ("error" in end) return { type: "error", message: end.error };
  const { outcomes, spans, gil } = end;
  return { type: "compare-done", outcomes, spans, gil, memoryBytes: memory.buffer.byteLength };
}

/** How long to sleep between looks when nothing finishes: the heartbeat period. */
const HEARTBEAT_MS = 100;

let memory: WebAssembly.Memory;
let poolSize = 1;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

/** The counter Rust bumps (and notifies) whenever a run has news (crate/src/host/news.rs). */
function newsCounter(): Int32Array {
  // A fresh view each time: the shared buffer is replaced when memory grows.
  return new Int32Array(memory.buffer, newsAddress(), 1);
}

/**
 * Starts the run on the pool, then sleeps on the counter (Atomics.wait burns no
 * CPU) and reports. This worker blocks, but it has nothing else to do: the page
 * cancels by terminating it.
 */
function driveCompare(request: Extract<ThreadsRequest, { type: "compare" }>): void {
  let seen = Atomics.load(newsCounter(), 0);
  // The threads of the run, the coordinating thread, and any a task starts itself.
  startCompare(request.spec, request.gil, request.threads, poolSize, request.panicAt);
  for (;;) {
    const poll = pollCompare();
    if (poll.fault) {
      // A pool thread trapped and is gone: report; the page rebuilds us.
      reply({ type: "error", message: poll.fault });
      return;
    }
    if (poll.end) {
      reply(compareReply(poll.end));
      return;
    }
    reply({ type: "heartbeat" });
    seen = waitForNews(seen);
  }
}

/** Sleeps until there is news (or a heartbeat period has passed). */
function waitForNews(seen: number): number {
  Atomics.wait(newsCounter(), 0, seen, HEARTBEAT_MS);
  return Atomics.load(newsCounter(), 0);
}

self.onmessage = async (event: MessageEvent<ThreadsRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    const startMs = wallNowMs();
    memory = (await init()).memory;
    await initThreadPool(request.poolSize);
    poolSize = request.poolSize;
    reply({
      type: "ready",
      startMs,
      readyMs: wallNowMs(),
      poolSize: request.poolSize,
      memoryLimitBytes: memoryLimitBytes(),
    });
    return;
  }
  if (request.type === "program") {
    let seen = Atomics.load(newsCounter(), 0);
    const core = { startProgram, pollProgram, trapReportAddress, newsAddress };
    driveProgram(core, memory, request, reply, () => (seen = waitForNews(seen)));
    return;
  }
  if (misbehave(request.misbehave)) return;
  driveCompare(request);
};
