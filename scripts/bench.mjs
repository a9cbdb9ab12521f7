// npm run bench -- [--preset NAME] [--json] [--out FILE]
// Serves the built page, runs a preset in headless Chromium through the page's own
// API (window.playground.compare), and prints a table like the articles'
// "SPEEDUP COMPARISON". It also times the same kernel natively (x86-64), measures
// Cancel-to-idle, and reports the longest main-thread task. With --json, the last
// line of output is one JSON object; with --out FILE, that object is written to FILE
// (scripts/readme-figures.mjs makes the README's table from such files).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { PRINT_LINES, measurePrintCommand, measurePrintRun } from "./bench-print.mjs";
import { firstLoadSize } from "./first-load-size.mjs";
import { serve } from "./serve.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const asJson = args.includes("--json");
// --out FILE: relative to the directory npm was started in (npm runs the script in the package root).
const outArg = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
if (args.includes("--out") && (!outArg || outArg.startsWith("--"))) {
  console.error("--out takes a file name: npm run bench -- --preset cpu --json --out bench-results/cpu.json");
  process.exit(2);
}
const outFile = outArg ? resolve(process.env.INIT_CWD ?? process.cwd(), outArg) : null;
const presetName = args.includes("--preset") ? args[args.indexOf("--preset") + 1] : "native-cpu";
const NAMES = {
  sequential: "Sequential",
  threads: "Threads (GIL)",
  "threads-nogil": "Threads (no GIL)",
  processes: "Processes",
};

/** CPython's own time for one `sum(i*i for i in range(n))` (best of 3), in ms. */
function cpythonMs(n) {
  const code =
    "import time\nbest = 1e9\nfor _ in range(3):\n    t = time.perf_counter()\n" +
    `    sum(i*i for i in range(${n}))\n    best = min(best, time.perf_counter() - t)\nprint(best * 1000)`;
  const out = execFileSync("python3", ["-c", code], { encoding: "utf8" });
  return {
    version: execFileSync("python3", ["--version"], { encoding: "utf8" }).trim(),
    ms: Number(out.trim()),
  };
}

function log(line = "") {
  console.log(line);
}

function dots(label, value) {
  return `${label.padEnd(40, ".")} ${value}`;
}

/** Starts a long run, presses Cancel after `afterMs`, and times the way back to idle. */
async function measureCancel(page, experiment, afterMs = 500) {
  return page.evaluate(
    async ({ experiment, afterMs }) => {
      const run = window.playground.compare(experiment).catch((e) => e.name);
      await new Promise((r) => setTimeout(r, afterMs));
      const start = performance.now();
      document.querySelector("#cancel").click();
      while (document.body.dataset.state !== "idle") await new Promise((r) => setTimeout(r, 0));
      const idleMs = performance.now() - start;
      return { idleMs, outcome: await run };
    },
    { experiment, afterMs },
  );
}

/** Five threads spinning in `while True: pass` (the main one and four more). */
const SPINNING = `import threading
def spin():
    while True:
        pass
for _ in range(4):
    threading.Thread(target=spin).start()
print("started", flush=True)
spin()
`;

/**
 * Runs SPINNING from the page's editor, presses Stop half a second after it
 * printed, and times the way back to an idle program section (as a user sees it).
 */
async function measureProgramStop(page) {
  await page.locator("#program-panel .cm-content").fill(SPINNING);
  await page.click("#program-run");
  await page.locator("#console").getByText("started").waitFor();
  await page.waitForTimeout(500);
  const idleMs = await page.evaluate(async () => {
    const start = performance.now();
    document.querySelector("#program-stop").click();
    while (document.body.dataset.program !== "idle") await new Promise((r) => setTimeout(r, 0));
    return performance.now() - start;
  });
  return idleMs;
}

/**
 * The run's share link: its length, and how long a fresh page takes from
 * navigation to showing the shared results.
 */
async function measureShare(browser, page, result) {
  const link = await page.evaluate((r) => window.playground.link(r), result);
  const other = await browser.newPage();
  try {
    const start = Date.now();
    await other.goto(link);
    await other
      .waitForSelector("body[data-shared=shown]", { state: "attached", timeout: 10_000 })
      .catch(async (e) => {
        throw new Error(`the run's link did not open: ${await other.locator("#status").textContent()}`, {
          cause: e,
        });
      });
    return { link_bytes: link.length, link_open_ms: Date.now() - start };
  } finally {
    await other.close();
  }
}

/** The time a program reports for itself ("ms=…" on its last line). */
function reportedMs(stdout) {
  const match = /ms=([\d.]+)\s*$/.exec(stdout);
  if (!match) throw new Error(`no "ms=" line in: ${stdout.slice(-200)}`);
  return Number(match[1]);
}

/** Runs of each program of examples/bench/ that are timed, and untimed ones before them. */
const PROGRAM_RUNS = 5;
const PROGRAM_WARM_UP = 2;

/**
 * The programs of examples/bench/ on one interpreter thread in the page and in
 * python3, each the median of PROGRAM_RUNS runs of the time it measures itself;
 * the same output is required of both. In the page, PROGRAM_WARM_UP runs come
 * first, untimed, as for the compare experiment: V8 runs a wasm function first
 * in its baseline compiler and optimises it once it is hot, and a first run of
 * fib took twice as long as the fourth (its calls go through code the runs
 * before it had not made hot yet).
 */
async function measurePrograms(page) {
  const dir = join(root, "examples", "bench");
  const rows = [];
  for (const name of ["sum", "loop", "fib", "objects"]) {
    const source = readFileSync(join(dir, `${name}.py`), "utf8");
    const ours = [];
    const theirs = [];
    let expected = "";
    for (let i = 0; i < PROGRAM_WARM_UP; i++) {
      await page.evaluate((s) => window.playground.runProgram(s), source);
    }
    for (let i = 0; i < PROGRAM_RUNS; i++) {
      const out = execFileSync("python3", [join(dir, `${name}.py`)], { encoding: "utf8" });
      theirs.push(reportedMs(out));
      expected = out.split("\n")[0];
      const result = await page.evaluate((s) => window.playground.runProgram(s), source);
      if (result.exitCode !== 0 || result.stdout.split("\n")[0] !== expected) {
        throw new Error(`${name}.py: the page printed ${result.stdout}${result.stderr}, python3 ${expected}`);
      }
      ours.push(reportedMs(result.stdout));
    }
    const ms = median(ours);
    const cpython_ms = median(theirs);
    // The fastest runs too: on a machine shared with others, noise only adds
    // time, and the medians of the two sides can catch different noise.
    const min_ms = Math.min(...ours);
    const cpython_min_ms = Math.min(...theirs);
    rows.push({
      program: name,
      ms,
      cpython_ms,
      ratio: ms / cpython_ms,
      min_ms,
      cpython_min_ms,
      min_ratio: min_ms / cpython_min_ms,
    });
  }
  return rows;
}

/** Runs of each program of examples/classic/ that are timed, and untimed ones before them. */
const CLASSIC_RUNS = 3;
const CLASSIC_WARM_UP = 1;

/** What a program printed but its last line ("ms=…"): its checksum, the same for both interpreters. */
function checkedOutput(stdout) {
  return stdout.trimEnd().split("\n").slice(0, -1).join("\n");
}

/**
 * The classic interpreter benchmarks of examples/classic/ (richards, nbody,
 * deltablue…) at their default sizes on one interpreter thread in the page
 * and in python3, each the median of CLASSIC_RUNS runs of the time it
 * measures itself, after CLASSIC_WARM_UP untimed run in the page. They are
 * longer than examples/bench/'s, hence fewer runs. A program that fails in
 * the page or prints another checksum than python3's gives a row with
 * `error` instead of times, and the bench goes on with the next one.
 */
async function measureClassic(page) {
  const dir = join(root, "examples", "classic");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.slice(0, -".py".length))
    .sort();
  const rows = [];
  for (const name of names) {
    const file = join(dir, `${name}.py`);
    const source = readFileSync(file, "utf8");
    const ours = [];
    const theirs = [];
    try {
      const runInPage = async () => {
        const result = await page.evaluate((s) => window.playground.runProgram(s), source);
        if (result.exitCode !== 0) {
          const last = result.stderr.trimEnd().split("\n").pop();
          throw new Error(`the page's run ended with exit code ${result.exitCode}: ${last}`);
        }
        return result.stdout;
      };
      for (let i = 0; i < CLASSIC_WARM_UP; i++) await runInPage();
      for (let i = 0; i < CLASSIC_RUNS; i++) {
        const out = execFileSync("python3", [file], { encoding: "utf8" });
        theirs.push(reportedMs(out));
        const expected = checkedOutput(out);
        const stdout = await runInPage();
        if (checkedOutput(stdout) !== expected) {
          throw new Error(
            `the page printed ${JSON.stringify(checkedOutput(stdout))}, python3 ${JSON.stringify(expected)}`,
          );
        }
        ours.push(reportedMs(stdout));
      }
    } catch (e) {
      rows.push({ program: name, error: e.message.split("\n")[0] });
      continue;
    }
    const ms = median(ours);
    const cpython_ms = median(theirs);
    rows.push({ program: name, ms, cpython_ms, ratio: ms / cpython_ms });
  }
  return rows;
}

/** The geometric mean of the ratios of the rows without an error (null if none). */
function geomean(rows) {
  const ratios = rows.filter((r) => r.error === undefined).map((r) => r.ratio);
  if (!ratios.length) return null;
  return Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
}

/**
 * Parsing and compiling the articles' longest program (their benchmark) in the
 * page: the median of 5. A first line `raise SystemExit` makes the run stop
 * as soon as the whole file is compiled.
 */
async function measureCompile(page) {
  const source = readFileSync(join(root, "examples", "articles", "benchmark_threads.py"), "utf8");
  const times = [];
  for (let i = 0; i < 5; i++) {
    const result = await page.evaluate((s) => window.playground.runProgram(s), `raise SystemExit\n${source}`);
    times.push(result.compileMs);
  }
  return median(times);
}

/**
 * Processes in a program: a CPU-bound task 4 times sequentially, then on
 * Pool(2).map (its start-up included, as `with Pool()` counts it); and a
 * process's start-up, from start() to its target running, median of 5.
 */
const PROCESSES = `
import multiprocessing, time

def task(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

def started(t0):
    print(round((time.time() - t0) * 1000, 1))

if __name__ == "__main__":
    n = 7_000_000
    # Untimed: the browser first runs wasm from a quick compile and optimises hot
    # code meanwhile; timed cold, the sequential run looked up to 1.4x slower.
    task(n)
    t0 = time.time()
    sequential = [task(n) for _ in range(4)]
    seq_ms = (time.time() - t0) * 1000
    t0 = time.time()
    with multiprocessing.Pool(2) as pool:
        parallel = pool.map(task, [n] * 4)
    pool_ms = (time.time() - t0) * 1000
    assert parallel == sequential
    print(round(seq_ms, 1), round(pool_ms, 1))
    for _ in range(5):
        p = multiprocessing.Process(target=started, args=(time.time(),))
        p.start()
        p.join()
`;

async function measureProcesses(browser, url) {
  // A fresh page, as for the threads: at the end of the whole bench, on the
  // page that ran everything else, a child's worker once failed to start.
  const fresh = await browser.newPage();
  await fresh.goto(url);
  await fresh.evaluate(() => window.playground.ready);
  const result = await fresh.evaluate((s) => window.playground.runProgram(s), PROCESSES);
  await fresh.close();
  if (result.exitCode !== 0) throw new Error(`processes: ${result.stderr}`);
  const [first, ...startups] = result.stdout.trim().split("\n");
  const [seqMs, poolMs] = first.split(" ").map(Number);
  return {
    program_sequential_ms: seqMs,
    program_pool_ms: poolMs,
    program_pool_speedup: seqMs / poolMs,
    process_startup_ms: median(startups.map(Number)),
  };
}

/**
 * Pickling: a list of 100,000 ints to a pool worker and back (Pool.apply of a
 * function that returns its argument), the median of 7 round trips, in ms.
 * The page and python3 run the same program; MB/s counts CPython's pickle of
 * the list (PICKLE_BYTES) each way, for both.
 */
const PICKLE = `
import multiprocessing, time

def echo(x):
    return x

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    data = list(range(100_000))
    with multiprocessing.Pool(1) as pool:
        assert pool.apply(echo, (data,)) == data
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            pool.apply(echo, (data,))
            times.append(time.perf_counter() - t0)
    times.sort()
    print(times[3] * 1000)
`;

async function measurePickle(browser, url) {
  const fresh = await browser.newPage();
  try {
    await fresh.goto(url);
    await fresh.evaluate(() => window.playground.ready);
    const result = await fresh.evaluate((s) => window.playground.runProgram(s), PICKLE);
    if (result.exitCode !== 0) throw new Error(`pickle: ${result.stderr}`);
    const pageMs = Number(result.stdout.trim());
    const dir = mkdtempSync(join(tmpdir(), "gil-bench-"));
    const file = join(dir, "pickle_round_trip.py");
    writeFileSync(file, PICKLE);
    const cpythonMs = Number(execFileSync("python3", [file], { encoding: "utf8" }).trim());
    const bytes = Number(
      execFileSync("python3", ["-c", "import pickle; print(len(pickle.dumps(list(range(100_000)))))"], {
        encoding: "utf8",
      }).trim(),
    );
    const mbPerS = (ms) => (2 * bytes) / 1e6 / (ms / 1000);
    return {
      pickle_round_trip_ms: pageMs,
      cpython_pickle_round_trip_ms: cpythonMs,
      pickle_mb_per_s: mbPerS(pageMs),
      cpython_pickle_mb_per_s: mbPerS(cpythonMs),
    };
  } finally {
    await fresh.close();
  }
}

/** Starts and joins 100 threads that do nothing, and prints the milliseconds it took. */
const THREADS_100 = `
import threading, time
start = time.perf_counter()
threads = [threading.Thread(target=lambda: None) for _ in range(100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print((time.perf_counter() - start) * 1000)
`;

/**
 * 100 threads started and joined: on a fresh page (its threads' workers
 * started as the program needs them: cold), then the median of 5 more runs
 * on the same page (its workers kept: warm), and python3's median of 5.
 */
async function measureThreads(browser, url) {
  const fresh = await browser.newPage();
  try {
    await fresh.goto(url);
    await fresh.evaluate(() => window.playground.ready);
    const runMs = async () => {
      const result = await fresh.evaluate((s) => window.playground.runProgram(s), THREADS_100);
      if (result.exitCode !== 0) throw new Error(`100 threads: ${result.stderr}`);
      return Number(result.stdout.trim());
    };
    const cold = await runMs();
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await runMs());
    const cpython = [];
    for (let i = 0; i < 5; i++) {
      cpython.push(Number(execFileSync("python3", ["-c", THREADS_100], { encoding: "utf8" }).trim()));
    }
    return {
      threads_100_cold_ms: cold,
      threads_100_ms: median(warm),
      cpython_threads_100_ms: median(cpython),
    };
  } finally {
    await fresh.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median time of one task run alone (sequential, the interpreter's one thread). */
function seqTaskMs(result) {
  const seq = result.rows.find((r) => r.mode === "sequential");
  const sorted = [...seq.taskMs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** "rme ±2.1%" (the 95% interval's half-width over the mean), "noisy" above 5%. */
function rme(r) {
  if (r.rme === null) return "rme —";
  return `rme ±${(r.rme * 100).toFixed(1)}%${r.rme > 0.05 ? " noisy" : ""}`;
}

function label(r) {
  return r.mode === "sequential" ? NAMES[r.mode] : `${NAMES[r.mode]}, ${r.workers} workers`;
}

const { server, url } = await serve({ port: 4320 });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  const loadStart = Date.now();
  await page.goto(url);
  await page.evaluate(() => window.playground.ready);
  // Navigation to ready (editor shown, thread pool started and warmed up).
  const readyMs = Date.now() - loadStart;
  const presets = await page.evaluate(() => window.playground.presets);
  const preset = presets[presetName];
  if (!preset) {
    console.error(`unknown preset "${presetName}"; known: ${Object.keys(presets).join(", ")}`);
    process.exit(2);
  }
  const experiment = preset.experiment;
  log(`Preset ${presetName}: ${preset.title}`);
  log(`Serving ${url}; running in headless Chromium…`);
  const result = await page.evaluate((e) => window.playground.compare(e), experiment);
  const env = result.env;

  // A task list of one number repeated, `[n] * tasks`: what the reference runs take.
  const repeated = /^\[([\d_]+)\] \* (\d+)$/.exec(experiment.args.trim());
  const n = repeated ? Number(repeated[1].replaceAll("_", "")) : null;
  const tasks = repeated ? Number(repeated[2]) : null;
  // The same kernel natively, for the wasm-vs-native ratio (kernels.sum_squares).
  let native = null;
  if (repeated && experiment.program.includes("kernels.sum_squares(")) {
    const out = execFileSync(
      "cargo",
      [
        "run",
        "-q",
        "--release",
        "--example",
        "kernel_speed",
        "--",
        String(n),
        String(tasks),
        String(experiment.repeats),
      ],
      { cwd: root, encoding: "utf8" },
    );
    native = JSON.parse(out.trim().split("\n").pop());
  }
  // One interpreter thread against CPython on the same n (the cpu preset's sum).
  let python = null;
  if (repeated && presetName === "cpu") {
    const c = cpythonMs(n);
    python = { ...c, interpreter_ms: seqTaskMs(result) };
  }
  const cancel = await measureCancel(page, { ...experiment, repeats: 20 });
  const share = await measureShare(browser, page, result);
  const programs = await measurePrograms(page);
  const classic = await measureClassic(page);
  const classicGeomean = geomean(classic);
  const compileMs = await measureCompile(page);
  const programStopMs = await measureProgramStop(page);
  const print = { ...(await measurePrintRun(page)), ...(await measurePrintCommand()) };
  const firstLoad = await firstLoadSize({ port: 4321 });
  const threads = await measureThreads(browser, url);
  const processes = await measureProcesses(browser, url);
  const pickle = await measurePickle(browser, url);

  const seq = result.rows.find((r) => r.mode === "sequential");
  log();
  log(
    `Benchmarking ${experiment.call}(arg) for each arg of ${experiment.args}, ` +
      `${experiment.workers} workers, switch interval ${experiment.switchIntervalMs} ms, ` +
      `median of ${experiment.repeats} after 1 warm-up`,
  );
  log(
    `${env.browser}, ${env.cores} logical cores, timer resolution ${(env.timerResolutionMs * 1000).toFixed(0)} µs, ` +
      `${env.crossOriginIsolated ? "cross-origin isolated" : "NOT cross-origin isolated"}, ` +
      `thread pool ${env.threadPoolSize} threads (started in ${env.threadPoolStartupMs?.toFixed(0)} ms)`,
  );
  log("=".repeat(60));
  for (const r of result.rows) {
    const startup = r.startupMs === null ? "" : `, start-up ${r.startupMs.toFixed(0)} ms included`;
    log(
      dots(
        label(r),
        `${(r.medianMs / 1000).toFixed(3)}s (min ${(r.minMs / 1000).toFixed(3)}, max ${(r.maxMs / 1000).toFixed(3)}, ${rme(r)}${startup})${r.verified ? "" : "  MISMATCH"}`,
      ),
    );
  }
  for (const s of result.skipped) log(dots(NAMES[s.mode], `not run: ${s.reason}`));
  if (native) log(dots("Native x86-64 (same Rust, sequential)", `${(native.median_ms / 1000).toFixed(3)}s`));
  log("=".repeat(60));
  log("SPEEDUP COMPARISON (relative to sequential):");
  for (const r of result.rows) log(dots(label(r), `${r.speedup.toFixed(2)}x`));
  log("=".repeat(60));
  const wasmOverNative = native ? seq.medianMs / native.median_ms : null;
  if (native) log(dots("wasm sequential / native x86-64", `${wasmOverNative.toFixed(2)}x`));
  const gilRow = result.rows.find((r) => r.mode === "threads" && r.handoffMedianMs !== undefined);
  if (gilRow) {
    log(
      dots(
        "GIL hand-off period, median",
        `${gilRow.handoffMedianMs.toFixed(2)} ms (switch interval ${experiment.switchIntervalMs} ms)`,
      ),
    );
  }
  if (presetName === "convoy") {
    for (const r of result.rows.filter((r) => r.mode.startsWith("threads"))) {
      log(dots(`I/O thread's total time, ${NAMES[r.mode]}`, `${r.taskMs[1].toFixed(0)} ms`));
    }
  }
  if (python) {
    log(dots("One interpreter thread (Chromium), 1 task", `${python.interpreter_ms.toFixed(1)} ms`));
    log(dots(`${python.version}, same sum`, `${python.ms.toFixed(1)} ms`));
    log(dots("interpreter / CPython", `${(python.interpreter_ms / python.ms).toFixed(2)}x`));
  }
  log(dots("Longest main-thread task during the run", `${result.longestTaskMs.toFixed(0)} ms`));
  log(dots("Cancel to idle page", `${cancel.idleMs.toFixed(1)} ms (${cancel.outcome})`));
  log(dots("Stop to idle, 5 threads in while True", `${programStopMs.toFixed(1)} ms`));
  log(dots("Share link of this run", `${(share.link_bytes / 1024).toFixed(1)} KB`));
  log(dots("Share link opened and shown", `${share.link_open_ms} ms`));
  log(dots("Page ready after navigation", `${readyMs} ms`));
  log(dots("Compiling the articles' benchmark (page)", `${compileMs.toFixed(2)} ms`));
  log(dots("First load (gzip), until ready", `${(firstLoad.gzip / 1000).toFixed(1)} kB`));
  const lines = `${PRINT_LINES.toLocaleString("en")} lines`;
  log(dots(`Run button printing ${lines}`, `${(print.print_1m_ms / 1000).toFixed(2)} s`));
  log(dots("  longest main-thread task meanwhile", `${print.print_1m_longest_task_ms.toFixed(0)} ms`));
  log(dots("  python3 to /dev/null", `${(print.cpython_print_1m_devnull_ms / 1000).toFixed(2)} s`));
  log(
    dots(
      `npm run py printing ${lines} to a pipe`,
      `${(print.py_print_1m_ms / 1000).toFixed(2)} s (start-up ${(print.py_startup_ms / 1000).toFixed(2)} s)`,
    ),
  );
  log(dots("  python3 to a pipe", `${(print.cpython_print_1m_pipe_ms / 1000).toFixed(2)} s`));
  log(
    dots(
      "Program: 4 tasks sequentially, then Pool(2).map",
      `${processes.program_sequential_ms.toFixed(0)} ms, ${processes.program_pool_ms.toFixed(0)} ms: ${processes.program_pool_speedup.toFixed(2)}x`,
    ),
  );
  log(dots("  a process's start-up, median of 5", `${processes.process_startup_ms.toFixed(1)} ms`));
  log(
    dots(
      "Pickling 100,000 ints to a worker and back",
      `${pickle.pickle_mb_per_s.toFixed(1)} MB/s (${pickle.pickle_round_trip_ms.toFixed(1)} ms a round trip)`,
    ),
  );
  log(
    dots(
      "  python3's Pool.apply",
      `${pickle.cpython_pickle_mb_per_s.toFixed(1)} MB/s (${pickle.cpython_pickle_round_trip_ms.toFixed(1)} ms)`,
    ),
  );
  log(dots("100 threads started and joined, fresh page", `${threads.threads_100_cold_ms.toFixed(1)} ms`));
  log(dots("  again (threads' workers kept), median of 5", `${threads.threads_100_ms.toFixed(1)} ms`));
  log(dots("  python3", `${threads.cpython_threads_100_ms.toFixed(1)} ms`));
  log("=".repeat(60));
  log(
    `ONE INTERPRETER THREAD vs CPython (examples/bench/*.py, each timing itself; median of ${PROGRAM_RUNS}, after ${PROGRAM_WARM_UP} untimed runs in the page):`,
  );
  for (const p of programs) {
    log(
      dots(
        `${p.program}.py`,
        `${p.ms.toFixed(1)} ms vs ${p.cpython_ms.toFixed(1)} ms = ${p.ratio.toFixed(2)}x (fastest: ${p.min_ratio.toFixed(2)}x)`,
      ),
    );
  }
  log("=".repeat(60));
  log(
    `CLASSIC BENCHMARKS, ONE INTERPRETER THREAD vs CPython (examples/classic/*.py, each timing itself; median of ${CLASSIC_RUNS}, after ${CLASSIC_WARM_UP} untimed run in the page):`,
  );
  for (const c of classic) {
    if (c.error !== undefined) {
      log(dots(`${c.program}.py`, `ERROR: ${c.error}`));
    } else {
      log(
        dots(
          `${c.program}.py`,
          `${c.ms.toFixed(1)} ms vs ${c.cpython_ms.toFixed(1)} ms = ${c.ratio.toFixed(2)}x`,
        ),
      );
    }
  }
  const classicFailed = classic.filter((c) => c.error !== undefined).length;
  log(
    dots(
      "Geometric mean of the ratios",
      classicGeomean === null
        ? "— (every program failed)"
        : `${classicGeomean.toFixed(2)}x${classicFailed ? ` (${classicFailed} failed, left out)` : ""}`,
    ),
  );
  if (result.hiddenDuringRun) log("WARNING: the tab was hidden during the run: timings are throttled");
  if (pageErrors.length) log(`PAGE ERRORS: ${pageErrors.join("; ")}`);

  if (asJson || outFile) {
    const summary = {
      preset: presetName,
      experiment,
      env: { ...env, timer_resolution_ms: env.timerResolutionMs },
      rows: result.rows.map((r) => ({
        // Both thread modes are "threads"; `gil` tells them apart.
        mode: r.mode === "threads-nogil" ? "threads" : r.mode,
        ...(r.gil === null ? {} : { gil: r.gil }),
        workers: r.workers,
        median_ms: r.medianMs,
        min_ms: r.minMs,
        max_ms: r.maxMs,
        // 95% interval of the mean time (mean ± t·s/√n) and its relative margin of error.
        ci95_ms: r.ci95Ms,
        rme: r.rme,
        speedup: r.speedup,
        verified: r.verified,
        startup_ms: r.startupMs,
        times_ms: r.timesMs,
        task_ms: r.taskMs,
      })),
      gil_handoff_median_ms: gilRow?.handoffMedianMs ?? null,
      convoy:
        presetName === "convoy"
          ? Object.fromEntries(
              result.rows
                .filter((r) => r.mode.startsWith("threads"))
                .map((r) => [r.gil ? "io_thread_ms_gil" : "io_thread_ms_nogil", r.taskMs[1]]),
            )
          : null,
      cpython: python,
      skipped: result.skipped,
      longest_task_ms: result.longestTaskMs,
      cancel_to_idle_ms: cancel.idleMs,
      program_stop_to_idle_ms: programStopMs,
      python_vs_cpython: programs,
      classic_vs_cpython: classic,
      classic_geomean: classicGeomean,
      ready_ms: readyMs,
      compile_ms: compileMs,
      first_load_gzip_bytes: firstLoad.gzip,
      ...print,
      ...threads,
      ...processes,
      ...pickle,
      hidden_during_run: result.hiddenDuringRun,
      ...share,
      native_x86_64: native && { median_ms: native.median_ms, wasm_over_native: wasmOverNative },
      page_errors: pageErrors,
    };
    if (outFile) {
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, `${JSON.stringify(summary)}\n`);
      log(`Wrote ${outFile}`);
    }
    if (asJson) console.log(JSON.stringify(summary));
  }
} finally {
  await browser.close();
  await server.close();
}
