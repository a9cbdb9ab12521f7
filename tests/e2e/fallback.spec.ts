// Without COOP/COEP there is no SharedArrayBuffer: Threads is shown as unavailable,
// with the reason and the fix, and Sequential and Processes still run. Service workers
// are blocked here, or coi-serviceworker would isolate the page (static-host.spec.ts).
import {
  BLOCKED_REGISTER_ERROR,
  NOT_ISOLATED_URL,
  PROGRAMS,
  SMALL,
  expect,
  openPage,
  compare,
  test,
  typeProgram,
} from "./fixtures";

test.use({ serviceWorkers: "block" });

test("a page that is not cross-origin isolated falls back", async ({ page, allowPageError }) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe("undefined");
  await expect(page.locator("#env-isolated")).toHaveText("no");
  await expect(page.locator("#field-mode-threads")).toBeDisabled();
  await expect(page.locator("#field-mode-threads-nogil")).toBeDisabled();
  await expect(page.locator("#threads-unavailable")).toContainText("Cross-Origin-Opener-Policy: same-origin");
  await expect(page.locator("#threads-unavailable")).toContainText(
    "Cross-Origin-Embedder-Policy: require-corp",
  );

  const result = await compare(page, SMALL);
  expect(result.rows.map((r) => r.mode)).toEqual(["sequential", "processes"]);
  for (const row of result.rows) expect(row.verified).toBe(true);
  expect(result.skipped.map((s) => s.mode)).toEqual(["threads-nogil"]);
  await expect(page.locator('#results-table tr.skipped[data-mode="threads-nogil"]')).toContainText("not run");

  // Python too, and its I/O waits work without SharedArrayBuffer.
  const io = await compare(page, { ...SMALL, program: PROGRAMS.io, args: "[0.45, 0.38]", repeats: 1 });
  expect(io.rows.map((r) => r.mode)).toEqual(["sequential", "processes"]);
  expect(io.rows[0].medianMs).toBeGreaterThan(450 + 380);
});

test("without isolation a program runs on one thread, and starting a thread says why it cannot", async ({
  page,
  allowPageError,
}) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
  const plain = await page.evaluate(() =>
    window.playground.runProgram("import time\ntime.sleep(0.05)\nprint(sum(i * i for i in range(1000)))\n"),
  );
  expect(plain).toMatchObject({ stdout: "332833500\n", stderr: "", exitCode: 0 });
  const threaded = await page.evaluate(() =>
    window.playground.runProgram("import threading\nthreading.Thread(target=print).start()\n"),
  );
  expect(threaded.exitCode).toBe(1);
  expect(threaded.stderr).toContain(
    "RuntimeError: can't start new thread: this page is not cross-origin isolated",
  );
  // The program section says so too.
  await typeProgram(page, "print('hello')\n");
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 30_000 });
  await expect(page.locator("#console")).toContainText("Not parallel here");
  await expect(page.locator("#console .line.stdout")).toHaveText(["hello\n"]);
});

test("without isolation a crashed interpreter ends the run with a message, and the next run works", async ({
  page,
  allowPageError,
}) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  await openPage(page, NOT_ISOLATED_URL);
  for (const [call, message] of [
    ["_sigsegv", "the interpreter crashed (RuntimeError: memory access out of bounds); it was restarted"],
    [
      "_stack_overflow",
      "the program overflowed the stack (RangeError: Maximum call stack size exceeded); the interpreter was restarted",
    ],
  ]) {
    const error = await page.evaluate(
      (source) =>
        window.playground.runProgram(source).then(
          () => "the program ended",
          (e: Error) => e.message,
        ),
      `import faulthandler\nprint('before')\nfaulthandler.${call}()\n`,
    );
    expect(error).toBe(`sequential worker: ${message}`);
    const next = await page.evaluate(() => window.playground.runProgram("print(6 * 7)\n"));
    expect(next).toMatchObject({ stdout: "42\n", exitCode: 0 });
  }
});

test("a module whose code cannot be downloaded raises ImportError, and the next run downloads it", async ({
  page,
  allowPageError,
}) => {
  allowPageError(BLOCKED_REGISTER_ERROR);
  // The frozen modules are downloaded on first import (www/engines/module-urls.ts). Playwright's
  // routes see the requests of the page's workers but not of their workers, where Python runs
  // on an isolated page; here a program runs in a worker of the page's, through the same
  // loader (crate/src/bindings.rs `fetch_module`).
  await openPage(page, NOT_ISOLATED_URL);
  const bisectFile = /\/bisect-[^/]*\.py$/;
  await page.route(bisectFile, (route) => route.abort());
  const source = "import bisect\nprint(bisect.bisect([1, 2, 3], 2))\n";
  const failed = await page.evaluate((s) => window.playground.runProgram(s), source);
  expect(failed.stdout).toBe("");
  expect(failed.stderr).toContain(
    "ImportError: the code of module 'bisect' could not be downloaded (the network failed): " +
      "check the connection, then run again",
  );
  expect(failed.exitCode).toBe(1);
  await page.unroute(bisectFile);
  const next = await page.evaluate((s) => window.playground.runProgram(s), source);
  expect(next).toMatchObject({ stdout: "2\n", stderr: "", exitCode: 0 });
});
