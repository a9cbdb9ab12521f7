// Processes on a page that is not cross-origin isolated: no SharedArrayBuffer, so
// the program and each child process run on one thread each (the plain build),
// and a wait for a child pauses the program's stack (JSPI) while its worker goes
// on receiving the children's messages. Outputs are compared with CPython's, as
// on the isolated page (processes.spec.ts). Service workers are blocked, or
// coi-serviceworker would isolate the page.
import type { Page } from "@playwright/test";
import { BLOCKED_REGISTER_ERROR, NOT_ISOLATED_URL, expect, openPage, test } from "./fixtures";
import { expectAsRecorded, expectPoolLanesAndTable, expectStopToEndASpinningPool } from "./process-corpus";

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
  await expectStopToEndASpinningPool(page);
});

test("without isolation, a pool's workers have their lanes and a table, as on the isolated page", async ({
  page,
  allowPageError,
}) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
  await expectPoolLanesAndTable(page);
});
