// The wasm module a "process" worker instantiates, compiled once on the page
// and posted to every such worker, which instantiates it with its own memory
// (like a fresh process). On a cross-origin isolated page that is the threaded
// build (the same code as Threads run); elsewhere the plain build.
import plainUrl from "../pkg/plain/gil_playground_bg.wasm?url";
import threadedUrl from "../pkg/threads/gil_playground_bg.wasm?url";

let compiled: Promise<WebAssembly.Module> | undefined;

/** Whether process workers run the threaded build (it needs SharedArrayBuffer). */
export function processesShareThreadsCode(): boolean {
  return globalThis.crossOriginIsolated === true;
}

export function processModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compileStreaming(fetch(processesShareThreadsCode() ? threadedUrl : plainUrl));
  return compiled;
}

export function newProcessWorker(): Worker {
  return processesShareThreadsCode()
    ? new Worker(new URL("./isolated-worker.ts", import.meta.url), { type: "module" })
    : new Worker(new URL("./plain-worker.ts", import.meta.url), { type: "module" });
}
