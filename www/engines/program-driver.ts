// How a worker runs a Python program for the Run button, the same with either
// wasm build: start it, then post its news (output, then its end, or a trap)
// until it has ended. The threaded build runs the program on its pool and
// returns from `startProgram` at once; the worker waits until there is news
// (`waitForNews`), yielding to its event loop meanwhile (it starts thread
// workers there). The plain build runs the program inside `startProgram`, on
// the worker's one thread, and calls `globalThis.gilPlaygroundNews` whenever
// there is output (crate/src/host/news.rs).
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
): Promise<void> {
  /** Posts what `news` brings; true once the program is over. */
  function post(news: ProgramNews): boolean {
    if (news.chunks.length) reply({ type: "output", chunks: news.chunks });
    if (news.end) {
      reply({ type: "program-done", end: news.end, memoryBytes: memory.buffer.byteLength });
      return true;
    }
    if (news.fault) {
      // A thread trapped and is gone: report; the page starts a new worker.
      reply({ type: "error", message: news.fault });
      return true;
    }
    return false;
  }
  globalThis.gilPlaygroundNews = () => void post(core.pollProgram());
  try {
    core.startProgram(request.source, request.gil, request.maxThreads);
  } catch (error) {
    if (!isTrap(error)) {
      reply({ type: "error", message: (error as Error).message ?? String(error) });
      return;
    }
    // The plain build's program trapped on this thread: told as a pool
    // thread's trap is, so the poll below says what happened.
    reportTrap(core, memory, error);
  } finally {
    globalThis.gilPlaygroundNews = undefined;
  }
  for (;;) {
    const news = core.pollProgram();
    if (post(news)) return;
    if (!news.chunks.length) reply({ type: "heartbeat" });
    await waitForNews();
  }
}
