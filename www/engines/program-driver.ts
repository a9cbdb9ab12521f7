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
import type { ProgramNews } from "../pkg/threads/gil_playground.js";
import type { ProgramRequest, WorkerReply } from "./protocol";
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
