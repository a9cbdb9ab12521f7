// How a worker runs a Python program for the Run button, the same with either
// wasm build: start it, then post its news (output, then its end, or a trap)
// until it has ended. The threaded build runs the program on its pool and
// returns from `startProgram` at once; the worker waits until there is news
// (`waitForNews`), yielding to its event loop meanwhile (it starts thread
// workers there). The plain build's program is a job that the worker runs on
// a suspendable stack of its one thread (`onNews` starts it), and it calls
// `globalThis.gilPlaygroundNews` whenever there is news (crate/src/host/news.rs),
// also while it computes.
/// <reference lib="webworker" />
import type * as Threads from "../pkg/threads/gil_playground.js";
import type { CompareEnd, ComparePoll, ProgramNews } from "../pkg/threads/gil_playground.js";
import type { ChildRequest, ProcessRun, ProgramRequest, WorkerReply } from "./protocol";
import { reportTrap, type TrapReportPackage } from "./trap-report";

/** What a wasm build offers for a program: both builds export these (crate/src/bindings.rs). */
export type ProgramCore = Pick<typeof Threads, "startProgram" | "pollProgram"> & TrapReportPackage;

declare global {
  // eslint-disable-next-line no-var
  var gilPlaygroundNews: (() => void) | undefined;
}

/** A call into wasm trapped (as opposed to throwing an error of its own). */
export function isTrap(error: unknown): error is Error {
  return error instanceof WebAssembly.RuntimeError || error instanceof RangeError;
}

export async function driveProgram(
  core: ProgramCore,
  memory: WebAssembly.Memory,
  request: ProgramRequest,
  reply: (message: WorkerReply) => void,
  waitForNews: () => Promise<void>,
  /** Also told of each piece of news as it comes (the plain build's worker starts the jobs it asks for). */
  onNews?: () => void,
): Promise<void> {
  /** Whether the program's end (or a trap) has been posted. */
  let over = false;
  /** Posts what `news` brings; true once the program is over. */
  function post(news: ProgramNews): boolean {
    if (over) return true;
    if (news.chunks.length) reply({ type: "output", chunks: news.chunks });
    if (news.end) {
      reply({ type: "program-done", end: news.end, memoryBytes: memory.buffer.byteLength });
      over = true;
    } else if (news.fault) {
      // A thread trapped and is gone: report; the page starts a new worker.
      reply({ type: "error", message: news.fault });
      over = true;
    }
    return over;
  }
  // The plain build's news, as it comes (output while the program computes).
  globalThis.gilPlaygroundNews = () => {
    post(core.pollProgram());
    onNews?.();
  };
  try {
    try {
      core.startProgram(request.source, request.gil, request.maxThreads);
    } catch (error) {
      if (!isTrap(error)) {
        reply({ type: "error", message: (error as Error).message ?? String(error) });
        return;
      }
      // A trap as the program started: told as a thread's trap is, so the poll below says what happened.
      reportTrap(core, memory, error);
    }
    for (;;) {
      const news = core.pollProgram();
      if (post(news)) return;
      if (!news.chunks.length) reply({ type: "heartbeat" });
      await waitForNews();
    }
  } finally {
    globalThis.gilPlaygroundNews = undefined;
  }
}

/**
 * A child process is driven as a program is, once started its own way
 * (`startProcess`): `request` as `driveProgram` takes it, with its start.
 */
export function asProgram(
  request: ProgramRequest | Extract<ChildRequest, { type: "process" }>,
  core: Pick<typeof Threads, "startProgram" | "startProcess">,
): { program: ProgramRequest; startProgram: typeof core.startProgram } {
  if (request.type === "program") return { program: request, startProgram: core.startProgram };
  return {
    program: { type: "program", source: "", gil: request.gil, maxThreads: 1 },
    startProgram: () => core.startProcess(request.spec, request.gil),
  };
}

/**
 * How a worker follows a compare run it started (Threads, or Processes on the
 * program's own Pool): polls it until its end or a trap, replying with it, and
 * with a heartbeat whenever there is no news yet.
 */
export async function driveCompare(
  pollCompare: () => ComparePoll,
  reply: (message: WorkerReply) => void,
  /** The reply for its end (the owner ends the pool's processes first, so each run is on record). */
  endReply: (end: CompareEnd) => WorkerReply,
  waitForNews: () => Promise<void>,
): Promise<void> {
  for (;;) {
    const poll = pollCompare();
    if (poll.fault) {
      // A thread trapped and is gone: report; the page rebuilds the worker.
      reply({ type: "error", message: poll.fault });
      return;
    }
    if (poll.end) {
      reply(endReply(poll.end));
      return;
    }
    reply({ type: "heartbeat" });
    await waitForNews();
  }
}

/** The reply for a finished compare run, or the Python exception it raised. */
export function compareReply(end: CompareEnd, processes: ProcessRun[], memoryBytes: number): WorkerReply {
  if ("error" in end) return { type: "error", message: end.error };
  // On processes: how the pool's processes ran is known to the owner, not the instance.
  if (!("spans" in end)) return { type: "compare-done", outcomes: end.outcomes, processes, memoryBytes };
  const { outcomes, spans, gil } = end;
  return { type: "compare-done", outcomes, spans, gil, memoryBytes };
}
