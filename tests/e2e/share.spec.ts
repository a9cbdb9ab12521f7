// Share links in the page: a run shared and opened in a fresh browser context
// shows the same figures and reruns side by side; every kind of broken or hostile
// link is refused with a message, runs nothing, loses no history and throws nothing.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { encodeFragment } from "../../www/share/link-codec";
import { INTERPRETER, ISOLATED_URL, PROGRAMS, expect, openPage, compare, test } from "./fixtures";

const GOLDEN = readFileSync(
  new URL("../golden/v1-interpreter-all-modes.link", import.meta.url),
  "utf8",
).trim();

/** Fails the test on any console error (pageerror is checked by the fixture). */
function noConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

test("a run shared by link opens elsewhere with the same figures, and reruns side by side", async ({
  page,
  browser,
}) => {
  await openPage(page);
  const result = await compare(page, { ...INTERPRETER, repeats: 3 });
  const link = await page.evaluate(() => window.playground.link());
  expect(link.startsWith(`${ISOLATED_URL}#v2.`)).toBe(true);
  const mediansHere = await page.locator("#results-table td.median").allTextContents();

  // Another person: a fresh context, with its own (empty) storage.
  const context = await browser.newContext();
  const other = await context.newPage();
  const errors = noConsoleErrors(other);
  await other.goto(link);
  await other.evaluate(() => window.playground.ready);
  await expect(other.locator("body")).toHaveAttribute("data-shared", "shown");
  await expect(other.locator("#shared-banner")).toContainText("Shared results");
  await expect(other.locator("#shared-banner")).toContainText(`${result.env.cores} logical cores`);
  await expect(other.locator("#shared-banner")).toContainText("Nothing was run on this machine");
  expect(await other.locator("#results-table td.median").allTextContents()).toEqual(mediansHere);
  const shared = await other.evaluate(() => window.playground.shared());
  expect(shared).not.toBeNull();
  expect(shared!.experiment).toEqual({ ...INTERPRETER, repeats: 3 });
  shared!.result.rows.forEach((row, i) => {
    expect(row.mode).toBe(result.rows[i].mode);
    expect(row.values).toEqual(result.rows[i].values);
    expect(row.medianMs).toBeCloseTo(result.rows[i].medianMs, 2);
    expect(row.speedup).toBeCloseTo(result.rows[i].speedup, 4);
    expect(row.spans.length).toBeGreaterThan(0);
  });
  expect(shared!.env.date).toBe(new Date(result.startedMs).toISOString());
  expect(await other.evaluate(() => window.playground.history())).toEqual([]); // nothing ran there

  // Compare on this machine: both runs side by side, in the table and the charts.
  await other.click("#rerun");
  await expect(other.locator("#compare-table")).toBeVisible({ timeout: 60_000 });
  await expect(other.locator("#compare-table tbody tr")).toHaveCount(4);
  await expect(other.locator("#compare-table td.shared.median")).toHaveText(mediansHere.map((m) => m));
  await expect(other.locator("#compare-table td.mine.speedup")).toHaveCount(4);
  await expect(other.locator("#charts")).toContainText("Threads (GIL) ×2 · shared");
  await expect(other.locator("#charts")).toContainText("Threads (GIL) ×2 · yours");
  await expect(other.locator("#shared-banner")).toBeVisible();
  expect(await other.evaluate(() => window.playground.history().length)).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

/** A v1 envelope around any JSON value. */
const wrap = (value: unknown) => encodeFragment(value, 1);

async function deflateRaw(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("base64url");
}

/** The golden link's data, changed by `edit`. */
async function edited(edit: (data: Record<string, any>) => unknown): Promise<string> {
  const json = await new Response(
    new Blob([Buffer.from(GOLDEN.slice(4), "base64url")])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw")),
  ).text();
  return wrap(edit(JSON.parse(json)));
}

const HOSTILE: [string, () => Promise<string>, RegExp][] = [
  ["malformed", async () => "#share=yes-please", /does not start with a version/],
  ["truncated", async () => GOLDEN.slice(0, 200), /damaged or truncated/],
  ["wrong characters", async () => `${GOLDEN.slice(0, 100)}%3Cscript%3E${GOLDEN.slice(100)}`, /characters/],
  ["unknown version", async () => GOLDEN.replace("#v1.", "#v0."), /no link format v0/],
  ["future version", async () => GOLDEN.replace("#v1.", "#v7."), /newer version of GIL Playground/],
  ["over-long", async () => `#v1.${"A".repeat(80_000)}`, /too long/],
  [
    "decompression bomb",
    async () => `#v1.${await deflateRaw(" ".repeat(30 * 1024 * 1024))}`,
    /more than 1024 KB/,
  ],
  [
    "deep nesting",
    async () => `#v1.${await deflateRaw("[".repeat(50_000) + "]".repeat(50_000))}`,
    /nested too deeply/,
  ],
  [
    "out of bounds",
    () => edited((d) => ({ ...d, experiment: { ...d.experiment, workers: 999 } })),
    /workers must be between/,
  ],
  [
    "wrong type",
    () => edited((d) => ({ ...d, result: { ...d.result, longestTaskMs: "0" } })),
    /bad value at result.longestTaskMs/,
  ],
  [
    "extra keys",
    () =>
      edited((d) => ({ ...d, experiment: { ...d.experiment, fault: { kind: "hang", mode: "threads" } } })),
    /does not know: experiment.fault/,
  ],
  [
    "__proto__ key",
    async () => `#v1.${await deflateRaw('{"__proto__":{"isAdmin":true}}')}`,
    /forbidden key "__proto__"/,
  ],
  [
    "constructor key",
    () => edited((d) => ({ ...d, env: { ...d.env, constructor: { prototype: { x: 1 } } } })),
    /forbidden key "constructor"/,
  ],
  [
    "script in a value",
    () =>
      edited((d) => ({
        ...d,
        result: {
          ...d.result,
          rows: d.result.rows.map((r: any) => ({ ...r, values: ["<script>window.pwned=1</script>"] })),
        },
      })),
    /bad value at result.rows.0.values.0/,
  ],
];

test("broken and hostile links are refused with a message; nothing runs, nothing is lost", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = noConsoleErrors(page);
  // A history to keep: one real run.
  await openPage(page);
  await compare(page, { ...INTERPRETER, modes: ["sequential"], repeats: 1 });
  const history = await page.evaluate(() => window.playground.history());
  expect(history).toHaveLength(1);

  for (const [kind, make, message] of HOSTILE) {
    const fragment = await make();
    await page.goto("about:blank");
    await page.goto(ISOLATED_URL + fragment);
    await page.evaluate(() => window.playground.ready);
    await expect(page.locator("#status"), kind).toHaveText(
      /This share link could not be opened: .*nothing was run/,
    );
    await expect(page.locator("#status"), kind).toHaveText(message);
    await expect(page.locator("#status"), kind).toHaveClass("error");
    await expect(page.locator("#link-problem"), kind).toHaveText(message);
    // The default page: no shared run, no results, the default experiment in the form.
    expect(await page.evaluate(() => window.playground.shared()), kind).toBeNull();
    await expect(page.locator("body"), kind).not.toHaveAttribute("data-shared", "shown");
    await expect(page.locator("#results .placeholder"), kind).toBeVisible();
    await expect(page.locator("body"), kind).toHaveAttribute("data-state", "idle");
    expect(await page.evaluate(() => window.playground.history()), kind).toEqual(history);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned), kind).toBeUndefined();
    // Read inside the page: the page's Object.prototype, not Node's, must be clean.
    expect(
      await page.evaluate(() => ({
        inherited: ({} as Record<string, unknown>).isAdmin,
        own: Object.prototype.hasOwnProperty.call(Object.prototype, "isAdmin"),
      })),
      kind,
    ).toEqual({ own: false });
  }
  expect(errors).toEqual([]);
});

test("HTML in a shared link's text is shown as text, never as markup", async ({ page }) => {
  const html = '<img src=x onerror="window.pwned=1">';
  const fragment = await edited((d) => ({ ...d, env: { ...d.env, browser: html } }));
  await page.goto(ISOLATED_URL + fragment);
  await page.evaluate(() => window.playground.ready);
  await expect(page.locator("#shared-banner")).toContainText(html);
  await expect(page.locator("#compare-table, #results-table")).toBeVisible();
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
});

test("a link shared today keeps opening: the saved v1 link shows its run", async ({ page }) => {
  await page.goto(ISOLATED_URL + GOLDEN);
  await page.evaluate(() => window.playground.ready);
  await expect(page.locator("body")).toHaveAttribute("data-shared", "shown");
  await expect(page.locator("#results-table tbody tr")).toHaveCount(4);
  await expect(page.locator("#timeline-chart")).toContainText("thread 2");
  await expect(page.locator("#gil-stats")).toContainText("hand-offs of the GIL");
});

test("runs of every kind make links that open: I/O, convoy, native", async ({ page, browser }) => {
  await openPage(page);
  const kinds = [
    { ...INTERPRETER, program: PROGRAMS.io, args: "[0.45, 0.38]", repeats: 1 },
    {
      ...INTERPRETER,
      program: PROGRAMS.convoy,
      args: '[("cpu", 200_000), ("io", 200)]',
      repeats: 1,
      modes: ["sequential", "threads"],
    },
    {
      ...INTERPRETER,
      program: PROGRAMS.native_cpu,
      args: "[1_000_000] * 4",
      repeats: 2,
      modes: ["sequential", "threads", "processes"],
    },
  ] as const;
  const other = await browser.newPage();
  for (const experiment of kinds) {
    const result = await compare(page, { ...experiment, modes: [...experiment.modes] });
    await other.goto("about:blank");
    await other.goto(await page.evaluate(() => window.playground.link()));
    await other.evaluate(() => window.playground.ready);
    await expect(other.locator("body"), experiment.args).toHaveAttribute("data-shared", "shown");
    const shared = await other.evaluate(() => window.playground.shared());
    expect(shared!.result.rows.map((r) => r.values)).toEqual(result.rows.map((r) => r.values));
  }
  await other.close();
});
