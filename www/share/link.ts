// Share links: a run (experiment, results, timeline, environment) in a URL
// fragment, and back. Versioned: a link keeps opening after the format moves on,
// through MIGRATIONS from its version to the newest.
import * as v from "valibot";
import type { EnvInfo } from "../env";
import { type Experiment, validate } from "../experiment";
import type { ModeResult, CompareResult } from "../compare-result";
import { decodeFragment, encodeFragment, LinkError } from "./link-codec";
import { migrateV1 } from "./migrate-v1";
import { SPAN_STATES } from "./schema-v1";
import { problems } from "./schema-issues";
import { ExperimentV2, LinkV2, MAX_VALUE_CHARS } from "./schema-v2";
import { reduceSpans } from "./timeline-reduce";

export { LinkError };

/** The version of links this page writes. */
export const LINK_VERSION = 2;

/** The largest link the page makes: timelines are coarsened until it fits. */
export const MAX_LINK_BYTES = 16 * 1024;

/** Spans over all rows of a link before coarsening: plenty for a 940-pixel chart. */
const SPAN_BUDGET = 2400;

/** The environment of a shared run: the sharer's machine, and when and with what page. */
export type SharedEnv = EnvInfo & { date: string; pageVersion: string };

/** What a link carries, decoded: ready to show as a CompareResult. */
export interface Shared {
  experiment: Experiment;
  result: CompareResult;
  env: SharedEnv;
}

/** The readers of older link versions, each to the next. */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = { 1: migrateV1 };

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The experiment's fields a link carries (never fault injection or the watchdog). */
function linkExperiment(e: Experiment): LinkV2["experiment"] {
  // The schema's allow-list is the one list of fields a link carries.
  const fields = Object.keys(ExperimentV2.entries) as (keyof LinkV2["experiment"])[];
  return Object.fromEntries(fields.map((f) => [f, e[f]])) as LinkV2["experiment"];
}

/** A task's value as a link keeps it: long reprs cut, with "…". */
function linkValue(value: string): string {
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
}

/** Times keep every digit (the shared page must show the same figures); spans are rounded. */
function linkRow(row: ModeResult, maxSpans: number): LinkV2["result"]["rows"][number] {
  const spans = reduceSpans(row.spans, maxSpans);
  const originMs = spans.length ? Math.min(...spans.map((s) => s.startMs)) : 0;
  return {
    mode: row.mode,
    gil: row.gil,
    workers: row.workers,
    timesMs: row.timesMs,
    medianMs: row.medianMs,
    minMs: row.minMs,
    maxMs: row.maxMs,
    ci95Ms: row.ci95Ms,
    rme: row.rme,
    speedup: row.speedup,
    startupMs: row.startupMs,
    verified: row.verified,
    ...(row.mismatch === undefined ? {} : { mismatch: row.mismatch.slice(0, 300) }),
    values: row.values.map(linkValue),
    taskMs: row.taskMs.map((t) => (Number.isFinite(t) ? t : null)),
    ...(row.gilStats ? { gilStats: row.gilStats } : {}),
    ...(row.handoffMedianMs === undefined ? {} : { handoffMedianMs: row.handoffMedianMs }),
    timeline: {
      originMs,
      spans: spans.map((s) => [
        s.lane,
        SPAN_STATES.indexOf(s.state),
        round(s.startMs - originMs, 2),
        round(s.endMs - originMs, 2),
      ]),
    },
  };
}

function linkData(result: CompareResult, spanBudget: number): LinkV2 {
  const env = result.env;
  const perRow = Math.floor(spanBudget / result.rows.length);
  return {
    experiment: linkExperiment(result.experiment),
    env: {
      browser: env.browser.slice(0, 120),
      cores: env.cores,
      crossOriginIsolated: env.crossOriginIsolated,
      timerResolutionMs: env.timerResolutionMs,
      threadsAvailable: env.threadsAvailable,
      ...(env.threadPoolSize === undefined ? {} : { threadPoolSize: env.threadPoolSize }),
      ...(env.threadPoolStartupMs === undefined ? {} : { threadPoolStartupMs: env.threadPoolStartupMs }),
      date: new Date(result.startedMs).toISOString(),
      pageVersion: env.pageVersion,
    },
    result: {
      rows: result.rows.map((r) => linkRow(r, perRow)),
      skipped: result.skipped.map((s) => ({ mode: s.mode, reason: s.reason.slice(0, 500) })),
      longestTaskMs: result.longestTaskMs,
      hiddenDuringRun: result.hiddenDuringRun,
      startedMs: result.startedMs,
      finishedMs: result.finishedMs,
    },
  };
}

/**
 * The fragment (`#v2.…`) that shares `result`: at most MAX_LINK_BYTES, the
 * timelines coarsened as far as that needs (dropped only if nothing else fits).
 */
export async function encodeResult(result: CompareResult): Promise<string> {
  let fragment = "";
  for (let budget = SPAN_BUDGET; budget >= 25; budget = Math.floor(budget / 2)) {
    fragment = await encodeFragment(linkData(result, budget), LINK_VERSION);
    if (fragment.length <= MAX_LINK_BYTES) return fragment;
  }
  return encodeFragment(linkData(result, 0), LINK_VERSION);
}

function fromV2(data: LinkV2): Shared {
  const errors = validate(data.experiment);
  if (errors.length) throw new LinkError(`the link's experiment is invalid: ${errors[0].message}`);
  const experiment = data.experiment as unknown as Experiment;
  const env: SharedEnv = { ...data.env };
  const rows: ModeResult[] = data.result.rows.map((r) => ({
    ...r,
    ci95Ms: r.ci95Ms && [r.ci95Ms[0], r.ci95Ms[1]],
    taskMs: r.taskMs.map((t) => t ?? NaN),
    spans: r.timeline.spans.map(([lane, state, start, end]) => ({
      lane,
      state: SPAN_STATES[state],
      startMs: r.timeline.originMs + start,
      endMs: r.timeline.originMs + end,
    })),
  }));
  for (const row of rows) delete (row as Partial<Record<"timeline", unknown>>).timeline;
  const result: CompareResult = { ...data.result, experiment, env, rows };
  return { experiment, result, env };
}

/**
 * Decodes a fragment into a run to show, whatever link version made it.
 *
 * @throws LinkError saying what is wrong with the link.
 */
export async function decodeLink(fragment: string): Promise<Shared> {
  const envelope = await decodeFragment(fragment, LINK_VERSION);
  let data = envelope.data;
  for (let version = envelope.version; version < LINK_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new LinkError(`links of format v${version} are not supported`);
    data = migrate(data);
  }
  const parsed = v.safeParse(LinkV2, data);
  if (!parsed.success) throw new LinkError(problems(parsed.issues));
  return fromV2(parsed.output);
}
