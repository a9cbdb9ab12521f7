// `npm run py -- FILE.py`: a program run headlessly through the page's API
// prints what python3 printed (recorded in crate/tests/programs/) and exits
// with its status; the flags reach the GIL.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures";

const root = new URL("../../", import.meta.url).pathname;
const recorded = (name: string, ext: string) =>
  readFileSync(join(root, "crate", "tests", "programs", `${name}.${ext}`), "utf8");

/** `npm run py -- ...args`, as a user types it. */
function py(...args: string[]) {
  const run = spawnSync("npm", ["run", "py", "--", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

test("npm run py prints a program's output as python3 did, with its exit status", async () => {
  test.setTimeout(240_000);
  for (const name of ["threads", "basics"]) {
    const run = py(`crate/tests/programs/${name}.py`);
    expect(run.stdout, name).toBe(recorded(name, "stdout"));
    expect(run.stderr, name).toBe("");
    expect(run.status, name).toBe(0);
  }
  // An uncaught exception: its traceback on stderr, status 1 (as python3's recorded exit).
  const errors = py("crate/tests/programs/errors.py");
  expect(errors.stdout).toBe(recorded("errors", "stdout"));
  expect(errors.status).toBe(Number(recorded("errors", "exit")));
  // The whole traceback, carets under the failing expression included.
  expect(errors.stderr).toBe(recorded("errors", "stderr"));
});

test("npm run py takes --no-gil and --switch-interval, and refuses what it cannot do", async () => {
  test.setTimeout(120_000);
  const file = join(tmpdir(), `gil-flags-${process.pid}.py`);
  writeFileSync(file, "import sys\nprint(sys._is_gil_enabled(), sys.getswitchinterval())\n");
  expect(py(file).stdout).toBe("True 0.005\n");
  expect(py(file, "--no-gil", "--switch-interval", "2").stdout).toBe("False 0.002\n");
  const missing = py("no/such/file.py");
  // python3 no/such/file.py says the same (with the absolute path), with status 2.
  expect(missing.stderr).toBe(
    `python3: can't open file '${join(root, "no/such/file.py")}': [Errno 2] No such file or directory\n`,
  );
  expect(missing.status).toBe(2);
  expect(py(file, "--switch-interval", "0").status).toBe(2);
});
