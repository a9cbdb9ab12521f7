// The console at volume: a program printing a million short lines, run with the
// page's Run button and with `npm run py`, against python3 printing the same
// lines to /dev/null and to a pipe. Used by scripts/bench.mjs.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const PRINT_LINES = 1_000_000;
const PRINT_PROGRAM = `for i in range(${PRINT_LINES}):\n    print(i)\n`;

function programFile(source) {
  const file = join(mkdtempSync(join(tmpdir(), "gil-print-")), "prog.py");
  writeFileSync(file, source);
  return file;
}

/** Wall time of `command args`, its stdout to /dev/null or read through a pipe. */
function timed(command, args, { pipe }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", pipe ? "pipe" : "ignore", "ignore"] });
    let bytes = 0;
    child.stdout?.on("data", (data) => (bytes += data.length));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
      else resolve({ ms: performance.now() - start, bytes });
    });
  });
}

/**
 * Runs the program with the Run button and times it from the click until the
 * console shows how the run ended, after its last line; the longest main-thread task meanwhile comes from a
 * PerformanceObserver of long tasks (50 ms and more; 0 when there was none).
 */
export async function measurePrintRun(page) {
  const file = programFile(PRINT_PROGRAM);
  const cpython = await timed("python3", [file], { pipe: false });
  await page.locator("#program-panel .cm-content").fill(PRINT_PROGRAM);
  const result = await page.evaluate(async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: "longtask" });
    const start = performance.now();
    document.querySelector("#program-run").click();
    // Until the console shows how the run ended (after the last line).
    const console = document.querySelector("#console");
    await new Promise((resolve) => {
      const ended = () =>
        document.body.dataset.program === "idle" && console.textContent.includes("Exited with status");
      const check = () => (ended() ? resolve() : setTimeout(check, 5));
      setTimeout(check, 5);
    });
    const ms = performance.now() - start;
    // Long tasks are reported after they end: let the last ones arrive.
    await new Promise((r) => setTimeout(r, 100));
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    return {
      ms,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      lastLine: [...console.querySelectorAll(".stdout")].at(-1)?.textContent ?? "",
      ended: console.textContent.includes("Exited with status 0"),
    };
  });
  if (!result.ended || result.lastLine !== `${PRINT_LINES - 1}\n`) {
    throw new Error(`the print run did not end as expected: ${JSON.stringify(result)}`);
  }
  return {
    print_1m_ms: result.ms,
    print_1m_longest_task_ms: result.longestTaskMs,
    cpython_print_1m_devnull_ms: cpython.ms,
  };
}

/**
 * `npm run py` (node scripts/py.mjs) of the program, its output through a
 * pipe, against python3's; and of an empty program, for its start-up.
 */
export async function measurePrintCommand() {
  const file = programFile(PRINT_PROGRAM);
  const empty = programFile("");
  execFileSync("node", ["scripts/py.mjs", empty], { cwd: root, stdio: "ignore" }); // builds if needed
  const startup = await timed("node", ["scripts/py.mjs", empty], { pipe: true });
  const ours = await timed("node", ["scripts/py.mjs", file], { pipe: true });
  const cpython = await timed("python3", [file], { pipe: true });
  if (ours.bytes !== cpython.bytes) {
    throw new Error(`npm run py printed ${ours.bytes} bytes, python3 ${cpython.bytes}`);
  }
  return {
    py_print_1m_ms: ours.ms,
    py_startup_ms: startup.ms,
    cpython_print_1m_pipe_ms: cpython.ms,
  };
}
