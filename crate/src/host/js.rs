//! The JavaScript functions the host layer calls in the browser: the common
//! clock, a real wait for the plain build (which has no atomics), the
//! heartbeat a busy worker sends to the page, the machine's core count,
//! news of a run (plain build), and how much native stack is left.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function wall_now_ms() { return performance.timeOrigin + performance.now(); }
// A one-cell shared memory to wait on: shared wasm memories exist even on pages
// that are not cross-origin isolated, and Atomics.wait is allowed in workers.
let cell;
export function blocking_sleep_ms(ms) {
  cell ??= new Int32Array(new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer, 0, 1);
  Atomics.wait(cell, 0, 0, ms);
}
// A worker busy in a long run tells the page it is alive (its watchdog).
export function post_heartbeat() { self.postMessage({ type: "heartbeat" }); }
// os.cpu_count(): std knows no core count in wasm.
export function hardware_concurrency() { return navigator.hardwareConcurrency || 1; }
// The plain build's run has news (see host/news.rs): the worker collects it.
export function announce_news() { globalThis.gilPlaygroundNews?.(); }
// Wasm calls share the worker's native stack with JS, and the browser's guard
// for it is a trap the wasm cannot catch: it asks JS whether a quarter of the
// stack is still free (see host/stack.rs). `down` recursing until the browser
// throws measures what is left in its calls (about 10,000 in Chromium), on the
// first question (4 ms: most programs never ask), three times so that its
// compiled calls are the ones counted; a question then costs about 30 us.
let reached = 0;
function down(n) { reached = n; return n === 0 ? 0 : 1 + down(n - 1); }
function callsToOverflow() {
  try { down(1e9); } catch {}
  return 1e9 - reached;
}
let quarterOfStack = 0;
export function native_stack_low() {
  quarterOfStack ||= Math.floor(Math.max(callsToOverflow(), callsToOverflow(), callsToOverflow()) / 4);
  try { down(quarterOfStack); return false; } catch { return true; }
}
"#)]
extern "C" {
    /// The common clock (see `clock`).
    pub fn wall_now_ms() -> f64;
    /// A real wait that burns no CPU (see `clock::sleep_ms`).
    #[cfg_attr(target_feature = "atomics", allow(dead_code))]
    pub fn blocking_sleep_ms(ms: f64);
    /// Posts `{type: "heartbeat"}` from this worker to the page.
    pub fn post_heartbeat();
    /// `navigator.hardwareConcurrency` (see `workers::cores`).
    pub fn hardware_concurrency() -> u32;
    /// Calls the worker's `globalThis.gilPlaygroundNews`, if it set one.
    #[cfg_attr(target_feature = "atomics", allow(dead_code))]
    pub fn announce_news();
    /// Whether less than a quarter of the worker's native stack is left (see `stack`).
    pub fn native_stack_low() -> bool;
}
