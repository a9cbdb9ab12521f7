// Each mode runs the articles' CPU-bound experiment and agrees with sequential,
// and the page shows the environment, the table and the charts.
import { SMALL, SUM_SQUARES_1E6, expect, openPage, run, test } from "./fixtures";

test("native kernels: sequential, threads and processes all run and verify", async ({ page }) => {
  await openPage(page);
  const result = await run(page, SMALL);
  expect(result.rows.map((r) => r.mode)).toEqual(["sequential", "threads-nogil", "processes"]);
  expect(result.skipped).toEqual([]);
  for (const row of result.rows) {
    expect(row.verified, `${row.mode} verified`).toBe(true);
    expect(row.values).toEqual(Array(4).fill(SUM_SQUARES_1E6));
    expect(row.timesMs).toHaveLength(SMALL.repeats);
    expect(row.minMs).toBeLessThanOrEqual(row.medianMs);
    expect(row.medianMs).toBeLessThanOrEqual(row.maxMs);
    expect(row.medianMs).toBeGreaterThan(0);
  }
  const [, threads, processes] = result.rows;
  expect(threads.gil).toBe(false);
  expect(processes.workers).toBe(2);
  expect(processes.startupMs).toBeGreaterThan(0);
  expect(processes.spans.some((s) => s.state === "startup")).toBe(true);
  expect(processes.spans.some((s) => s.state === "transfer")).toBe(true);

  // With tasks long enough, both workers of each pool really work.
  const long = await run(page, { ...SMALL, n: 50_000_000, repeats: 1 });
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
  const big = await run(page, {
    ...SMALL,
    n: 10_000_000,
    tasks: 2,
    repeats: 1,
  });
  // python3 -c "print(sum(i*i for i in range(10_000_000)))"
  for (const row of big.rows) expect(row.values).toEqual(["333333283333335000000", "333333283333335000000"]);

  const data = await run(page, {
    ...SMALL,
    workload: "process_data",
    n: 1000,
    tasks: 4,
    repeats: 1,
  });
  for (const row of data.rows) expect(row.verified).toBe(true);
  expect(new Set(data.rows[0].values).size).toBeGreaterThan(1);
});

test("the Run button drives the same API and shows progress", async ({ page }) => {
  await openPage(page);
  await page.selectOption("#field-runtime", "native");
  await page.fill("#field-n", "2000000");
  await page.fill("#field-repeats", "1");
  await page.click("#run");
  await expect(page.locator("body")).toHaveAttribute("data-state", "running");
  await expect(page.locator("#progress")).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-state", "idle", {
    timeout: 60_000,
  });
  await expect(page.locator("#status")).toHaveText(/every result matches/);
  await expect(page.locator("#results-table tbody tr")).toHaveCount(4);
});
