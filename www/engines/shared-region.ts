// The memory a program's processes share: where multiprocessing's Value,
// Array, locks and queues live (crate/src/host/shared_region.rs). The page's
// threads worker makes it; each child process's worker and every thread
// worker is given it, and Rust reaches it through `globalThis.gilSharedRegion`.

declare global {
  // eslint-disable-next-line no-var
  var gilSharedRegion: Int32Array | undefined;
}

/** Makes `region` the one this worker's wasm threads use. */
export function useSharedRegion(region: SharedArrayBuffer): void {
  globalThis.gilSharedRegion = new Int32Array(region);
}

/**
 * Forgets the last program's objects and processes: the region's header
 * (where free space starts, 0 meaning at the front; the live processes) is
 * zeroed. Only the program's owner runs at that moment.
 */
export function clearSharedRegion(region: SharedArrayBuffer): void {
  new Int32Array(region, 0, HEADER_WORDS).fill(0);
}

/** crate/src/host/shared_region.rs `HEADER_BYTES` / 4. */
const HEADER_WORDS = 16;
