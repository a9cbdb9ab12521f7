// Validation, the compare spec and statistics: plain TypeScript, no browser.
import { expect, test } from "@playwright/test";
import { compareValues, summarise } from "../../www/compare/stats";
import {
  DEFAULT_EXPERIMENT,
  MAX_ARGS_CHARS,
  MAX_PROGRAM_CHARS,
  modesToRun,
  SWITCH_INTERVAL_MS,
  validate,
} from "../../www/experiment";
import { PRESETS } from "../../www/presets";
import { PROGRAMS } from "../../www/presets/programs";
import { compareSpec } from "../../www/task";
import { parseNumber } from "../../www/ui/controls";

/** The fields `validate` finds fault with, in its order. */
const fields = (input: unknown, limits?: { threadPoolSize?: number }) =>
  validate(input, limits).map((e) => e.field);

test("the default experiment and every preset are valid, and define the function they call", () => {
  expect(validate(DEFAULT_EXPERIMENT)).toEqual([]);
  expect(DEFAULT_EXPERIMENT.program).toContain(`def ${DEFAULT_EXPERIMENT.call}(`);
  for (const [name, preset] of Object.entries(PRESETS)) {
    expect(validate(preset.experiment), name).toEqual([]);
    expect(preset.experiment.program, name).toContain(`def ${preset.experiment.call}(`);
    expect(Object.values(PROGRAMS), name).toContain(preset.experiment.program);
  }
});

test("the program must be given, and not too long", () => {
  expect(fields({ ...DEFAULT_EXPERIMENT, program: "" })).toEqual(["program"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, program: "  \n\t" })).toEqual(["program"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, program: 42 })).toEqual(["program"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, program: undefined })).toEqual(["program"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, program: "#".repeat(MAX_PROGRAM_CHARS) })).toEqual([]);
  const long = validate({ ...DEFAULT_EXPERIMENT, program: "#".repeat(MAX_PROGRAM_CHARS + 1) });
  expect(long.map((e) => e.field)).toEqual(["program"]);
  expect(long[0].message).toContain(`${MAX_PROGRAM_CHARS.toLocaleString("en")} characters`);
});

test("the function to call must be a Python name", () => {
  for (const call of ["1x", "a b", "", "task()", "os.system", "a-b", "a".repeat(101)]) {
    expect(fields({ ...DEFAULT_EXPERIMENT, call }), JSON.stringify(call)).toEqual(["call"]);
  }
  expect(fields({ ...DEFAULT_EXPERIMENT, call: 7 })).toEqual(["call"]);
  for (const call of ["task", "_task2", "Main", "x", "a".repeat(100)]) {
    expect(fields({ ...DEFAULT_EXPERIMENT, call }), call).toEqual([]);
  }
});

test("the task list must be given, and not too long", () => {
  expect(fields({ ...DEFAULT_EXPERIMENT, args: "" })).toEqual(["args"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, args: "   " })).toEqual(["args"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, args: ["1"] })).toEqual(["args"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, args: "1".repeat(MAX_ARGS_CHARS) })).toEqual([]);
  expect(fields({ ...DEFAULT_EXPERIMENT, args: "1".repeat(MAX_ARGS_CHARS + 1) })).toEqual(["args"]);
  // What the list holds is Python's business: any expression is taken as written.
  expect(fields({ ...DEFAULT_EXPERIMENT, args: "chunks(200_000, 4)" })).toEqual([]);
});

test("bounds and types are enforced field by field", () => {
  const { min, max } = SWITCH_INTERVAL_MS;
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: min / 2 })).toEqual(["switchIntervalMs"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: max + 1 })).toEqual(["switchIntervalMs"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: NaN })).toEqual(["switchIntervalMs"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: min })).toEqual([]);
  expect(fields({ ...DEFAULT_EXPERIMENT, switchIntervalMs: max })).toEqual([]);
  for (const workers of [0, 17, 1.5, "2", Infinity]) {
    expect(fields({ ...DEFAULT_EXPERIMENT, workers }), String(workers)).toEqual(["workers"]);
  }
  for (const repeats of [0, 21, 2.5, "5"]) {
    expect(fields({ ...DEFAULT_EXPERIMENT, repeats }), String(repeats)).toEqual(["repeats"]);
  }
  expect(fields({ ...DEFAULT_EXPERIMENT, workers: 1, repeats: 1 })).toEqual([]);
  expect(fields({ ...DEFAULT_EXPERIMENT, workers: 16, repeats: 20 })).toEqual([]);
  expect(fields({ ...DEFAULT_EXPERIMENT, call: "a b", workers: 17 })).toEqual(["call", "workers"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, modes: [] })).toEqual(["modes"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, modes: ["fork-bomb"] })).toEqual(["modes"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, modes: ["threads", "fork-bomb"] })).toEqual(["modes"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, modes: "threads" })).toEqual(["modes"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, modes: ["processes"] })).toEqual([]);
  expect(fields({ ...DEFAULT_EXPERIMENT, countStartup: "yes" })).toEqual(["countStartup"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, watchdogMs: 50 })).toEqual(["watchdogMs"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, watchdogMs: 1000 })).toEqual([]);
  expect(
    fields({
      ...DEFAULT_EXPERIMENT,
      fault: { kind: "rm -rf", mode: "threads" },
    }),
  ).toEqual(["fault"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, fault: { kind: "panic", mode: "fork-bomb" } })).toEqual(["fault"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, fault: null })).toEqual(["fault"]);
  expect(fields({ ...DEFAULT_EXPERIMENT, fault: { kind: "hang", mode: "threads" } })).toEqual([]);
  expect(fields(null)).toEqual(["program"]);
  expect(fields("task")).toEqual(["program"]);
  expect(fields({})).toEqual([
    "program",
    "call",
    "args",
    "switchIntervalMs",
    "workers",
    "repeats",
    "modes",
    "countStartup",
  ]);
});

test("threads may use no more workers than the thread pool has", () => {
  const errors = validate({ ...DEFAULT_EXPERIMENT, workers: 12 }, { threadPoolSize: 8 });
  expect(errors.map((e) => e.field)).toEqual(["workers"]);
  expect(errors[0].message).toContain("8 threads");
  expect(fields({ ...DEFAULT_EXPERIMENT, workers: 8 }, { threadPoolSize: 8 })).toEqual([]);
  expect(
    fields({ ...DEFAULT_EXPERIMENT, workers: 12, modes: ["threads-nogil"] }, { threadPoolSize: 8 }),
  ).toEqual(["workers"]);
  // Processes and sequential need no thread pool.
  expect(
    fields({ ...DEFAULT_EXPERIMENT, workers: 12, modes: ["sequential", "processes"] }, { threadPoolSize: 8 }),
  ).toEqual([]);
  expect(fields({ ...DEFAULT_EXPERIMENT, workers: 12 })).toEqual([]);
});

test("sequential always runs, first", () => {
  expect(modesToRun({ ...DEFAULT_EXPERIMENT, modes: ["threads"] })).toEqual(["sequential", "threads"]);
  expect(modesToRun({ ...DEFAULT_EXPERIMENT, modes: ["processes", "threads-nogil", "sequential"] })).toEqual([
    "sequential",
    "threads-nogil",
    "processes",
  ]);
});

test("every engine is given the program, the function and the task list as written", () => {
  const { experiment } = PRESETS.cpu;
  expect(compareSpec(experiment)).toEqual({ source: PROGRAMS.cpu, call: "task", args: "[10_000_000] * 4" });
  expect(compareSpec({ ...experiment, fault: { kind: "panic", mode: "threads" }, watchdogMs: 500 })).toEqual(
    compareSpec(experiment),
  );
});

test("statistics and verification", () => {
  expect(summarise([5, 1, 3, 100, 2])).toEqual({ median: 3, min: 1, max: 100 });
  expect(compareValues(["1", "2"], ["1", "2"])).toBeUndefined();
  expect(compareValues(["1", "2"], ["1", "3"])).toBe("task 1: 3 instead of 2");
  expect(compareValues(["1", "2"], ["1"])).toBe("1 results instead of 2");
  // Values are reprs of anything a task returns.
  expect(compareValues(["None", "{'a': 1}"], ["None", "{'a': 1}"])).toBeUndefined();
  expect(compareValues(["None", "{'a': 1}"], ["None", "{'a': 2}"])).toBe(
    "task 1: {'a': 2} instead of {'a': 1}",
  );
});

test("numbers read the way people type them", () => {
  expect(parseNumber("10_000_000")).toBe(10_000_000);
  expect(parseNumber("1,000")).toBe(1000);
  expect(parseNumber("1e6")).toBe(1_000_000);
  expect(parseNumber("")).toBeNaN();
  expect(parseNumber("ten")).toBeNaN();
});
