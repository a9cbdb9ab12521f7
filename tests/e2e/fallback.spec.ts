// Without COOP/COEP there is no SharedArrayBuffer: Threads is shown as unavailable,
// with the reason and the fix, and Sequential and Processes still run. Service workers
// are blocked here, or coi-serviceworker would isolate the page (static-host.spec.ts).
import { BLOCKED_REGISTER_ERROR, NOT_ISOLATED_URL, SMALL, expect, openPage, run, test } from "./fixtures";

test.use({ serviceWorkers: "block" });

test("a page that is not cross-origin isolated falls back", async ({ page, allowPageError }) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe("undefined");
  await expect(page.locator("#env-isolated")).toHaveText("no");
  await expect(page.locator("#field-mode-threads")).toBeDisabled();
  await expect(page.locator("#field-mode-threads-nogil")).toBeDisabled();
  await expect(page.locator("#threads-unavailable")).toContainText("Cross-Origin-Opener-Policy: same-origin");
  await expect(page.locator("#threads-unavailable")).toContainText(
    "Cross-Origin-Embedder-Policy: require-corp",
  );

  const result = await run(page, SMALL);
  expect(result.rows.map((r) => r.mode)).toEqual(["sequential", "processes"]);
  for (const row of result.rows) expect(row.verified).toBe(true);
  expect(result.skipped.map((s) => s.mode)).toEqual(["threads-nogil"]);
  await expect(page.locator('#results-table tr.skipped[data-mode="threads-nogil"]')).toContainText("not run");

  // The interpreter too, and its I/O waits work without SharedArrayBuffer.
  const io = await run(page, { ...SMALL, runtime: "interpreter", workload: "io", tasks: 2, repeats: 1 });
  expect(io.rows.map((r) => r.mode)).toEqual(["sequential", "processes"]);
  expect(io.rows[0].medianMs).toBeGreaterThan(450 + 380);
});
