// The common clock: comparable across the page and every worker, because each
// adds its own timeOrigin (the Rust core uses the same formula).
export function wallNowMs(): number {
  return performance.timeOrigin + performance.now();
}
