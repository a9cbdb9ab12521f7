// The program section as a user meets it: an editor holding a program that
// survives a reload, Run (and Ctrl+Enter) streaming into the console, an error
// marked on its line, Stop ending a runaway program, and the GIL switch.
import { readFileSync } from "node:fs";
import { expect, openPage, test, typeProgram } from "./fixtures";

test("the default program runs and its output streams to the console", async ({ page }) => {
  await openPage(page);
  await expect(page.locator("#program-panel .cm-content")).toContainText("def task(n):");
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  await expect(page.locator("#console .stdout")).toContainText(["sequential: "]);
  await expect(page.locator("#console")).toContainText(/2 threads: +\d+\.\d\d s \(\d+\.\d\dx\)/);
  await expect(page.locator("#console")).toContainText("hand-offs of the GIL");
  await expect(page.locator("#program-run")).toBeEnabled();
  // Under the console: the GIL's statistics and the timeline of the program's threads.
  const stats = page.locator("#program-timeline table.gil-table");
  await expect(stats.locator("caption")).toContainText(/This run: \d+ hand-offs of the GIL/);
  await expect(stats.locator("tbody td:first-child")).toHaveText(["main thread", "thread 1", "thread 2"]);
  await expect(page.locator("#program-timeline-chart svg").first()).toBeVisible();
  await expect(page.locator("#program-timeline-chart")).toContainText("waiting for the GIL");
});

test("each line of the console can show the thread that printed it and when", async ({ page }) => {
  await openPage(page);
  await typeProgram(
    page,
    "import threading\nprint('from main')\nt = threading.Thread(target=print, args=('from a thread',))\nt.start()\nt.join()\n",
  );
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  // A line's tag is drawn before it by CSS (from its data-tag) once asked for.
  const lines = page.locator("#console .line.stdout");
  const shownTags = () =>
    lines.evaluateAll((all) => all.map((line) => getComputedStyle(line, "::before").content));
  await expect(lines).toHaveText(["from main\n", "from a thread\n"]);
  expect(await shownTags()).toEqual(["none", "none"]);
  await page.check("#console-tags");
  const [main, thread] = await shownTags();
  expect(main).toMatch(/^"\[MainThread \d+\.\d{3} s\] "$/);
  expect(thread).toMatch(/^"\[Thread-1 \(print\) \d+\.\d{3} s\] "$/);
});

test("a program survives a reload; errors go to stderr and mark their line", async ({ page }) => {
  await openPage(page);
  await typeProgram(page, "x = 1\nprint('before')\nprint(1 / 0)\n");
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await expect(page.locator("#program-panel .cm-content")).toContainText("print(1 / 0)");
  await page.locator("#program-panel .cm-content").press("ControlOrMeta+Enter");
  await expect(page.locator("#console")).toContainText("Exited with status 1", { timeout: 60_000 });
  await expect(page.locator("#console .stdout")).toHaveText(["before\n"]);
  await expect(page.locator("#console .stderr")).toContainText(["ZeroDivisionError: division by zero"]);
  await expect(page.locator("#program-panel .cm-error-line")).toHaveText("print(1 / 0)");
});

test("Stop ends a program whose threads never stop, and the next run works", async ({ page }) => {
  await openPage(page);
  await typeProgram(
    page,
    "import threading\ndef spin():\n    while True:\n        pass\nfor _ in range(3):\n    threading.Thread(target=spin).start()\nprint('started', flush=True)\nwhile True:\n    pass\n",
  );
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("started", { timeout: 30_000 });
  await page.click("#program-stop");
  await expect(page.locator("#console")).toContainText("Stopped");
  await expect(page.locator("body")).toHaveAttribute("data-program", "idle");
  await typeProgram(page, "import sys\nprint(sys._is_gil_enabled())\n");
  await page.selectOption("#program-gil", "off");
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  await expect(page.locator("#console .stdout")).toHaveText(["False\n"]);
  await expect(page.locator("#console")).toContainText("no GIL");
});

test("urlopen is simulated and says so: the articles' sites answer with their sizes, and threads wait at once", async ({
  page,
}) => {
  await openPage(page);
  const source = readFileSync(
    new URL("../../crate/tests/programs/simulated_urlopen.py", import.meta.url),
    "utf8",
  );
  await typeProgram(page, source);
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  await expect(page.locator("#console")).toContainText(
    "urlopen is simulated here: no network request is made",
  );
  await expect(page.locator("#console .stdout")).toContainText([
    "https://www.python.org (200, 50234, 'text/html; charset=utf-8')",
    "https://www.google.com (200, 15632, 'text/html; charset=utf-8')",
    "https://www.github.com (200, 98745, 'text/html; charset=utf-8')",
    "https://stackoverflow.com (200, 67821, 'text/html; charset=utf-8')",
    "https://example.org/x (200, 10000, 'text/html; charset=utf-8')",
    "sequential at least the sum of the waits: True",
    "threads wait at once: True",
  ]);
});
