// One thread of the threaded wasm instance: a Web Worker that instantiates the
// same module over the same shared memory, then takes jobs (a Python thread, a
// program's main thread) for as long as the instance lives
// (crate/src/host/workers.rs). The threads worker starts these on demand.
/// <reference lib="webworker" />
import init, { newsAddress, runThreadWorker, trapReportAddress } from "../pkg/threads/gil_playground.js";
import { reportTrap } from "./trap-report";
import { useSharedRegion } from "./shared-region";
import type { ThreadWorkerStart } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ThreadWorkerStart>) => {
  const { module, memory, stackBytes, region } = event.data;
  useSharedRegion(region);
  await init({ module_or_path: module, memory, thread_stack_size: stackBytes });
  self.postMessage({ type: "thread-ready" });
  try {
    runThreadWorker();
  } catch (error) {
    // A trap (a panic, a failed allocation, the stack exhausted…) ends this
    // thread: told where the run's owner looks, and the owner woken.
    console.error("a thread trapped:", error);
    reportTrap({ trapReportAddress, newsAddress }, memory, error);
  }
};
