// Processes on a page that is not cross-origin isolated: no SharedArrayBuffer, so
// the program and each child process run on one thread each (the plain build),
// and a wait for a child pauses the program's stack (JSPI) while its worker goes
// on receiving the children's messages. Outputs are compared with CPython's, as
// on the isolated page (processes.spec.ts). Service workers are blocked, or
// coi-serviceworker would isolate the page.
import type { Page } from "@playwright/test";
import { BLOCKED_REGISTER_ERROR, NOT_ISOLATED_URL, expect, openPage, test, typeProgram } from "./fixtures";
import { expectAsRecorded, runThenStop } from "./process-corpus";

test.use({ serviceWorkers: "block" });

test.describe("corpus programs with processes, without cross-origin isolation", () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "block" });
    page = await context.newPage();
    await openPage(page, NOT_ISOLATED_URL);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  });
  test.afterAll(async () => {
    await page.context().close();
  });
  // Every program of the corpus that uses neither threads nor multiprocessing's shared objects.
  for (const name of [
    "foo_bar_process",
    "child_raises",
    "no_main_guard",
    "cpu_pool",
    "pool_methods",
    "square_executor",
    "future_remote_traceback",
    "data_chunks",
    "executor_map",
    "executor_futures",
    "pool_terminate",
    "remote_traceback",
    "child_exit",
    "broken_pool",
    "process_attributes",
    "start_method",
    "futures_edge_cases",
    "start_method_fork",
    "process_names",
    "pickle_roundtrip",
  ]) {
    test(`${name}.py: its processes print what CPython's printed`, async () => {
      await expectAsRecorded(page, name);
    });
  }
});

test("without isolation, multiprocessing's shared objects say why they cannot be made", async ({
  page,
  allowPageError,
}) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
  const result = await page.evaluate(() =>
    window.playground.runProgram(
      [
        "import multiprocessing",
        "for make in (lambda: multiprocessing.Value('i', 0), lambda: multiprocessing.Lock()):",
        "    try:",
        "        make()",
        "    except RuntimeError as e:",
        "        print(e)",
      ].join("\n"),
    ),
  );
  const why =
    "multiprocessing's shared objects (Value, Array, Lock, Queue…) need memory shared between processes, " +
    "which this page does not have: it is not cross-origin isolated\n";
  expect(result.stdout).toBe(why + why);
  expect(result.exitCode).toBe(0);
});

test("without isolation, Stop ends a program in Pool.map whose workers spin", async ({
  page,
  allowPageError,
}) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
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
    ["a worker spins"],
  );
  const next = await page.evaluate(() => window.playground.runProgram("print('next')"));
  expect(next.stdout).toBe("next\n");
});

test("without isolation, a pool's workers have their lanes and a table, as on the isolated page", async ({
  page,
  allowPageError,
}) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
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
  await expect(page.locator("#console")).toContainText("[1249975000, 1249975000, 1249975000, 1249975000]");
  const table = page.locator("#program-processes");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table.locator("tbody tr td:first-child")).toHaveText([
    /^SpawnPoolWorker-\d+$/,
    /^SpawnPoolWorker-\d+$/,
  ]);
  await expect(page.locator("#program-timeline-chart")).toContainText("starting up");
});
