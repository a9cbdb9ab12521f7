// The owner of the threaded wasm instance. It instantiates the module, starts
// thread workers (www/engines/thread-worker.ts: the same module over the same
// shared memory) ahead of need and whenever a run asks for more
// (crate/src/host/workers.rs), and drives runs, so the page's main thread
// never blocks. It waits for news with Atomics.waitAsync: its event loop stays
// free, and a worker can only be started from a free event loop.
/// <reference lib="webworker" />
import init, {
  memoryLimitBytes,
  newsAddress,
  pollCompare,
  pollProgram,
  startCompare,
  startProgram,
  trapReportAddress,
  workersWanted,
} from "../pkg/threads/gil_playground.js";
import threadedUrl from "../pkg/threads/gil_playground_bg.wasm?url";
import type { CompareEnd } from "../pkg/threads/gil_playground.js";
import LIMITS from "../generated/limits.json" with { type: "json" };
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import { driveProgram } from "./program-driver";
import type { ThreadWorkerStart, ThreadsRequest, WorkerReply } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

/** The reply for a finished compare run, or the Python exception it raised. */
function compareReply(end: CompareEnd): WorkerReply {
  if ("error" in end) return { type: "error", message: end.error };
  const { outcomes, spans, gil } = end;
  return { type: "compare-done", outcomes, spans, gil, memoryBytes: memory.buffer.byteLength };
}

/** How long to wait between looks when nothing happens: the heartbeat period. */
const HEARTBEAT_MS = 100;

let module: WebAssembly.Module;
let memory: WebAssembly.Memory;
/** Kept so that no browser collects a worker that only shares memory with us. */
const threadWorkers: Worker[] = [];

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

/** The counter Rust bumps (and notifies) whenever a run has news (crate/src/host/news.rs). */
function newsCounter(): Int32Array {
  // A fresh view each time: the shared buffer is replaced when memory grows.
  return new Int32Array(memory.buffer, newsAddress(), 1);
}

/** Starts one thread worker; resolves once it takes jobs. */
function startThreadWorker(): Promise<void> {
  const worker = new Worker(new URL("./thread-worker.ts", import.meta.url), { type: "module" });
  threadWorkers.push(worker);
  const start: ThreadWorkerStart = { module, memory, stackBytes: LIMITS.threadStackBytes };
  worker.postMessage(start);
  return new Promise((resolve, reject) => {
    worker.onmessage = () => resolve();
    worker.onerror = (event) => {
      const message = `a thread could not start: ${event.message}`;
      reply({ type: "error", message });
      reject(new Error(message));
    };
  });
}

/** Starts the thread workers that runs have asked for since the last look. */
function startWantedWorkers(): void {
  for (let wanted = workersWanted(); wanted > 0; wanted--) void startThreadWorker().catch(() => {});
}

/** Waits until there is news (or a heartbeat period has passed), starting wanted workers. */
async function waitForNews(seen: number): Promise<number> {
  startWantedWorkers();
  const wait = Atomics.waitAsync(newsCounter(), 0, seen, HEARTBEAT_MS);
  if (wait.async) await wait.value;
  startWantedWorkers();
  return Atomics.load(newsCounter(), 0);
}

/** Starts a compare run's threads, then reports its end. */
async function driveCompare(request: Extract<ThreadsRequest, { type: "compare" }>): Promise<void> {
  let seen = Atomics.load(newsCounter(), 0);
  // The threads of the run, the coordinating thread, and any a task starts itself.
  startCompare(request.spec, request.gil, request.threads, LIMITS.maxThreads, request.panicAt);
  for (;;) {
    const poll = pollCompare();
    if (poll.fault) {
      // A thread trapped and is gone: report; the page rebuilds us.
      reply({ type: "error", message: poll.fault });
      return;
    }
    if (poll.end) {
      reply(compareReply(poll.end));
      return;
    }
    reply({ type: "heartbeat" });
    seen = await waitForNews(seen);
  }
}

self.onmessage = async (event: MessageEvent<ThreadsRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    const startMs = wallNowMs();
    module = await WebAssembly.compileStreaming(fetch(threadedUrl));
    memory = (await init({ module_or_path: module })).memory;
    await Promise.all(Array.from({ length: request.poolSize }, startThreadWorker));
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
    await driveProgram(core, memory, request, reply, async () => {
      seen = await waitForNews(seen);
    });
    return;
  }
  if (misbehave(request.misbehave)) return;
  await driveCompare(request);
};
