// Validation, task splitting and statistics: plain TypeScript, no browser.
import { expect, test } from "@playwright/test";
import { compareValues, summarise } from "../../www/bench/stats";
import { DEFAULT_EXPERIMENT, type Experiment, modesToRun, validate } from "../../www/experiment";
import { PRESETS } from "../../www/presets";
import { programsOf, tasksOf, withFault } from "../../www/task";

const NATIVE: Experiment = { ...DEFAULT_EXPERIMENT, runtime: "native" };
import { parseNumber } from "../../www/ui/controls";

test("the default experiment and every preset are valid", () => {
  expect(validate(DEFAULT_EXPERIMENT)).toEqual([]);
  for (const [name, preset] of Object.entries(PRESETS)) expect(validate(preset.experiment), name).toEqual([]);
});

test("bounds and types are enforced field by field", () => {
  const fields = (input: unknown) => validate(input).map((e) => e.field);
  expect(fields({ ...NATIVE, n: 0 })).toEqual(["n"]);
  expect(fields({ ...NATIVE, n: 1_000_000_001 })).toEqual(["n"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, n: 100_000_001 })).toEqual(["n"]); // the interpreter's own limit
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: 0.05 })).toEqual(["switchIntervalMs"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: 101 })).toEqual(["switchIntervalMs"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: 0.1 })).toEqual([]);
  expect(fields({ ...DEFAULT_EXPERIMENT, runtime: "jython" })).toEqual(["runtime"]);
  expect(fields({ ...NATIVE, workload: "io" })).toEqual(["workload"]);
  expect(fields({ ...NATIVE, workload: "process_data", modes: ["threads"] })).toEqual(["modes"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, tasks: 65, workers: 17 })).toEqual(["tasks", "workers"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, repeats: "5" })).toEqual(["repeats"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, modes: [] })).toEqual(["modes"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, modes: ["fork-bomb"] })).toEqual(["modes"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, workload: "<script>" })).toEqual(["workload"]);
  expect(
    fields({
      ...DEFAULT_EXPERIMENT,
      fault: { kind: "rm -rf", mode: "threads" },
    }),
  ).toEqual(["fault"]);
  expect(fields(null)).toEqual(["workload"]);
  expect(validate({ ...DEFAULT_EXPERIMENT, workers: 12 }, { threadPoolSize: 8 })[0].message).toContain(
    "8 threads",
  );
});

test("sequential always runs, first", () => {
  expect(modesToRun({ ...DEFAULT_EXPERIMENT, modes: ["threads"] })).toEqual(["sequential", "threads"]);
});

test("process_data splits n items into even chunks", () => {
  const tasks = tasksOf({
    ...NATIVE,
    workload: "process_data",
    n: 10,
    tasks: 3,
  });
  expect(tasks.map((t) => (t.workload === "process_data" ? [t.start, t.count] : []))).toEqual([
    [0, 3],
    [3, 3],
    [6, 4],
  ]);
});

test("interpreter programs: the articles' downloads, the convoy, native kernels under the GIL", () => {
  expect(
    programsOf({ ...DEFAULT_EXPERIMENT, workload: "io", tasks: 5 }).map((p) =>
      "seconds" in p ? p.seconds : 0,
    ),
  ).toEqual([0.45, 0.38, 0.52, 0.41, 0.45]);
  const convoy = programsOf({ ...DEFAULT_EXPERIMENT, workload: "convoy", n: 1000 });
  expect(convoy.map((p) => p.program)).toEqual(["sum_squares_genexpr", "io_loop"]);
  const native = tasksOf({ ...NATIVE, releaseGil: true }, "threads");
  expect(native[0]).toMatchObject({
    workload: "interpreter",
    program: "native_sum_squares",
    release_gil: true,
  });
  expect(tasksOf(NATIVE, "threads-nogil")[0]).toMatchObject({ workload: "sum_squares" });
});

test("a panic is injected into the last task of the chosen mode only", () => {
  const tasks = tasksOf(DEFAULT_EXPERIMENT);
  expect(withFault(tasks, "threads", { kind: "panic", mode: "processes" })).toBe(tasks);
  expect(withFault(tasks, "threads", { kind: "panic", mode: "threads" }).map((t) => t.fault)).toEqual([
    undefined,
    undefined,
    undefined,
    "panic",
  ]);
});

test("statistics and verification", () => {
  expect(summarise([5, 1, 3, 100, 2])).toEqual({ median: 3, min: 1, max: 100 });
  expect(compareValues(["1", "2"], ["1", "2"])).toBeUndefined();
  expect(compareValues(["1", "2"], ["1", "3"])).toBe("task 1: 3 instead of 2");
  expect(compareValues(["1", "2"], ["1"])).toBe("1 results instead of 2");
});

test("numbers read the way people type them", () => {
  expect(parseNumber("10_000_000")).toBe(10_000_000);
  expect(parseNumber("1,000")).toBe(1000);
  expect(parseNumber("1e6")).toBe(1_000_000);
  expect(parseNumber("")).toBeNaN();
  expect(parseNumber("ten")).toBeNaN();
});
