// The one Experiment type: a plain, validated description of what to run.
// The UI, the browser tests and the bench all build one and pass it to
// `window.playground.run`.

/**
 * Sequential; Python threads with the GIL (CPython's default); Python threads
 * without it (free-threaded 3.13t); processes (each with its own GIL).
 */
export type Mode = "sequential" | "threads" | "threads-nogil" | "processes";
export const MODES: readonly Mode[] = ["sequential", "threads", "threads-nogil", "processes"];

/** Interpreter: the page's bytecode VM (its "Python"). Native: the same work as Rust kernels. */
export type Runtime = "interpreter" | "native";

export type Workload = "sum_squares" | "sum_squares_loop" | "process_data" | "io" | "convoy";
export const WORKLOADS: readonly Workload[] = [
  "sum_squares",
  "sum_squares_loop",
  "process_data",
  "io",
  "convoy",
];

/** The articles' four downloads (seconds): task i waits DOWNLOADS[i % 4]. */
export const DOWNLOADS = [0.45, 0.38, 0.52, 0.41] as const;

/** The convoy's I/O thread: many short I/O operations (bpo-7946). */
export const CONVOY_IO = { ops: 200, secondsEach: 0.0005 } as const;

/** A deliberate fault, for checking that the page survives one (tests use it). */
export interface FaultInjection {
  kind: "panic" | "crash" | "hang";
  /** The mode whose workers misbehave. */
  mode: Mode;
}

export interface Experiment {
  runtime: Runtime;
  workload: Workload;
  /** sum_squares: range(n) per task. process_data: items in the whole data set. convoy: the CPU thread's n. */
  n: number;
  /** How many tasks (sum_squares, io) or chunks (process_data); convoy always has 2. */
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
  /** `sys.setswitchinterval`, in milliseconds. */
  switchIntervalMs: number;
  /** Native runtime, threads with the GIL: the kernel releases the GIL, as numpy does. */
  releaseGil: boolean;
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
  switchIntervalMs: { min: 0.1, max: 100 },
  watchdogMs: { min: 100, max: 600_000 },
} as const satisfies Record<string, Bounds>;

export const DEFAULT_WATCHDOG_MS = 30_000;

/** process_data items cost about 550 iterations each: keep a run under a minute. */
export const MAX_PROCESS_DATA_ITEMS = 1_000_000;

/** The interpreter runs about 100x slower than the kernels: keep a run under a minute. */
export const MAX_INTERPRETER_N = 100_000_000;

export const DEFAULT_EXPERIMENT: Experiment = {
  runtime: "interpreter",
  workload: "sum_squares",
  n: 1_000_000,
  tasks: 4,
  workers: 2,
  repeats: 3,
  modes: ["sequential", "threads", "threads-nogil", "processes"],
  countStartup: true,
  seed: 42,
  switchIntervalMs: 5,
  releaseGil: false,
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
  if (e.runtime !== "interpreter" && e.runtime !== "native") {
    errors.push({ field: "runtime", message: "runtime must be interpreter or native" });
  }
  if (!WORKLOADS.includes(e.workload as Workload)) {
    errors.push({ field: "workload", message: `workload must be one of ${WORKLOADS.join(", ")}` });
  } else if (e.runtime === "native" && e.workload !== "sum_squares" && e.workload !== "process_data") {
    errors.push({
      field: "workload",
      message: "this workload runs on the interpreter (choose runtime: interpreter)",
    });
  }
  if (
    e.runtime === "native" &&
    e.workload === "process_data" &&
    Array.isArray(e.modes) &&
    e.modes.includes("threads")
  ) {
    errors.push({
      field: "modes",
      message: "native threads with the GIL run sum_squares only (choose Threads (no GIL))",
    });
  }
  if (typeof e.switchIntervalMs !== "number" || !Number.isFinite(e.switchIntervalMs)) {
    errors.push({ field: "switchIntervalMs", message: "the switch interval must be a number" });
  } else if (
    e.switchIntervalMs < BOUNDS.switchIntervalMs.min ||
    e.switchIntervalMs > BOUNDS.switchIntervalMs.max
  ) {
    errors.push({ field: "switchIntervalMs", message: "the switch interval must be between 0.1 and 100 ms" });
  }
  if (typeof e.releaseGil !== "boolean") {
    errors.push({ field: "releaseGil", message: "releaseGil must be true or false" });
  }
  if (e.runtime === "interpreter" && typeof e.n === "number" && e.n > MAX_INTERPRETER_N) {
    errors.push({
      field: "n",
      message: `the interpreter takes n up to ${MAX_INTERPRETER_N.toLocaleString("en")} (it is about 100x slower than native)`,
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
      message: "choose at least one mode",
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
