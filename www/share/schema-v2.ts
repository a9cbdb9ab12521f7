// What a v2 link may carry, and nothing else: v1's allow-list with the program
// in the experiment (compare mode calls a function of it), no runtime, and any
// repr as a task's value. The experiment's meaning is checked afterwards by the form's
// own `validate`.
import * as v from "valibot";
import { MAX_ARGS_CHARS, MAX_PROGRAM_CHARS, MODES } from "../experiment";
import { LinkV1, MAX_TASKS, RowV1, text } from "./schema-v1";

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

/** A row as in v1, less its `runtime`, and with any repr as a task's value (shown as text, never run). */
// (A key given again keeps its place: the decoded row's keys stay in v1's order.)
const { runtime: _runtime, ...rowEntries } = RowV1.entries;
const RowV2 = v.strictObject({
  ...rowEntries,
  values: v.pipe(v.array(text(MAX_VALUE_CHARS + 1)), v.maxLength(MAX_TASKS)),
});

/** A link as in v1, with v2's experiment and rows. */
export const LinkV2 = v.strictObject({
  ...LinkV1.entries,
  experiment: ExperimentV2,
  result: v.strictObject({
    ...LinkV1.entries.result.entries,
    rows: v.pipe(v.array(RowV2), v.minLength(1), v.maxLength(MODES.length)),
  }),
});

export type LinkV2 = v.InferOutput<typeof LinkV2>;
export type RowV2 = v.InferOutput<typeof RowV2>;
