// The plain wasm module, compiled once on the page and posted to every plain
// worker, which instantiates it with its own memory (like a fresh process).
import wasmUrl from "../pkg/plain/gil_playground_bg.wasm?url";

let compiled: Promise<WebAssembly.Module> | undefined;

export function plainModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl));
  return compiled;
}

export function newPlainWorker(): Worker {
  return new Worker(new URL("./plain-worker.ts", import.meta.url), {
    type: "module",
  });
}
