// A Rust panic, a crashing worker or a silent one ends the run with a visible
// error instead of a hang, and the next run works.
import { SMALL, SUM_SQUARES_1E6, expect, openPage, compare, compareExpectingError, test } from "./fixtures";

for (const mode of ["sequential", "processes", "threads", "threads-nogil"] as const) {
  test(`a Rust panic in ${mode} is reported and the page recovers`, async ({ page, allowPageError }) => {
    const consoleErrors: string[] = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await openPage(page);
    // The panicking thread traps inside a thread worker,
    // where nothing of ours can catch it: that one trap may reach the page.
    // Processes are the threaded build's too: pool processes of the threads worker.
    const threaded = mode !== "sequential";
    if (threaded) allowPageError(/^unreachable$/);
    const message = await compareExpectingError(page, {
      ...SMALL,
      modes: [mode],
      fault: { kind: "panic", mode },
    });
    expect(message).toContain("Rust panic");
    expect(message).toContain("deliberate panic in task 3");
    await expect(page.locator("#status")).toHaveText(/The run failed: .*deliberate panic/s);
    // console_error_panic_hook's message reached the console (of a worker the
    // page created: the thread pool's workers are nested one level deeper, and
    // their consoles do not always reach the test).
    if (!threaded) expect(consoleErrors.some((e) => e.includes("deliberate panic"))).toBe(true);

    const again = await compare(page, { ...SMALL, modes: [mode] });
    for (const row of again.rows) expect(row.values[0]).toBe(SUM_SQUARES_1E6);
  });
}

test("a crashing process worker ends the run with its error", async ({ page }) => {
  await openPage(page);
  const message = await compareExpectingError(page, {
    ...SMALL,
    modes: ["processes"],
    fault: { kind: "crash", mode: "processes" },
  });
  // The pool's process ended while it had a task: the pool says so, and the process why.
  expect(message).toContain("a worker process of the pool ended (exit code 1) while it ran a task");
  expect(message).toMatch(/Process SpawnPoolWorker-\d: its worker failed: .*deliberate worker crash/);
  await expect(page.locator("#status")).toHaveText(/deliberate worker crash/);
  const again = await compare(page, { ...SMALL, modes: ["processes"] });
  expect(again.rows[1].verified).toBe(true);
});

test("a silent worker is stopped by the watchdog", async ({ page }) => {
  await openPage(page);
  const message = await compareExpectingError(page, {
    ...SMALL,
    modes: ["threads-nogil"],
    fault: { kind: "hang", mode: "threads-nogil" },
    watchdogMs: 1000,
  });
  expect(message).toContain("watchdog");
  const again = await compare(page, { ...SMALL, modes: ["threads-nogil"] });
  expect(again.rows[1].verified).toBe(true);
});

test("a worker busy in a long task says it is alive: the watchdog leaves a healthy run alone", async ({
  page,
}) => {
  await openPage(page);
  // Each task computes or sleeps for about 1.5 s, with the watchdog at 0.5 s:
  // every mode's workers must show they are alive while they work.
  const program = [
    "import time",
    "def task(kind):",
    "    end = time.perf_counter() + 1.5",
    "    if kind == 'sleep':",
    "        time.sleep(1.5)",
    "        return kind",
    "    n = 0",
    "    while time.perf_counter() < end:",
    "        n += 1",
    "    return kind",
    "",
  ].join("\n");
  const result = await compare(page, {
    ...SMALL,
    program,
    args: "['compute', 'sleep']",
    repeats: 1,
    modes: ["sequential", "threads", "processes"],
    watchdogMs: 500,
  });
  for (const row of result.rows) expect(row.values).toEqual(["'compute'", "'sleep'"]);
});
