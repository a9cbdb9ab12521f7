// Programs that print without end, crash the interpreter or exhaust its memory
// cannot freeze, break or fool the page: each ends with a clear message, the
// page stays responsive, and the next run works. Expected outputs come from
// python3 (CPython 3.11), run here.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { SMALL, expect, openPage, compareExpectingError, test, typeProgram } from "./fixtures";

function python3(source: string): string {
  return execFileSync("python3", ["-c", source], { encoding: "utf8", maxBuffer: 64 << 20 });
}

/** What `python3 main.py` prints of `source` (as the page names its program). */
function python3AsMain(source: string): { stdout: string; stderr: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), "hostile-"));
  writeFileSync(join(dir, "main.py"), source);
  const run = spawnSync("python3", ["main.py"], { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 });
  // As crate/tests/programs/record.sh: python3 names a SyntaxError's file by its full path.
  const stderr = run.stderr.replaceAll(`File "${join(dir, "main.py")}"`, 'File "main.py"');
  return { stdout: run.stdout, stderr, status: run.status };
}

async function runProgramExpectingError(page: Page, source: string): Promise<string> {
  return page.evaluate(
    (s) =>
      window.playground.runProgram(s).then(
        (r) => `the program ended with status ${r.exitCode}: ${r.stderr}`,
        (error: Error) => error.message,
      ),
    source,
  );
}

test("200,000 printed lines: the console shows the last 5,000 and saves them all", async ({ page }) => {
  test.setTimeout(120_000);
  await openPage(page);
  const source = "for i in range(200_000):\n    print(i, 'x' * (i % 7))\n";
  await typeProgram(page, source);
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  // 200,000 lines and the end's note: the view holds between 5,000 and 5,100
  // (it drops 100 at a time), and says how many it hides.
  const shown = await page.locator("#console .line").count();
  expect(shown).toBeGreaterThanOrEqual(5_000);
  expect(shown).toBeLessThan(5_100);
  await expect(page.locator("#console .hidden-lines")).toHaveText(
    `… ${(200_001 - shown).toLocaleString("en")} earlier lines hidden (the console shows the last 5,000; Save output has them all)`,
  );
  const expected = python3(source);
  await expect(page.locator("#console .line.stdout").last()).toHaveText(`${expected.split("\n").at(-2)}\n`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#console-save")]);
  expect(download.suggestedFilename()).toBe("output.txt");
  expect(readFileSync(await download.path(), "utf8")).toBe(expected);
});

test("past 10 million characters the output is dropped, said so, and the program goes on", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page);
  // 15,000 lines of 1,000 characters: 5,000 lines past the cap.
  const source = "for i in range(15_000):\n    print('y' * 999)\nprint('done')\n";
  const result = await page.evaluate((s) => window.playground.runProgram(s), source);
  expect(result.exitCode).toBe(0);
  expect(result.stdout.length).toBe(10_000_000);
  expect(result.droppedChars).toBe(python3(source).length - 10_000_000);
  await typeProgram(page, source);
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  await expect(page.locator("#console .hidden-lines")).toContainText(
    "output past 10 million characters not kept: 5,001 lines dropped while the program went on",
  );
  await expect(page.locator("#console .line.stdout").last()).toHaveText("done\n");
});

test("while a program prints without end, the page answers: typing, scrolling and Stop work", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page);
  await typeProgram(page, "i = 0\nwhile True:\n    print(i)\n    i += 1\n");
  await page.click("#program-run");
  await expect(page.locator("#console .hidden-lines")).toContainText("earlier lines hidden", {
    timeout: 30_000,
  });
  // Typing reaches the editor while the program floods the console.
  await page.locator("#program-panel .cm-content").press("ControlOrMeta+End");
  await page.keyboard.type("# typed while it printed");
  await expect(page.locator("#program-panel .cm-content")).toContainText("# typed while it printed");
  // Scrolling up keeps the view where the reader put it.
  await page.locator("#console").evaluate((c) => (c.scrollTop = 0));
  await page.waitForTimeout(300);
  expect(await page.locator("#console").evaluate((c) => c.scrollTop)).toBeLessThan(50);
  await page.click("#program-stop");
  await expect(page.locator("#console")).toContainText("Stopped", { timeout: 10_000 });
  await expect(page.locator("body")).toHaveAttribute("data-program", "idle");
  await typeProgram(page, "print('next')\n");
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("Exited with status 0", { timeout: 60_000 });
  await expect(page.locator("#console .line.stdout")).toHaveText(["next\n"]);
});

// Recursion that goes through Rust (a sort key, `__lt__` in a sort) nests on the
// worker's native stack; once Chromium has compiled the interpreter's hot code,
// that stack held fewer than 200 such levels, and running out of it is a trap.
// The interpreter checks how much is left, and raises RecursionError first.
const NESTED_THROUGH_RUST = [
  "def deep(n):\n    return n if n <= 0 else sorted([n], key=lambda x: deep(x - 1))[0]\n",
  "class L:\n    def __init__(self, n):\n        self.n = n\n    def __lt__(self, other):\n        deep(self.n - 1)\n        return False\ndef deep(n):\n    if n > 0:\n        sorted([L(n), L(n)])\n    return 0\n",
];

test("recursion through sort keys in a warm worker raises RecursionError, not a trap", async ({ page }) => {
  test.setTimeout(240_000);
  await openPage(page);
  const warmUp = readFileSync(join("examples", "classic", "richards.py"), "utf8");
  for (const deep of NESTED_THROUGH_RUST) {
    for (let i = 0; i < 3; i++) {
      const warm = await page.evaluate((s) => window.playground.runProgram(s), warmUp);
      expect(warm.exitCode).toBe(0);
    }
    const source = `${deep}print(deep(100))\ntry:\n    deep(300)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\nprint(deep(100))\n`;
    // CPython's limit of 1000 frames is deeper: where it still returns, the
    // page raises RecursionError, and the program goes on.
    const [before, after] = python3(source).split("\n");
    const result = await page.evaluate((s) => window.playground.runProgram(s), source);
    expect(result.stdout).toBe(`${before}\nRecursionError maximum recursion depth exceeded\n${after}\n`);
    expect(result.exitCode).toBe(0);
  }
});

// CPython's own ways to crash the interpreter (faulthandler's test functions):
// each is a different trap inside the wasm.
const TRAPS = [
  { call: "_sigsegv", message: "the interpreter crashed (RuntimeError: memory access out of bounds)" },
  { call: "_sigabrt", message: "the interpreter crashed (RuntimeError: unreachable)" },
  {
    call: "_stack_overflow",
    message: "the program overflowed the stack (RangeError: Maximum call stack size exceeded)",
  },
];

for (const { call, message } of TRAPS) {
  test(`faulthandler.${call}() in a program, then in one of its threads: the run ends with a message, the next works`, async ({
    page,
  }) => {
    await openPage(page);
    const main = await runProgramExpectingError(page, `import faulthandler\nfaulthandler.${call}()\n`);
    expect(main).toBe(
      `threads worker: ${message}; ${message.startsWith("the interpreter") ? "it was" : "the interpreter was"} restarted`,
    );
    const thread = await runProgramExpectingError(
      page,
      `import faulthandler, threading\nt = threading.Thread(target=faulthandler.${call})\nt.start()\nt.join()\n`,
    );
    expect(thread).toContain(message);
    const next = await page.evaluate(() => window.playground.runProgram("print(sum(range(10)))\n"));
    expect(next).toMatchObject({ stdout: "45\n", exitCode: 0 });
  });
}

test("a trap in a compare task ends the run with a message in every mode, and the next run works", async ({
  page,
}) => {
  await openPage(page);
  const crashing = {
    ...SMALL,
    program:
      "import faulthandler\ndef task(n):\n    if n == 3:\n        faulthandler._sigsegv()\n    return n\n",
    args: "[1, 2, 3, 4]",
  };
  for (const mode of ["sequential", "threads", "processes"] as const) {
    const error = await compareExpectingError(page, { ...crashing, modes: [mode] });
    expect(error).toContain("the interpreter crashed (RuntimeError: memory access out of bounds)");
  }
  await expect(page.locator("#status")).toContainText("memory access out of bounds");
  const again = await page.evaluate((e) => window.playground.compare(e), {
    ...crashing,
    program: crashing.program.replace("n == 3", "n == 30"),
  });
  for (const row of again.rows) expect(row.values).toEqual(["1", "2", "3", "4"]);
});

test("a program that exhausts the memory gets MemoryError, an allocation that fails anyway ends the run with a message, and the next run works", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page);
  // Strings of 1 MB until none fits: MemoryError, which a program could catch.
  const runaway = await page.evaluate(() =>
    window.playground.runProgram("x = []\nwhile True:\n    x.append(' ' * 10**6)\n"),
  );
  expect(runaway.exitCode).toBe(1);
  expect(runaway.stderr).toMatch(/\n    x\.append\(' ' \* 10\*\*6\)\n {13}~~~~\^~~~~~~\nMemoryError\n$/);
  // str.upper() of a 700 MB str asks for 700 MB more in one go, unchecked: the
  // allocation fails inside the wasm, and the run ends saying so.
  await typeProgram(page, "s = ' ' * 700_000_000\nprint(len(s))\nt = s.upper()\n");
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText(
    /The run ended: threads worker: the program ran out of memory \(\d+ MB: an allocation of \d+ MB more failed\); the interpreter was restarted/,
    { timeout: 60_000 },
  );
  await expect(page.locator("#console .line.stdout")).toHaveText(["700000000\n"]);
  await expect(page.locator("body")).toHaveAttribute("data-program", "idle");
  await typeProgram(page, "print(len([0] * 1000))\n");
  await page.click("#program-run");
  await expect(page.locator("#console .line.stdout")).toHaveText(["1000\n"], { timeout: 60_000 });
  await expect(page.locator("#program-memory")).toHaveText("a program may use up to 768 MB of memory");
});

test("what a program printed just before it crashed is in the console, then how it ended", async ({
  page,
}) => {
  await openPage(page);
  // 3,000 lines in a few ms: the last ones are still in the interpreter's
  // output buffer when the trap strikes.
  await typeProgram(
    page,
    "import faulthandler\nfor i in range(3000):\n    print(i)\nfaulthandler._sigabrt()\n",
  );
  await page.click("#program-run");
  await expect(page.locator("#console")).toContainText("The run ended", { timeout: 60_000 });
  await expect(page.locator("#console .line.stdout").last()).toHaveText("2999\n");
  await expect(page.locator("#console .line.stdout")).toHaveCount(3000);
});

test("200,000 nested parentheses: CPython's SyntaxError at once, and the page goes on", async ({ page }) => {
  await openPage(page);
  const source = `x = ${"(".repeat(200_000)}1${")".repeat(200_000)}\n`;
  const expected = python3AsMain(source);
  const result = await page.evaluate((s) => window.playground.runProgram(s), source);
  expect(result.stderr).toBe(expected.stderr);
  expect(result.exitCode).toBe(expected.status);
  const next = await page.evaluate(() => window.playground.runProgram("print(sum(range(10)))\n"));
  expect(next).toMatchObject({ stdout: "45\n", exitCode: 0 });
});
