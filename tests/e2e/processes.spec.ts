// Programs with processes in the browser: each child is a Web Worker with an
// instance of its own, importing the program as __mp_main__. Their output is
// compared with CPython's, recorded by crate/tests/processes/record.sh, after
// the same masks (see that folder's README).
import { expect, openPage, test, typeProgram, useOnePage } from "./fixtures";
import {
  expectAsRecorded,
  expectPoolLanesAndTable,
  expectStopToEndASpinningPool,
  runThenStop,
} from "./process-corpus";

// One page runs every program, one after the other, as a user would.
test.describe("corpus programs with processes", () => {
  const page = useOnePage();
  for (const name of [
    "foo_bar_process",
    "child_raises",
    "no_main_guard",
    "cpu_pool",
    "pool_methods",
    "square_executor",
    "benchmark_fixed",
    "counter_lock_value",
    "counter_value_race",
    "sync_primitives",
    "queues_bounded",
    "future_remote_traceback",
    "data_chunks",
    "process_subclass",
    "executor_map",
    "threads_100_lock",
    "submit_concurrent",
    "executor_futures",
    "pool_terminate",
    "queues",
    "remote_traceback",
    "child_exit",
    "broken_pool",
    "process_attributes",
    "start_method",
    "pipe_basic",
    "threads_active_count",
    "futures_edge_cases",
    "pipe",
    "value_array",
    "hybrid_article",
    "hybrid_fixed",
    "pickle_errors_process",
    "pickle_errors_pool",
    "pickle_errors_executor",
    "benchmark_lambda",
    "start_method_fork",
    "process_names",
    "pickle_roundtrip",
  ]) {
    test(`${name}.py: its processes print in the browser what CPython's printed`, async () => {
      await expectAsRecorded(page(), name);
    });
  }
});

test("a child's output reaches the console, and Stop ends every process", async ({ page }) => {
  await openPage(page);
  await runThenStop(
    page,
    [
      "import multiprocessing",
      "def spin():",
      "    print('child up', flush=True)",
      "    while True:",
      "        pass",
      "if __name__ == '__main__':",
      "    p = multiprocessing.Process(target=spin)",
      "    p.start()",
      "    p.join()",
    ],
    ["child up"],
  );
  // The next program runs.
  const next = await page.evaluate(() => window.playground.runProgram("print('next')"));
  expect(next.stdout).toBe("next\n");
});

test("Stop ends a program whose parent waits in Queue.get() and whose child waits on a Lock", async ({
  page,
}) => {
  await openPage(page);
  await runThenStop(
    page,
    [
      "import multiprocessing",
      "def child(lock, q):",
      "    print('child waits for the lock', flush=True)",
      "    lock.acquire()",
      "    q.put('never')",
      "if __name__ == '__main__':",
      "    lock, q = multiprocessing.Lock(), multiprocessing.Queue()",
      "    lock.acquire()",
      "    multiprocessing.Process(target=child, args=(lock, q)).start()",
      "    print('parent waits on the queue', flush=True)",
      "    print(q.get())",
    ],
    ["child waits for the lock", "parent waits on the queue"],
  );
  // The next program starts with the shared memory cleared, and runs.
  const next = await page.evaluate(() =>
    window.playground.runProgram(
      "import multiprocessing\nv = multiprocessing.Value('i', 7)\nprint(v.value, multiprocessing.Lock())",
    ),
  );
  expect(next.stdout).toBe("7 <Lock(owner=None)>\n");
});

test("a program may have 32 processes alive at once; one more raises a clear RuntimeError, and ended ones make room", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page);
  const source = [
    "import multiprocessing",
    "def wait(event):",
    "    event.wait()",
    "if __name__ == '__main__':",
    "    go = multiprocessing.Event()",
    "    ps = [multiprocessing.Process(target=wait, args=(go,)) for _ in range(33)]",
    "    for i, p in enumerate(ps):",
    "        try:",
    "            p.start()",
    "        except RuntimeError as e:",
    "            print(i, e)",
    "    go.set()",
    "    for p in ps[:32]:",
    "        p.join()",
    "    print([p.exitcode for p in ps[:32]] == [0] * 32)",
    "    late = multiprocessing.Process(target=wait, args=(go,))",
    "    late.start()",
    "    late.join()",
    "    print('after they ended:', late.exitcode)",
  ].join("\n");
  const result = await page.evaluate((program) => window.playground.runProgram(program), source);
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe(
    "32 can't start a new process (a program here may have at most 32 processes alive at once, besides its main one)\n" +
      "True\nafter they ended: 0\n",
  );
});

test("the timeline shows each process's threads in lanes of their own, and a table of the processes", async ({
  page,
}) => {
  await openPage(page);
  await typeProgram(
    page,
    [
      "import multiprocessing, threading",
      "def work():",
      "    sum(i * i for i in range(50_000))",
      "def child():",
      "    t = threading.Thread(target=work)",
      "    t.start()",
      "    work()",
      "    t.join()",
      "if __name__ == '__main__':",
      "    p = multiprocessing.Process(target=child)",
      "    p.start()",
      "    p.join()",
      "    print(p.exitcode)",
      "",
    ].join("\n"),
  );
  await page.click("#program-run");
  await expect(page.locator("body")).toHaveAttribute("data-program", "idle", { timeout: 30_000 });
  await expect(page.locator("#console")).toContainText("0");
  const rows = page.locator("#program-processes tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("td").first()).toHaveText("Process-1");
  await expect(rows.first().locator("td").last()).toHaveText("0");
  const chart = page.locator("#program-timeline-chart");
  await expect(chart).toContainText("Timeline of the program's processes and threads");
  for (const lane of ["main thread", "Process-1", "Process-1 thread 1"]) {
    await expect(chart.locator("text", { hasText: new RegExp(`^${lane}$`) }).first()).toBeVisible();
  }
});

test("a pool's workers have lanes too, with their start-up and pickling, and the table says how long both took", async ({
  page,
}) => {
  await openPage(page);
  await expectPoolLanesAndTable(page);
});

test("Stop ends a program in Pool.map whose workers spin", async ({ page }) => {
  await openPage(page);
  await expectStopToEndASpinningPool(page);
});

test("a child that prints a million lines: all of it reaches the program's output, the console keeps the last lines", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page);
  const source = [
    "import multiprocessing",
    "def chatty():",
    "    for i in range(1_000_000):",
    "        print(i)",
    "if __name__ == '__main__':",
    "    p = multiprocessing.Process(target=chatty)",
    "    p.start()",
    "    p.join()",
    "    print('parent done', p.exitcode)",
    "",
  ].join("\n");
  const result = await page.evaluate((s) => window.playground.runProgram(s), source);
  expect(result.exitCode).toBe(0);
  const lines = result.stdout.split("\n");
  expect(lines.length).toBe(1_000_002);
  expect(lines.slice(-3)).toEqual(["999999", "parent done 0", ""]);
  await typeProgram(page, source);
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  await expect(page.locator("#console .hidden-lines")).toContainText("earlier lines hidden");
  await expect(page.locator("#console .line.stdout").last()).toHaveText("parent done 0\n");
});

test("a child's lines are tagged with its process and thread", async ({ page }) => {
  await openPage(page);
  const source = [
    "import multiprocessing",
    "def hello():",
    "    print('from the child')",
    "if __name__ == '__main__':",
    "    p = multiprocessing.Process(target=hello)",
    "    p.start()",
    "    p.join()",
    "    print('exitcode', p.exitcode)",
  ].join("\n");
  const tagged = await page.evaluate(async (source) => {
    const lines: string[] = [];
    await window.playground.runProgram(source, {}, (_stream, text, { thread }) =>
      lines.push(`${thread}: ${text}`),
    );
    return lines.join("");
  }, source);
  expect(tagged).toBe("Process-1/MainThread: from the child\nMainThread: exitcode 0\n");
});

test("a pool worker that crashes breaks the pool with CPython's BrokenProcessPool, and the page goes on", async ({
  page,
}) => {
  await openPage(page);
  const source = [
    "import faulthandler",
    "from concurrent.futures import ProcessPoolExecutor",
    "from concurrent.futures.process import BrokenProcessPool",
    "def crash(x):",
    "    faulthandler._sigabrt()",
    "if __name__ == '__main__':",
    "    with ProcessPoolExecutor(max_workers=1) as ex:",
    "        try:",
    "            ex.submit(crash, 1).result()",
    "        except BrokenProcessPool as e:",
    "            print(type(e).__name__ + ':', e)",
    "        try:",
    "            ex.submit(abs, -1)",
    "        except BrokenProcessPool as e:",
    "            print('then:', e)",
  ].join("\n");
  const result = await page.evaluate((s) => window.playground.runProgram(s), source);
  expect(result.stdout).toBe(
    "BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.\n" +
      "then: A child process terminated abruptly, the process pool is not usable anymore\n",
  );
  expect(result.stderr).toContain("Process SpawnProcess-1");
  const next = await page.evaluate(() => window.playground.runProgram("print('next')"));
  expect(next.stdout).toBe("next\n");
});

test("cpu_count() is the browser's core count, and kill() ends a child with -9 as terminate() does with -15", async ({
  page,
}) => {
  await openPage(page);
  const source = [
    "import multiprocessing, time",
    "def nap():",
    "    time.sleep(30)",
    "if __name__ == '__main__':",
    "    print(multiprocessing.cpu_count())",
    "    for end in ('terminate', 'kill'):",
    "        p = multiprocessing.Process(target=nap)",
    "        p.start()",
    "        getattr(p, end)()",
    "        p.join()",
    "        print(end, p.exitcode)",
  ].join("\n");
  const result = await page.evaluate((s) => window.playground.runProgram(s), source);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe(`${cores}\nterminate -15\nkill -9\n`);
});
