// Each mode runs the articles' CPU-bound experiment and agrees with sequential,
// and the page shows the environment, the table and the charts.
import { PROGRAMS, SMALL, SUM_SQUARES_1E6, expect, openPage, compare, test } from "./fixtures";

test("a C extension's kernel: sequential, threads and processes all run and verify", async ({ page }) => {
  await openPage(page);
  const result = await compare(page, SMALL);
  expect(result.rows.map((r) => r.mode)).toEqual(["sequential", "threads-nogil", "processes"]);
  expect(result.skipped).toEqual([]);
  for (const row of result.rows) {
    expect(row.verified, `${row.mode} verified`).toBe(true);
    expect(row.values).toEqual(Array(4).fill(SUM_SQUARES_1E6));
    expect(row.timesMs).toHaveLength(SMALL.repeats);
    // The summary is of the times measured, recomputed here (2 repeats: the mean).
    const [a, b] = row.timesMs;
    expect(row.minMs).toBe(Math.min(a, b));
    expect(row.maxMs).toBe(Math.max(a, b));
    expect(row.medianMs).toBeCloseTo((a + b) / 2, 9);
    expect(row.speedup).toBeCloseTo(result.rows[0].medianMs / row.medianMs, 9);
  }
  const [, threads, processes] = result.rows;
  expect(threads.gil).toBe(false);
  expect(processes.workers).toBe(2);
  // Start-up is counted in the processes' wall time, and each process ran its
  // tasks (if any came its way) only once its interpreter was up.
  expect(processes.startupMs!).toBeLessThanOrEqual(processes.medianMs);
  for (const startup of processes.spans.filter((s) => s.state === "startup")) {
    expect(startup.endMs).toBeGreaterThan(startup.startMs);
    const running = processes.spans.filter((s) => s.lane === startup.lane && s.state === "running");
    for (const r of running) expect(r.startMs).toBeGreaterThanOrEqual(startup.endMs);
  }
  expect(processes.spans.some((s) => s.state === "startup")).toBe(true);
  expect(processes.spans.some((s) => s.state === "transfer")).toBe(true);

  // With tasks long enough, both workers of each pool really work.
  const long = await compare(page, { ...SMALL, args: "[50_000_000] * 4", repeats: 1 });
  for (const row of long.rows.slice(1)) {
    const lanes = new Set(row.spans.filter((s) => s.state === "running").map((s) => s.lane));
    expect(lanes, `${row.mode} lanes`).toEqual(new Set([0, 1]));
  }

  // The page shows it all.
  await expect(page.locator("#results-table tbody tr")).toHaveCount(3);
  await expect(page.locator('#results-table tr[data-mode="threads-nogil"] .verified')).toHaveText(
    /same as sequential/,
  );
  await expect(page.locator("#charts svg")).toHaveCount(2);
  await expect(page.locator("#charts")).toContainText("Wall time");
  await expect(page.locator("#charts")).toContainText("Threads (no GIL) ×2");
  await expect(page.locator("#env-isolated")).toHaveText("yes");
  await expect(page.locator("#env-pool")).toHaveText(/8 threads, started in \d+ ms/);
  await expect(page.locator("#env-timer")).toHaveText(/µs/);
});

test("exact results beyond 64 bits, and process_data chunks agree", async ({ page }) => {
  await openPage(page);
  const big = await compare(page, { ...SMALL, args: "[10_000_000] * 2", repeats: 1 });
  // python3 -c "print(sum(i*i for i in range(10_000_000)))"
  for (const row of big.rows) expect(row.values).toEqual(["333333283333335000000", "333333283333335000000"]);

  const data = await compare(page, {
    ...SMALL,
    program: PROGRAMS.process_data,
    args: "chunks(1000, 4)",
    repeats: 1,
  });
  for (const row of data.rows) expect(row.verified).toBe(true);
  expect(new Set(data.rows[0].values).size).toBeGreaterThan(1);
  // The same chunks in pure Python give the same values as the kernel.
  const python = await compare(page, {
    ...SMALL,
    program: PROGRAMS.process_data_python,
    args: "chunks(1000, 4)",
    repeats: 1,
  });
  expect(python.rows[0].values).toEqual(data.rows[0].values);
  // python3 www/presets/process_data_python.py (its own chunks(1_000, 4))
  expect(python.rows[0].values).toEqual(["23315922462", "23041153265", "24027200685", "21543255046"]);
});

test("the Compare button drives the same API and shows progress", async ({ page }) => {
  await openPage(page);
  await page.fill("#field-args", "[300_000] * 4");
  await page.fill("#field-repeats", "1");
  await page.click("#compare");
  await expect(page.locator("body")).toHaveAttribute("data-state", "running");
  await expect(page.locator("#progress")).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-state", "idle", {
    timeout: 60_000,
  });
  await expect(page.locator("#status")).toHaveText(/every result matches/);
  await expect(page.locator("#results-table tbody tr")).toHaveCount(4);
});
