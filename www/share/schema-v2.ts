// What a v2 link may carry, and nothing else: v1's allow-list with the program
// in the experiment (compare mode calls a function of it) and any repr as a
// task's value. The experiment's meaning is checked afterwards by the form's
// own `validate`.
import * as v from "valibot";
import { MAX_ARGS_CHARS, MAX_PROGRAM_CHARS, MODES } from "../experiment";
import {
  BOUNDS_WORKERS,
  count,
  EnvV1,
  GilStatsV1,
  MAX_REPEATS,
  MAX_SPANS_PER_ROW,
  MAX_TASKS,
  mode,
  ms,
  SpanV1,
  text,
} from "./schema-v1";

/** The longest value (a task's repr) a link keeps; longer ones are cut with "…". */
export const MAX_VALUE_CHARS = 200;

/** The experiment's fields a link may set: the form's, never the tests' fault or watchdog. */
export const ExperimentV2 = v.strictObject({
  program: text(MAX_PROGRAM_CHARS),
  call: text(100),
  args: text(MAX_ARGS_CHARS),
  workers: v.unknown(),
  repeats: v.unknown(),
  modes: v.unknown(),
  countStartup: v.unknown(),
  switchIntervalMs: v.unknown(),
});

const RowV2 = v.strictObject({
  mode,
  gil: v.nullable(v.boolean()),
  workers: count(BOUNDS_WORKERS),
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
  /** What the tasks returned: their repr (shown as text, never run). */
  values: v.pipe(v.array(text(MAX_VALUE_CHARS + 1)), v.maxLength(MAX_TASKS)),
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

export const LinkV2 = v.strictObject({
  experiment: ExperimentV2,
  env: EnvV1,
  result: v.strictObject({
    rows: v.pipe(v.array(RowV2), v.minLength(1), v.maxLength(MODES.length)),
    skipped: v.pipe(v.array(v.strictObject({ mode, reason: text(500) })), v.maxLength(MODES.length)),
    longestTaskMs: ms,
    hiddenDuringRun: v.boolean(),
    startedMs: ms,
    finishedMs: ms,
  }),
});

export type LinkV2 = v.InferOutput<typeof LinkV2>;
export type RowV2 = v.InferOutput<typeof RowV2>;
