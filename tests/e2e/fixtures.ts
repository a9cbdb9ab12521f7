// Shared set-up for the browser tests: open the page, wait until it is ready,
// and fail any test during which the page threw (a `pageerror`).
import { test as base, expect, type Page } from "@playwright/test";
import type { Experiment } from "../../www/experiment";
import type { RunResult } from "../../www/run-result";
import { ISOLATED_URL, NOT_ISOLATED_URL } from "../../playwright.config";

export { expect };

/** The native kernels: Sequential, Threads without a GIL, Processes. */
export const SMALL: Experiment = {
  runtime: "native",
  workload: "sum_squares",
  n: 1_000_000,
  tasks: 4,
  workers: 2,
  repeats: 2,
  modes: ["sequential", "threads-nogil", "processes"],
  countStartup: true,
  seed: 42,
  switchIntervalMs: 5,
  releaseGil: false,
};

/** The interpreter in every mode. */
export const INTERPRETER: Experiment = {
  ...SMALL,
  runtime: "interpreter",
  n: 200_000,
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

/** Runs an experiment through the page's own API. */
export function run(page: Page, experiment: Experiment): Promise<RunResult> {
  return page.evaluate((e) => window.playground.run(e), experiment);
}

/** Runs and returns the error message the run was rejected with. */
export function runExpectingError(page: Page, experiment: Experiment): Promise<string> {
  return page.evaluate(
    (e) =>
      window.playground.run(e).then(
        () => "the run did not fail",
        (error: Error) => error.message,
      ),
    experiment,
  );
}

/**
 * Removes the errors a deliberate fault is expected to throw (and only those),
 * after checking that they were thrown.
 */
export function expectPageErrors(errors: string[], pattern: RegExp): void {
  expect(
    errors.some((e) => pattern.test(e)),
    `expected a page error matching ${pattern}`,
  ).toBe(true);
  errors.splice(0, errors.length, ...errors.filter((e) => !pattern.test(e)));
}

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "the page threw").toEqual([]);
    },
    { auto: true },
  ],
});

export { ISOLATED_URL, NOT_ISOLATED_URL };
