// Invalid input is refused with a message beside the field, and nothing runs.
import { SMALL, expect, openPage, compare, compareExpectingError, test } from "./fixtures";

test("invalid fields get messages and nothing runs", async ({ page }) => {
  await openPage(page);
  await page.fill("#field-call", "not a name");
  await page.fill("#field-args", "");
  await page.fill("#field-workers", "2.5");
  await page.fill("#field-repeats", "99");
  await page.click("#compare");
  await expect(page.locator('[data-error-for="call"]')).toHaveText(
    "the function to call must be a Python name, such as task",
  );
  await expect(page.locator('[data-error-for="args"]')).toHaveText(
    "give the task list, a Python expression such as [1_000_000] * 4",
  );
  await expect(page.locator('[data-error-for="workers"]')).toHaveText("workers must be a whole number");
  await expect(page.locator('[data-error-for="repeats"]')).toHaveText("repeats must be between 1 and 20");
  await expect(page.locator("#status")).toHaveText(/nothing was run/);
  await expect(page.locator("#results .placeholder")).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-state", "idle");

  // Fixing the fields clears the messages and runs.
  await page.fill("#field-call", "task");
  await page.fill("#field-args", "[100_000] * 2");
  await page.fill("#field-workers", "2");
  await page.fill("#field-repeats", "1");
  await page.click("#compare");
  await expect(page.locator("body")).toHaveAttribute("data-state", "idle", {
    timeout: 60_000,
  });
  await expect(page.locator('[data-error-for="call"]')).toHaveText("");
  await expect(page.locator("#results-table")).toBeVisible();
});

test("the API refuses what the form would", async ({ page }) => {
  await openPage(page);
  expect(await compareExpectingError(page, { ...SMALL, call: "task()" })).toContain("must be a Python name");
  expect(await compareExpectingError(page, { ...SMALL, workers: 9 })).toContain(
    "the thread pool has 8 threads",
  );
  expect(await compareExpectingError(page, { ...SMALL, program: "" })).toContain("write a program");
  await expect(page.locator('[data-error-for="workers"]')).toHaveText("");
});

test("a program that fails in compare mode gives Python's message, and the page keeps working", async ({
  page,
}) => {
  await openPage(page);
  const raising = "def task(x):\n    return 1 // x\n";
  const message = await compareExpectingError(page, { ...SMALL, program: raising, args: "[1, 0]" });
  // python3 -c "1 // 0" ends with this line.
  expect(message).toContain("task(task list[1]) raised an exception");
  expect(message).toContain('File "main.py", line 2, in task');
  expect(message).toContain("ZeroDivisionError: integer division or modulo by zero");
  await expect(page.locator("#status")).toHaveText(/ZeroDivisionError/);

  expect(await compareExpectingError(page, { ...SMALL, program: "def task(x)\n    return x\n" })).toContain(
    "SyntaxError",
  );
  expect(await compareExpectingError(page, { ...SMALL, call: "work" })).toContain("no function `work`");
  expect(await compareExpectingError(page, { ...SMALL, args: "[undefined_name]" })).toContain(
    "NameError: name 'undefined_name' is not defined",
  );
  // Nothing is left broken: the next run works.
  const again = await compare(page, { ...SMALL, modes: ["sequential", "processes"], repeats: 1 });
  for (const row of again.rows) expect(row.verified).toBe(true);
});
