// The corpus of programs with processes (crate/tests/processes/), run in the
// browser and compared with CPython's output, recorded by that folder's
// record.sh, after the same masks (see its README); and the checks with
// processes that both pages pass, isolated or not.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, typeProgram } from "./fixtures";

const recorded = (name: string, ext: string) =>
  readFileSync(new URL(`../../crate/tests/processes/${name}.${ext}`, import.meta.url), "utf8");

/** record.sh's masks: addresses, pids, times, pool worker numbers. */
function masked(text: string): string {
  return text
    .replace(/0x[0-9a-fA-F]{6,}/g, "0x<addr>")
    .replace(/\b(pid|parent)=\d+/g, "$1=<pid>")
    .replace(/\b\d+\.\d+(?=s\b| seconds\b|x\b)/g, "<time>")
    .replace(/PoolWorker-\d+/g, "PoolWorker-<n>");
}

/** CPython's library frames are not the page's: both sides without them. */
const withoutLibraryFrames = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.trim() !== "<CPython library frames>")
    .join("\n");

/** Runs corpus program `name` on `page` (Run's API): it prints and exits as CPython did. */
export async function expectAsRecorded(page: Page, name: string): Promise<void> {
  const result = await page.evaluate((source) => window.playground.runProgram(source), recorded(name, "py"));
  expect(masked(result.stdout)).toBe(recorded(name, "stdout"));
  expect(withoutLibraryFrames(masked(result.stderr))).toBe(withoutLibraryFrames(recorded(name, "stderr")));
  expect(result.exitCode).toBe(Number(recorded(name, "exit")));
}

/**
 * Runs `lines` with the Run button, waits until the console shows each of
 * `shown` (the program is where Stop must end it), then presses Stop: the
 * console says Stopped and the page is idle again.
 */
export async function runThenStop(page: Page, lines: string[], shown: string[]): Promise<void> {
  await typeProgram(page, [...lines, ""].join("\n"));
  await page.click("#program-run");
  for (const text of shown) await expect(page.locator("#console")).toContainText(text, { timeout: 30_000 });
  await page.click("#program-stop");
  await expect(page.locator("#console")).toContainText("Stopped", { timeout: 10_000 });
  await expect(page.locator("body")).toHaveAttribute("data-program", "idle");
}

/** Stop during a `Pool.map` whose workers spin ends every process, and the next run works. */
export async function expectStopToEndASpinningPool(page: Page): Promise<void> {
  await runThenStop(
    page,
    [
      "import multiprocessing",
      "def spin(x):",
      "    print('a worker spins', flush=True)",
      "    while True:",
      "        x += 1",
      "if __name__ == '__main__':",
      "    with multiprocessing.Pool(2) as pool:",
      "        pool.map(spin, range(4))",
    ],
    // A worker prints once it runs a task: the parent is inside map.
    ["a worker spins"],
  );
  const next = await page.evaluate(() => window.playground.runProgram("print('next')"));
  expect(next.stdout).toBe("next\n");
}

/**
 * A program's pool (Run button): its workers get lanes, with their start-up and
 * pickling, and the table of processes says how long both took.
 */
export async function expectPoolLanesAndTable(page: Page): Promise<void> {
  await typeProgram(
    page,
    [
      "import multiprocessing",
      "def total(xs):",
      "    return sum(xs)",
      "if __name__ == '__main__':",
      "    with multiprocessing.Pool(2) as pool:",
      "        print(pool.map(total, [list(range(50_000))] * 4, chunksize=1))",
      "",
    ].join("\n"),
  );
  await page.click("#program-run");
  await expect(page.locator("body")).toHaveAttribute("data-program", "idle", { timeout: 30_000 });
  // python3: print([sum(range(50_000))] * 4)
  await expect(page.locator("#console")).toContainText("[1249975000, 1249975000, 1249975000, 1249975000]");
  const table = page.locator("#program-processes");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table.locator("tbody tr td:first-child")).toHaveText([
    /^SpawnPoolWorker-\d+$/,
    /^SpawnPoolWorker-\d+$/,
  ]);
  await expect(table.locator("caption")).toContainText(
    /Start-ups took .* in all; transferring data \(pickling\)/,
  );
  const legend = page.locator("#program-timeline-chart");
  await expect(legend).toContainText("starting up");
  await expect(legend).toContainText("transferring data");
}
