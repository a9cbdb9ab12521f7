// Exports give valid files (JSON, CSV, SVG, PNG); the history survives a reload,
// reopens and removes runs, and a full or corrupted storage is reported while the
// page goes on working; the statistics and the hidden-tab flag are shown.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { INTERPRETER, expect, openPage, compare, test } from "./fixtures";

const QUICK = { ...INTERPRETER, args: "[100_000] * 4", repeats: 3 };

/** Clicks a button that downloads a file; returns the file's name and bytes. */
async function downloaded(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test("exports: results as JSON and CSV, each chart as SVG and PNG", async ({ page }) => {
  await openPage(page);
  const result = await compare(page, QUICK);

  const json = await downloaded(page, "#export-json");
  expect(json.name).toMatch(/^gil-playground-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);
  const parsed = JSON.parse(json.bytes.toString("utf8"));
  expect(parsed.experiment).toEqual(QUICK);
  expect(parsed.rows.map((r: { medianMs: number }) => r.medianMs)).toEqual(
    result.rows.map((r) => r.medianMs),
  );

  const csv = (await downloaded(page, "#export-csv")).bytes.toString("utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines).toHaveLength(1 + result.rows.length);
  expect(lines[0].split(",")).toContain("ci95_low_ms");
  expect(lines[2].split(",").slice(0, 3)).toEqual(["threads", "true", "2"]);
  expect(Number(lines[2].split(",")[4])).toBe(result.rows[1].medianMs);

  for (const chart of ["wall-time", "speedup"]) {
    const svg = await downloaded(page, `.export-svg[data-chart="${chart}"]`);
    expect(svg.name).toBe(`${chart}.svg`);
    const text = svg.bytes.toString("utf8");
    const check = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        bars: doc.querySelectorAll("rect").length,
        title: doc.querySelector("title")?.textContent,
      };
    }, text);
    expect(check.error).toBeNull();
    expect(check.root).toBe("svg");
    expect(check.bars).toBeGreaterThanOrEqual(4);
    expect(check.title).toMatch(chart === "speedup" ? /Speedup/ : /Wall time/);

    const png = await downloaded(page, `.export-png[data-chart="${chart}"]`);
    expect(png.name).toBe(`${chart}.png`);
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(100);
  }
});

test("the history survives a reload, reopens a run and removes it", async ({ page }) => {
  await openPage(page);
  const first = await compare(page, { ...QUICK, modes: ["sequential", "threads"] });
  const second = await compare(page, QUICK);
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  const history = await page.evaluate(() => window.playground.history());
  expect(history.map((h) => h.savedAt)).toEqual([second.startedMs, first.startedMs]); // newest first
  expect(history[1].headline).toBe(`Threads (GIL) ${first.rows[1].speedup.toFixed(2)}x`);
  await expect(page.locator("#history-list li")).toHaveCount(2);
  await expect(page.locator("#history-list li").nth(1)).toContainText(history[1].headline);

  await page.locator("#history-list li").nth(1).locator(".history-open").click();
  await expect(page.locator("#shared-banner")).toContainText("From your history");
  await expect(page.locator("#results-table tbody tr")).toHaveCount(2);

  await page.locator("#history-list li").nth(0).locator(".history-remove").click();
  await expect(page.locator("#history-list li")).toHaveCount(1);
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  expect((await page.evaluate(() => window.playground.history())).map((h) => h.savedAt)).toEqual([
    first.startedMs,
  ]);
});

test("a corrupted history is reported, left alone, and the page works", async ({ page }) => {
  await openPage(page);
  await page.evaluate(() => localStorage.setItem("gil-playground:history:v1", "{not json"));
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await expect(page.locator("#history-problem")).toContainText("corrupted");
  const result = await compare(page, { ...QUICK, modes: ["sequential"], repeats: 1 });
  expect(result.rows[0].verified).toBe(true);
  await expect(page.locator("#history-problem")).toContainText("this run was not added");
  expect(await page.evaluate(() => localStorage.getItem("gil-playground:history:v1"))).toBe("{not json");
  // The way out: clear it, and runs are kept again.
  await page.click("#history-clear");
  await compare(page, { ...QUICK, modes: ["sequential"], repeats: 1 });
  expect(await page.evaluate(() => window.playground.history().length)).toBe(1);
});

test("a full storage is reported and keeps what it had", async ({ page }) => {
  await openPage(page);
  await compare(page, { ...QUICK, modes: ["sequential"], repeats: 1 });
  // Fill the origin's storage to the brim with something else.
  await page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    for (let i = 0; chunk.length > 16;) {
      try {
        localStorage.setItem(`filler-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(chunk.length / 2);
      }
    }
  });
  const result = await compare(page, QUICK);
  expect(result.rows.every((r) => r.verified)).toBe(true);
  await expect(page.locator("#history-problem")).toContainText("storage is full");
  expect(await page.evaluate(() => window.playground.history().length)).toBe(1);
  await expect(page.locator("#results-table")).toBeVisible();
});

test("each mode shows its 95% interval and rme; a noisy mode gets a badge", async ({ page }) => {
  await openPage(page);
  const result = await compare(page, QUICK);
  for (const row of result.rows) {
    // Recomputed from the times alone: mean ± t·s/√n, with Student's t for
    // 3 repeats (2 degrees of freedom, two-sided 95%: 4.303) and s the sample
    // standard deviation.
    expect(row.timesMs).toHaveLength(3);
    const [a, b, c] = row.timesMs;
    const mean = (a + b + c) / 3;
    const s = Math.sqrt(((a - mean) ** 2 + (b - mean) ** 2 + (c - mean) ** 2) / 2);
    const margin = (4.303 * s) / Math.sqrt(3);
    expect(row.ci95Ms![0]).toBeCloseTo(mean - margin, 6);
    expect(row.ci95Ms![1]).toBeCloseTo(mean + margin, 6);
    expect(row.rme!).toBeCloseTo(margin / mean, 9);
    const cell = page.locator(`#results-table tr[data-mode="${row.mode}"] td.rme`);
    await expect(cell).toContainText(`±${(row.rme! * 100).toFixed(1)}%`);
    if (row.rme! > 0.05) await expect(cell.locator(".noisy-badge")).toHaveText("noisy");
    else await expect(cell.locator(".noisy-badge")).toHaveCount(0);
  }
  const single = await compare(page, { ...QUICK, repeats: 1 });
  expect(single.rows[0].ci95Ms).toBeNull();
  await expect(page.locator('#results-table tr[data-mode="sequential"] td.rme')).toHaveText("—");
});

test("a run during which the tab was hidden is flagged", async ({ page }) => {
  await openPage(page);
  const running = page.evaluate((e) => window.playground.compare(e), {
    ...QUICK,
    args: "[2_000_000] * 4",
    repeats: 1,
  });
  // Headless Chromium never hides a page, so hide it as a browser does when the
  // user switches tabs: visibilityState becomes "hidden" and visibilitychange fires.
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  const result = await running;
  expect(result.hiddenDuringRun).toBe(true);
  await expect(page.locator(".hidden-warning")).toContainText("The tab was hidden");
  const clean = await compare(page, { ...QUICK, repeats: 1 });
  expect(clean.hiddenDuringRun).toBe(false);
  await expect(page.locator(".hidden-warning")).toHaveCount(0);
});
