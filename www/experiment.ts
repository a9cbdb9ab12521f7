// The one Experiment type: a plain, validated description of what to run.
// The UI, the browser tests and the bench all build one and pass it to
// `window.playground.run`.

export type Mode = "sequential" | "processes" | "threads";
export const MODES: readonly Mode[] = ["sequential", "processes", "threads"];

export type Workload = "sum_squares" | "process_data";

/** A deliberate fault, for checking that the page survives one (tests use it). */
export interface FaultInjection {
  kind: "panic" | "crash" | "hang";
  /** The mode whose workers misbehave. */
  mode: Mode;
}

export interface Experiment {
  workload: Workload;
  /** sum_squares: range(n) per task. process_data: items in the whole data set. */
  n: number;
  /** How many tasks (sum_squares) or chunks (process_data). */
  tasks: number;
  /** Workers (processes) or threads for the parallel modes. */
  workers: number;
  /** Timed repeats per mode, after one discarded warm-up. */
  repeats: number;
  /** Modes to run; sequential always runs, as the baseline every result is checked against. */
  modes: Mode[];
  /** Count pool start-up in the Processes time, as `with multiprocessing.Pool()` does. */
  countStartup: boolean;
  /** Seed of the process_data generator. */
  seed: number;
  fault?: FaultInjection;
  /** A run with no sign of life from its workers for this long fails (watchdog). */
  watchdogMs?: number;
}

export interface Bounds {
  min: number;
  max: number;
}

/** Every number field's bounds, shown beside the field. */
export const BOUNDS = {
  n: { min: 1, max: 1_000_000_000 },
  tasks: { min: 1, max: 64 },
  workers: { min: 1, max: 16 },
  repeats: { min: 1, max: 20 },
  seed: { min: 0, max: 2 ** 32 - 1 },
  watchdogMs: { min: 100, max: 600_000 },
} as const satisfies Record<string, Bounds>;

export const DEFAULT_WATCHDOG_MS = 30_000;

/** process_data items cost about 550 iterations each: keep a run under a minute. */
export const MAX_PROCESS_DATA_ITEMS = 1_000_000;

export const DEFAULT_EXPERIMENT: Experiment = {
  workload: "sum_squares",
  n: 10_000_000,
  tasks: 4,
  workers: 2,
  repeats: 5,
  modes: ["sequential", "processes", "threads"],
  countStartup: true,
  seed: 42,
};

export type NumberField = keyof typeof BOUNDS;

/** A validation problem, addressed to the field it concerns. */
export interface FieldError {
  field: keyof Experiment;
  message: string;
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
    return [{ field: "workload", message: "an experiment must be an object" }];
  }
  const e = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (e.workload !== "sum_squares" && e.workload !== "process_data") {
    errors.push({
      field: "workload",
      message: "workload must be sum_squares or process_data",
    });
  }
  for (const field of ["n", "tasks", "workers", "repeats", "seed"] as const) {
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
      message: "choose at least one of Sequential, Processes, Threads",
    });
  }
  if (typeof e.countStartup !== "boolean") {
    errors.push({
      field: "countStartup",
      message: "countStartup must be true or false",
    });
  }
  if (e.workload === "process_data" && typeof e.n === "number") {
    if (typeof e.tasks === "number" && e.n < e.tasks) {
      errors.push({
        field: "n",
        message: "process_data needs at least one item per task (n ≥ tasks)",
      });
    }
    if (e.n > MAX_PROCESS_DATA_ITEMS) {
      errors.push({
        field: "n",
        message: `process_data takes at most ${MAX_PROCESS_DATA_ITEMS.toLocaleString("en")} items (about 550 iterations each)`,
      });
    }
  }
  if (
    limits.threadPoolSize !== undefined &&
    Array.isArray(e.modes) &&
    e.modes.includes("threads") &&
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

/** The modes to run, in display order, always with the sequential baseline. */
export function modesToRun(experiment: Experiment): Mode[] {
  return MODES.filter((m) => m === "sequential" || experiment.modes.includes(m));
}
