// The charts (Observable Plot) load after the page is ready, not before: they
// are drawn only once there are results (a run, a link, the history).
type Charts = typeof import("./plot");

let charts: Promise<Charts> | undefined;

/** The chart adapter, fetched on first need (and prefetched once the page is ready). */
export function loadCharts(): Promise<Charts> {
  charts ??= import("./plot");
  return charts;
}
