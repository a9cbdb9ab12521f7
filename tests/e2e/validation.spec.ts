// Invalid input is refused with a message beside the field, and nothing runs.
import { SMALL, expect, openPage, runExpectingError, test } from "./fixtures";

test("invalid fields get messages and nothing runs", async ({ page }) => {
  await openPage(page);
  await page.fill("#field-n", "lots");
  await page.fill("#field-tasks", "0");
  await page.fill("#field-workers", "2.5");
  await page.fill("#field-repeats", "99");
  await page.click("#run");
  await expect(page.locator('[data-error-for="n"]')).toHaveText("n must be a number");
  await expect(page.locator('[data-error-for="tasks"]')).toHaveText("tasks must be between 1 and 64");
  await expect(page.locator('[data-error-for="workers"]')).toHaveText("workers must be a whole number");
  await expect(page.locator('[data-error-for="repeats"]')).toHaveText("repeats must be between 1 and 20");
  await expect(page.locator("#status")).toHaveText(/nothing was run/);
  await expect(page.locator("#results .placeholder")).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-state", "idle");

  // Fixing the fields clears the messages and runs.
  await page.fill("#field-n", "100000");
  await page.fill("#field-tasks", "2");
  await page.fill("#field-workers", "2");
  await page.fill("#field-repeats", "1");
  await page.click("#run");
  await expect(page.locator("body")).toHaveAttribute("data-state", "idle", {
    timeout: 60_000,
  });
  await expect(page.locator('[data-error-for="n"]')).toHaveText("");
  await expect(page.locator("#results-table")).toBeVisible();
});

test("the API refuses what the form would", async ({ page }) => {
  await openPage(page);
  expect(await runExpectingError(page, { ...SMALL, n: -5 })).toContain(
    "n must be between 1 and 1,000,000,000",
  );
  expect(await runExpectingError(page, { ...SMALL, workers: 9 })).toContain("the thread pool has 8 threads");
  expect(
    await runExpectingError(page, {
      ...SMALL,
      workload: "process_data",
      n: 5_000_000,
    }),
  ).toContain("at most 1,000,000 items");
  await expect(page.locator('[data-error-for="workers"]')).toHaveText("");
});
