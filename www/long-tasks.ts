// Watches the page's main thread for long tasks (PerformanceObserver 'longtask'):
// a run must never freeze the page.

const entries: PerformanceEntry[] = [];
let observer: PerformanceObserver | undefined;

export function watchLongTasks(): void {
  if (observer || !PerformanceObserver.supportedEntryTypes?.includes("longtask")) return;
  observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: "longtask", buffered: true });
}

/** The longest main-thread task (ms) that started at or after `sinceMs` (performance.now()). */
export function longestTaskSince(sinceMs: number): number {
  if (observer) entries.push(...observer.takeRecords());
  return Math.max(0, ...entries.filter((e) => e.startTime >= sinceMs).map((e) => e.duration));
}
