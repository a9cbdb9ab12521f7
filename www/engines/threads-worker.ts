// The owner of the threaded wasm instance: it starts the wasm-bindgen-rayon pool
// (the "threads", Web Workers sharing this instance's memory) and drives runs on
// it, so the page's main thread never blocks (TOOLCHAIN.md: rayon driven from the
// main thread both steals a core and may fail on Atomics.wait).
/// <reference lib="webworker" />
import init, {
  initThreadPool,
  pollProgram,
  pollThreadedRun,
  startProgram,
  startInterpreterRun,
  startThreadedRun,
  tasksFinishedAddress,
} from "../pkg/threads/gil_playground.js";
import { wallNowMs } from "../clock";
import { misbehave } from "./misbehave";
import type { GilSummary, LaneSpan } from "./engine";
import type { ProgramEnd, ThreadsRequest, WorkerReply } from "../protocol";
import type { Task, TaskOutcome } from "../task";
import type { SpanState } from "../trace";

declare const self: DedicatedWorkerGlobalScope;

/** crate/src/vm/engine.rs `PoolResult`: interpreter threads under one GIL. */
interface PoolResult {
  tasks: { thread: number; value?: string; error?: string; start_ms: number; end_ms: number }[];
  threads: { thread: number; holding_gil_fraction: number; waiting_gil_fraction: number }[];
  spans: { thread: number; state: SpanState; start_ms: number; end_ms: number }[];
  gil: { enabled: boolean; switch_interval_ms: number; handoffs: number; median_handoff_period_ms?: number };
}

interface Poll {
  finished: number;
  total: number;
  error?: string;
  panic?: string;
  outcomes?: TaskOutcome[];
  pool?: PoolResult;
}

/** The reply for a finished interpreter run, or the Python exception it raised. */
function poolReply(pool: PoolResult): WorkerReply {
  const failed = pool.tasks.find((t) => t.error);
  if (failed?.error) return { type: "error", message: failed.error };
  const outcomes: TaskOutcome[] = pool.tasks.map((t, id) => ({
    id,
    worker: t.thread,
    value: t.value ?? "",
    start_ms: t.start_ms,
    end_ms: t.end_ms,
  }));
  const spans: LaneSpan[] = pool.spans.map((s) => ({
    lane: s.thread,
    state: s.state,
    startMs: s.start_ms,
    endMs: s.end_ms,
  }));
  const gil: GilSummary = {
    enabled: pool.gil.enabled,
    switchIntervalMs: pool.gil.switch_interval_ms,
    handoffs: pool.gil.handoffs,
    medianHandoffPeriodMs: pool.gil.median_handoff_period_ms ?? null,
    threads: pool.threads.map((t) => ({
      thread: t.thread,
      holdingFraction: t.holding_gil_fraction,
      waitingFraction: t.waiting_gil_fraction,
    })),
  };
  return { type: "done", outcomes, spans, gil };
}

/** Interpreter tasks are Python threads; anything else runs as native tasks. */
function start(request: Extract<ThreadsRequest, { type: "run" }>): void {
  const programs = request.tasks.map((task: Task) => {
    if (task.workload !== "interpreter") return undefined;
    // A fault the tests inject: the interpreter run panics in Rust, on the pool.
    if (task.fault === "panic") return { program: "deliberate_panic", task: task.id };
    const { id: _id, workload: _workload, fault: _fault, ...program } = task;
    return program;
  });
  if (programs.every((p) => p !== undefined)) {
    startInterpreterRun(programs, request.threads, request.gil);
  } else {
    startThreadedRun(request.tasks, request.threads);
  }
}

/** How long to sleep between looks when nothing finishes: the heartbeat period. */
const HEARTBEAT_MS = 100;

let memory: WebAssembly.Memory;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

/** The counter Rust bumps (and notifies) after every finished task. */
function finishedCounter(): Int32Array {
  // A fresh view each time: the shared buffer is replaced when memory grows.
  return new Int32Array(memory.buffer, tasksFinishedAddress(), 1);
}

/**
 * Starts the run on the pool, then sleeps on the counter (Atomics.wait burns no
 * CPU) and reports. This worker blocks, but it has nothing else to do: the page
 * cancels by terminating it.
 */
function drive(request: Extract<ThreadsRequest, { type: "run" }>): void {
  let seen = Atomics.load(finishedCounter(), 0);
  start(request);
  let reported = 0;
  for (;;) {
    const poll = pollThreadedRun() as Poll;
    if (poll.panic) {
      // The panicking pool thread trapped and is gone: report; the page rebuilds us.
      reply({ type: "error", message: `Rust panic: ${poll.panic}` });
      return;
    }
    if (poll.error) {
      reply({ type: "error", message: poll.error });
      return;
    }
    if (poll.outcomes) {
      reply({ type: "done", outcomes: poll.outcomes });
      return;
    }
    if (poll.pool) {
      reply(poolReply(poll.pool));
      return;
    }
    if (poll.finished > reported) {
      reported = poll.finished;
      reply({ type: "progress", finished: reported });
    } else {
      reply({ type: "heartbeat" });
    }
    Atomics.wait(finishedCounter(), 0, seen, HEARTBEAT_MS);
    seen = Atomics.load(finishedCounter(), 0);
  }
}

interface ProgramPoll {
  chunks: [1 | 2, string][];
  end?: ProgramEnd;
  panic?: string;
}

/**
 * Runs a Python program on the pool and streams its output: sleeps on the
 * counter Rust bumps after each print (and at the end), posting what came.
 */
function driveProgram(request: Extract<ThreadsRequest, { type: "program" }>): void {
  let seen = Atomics.load(finishedCounter(), 0);
  startProgram(request.source, request.gil, request.maxThreads);
  for (;;) {
    const poll = pollProgram() as ProgramPoll;
    if (poll.chunks.length) reply({ type: "output", chunks: poll.chunks });
    if (poll.end) {
      reply({ type: "program-done", end: poll.end });
      return;
    }
    if (poll.panic) {
      // A pool thread hit a bug in the interpreter and trapped: report it.
      reply({ type: "error", message: `the interpreter failed (Rust panic: ${poll.panic})` });
      return;
    }
    if (!poll.chunks.length) reply({ type: "heartbeat" });
    Atomics.wait(finishedCounter(), 0, seen, HEARTBEAT_MS);
    seen = Atomics.load(finishedCounter(), 0);
  }
}

self.onmessage = async (event: MessageEvent<ThreadsRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    const startMs = wallNowMs();
    memory = (await init()).memory;
    await initThreadPool(request.poolSize);
    reply({
      type: "ready",
      startMs,
      readyMs: wallNowMs(),
      poolSize: request.poolSize,
    });
    return;
  }
  if (request.type === "program") {
    driveProgram(request);
    return;
  }
  if (misbehave(request.misbehave)) return;
  drive(request);
};
