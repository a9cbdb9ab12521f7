// Validation, task splitting and statistics: plain TypeScript, no browser.
import { expect, test } from "@playwright/test";
import { compareValues, summarise } from "../../www/bench/stats";
import { DEFAULT_EXPERIMENT, modesToRun, validate } from "../../www/experiment";
import { tasksOf, withFault } from "../../www/task";
import { parseNumber } from "../../www/ui/controls";

test("the default experiment is valid", () => {
  expect(validate(DEFAULT_EXPERIMENT)).toEqual([]);
});

test("bounds and types are enforced field by field", () => {
  const fields = (input: unknown) => validate(input).map((e) => e.field);
  expect(fields({ ...DEFAULT_EXPERIMENT, n: 0 })).toEqual(["n"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, n: 1_000_000_001 })).toEqual(["n"]);
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
    ...DEFAULT_EXPERIMENT,
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
