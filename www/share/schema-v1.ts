// What a v1 link may carry, and nothing else: an allow-list of fields with their
// types and bounds (valibot; strict objects refuse extra keys). v1 links are
// migrated to v2 (migrate-v1.ts); the pieces v2 keeps are shared from here.
import * as v from "valibot";
import { BOUNDS, MODES } from "../experiment";
import LIMITS from "../generated/limits.json" with { type: "json" };
import type { SpanState } from "../trace";

/** The timeline's states in link order: a span carries its state's index. */
export const SPAN_STATES: readonly SpanState[] = [
  "running",
  "waiting_gil",
  "io",
  "startup",
  "transfer",
  "waiting_lock",
  "native",
];

const MAX_MS = 1e13; // about 300 years: wall-clock dates and durations alike
const ms = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_MS));
const fraction = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const mode = v.picklist(MODES);
const MAX_REPEATS = BOUNDS.repeats.max;
/**
 * The most tasks a task list has (crate/src/compare.rs, via the generated limits):
 * a row holds a value and a time per task. The crate's limit may grow, never shrink,
 * or links made before would be refused.
 */
export const MAX_TASKS: number = LIMITS.maxTasks;
const MAX_LANES = 64;
/** More spans than any reduced timeline has (the encoder keeps to a few thousand). */
export const MAX_SPANS_PER_ROW = 20_000;

/**
 * The experiment's fields a v1 link may set: the form's of then, never the
 * tests' fault or watchdog. What v2 keeps is checked after the migration by
 * the form's `validate`; what it drops, here.
 */
export const ExperimentV1 = v.strictObject({
  runtime: v.picklist(["interpreter", "native"]),
  workload: v.picklist(["sum_squares", "sum_squares_loop", "process_data", "io", "convoy"]),
  n: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000_000)),
  tasks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TASKS)),
  workers: v.unknown(),
  repeats: v.unknown(),
  modes: v.unknown(),
  countStartup: v.unknown(),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1)),
  switchIntervalMs: v.unknown(),
  releaseGil: v.boolean(),
});

export const EnvV1 = v.strictObject({
  browser: text(120),
  cores: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4096)),
  crossOriginIsolated: v.boolean(),
  timerResolutionMs: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000)),
  threadsAvailable: v.boolean(),
  threadPoolSize: v.optional(count(64)),
  threadPoolStartupMs: v.optional(ms),
  /** When the run started (ISO 8601). */
  date: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  /** The page that ran it: package version and commit. */
  pageVersion: v.pipe(v.string(), v.maxLength(60), v.regex(/^[\w.+-]*$/)),
});

const GilStatsV1 = v.strictObject({
  enabled: v.boolean(),
  switchIntervalMs: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000)),
  handoffs: count(1e9),
  medianHandoffPeriodMs: v.nullable(ms),
  threads: v.pipe(
    v.array(
      v.strictObject({ thread: count(MAX_LANES), holdingFraction: fraction, waitingFraction: fraction }),
    ),
    v.maxLength(MAX_LANES),
  ),
});

/** A span: [lane, state index, start, end], times in ms after the timeline's origin. */
const SpanV1 = v.strictTuple([count(MAX_LANES), count(SPAN_STATES.length - 1), ms, ms]);

export const RowV1 = v.strictObject({
  mode,
  runtime: v.picklist(["interpreter", "native"]),
  gil: v.nullable(v.boolean()),
  workers: count(BOUNDS.workers.max),
  timesMs: v.pipe(v.array(ms), v.minLength(1), v.maxLength(MAX_REPEATS)),
  medianMs: ms,
  minMs: ms,
  maxMs: ms,
  ci95Ms: v.nullable(v.strictTuple([v.pipe(v.number(), v.finite()), v.pipe(v.number(), v.finite())])),
  rme: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  speedup: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e6)),
  startupMs: v.nullable(ms),
  verified: v.boolean(),
  mismatch: v.optional(text(300)),
  /** Exact results: integers in decimal, or None (I/O tasks return nothing). */
  values: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^(-?\d{1,400}|None|True|False)$/))),
    v.maxLength(MAX_TASKS),
  ),
  /** Per task, its median duration; null where JSON could not carry the number (NaN). */
  taskMs: v.pipe(v.array(v.nullable(ms)), v.maxLength(MAX_TASKS)),
  gilStats: v.optional(GilStatsV1),
  handoffMedianMs: v.optional(ms),
  timeline: v.strictObject({
    /** The page clock's time of the timeline's zero. */
    originMs: ms,
    spans: v.pipe(v.array(SpanV1), v.maxLength(MAX_SPANS_PER_ROW)),
  }),
});

export const LinkV1 = v.strictObject({
  experiment: ExperimentV1,
  env: EnvV1,
  result: v.strictObject({
    rows: v.pipe(v.array(RowV1), v.minLength(1), v.maxLength(MODES.length)),
    skipped: v.pipe(v.array(v.strictObject({ mode, reason: text(500) })), v.maxLength(MODES.length)),
    longestTaskMs: ms,
    hiddenDuringRun: v.boolean(),
    startedMs: ms,
    finishedMs: ms,
  }),
});

export type LinkV1 = v.InferOutput<typeof LinkV1>;
export type RowV1 = v.InferOutput<typeof RowV1>;
