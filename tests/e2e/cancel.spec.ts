// Cancel stops a run at once (workers terminated) and the next run works.
import {
  INTERPRETER,
  SMALL,
  SUM_SQUARES_1E6,
  SUM_SQUARES_2E5,
  expect,
  openPage,
  compare,
  startCompare,
  test,
} from "./fixtures";

const STATUS_PREFIX = {
  sequential: "Sequential",
  processes: "Processes",
  "threads-nogil": "Threads (no GIL)",
};

for (const mode of ["sequential", "processes", "threads-nogil"] as const) {
  test(`cancel during ${mode}, then run again`, async ({ page }) => {
    await openPage(page);
    // Long enough that it is surely still running when we cancel. Sequential,
    // the baseline, runs first: 2 batches of 4 tasks of about 0.3 s each.
    const long = { ...SMALL, args: "[300_000_000] * 4", repeats: 1, modes: [mode] };
    const outcome = startCompare(page, long);
    await expect(page.locator("body")).toHaveAttribute("data-state", "running");
    // Let the mode under test start (sequential runs first).
    await page.waitForFunction(
      (prefix) => document.querySelector("#status")?.textContent?.startsWith(`${prefix},`),
      STATUS_PREFIX[mode],
    );
    await page.waitForTimeout(300);
    const idleAfterMs = await page.evaluate(async () => {
      const start = performance.now();
      (document.querySelector("#cancel") as HTMLButtonElement).click();
      while (document.body.dataset.state !== "idle") await new Promise((r) => setTimeout(r, 1));
      return performance.now() - start;
    });
    expect(await outcome).toBe("Cancelled");
    await expect(page.locator("#status")).toHaveText(/Cancelled/);
    // Generous here (a noisy 2-core machine); the bench measures the real figure.
    expect(idleAfterMs).toBeLessThan(1000);

    const again = await compare(page, { ...SMALL, modes: [mode] });
    for (const row of again.rows) expect(row.values[0]).toBe(SUM_SQUARES_1E6);
  });
}

test("cancel interpreter threads under the GIL, then run again", async ({ page }) => {
  await openPage(page);
  const long = { ...INTERPRETER, args: "[20_000_000] * 4", repeats: 1, modes: ["threads" as const] };
  const outcome = startCompare(page, long);
  await page.waitForFunction(() =>
    document.querySelector("#status")?.textContent?.startsWith("Threads (GIL),"),
  );
  await page.waitForTimeout(300);
  await page.click("#cancel");
  expect(await outcome).toBe("Cancelled");
  await expect(page.locator("body")).toHaveAttribute("data-state", "idle");
  const again = await compare(page, { ...INTERPRETER, repeats: 1, modes: ["threads"] });
  expect(again.rows[1].values[0]).toBe(SUM_SQUARES_2E5);
});
