// Page Visibility: a hidden tab's timers and workers are throttled, so a run
// during which the tab was hidden has timings that cannot be trusted.

let lastHiddenMs = -Infinity;
let watching = false;

export function watchVisibility(): void {
  if (watching || typeof document === "undefined") return;
  watching = true;
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") lastHiddenMs = performance.now();
  });
}

/** Whether the tab was hidden at any moment since `sinceMs` (performance.now()), or is now. */
export function hiddenSince(sinceMs: number): boolean {
  if (typeof document !== "undefined" && document.visibilityState === "hidden") return true;
  return lastHiddenMs >= sinceMs;
}
