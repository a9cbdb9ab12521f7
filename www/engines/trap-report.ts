// A thread that traps (a panic, a failed allocation, an out-of-bounds access,
// the browser's stack exhausted) dies inside its own worker, where the run that
// waits for it would never learn of it and the page would stay "running" for
// ever. So the thread worker (thread-worker.ts) catches the trap and writes its
// text where Rust reads it (crate/src/host/panic_report.rs `TrapReport`), and
// wakes the threads worker, which then ends the run with a message. The plain
// build's worker reports a program's trap the same way (program-driver.ts).

import type * as Threads from "../pkg/threads/gil_playground.js";

/** Where a wasm build keeps its trap report and its news counter (crate/src/bindings.rs). */
export type TrapReportPackage = Pick<typeof Threads, "trapReportAddress" | "newsAddress">;

/** Writes `error`, a trap, into the trap report, and wakes whoever waits for news. */
export function reportTrap(pkg: TrapReportPackage, memory: WebAssembly.Memory, error: unknown): void {
  const [address, room] = pkg.trapReportAddress();
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  report(memory, address, room, pkg.newsAddress(), text);
}

function report(
  memory: WebAssembly.Memory,
  address: number,
  room: number,
  counter: number,
  text: string,
): void {
  const words = new Int32Array(memory.buffer);
  // Only the first trap is told (state 0 -> 2: being written -> 1: written).
  if (Atomics.compareExchange(words, address / 4, 0, 2) !== 0) return;
  const bytes = new TextEncoder().encode(text).slice(0, room);
  // A shared buffer: copy, as TextEncoder cannot write into one.
  new Uint8Array(memory.buffer, address + 8, bytes.length).set(bytes);
  Atomics.store(words, address / 4 + 1, bytes.length);
  Atomics.store(words, address / 4, 1);
  Atomics.add(words, counter / 4, 1);
  Atomics.notify(words, counter / 4);
}
