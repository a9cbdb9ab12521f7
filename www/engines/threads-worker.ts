// The owner of the threaded wasm instance. It instantiates the module, starts
// thread workers (www/engines/thread-worker.ts: the same module over the same
// shared memory) ahead of need and whenever a run asks for more
// (crate/src/host/workers.rs), and drives runs, so the page's main thread
// never blocks. It waits for news with Atomics.waitAsync: its event loop stays
// free, and a worker can only be started from a free event loop.
/// <reference lib="webworker" />
import init, {
  memoryLimitBytes,
  deliverFromChild,
  deliverFromParent,
  newsAddress,
  pollCompare,
  pollProgram,
  processExited,
  setModuleUrls,
  startCompare,
  startCompareProcesses,
  startProcess,
  startProgram,
  takeProcessRequests,
  threadWorkerComing,
  trapReportAddress,
  workersWanted,
} from "../pkg/threads/gil_playground.js";
import threadedUrl from "../pkg/threads/gil_playground_bg.wasm?url";
import type { CompareEnd } from "../pkg/threads/gil_playground.js";
import LIMITS from "../generated/limits.json" with { type: "json" };
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import { MODULE_URLS } from "./module-urls";
import { asProgram, compareReply, driveCompare, driveProgram } from "./program-driver";
import { ChildProcesses, readyReply, type ChildLauncher, type LaunchedChild } from "./child-processes";
import { clearSharedRegion, useSharedRegion } from "./shared-region";
import type { ThreadWorkerStart, ThreadsRequest, WorkerReply } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

/** How long to wait between looks when nothing happens: the heartbeat period. */
const HEARTBEAT_MS = 100;

let module: WebAssembly.Module;
let memory: WebAssembly.Memory;
/** The memory the program's processes share: ours, or our parent process's. */
let region: SharedArrayBuffer;
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

function newThreadWorker(): Worker {
  return new Worker(new URL("./thread-worker.ts", import.meta.url), { type: "module" });
}

/** Starts one thread worker; resolves once it takes jobs. */
function startThreadWorker(): Promise<void> {
  const worker = newThreadWorker();
  threadWorkers.push(worker);
  const start: ThreadWorkerStart = { module, memory, stackBytes: LIMITS.threadStackBytes, region };
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

/**
 * A child process made ahead of need: its two workers (its own, and its first
 * thread's) and its instance. A worker takes longer to load its script (about
 * 15-25 ms here) than to instantiate the module (1-2 ms), so a child kept in
 * reserve makes the next child's start-up mostly its program's import.
 */
let spareChild: LaunchedChild | undefined;

/**
 * A child's workers, loading at once: its own, which makes its instance, and
 * its first thread's, which joins that instance once it is made.
 */
function newChild(): LaunchedChild {
  const worker = new Worker(new URL("./threads-worker.ts", import.meta.url), { type: "module" });
  const thread = newThreadWorker();
  const launched: LaunchedChild = {
    workers: [worker, thread],
    ready: readyReply(worker).then((message) => {
      const start: ThreadWorkerStart = {
        module,
        memory: message.memory!,
        stackBytes: LIMITS.threadStackBytes,
        region,
      };
      thread.postMessage(start);
      return message;
    }),
  };
  // A spare that fails to load is dropped (handled: unhandled, it would end this worker).
  const dropped = (event: ErrorEvent) => {
    event.preventDefault();
    worker.terminate();
    thread.terminate();
    if (spareChild === launched) spareChild = undefined;
  };
  worker.onerror = dropped;
  thread.onerror = dropped;
  const init: ThreadsRequest = { type: "init", poolSize: 0, module, region, threadFromParent: true };
  worker.postMessage(init);
  return launched;
}

/** A child process here: the spare one, and a new spare made (kept for the next child, or the next run's). */
const launcher: ChildLauncher = {
  launch() {
    const child = spareChild ?? newChild();
    spareChild = undefined;
    // Made once this child is ready, not beside it: two loading at once slow each other (2 cores here).
    void child.ready.then(() => {
      spareChild ??= newChild();
    });
    return child;
  },
};

/** The program's child processes, and its output in the order printed. */
const children = new ChildProcesses(launcher, { deliverFromChild, processExited }, reply);

/** Starts and ends the child processes the program asked for since the last look. */
function serveProcessRequests(): void {
  children.serve(takeProcessRequests());
}

/** This child process crashes when its parent next sends it something (fault injection). */
let crashOnMessage = false;

/**
 * Waits until there is news (or a heartbeat period has passed), then serves
 * what the run asked for. The counter is read before serving: a request made
 * after that bumps it again, so the next wait returns at once for it.
 */
async function waitForNews(seen: number): Promise<number> {
  const wait = Atomics.waitAsync(newsCounter(), 0, seen, HEARTBEAT_MS);
  if (wait.async) await wait.value;
  const now = Atomics.load(newsCounter(), 0);
  startWantedWorkers();
  serveProcessRequests();
  return now;
}

/**
 * Starts a compare run: its threads (the coordinating thread, the run's, and
 * any a task starts itself), or its pool of processes, each started as a
 * program's child is; then reports its end, after what its processes printed.
 */
async function runCompare(
  request: Extract<ThreadsRequest, { type: "compare" | "compare-processes" }>,
): Promise<void> {
  let seen = Atomics.load(newsCounter(), 0);
  if (request.type === "compare") {
    startCompare(request.spec, request.gil, request.threads, LIMITS.maxThreads, request.panicAt);
  } else {
    children.beginRun(request.gil, request.misbehave === "crash" ? request.workers : undefined);
    clearSharedRegion(region);
    startCompareProcesses(request.spec, request.gil, request.workers, request.panicAt);
  }
  try {
    const endReply = (end: CompareEnd) => {
      // Processes the pool left running end now, so each run is on record.
      children.endAll();
      return compareReply(end, children.runs, memory.buffer.byteLength);
    };
    await driveCompare(
      pollCompare,
      (message) => children.replyInOrder(message),
      endReply,
      async () => {
        seen = await waitForNews(seen);
      },
    );
  } finally {
    children.endAll();
  }
}

self.onmessage = async (event: MessageEvent<ThreadsRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    const startMs = wallNowMs();
    module = request.module ?? (await WebAssembly.compileStreaming(fetch(threadedUrl)));
    region = request.region ?? new SharedArrayBuffer(LIMITS.sharedRegionBytes);
    useSharedRegion(region);
    memory = (await init({ module_or_path: module })).memory;
    setModuleUrls(MODULE_URLS);
    if (request.threadFromParent) threadWorkerComing();
    await Promise.all(Array.from({ length: request.poolSize }, startThreadWorker));
    reply({
      type: "ready",
      startMs,
      readyMs: wallNowMs(),
      poolSize: request.poolSize,
      memoryLimitBytes: memoryLimitBytes(),
      memory: request.threadFromParent ? memory : undefined,
    });
    return;
  }
  if (request.type === "program" || request.type === "process") {
    // A pool process asked to crash does so when its first task comes (fault injection).
    if (request.type === "process") crashOnMessage = request.misbehave === "crash";
    children.beginRun(request.gil);
    // A program starts with the shared memory empty (its children share it).
    if (request.type === "program") clearSharedRegion(region);
    let seen = Atomics.load(newsCounter(), 0);
    const { program, startProgram: start } = asProgram(request, { startProgram, startProcess });
    const core = { startProgram: start, pollProgram, trapReportAddress, newsAddress };
    const replyInOrder = (message: WorkerReply) => children.replyInOrder(message);
    await driveProgram(core, memory, program, replyInOrder, async () => {
      seen = await waitForNews(seen);
    });
    children.endAll();
    return;
  }
  if (request.type === "message") {
    if (crashOnMessage) misbehave("crash");
    else deliverFromParent(request.message);
    return;
  }
  // A crash is a child's (above); a hang is this worker's, for the page's watchdog.
  if (request.type === "compare-processes" && request.misbehave === "hang") misbehave("hang");
  if (request.type === "compare" && misbehave(request.misbehave)) return;
  await runCompare(request);
};
