//! The JavaScript functions the host layer calls in the browser: the common
//! clock, a real wait for the plain build (which has no atomics), the
//! heartbeat a busy worker sends to the page, the machine's core count, and
//! news of a run (plain build).

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
}
