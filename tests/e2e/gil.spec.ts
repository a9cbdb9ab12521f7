// The interpreter and its GIL in the browser: every mode runs and verifies, the
// timeline has one row per thread with the right states, and the GIL statistics
// are consistent.
import { INTERPRETER, PROGRAMS, SUM_SQUARES_2E5, expect, openPage, compare, test } from "./fixtures";

test("the interpreter runs in every mode, exact and verified", async ({ page }) => {
  await openPage(page);
  const result = await compare(page, INTERPRETER);
  expect(result.rows.map((r) => [r.mode, r.gil])).toEqual([
    ["sequential", null],
    ["threads", true],
    ["threads-nogil", false],
    ["processes", null],
  ]);
  for (const row of result.rows) {
    expect(row.verified, row.mode).toBe(true);
    expect(row.values).toEqual(Array(4).fill(SUM_SQUARES_2E5));
  }
  // Each mode has its own colour in the charts.
  const fills = await page
    .locator("#charts svg")
    .first()
    .locator('g[aria-label="bar"] rect')
    .evaluateAll((rects) => rects.map((r) => r.getAttribute("fill")));
  expect(new Set(fills).size).toBe(4);

  // The loop form gives the same numbers.
  const loop = await compare(page, { ...INTERPRETER, program: PROGRAMS.loop, repeats: 1 });
  for (const row of loop.rows) expect(row.values).toEqual(Array(4).fill(SUM_SQUARES_2E5));
});

test("threads under the GIL take turns, and the timeline and statistics show it", async ({ page }) => {
  await openPage(page);
  const result = await compare(page, {
    ...INTERPRETER,
    args: "[1_000_000] * 4",
    repeats: 1,
    modes: ["threads", "threads-nogil"],
  });
  const withGil = result.rows.find((r) => r.mode === "threads")!;
  const noGil = result.rows.find((r) => r.mode === "threads-nogil")!;

  // One row per thread, with the states the GIL implies.
  expect(new Set(withGil.spans.map((s) => s.lane))).toEqual(new Set([0, 1]));
  const states = new Set(withGil.spans.map((s) => s.state));
  expect(states.has("running")).toBe(true);
  expect(states.has("waiting_gil")).toBe(true);
  expect(new Set(noGil.spans.map((s) => s.state)).has("waiting_gil")).toBe(false);

  // Never two holders at once: running spans of different threads do not overlap.
  const running = withGil.spans.filter((s) => s.state === "running");
  let overlap = 0;
  for (const a of running)
    for (const b of running)
      if (a.lane < b.lane)
        overlap += Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
  expect(overlap).toBeLessThan(1); // ms: clock skew between workers only

  const stats = withGil.gilStats!;
  expect(stats.enabled).toBe(true);
  expect(stats.handoffs).toBeGreaterThan(2);
  expect(stats.threads).toHaveLength(2);
  const held = stats.threads.reduce((sum, t) => sum + t.holdingFraction, 0);
  expect(held).toBeLessThanOrEqual(1.001);
  expect(held).toBeGreaterThan(0.5);
  for (const t of stats.threads) expect(t.waitingFraction).toBeGreaterThan(0.1);
  // Two CPU-bound threads hand the GIL over about once per switch interval (5 ms):
  // far from it if the interval were ignored (every instruction, or never).
  expect(stats.switchIntervalMs).toBe(5);
  expect(withGil.handoffMedianMs).toBeGreaterThan(2.5);
  expect(withGil.handoffMedianMs).toBeLessThan(50);

  // The page shows the timeline of the GIL threads and the statistics.
  await expect(page.locator("#timeline-mode")).toHaveValue("threads");
  await expect(page.locator("#timeline svg").first()).toBeVisible();
  await expect(page.locator("#timeline")).toContainText("waiting for the GIL");
  await expect(page.locator("#timeline")).toContainText("thread 2");
  await expect(page.locator('#gil-stats table[data-mode="threads"] caption')).toContainText(
    "hand-offs of the GIL",
  );
  await expect(page.locator('#gil-stats table[data-mode="threads"] td.held')).toHaveCount(2);
  // Zooming keeps the chart readable.
  await page.fill("#timeline-from", "0");
  await page.fill("#timeline-to", "20");
  await page.press("#timeline-to", "Enter");
  await expect(page.locator("#timeline svg").first()).toBeVisible();
});

test("I/O-bound threads overlap their waits even under the GIL", async ({ page }) => {
  await openPage(page);
  const result = await compare(page, {
    ...INTERPRETER,
    program: PROGRAMS.io,
    args: "[0.45, 0.38, 0.52, 0.41]",
    workers: 4,
    repeats: 1,
  });
  const seq = result.rows.find((r) => r.mode === "sequential")!;
  const withGil = result.rows.find((r) => r.mode === "threads")!;
  // Sequential waits 0.45 + 0.38 + 0.52 + 0.41 = 1.76 s; threads about the longest, 0.52 s.
  expect(seq.medianMs).toBeGreaterThan(1760);
  expect(withGil.medianMs).toBeLessThan(1200);
  expect(withGil.spans.some((s) => s.state === "io")).toBe(true);
  expect(new Set(withGil.spans.map((s) => s.lane)).size).toBe(4);
});

test("processes each run their own interpreter: start-up, transfer and running", async ({ page }) => {
  await openPage(page);
  const result = await compare(page, { ...INTERPRETER, modes: ["processes"], repeats: 1 });
  const processes = result.rows[1];
  const states = new Set(processes.spans.map((s) => s.state));
  for (const state of ["startup", "transfer", "running"])
    expect(states.has(state as never), state).toBe(true);
  await page.selectOption("#timeline-mode", "processes");
  await expect(page.locator("#timeline")).toContainText("process 2");
});

test("the timeline of Threads (no GIL) does not claim a GIL, and the page requests nothing missing", async ({
  page,
}) => {
  const failed: string[] = [];
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on("request", (r) => r.url().includes("favicon") && failed.push(r.url()));
  await openPage(page);
  await compare(page, { ...INTERPRETER, modes: ["sequential", "threads", "threads-nogil"], repeats: 1 });
  await page.selectOption("#timeline-mode", "threads-nogil");
  await expect(page.locator("#timeline-chart")).toContainText("running (no GIL)");
  await expect(page.locator("#timeline-chart")).not.toContainText("holding the GIL");
  await page.selectOption("#timeline-mode", "threads");
  await expect(page.locator("#timeline-chart")).toContainText("running (holding the GIL)");
  expect(failed).toEqual([]);
});
