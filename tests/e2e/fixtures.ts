// Shared set-up for the browser tests: open the page, wait until it is ready,
// and fail any test during which the page threw (a `pageerror`).
import { test as base, expect, type Page } from "@playwright/test";
import type { Experiment } from "../../www/experiment";
import { PROGRAMS } from "../../www/presets/programs";
import type { CompareResult } from "../../www/compare-result";
import { ISOLATED_URL, NOT_ISOLATED_URL } from "../../playwright.config";

export { expect };

/** A C extension's kernel (the `kernels` module): Sequential, Threads without a GIL, Processes. */
export const SMALL: Experiment = {
  program: PROGRAMS.native_cpu,
  call: "task",
  args: "[1_000_000] * 4",
  workers: 2,
  repeats: 2,
  modes: ["sequential", "threads-nogil", "processes"],
  countStartup: true,
  switchIntervalMs: 5,
};

/** Python (the articles' sum of squares) in every mode. */
export const INTERPRETER: Experiment = {
  ...SMALL,
  program: PROGRAMS.cpu,
  args: "[200_000] * 4",
  modes: ["sequential", "threads", "threads-nogil", "processes"],
};

/** python3 -c "print(sum(i*i for i in range(200_000)))" */
export const SUM_SQUARES_2E5 = "2666646666700000";

/** python3 -c "print(sum(i*i for i in range(1_000_000)))" */
export const SUM_SQUARES_1E6 = "333332833333500000";

export async function openPage(page: Page, url = ISOLATED_URL): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => window.playground.ready);
}

/**
 * One page for every test of a `test.describe` block, opened before its first
 * test and closed after its last: returns a getter for it.
 */
export function useOnePage(url = ISOLATED_URL): () => Page {
  let shared: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    shared = await browser.newPage();
    await openPage(shared, url);
  });
  test.afterAll(async () => {
    await shared?.close();
  });
  return () => {
    if (!shared) throw new Error("the shared page is not open");
    return shared;
  };
}

/** Replaces the editor's text, as a user would by selecting all and typing. */
export async function typeProgram(page: Page, text: string): Promise<void> {
  await page.locator("#program-panel .cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.locator("#program-panel .cm-content").fill(text);
}

/** Compares the modes on an experiment through the page's own API (the Compare button's). */
export function compare(page: Page, experiment: Experiment): Promise<CompareResult> {
  return page.evaluate((e) => window.playground.compare(e), experiment);
}

/** Starts a Compare; resolves with "finished", or the name of the error that ended it. */
export function startCompare(page: Page, experiment: Experiment): Promise<string> {
  return page.evaluate(
    (e) =>
      window.playground.compare(e).then(
        () => "finished",
        (error: Error) => error.name,
      ),
    experiment,
  );
}

/** Compares and returns the error message the Compare was rejected with. */
export function compareExpectingError(page: Page, experiment: Experiment): Promise<string> {
  return page.evaluate(
    (e) =>
      window.playground.compare(e).then(
        () => "the run did not fail",
        (error: Error) => error.message,
      ),
    experiment,
  );
}

/** Page errors a test expects from a deliberate fault (and only those) are allowed. */
export const test = base.extend<{ allowPageError: (pattern: RegExp) => void }>({
  allowPageError: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await use((pattern) => allowed.push(pattern));
      const unexpected = errors.filter((e) => !allowed.some((pattern) => pattern.test(e)));
      expect(unexpected, "the page threw").toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Playwright blocks service workers by making register() resolve to undefined (a browser
 * rejects instead, which coi-serviceworker handles), so coi-serviceworker's callback
 * throws reading the missing registration: expected under `serviceWorkers: "block"` only.
 */
export const BLOCKED_REGISTER_ERROR = /^Cannot read properties of undefined \(reading 'addEventListener'\)$/;

export { ISOLATED_URL, NOT_ISOLATED_URL, PROGRAMS };
