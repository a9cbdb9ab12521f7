// The one Experiment type (Compare): a plain, validated description of what to compare.
// The UI, the browser tests and the bench all build one and pass it to
// `window.playground.compare`.
import LIMITS from "./generated/limits.json" with { type: "json" };
import { PROGRAMS } from "./presets/programs";

/**
 * Sequential; Python threads with the GIL (CPython's default); Python threads
 * without it (free-threaded 3.13t); processes (each with its own GIL).
 */
export type Mode = "sequential" | "threads" | "threads-nogil" | "processes";
export const MODES: readonly Mode[] = ["sequential", "threads", "threads-nogil", "processes"];

/** A deliberate fault, for checking that the page survives one (tests use it). */
export interface FaultInjection {
  kind: "panic" | "crash" | "hang";
  /** The mode whose workers misbehave. */
  mode: Mode;
}

/**
 * Compare mode: `call(arg)` of the program, for each argument of the task
 * list, under each mode; every mode's values are checked against sequential.
 */
export interface Experiment {
  /** The program (Python source) that defines the function. */
  program: string;
  /** The function called once per task: `task(arg)`. */
  call: string;
  /** A Python expression giving the task list, one argument per task: `[10_000_000] * 4`. */
  args: string;
  /** Workers (processes) or threads for the parallel modes. */
  workers: number;
  /** Timed repeats per mode, after one discarded warm-up. */
  repeats: number;
  /** Modes to run; sequential always runs, as the baseline every result is checked against. */
  modes: Mode[];
  /** Count pool start-up in the Processes time, as `with multiprocessing.Pool()` does. */
  countStartup: boolean;
  /** `sys.setswitchinterval`, in milliseconds. */
  switchIntervalMs: number;
  fault?: FaultInjection;
  /** A run with no sign of life from its workers for this long fails (watchdog). */
  watchdogMs?: number;
}

export interface Bounds {
  min: number;
  max: number;
}

/** The switch intervals the GIL takes, in ms, and its default (crate/src/gil.rs, via the generated limits). */
export const SWITCH_INTERVAL_MS: Bounds & { default: number } = LIMITS.switchIntervalMs;

/** Every number field's bounds, shown beside the field. */
export const BOUNDS = {
  workers: { min: 1, max: 16 },
  repeats: { min: 1, max: 20 },
  switchIntervalMs: { min: SWITCH_INTERVAL_MS.min, max: SWITCH_INTERVAL_MS.max },
  watchdogMs: { min: 100, max: 600_000 },
} as const satisfies Record<string, Bounds>;

export const DEFAULT_WATCHDOG_MS = 30_000;

/** The longest program Run and Compare take (characters; crate/src/limits.rs, via the generated limits). */
export const MAX_PROGRAM_CHARS: number = LIMITS.maxProgramChars;
/** The longest task list expression (characters). */
export const MAX_ARGS_CHARS = 2_000;

/** What the editor holds on a first visit: a program that runs as a script and compares. */
export const DEFAULT_PROGRAM: string = PROGRAMS.two_threads;

export const DEFAULT_EXPERIMENT: Experiment = {
  program: DEFAULT_PROGRAM,
  call: "task",
  args: "[1_000_000] * 4",
  workers: 2,
  repeats: 3,
  modes: ["sequential", "threads", "threads-nogil", "processes"],
  countStartup: true,
  switchIntervalMs: SWITCH_INTERVAL_MS.default,
};

export type NumberField = keyof typeof BOUNDS;

/** A validation problem, addressed to the field it concerns. */
export interface FieldError {
  field: keyof Experiment;
  message: string;
}

/** What is wrong with a program's length, if anything (Run and Compare take the same). */
export function programTooLong(program: string): string | undefined {
  if (program.length <= MAX_PROGRAM_CHARS) return undefined;
  return `the program is too long (at most ${MAX_PROGRAM_CHARS.toLocaleString("en")} characters)`;
}

/** What is wrong with a switch interval, if anything (Run and Compare take the same). */
export function switchIntervalProblem(ms: unknown): string | undefined {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "the switch interval must be a number";
  const { min, max } = SWITCH_INTERVAL_MS;
  if (ms < min || ms > max) return `the switch interval must be between ${min} and ${max} ms`;
  return undefined;
}

function checkInteger(field: NumberField, value: unknown): FieldError | undefined {
  const { min, max } = BOUNDS[field];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { field, message: `${field} must be a number` };
  }
  if (!Number.isInteger(value)) return { field, message: `${field} must be a whole number` };
  if (value < min || value > max) {
    return {
      field,
      message: `${field} must be between ${min.toLocaleString("en")} and ${max.toLocaleString("en")}`,
    };
  }
  return undefined;
}

/**
 * Checks an experiment that may come from anywhere (form, API, link).
 * Returns the problems; an empty list means it may run.
 */
export function validate(input: unknown, limits: { threadPoolSize?: number } = {}): FieldError[] {
  if (typeof input !== "object" || input === null) {
    return [{ field: "program", message: "an experiment must be an object" }];
  }
  const e = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof e.program !== "string" || e.program.trim() === "") {
    errors.push({ field: "program", message: "write a program that defines the function to call" });
  } else {
    const tooLong = programTooLong(e.program);
    if (tooLong) errors.push({ field: "program", message: tooLong });
  }
  if (typeof e.call !== "string" || !/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(e.call)) {
    errors.push({ field: "call", message: "the function to call must be a Python name, such as task" });
  }
  if (typeof e.args !== "string" || e.args.trim() === "") {
    errors.push({
      field: "args",
      message: "give the task list, a Python expression such as [1_000_000] * 4",
    });
  } else if (e.args.length > MAX_ARGS_CHARS) {
    errors.push({
      field: "args",
      message: `the task list is too long (at most ${MAX_ARGS_CHARS} characters)`,
    });
  }
  const badInterval = switchIntervalProblem(e.switchIntervalMs);
  if (badInterval) errors.push({ field: "switchIntervalMs", message: badInterval });
  for (const field of ["workers", "repeats"] as const) {
    const error = checkInteger(field, e[field]);
    if (error) errors.push(error);
  }
  if (e.watchdogMs !== undefined) {
    const error = checkInteger("watchdogMs", e.watchdogMs);
    if (error) errors.push(error);
  }
  if (!Array.isArray(e.modes) || e.modes.length === 0 || !e.modes.every((m) => MODES.includes(m as Mode))) {
    errors.push({
      field: "modes",
      message: "choose at least one mode",
    });
  }
  if (typeof e.countStartup !== "boolean") {
    errors.push({
      field: "countStartup",
      message: "countStartup must be true or false",
    });
  }
  if (
    limits.threadPoolSize !== undefined &&
    Array.isArray(e.modes) &&
    e.modes.some((m) => isThreaded(m as Mode)) &&
    typeof e.workers === "number" &&
    e.workers > limits.threadPoolSize
  ) {
    errors.push({
      field: "workers",
      message: `the thread pool has ${limits.threadPoolSize} threads: Threads can use at most ${limits.threadPoolSize} workers`,
    });
  }
  if (e.fault !== undefined) {
    const f = e.fault as Record<string, unknown> | null;
    if (
      typeof f !== "object" ||
      f === null ||
      !["panic", "crash", "hang"].includes(f.kind as string) ||
      !MODES.includes(f.mode as Mode)
    ) {
      errors.push({
        field: "fault",
        message: "fault must be {kind: panic|crash|hang, mode}",
      });
    }
  }
  return errors;
}

/** Threads (with or without the GIL) need wasm threads, hence SharedArrayBuffer. */
export function isThreaded(mode: Mode): boolean {
  return mode === "threads" || mode === "threads-nogil";
}

/** The modes to run, in display order, always with the sequential baseline. */
export function modesToRun(experiment: Experiment): Mode[] {
  return MODES.filter((m) => m === "sequential" || experiment.modes.includes(m));
}
