// Share links without a browser: the envelope, the schema's refusals, golden
// links (v1, migrated, and v2) that must keep decoding byte for byte, the
// migration of v1 experiments to programs, the timeline's reduction, the
// statistics, and the CSV export.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type * as v from "valibot";
import { confidence95 } from "../../www/compare/stats";
import { MAX_PROGRAM_CHARS } from "../../www/experiment";
import type { Span } from "../../www/trace";
import { PROGRAMS } from "../../www/presets/programs";
import { resultCsv } from "../../www/share/export";
import { decodeFragment, encodeFragment, MAX_JSON_BYTES } from "../../www/share/link-codec";
import { decodeLink, encodeResult, LINK_VERSION, LinkError, MAX_LINK_BYTES } from "../../www/share/link";
import { programOf } from "../../www/share/migrate-v1";
import { type ExperimentV1, MAX_TASKS } from "../../www/share/schema-v1";
import { MAX_VALUE_CHARS } from "../../www/share/schema-v2";
import { reduceSpans } from "../../www/share/timeline-reduce";

const golden = (name: string) => readFileSync(new URL(`../golden/${name}`, import.meta.url), "utf8");
const GOLDEN_LINKS = ["v1-interpreter-all-modes", "v1-native-not-isolated", "v2-interpreter-all-modes"];

/** What a link decodes to, as the JSON the page would hold (NaN as null). */
const asJson = (x: unknown) => JSON.stringify(x, (_k, v) => (Number.isNaN(v) ? null : v), 2) + "\n";

for (const name of GOLDEN_LINKS) {
  test(`the saved link ${name} decodes byte for byte as when it was made`, async () => {
    const shared = await decodeLink(golden(`${name}.link`).trim());
    expect(asJson(shared)).toBe(golden(`${name}.json`));
  });
}

test("a decoded link encodes again to the same run", async () => {
  for (const name of GOLDEN_LINKS) {
    const shared = await decodeLink(golden(`${name}.link`).trim());
    const fragment = await encodeResult(shared.result);
    expect(fragment.startsWith(`#v${LINK_VERSION}.`), name).toBe(true);
    const again = await decodeLink(fragment);
    expect(asJson(again), name).toBe(asJson(shared));
  }
});

test("a v1 link and its v2 re-encoding open on the same run", async () => {
  const v1 = await decodeLink(golden("v1-interpreter-all-modes.link").trim());
  const v2 = await decodeLink(golden("v2-interpreter-all-modes.link").trim());
  expect(asJson(v2)).toBe(asJson(v1));
});

/** Expects decoding to fail with a LinkError whose message matches. */
async function refused(fragment: string, message: RegExp): Promise<void> {
  const error = await decodeLink(fragment).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, fragment.slice(0, 60)).toBeInstanceOf(LinkError);
  expect((error as Error).message).toMatch(message);
}

/** A current (v2) envelope around any JSON value. */
const wrap = (value: unknown) => encodeFragment(value, LINK_VERSION);
/** A v1 envelope around any JSON value: it goes through the migration. */
const wrapV1 = (value: unknown) => encodeFragment(value, 1);
const V2_LINK = () => golden("v2-interpreter-all-modes.link").trim();
const V1_LINK = () => golden("v1-interpreter-all-modes.link").trim();
const goldenData = async () => (await decodeFragment(V2_LINK(), LINK_VERSION)).data as Record<string, any>;
const goldenV1Data = async () => (await decodeFragment(V1_LINK(), LINK_VERSION)).data as Record<string, any>;

test("malformed, truncated, wrongly spelt and over-long links are refused", async () => {
  const good = V2_LINK();
  await refused("#hello", /does not start with a version/);
  await refused("#v2", /does not start with a version|characters/);
  await refused("#v2.", /truncated/);
  await refused("#v1.", /truncated/);
  await refused(good.slice(0, good.length / 2), /truncated/);
  await refused(good.slice(0, "#v2.".length + 4 * 250), /damaged or truncated/); // whole base64 quads
  await refused(good.slice(0, "#v2.".length + 4 * 250 + 1), /truncated \(its data has a stray character\)/);
  await refused(good.slice(0, -1) + "*", /characters/);
  await refused(good.replace(/.$/, "") + "A", /damaged|truncated|JSON|stray/);
  await refused(`#v2.${"A".repeat(70_000)}`, /too long/);
  await refused(await wrap(null).then((f) => f.replace("#v2.", "#v2.x")), /damaged|stray|JSON/);
});

test("future versions are refused with their own message; v1 is migrated, not refused", async () => {
  const good = V2_LINK();
  await refused(good.replace("#v2.", "#v3."), /newer version of GIL Playground.*v3.*up to v2/);
  await refused(good.replace("#v2.", "#v99999."), /newer version/);
  await refused(good.replace("#v2.", "#v0."), /no link format v0/);
  const migrated = await decodeLink(V1_LINK());
  expect(migrated.experiment).toMatchObject({ program: PROGRAMS.cpu, call: "task", args: "[300_000] * 4" });
  // v2 data in a v1 envelope is not a v1 link, nor v1 data in a v2 one a v2 link.
  await refused(await wrapV1(await goldenData()), /bad value at experiment.runtime/);
  await refused(await wrap(await goldenV1Data()), /bad value at experiment.program/);
});

test("a decompression bomb stops inflating at the cap", async () => {
  // A link of about 40 KB that would unpack to 30 MB of spaces (deflate's ratio is about 1000:1).
  const bytes = await deflateRaw(" ".repeat(30 * 1024 * 1024));
  const bomb = `#v2.${Buffer.from(bytes).toString("base64url")}`;
  expect(bomb.length).toBeLessThan(65_536);
  await refused(bomb, new RegExp(`more than ${MAX_JSON_BYTES / 1024} KB`));
});

test("deep nesting, forbidden keys, extra keys, wrong types and bounds are refused", async () => {
  const deep = "[".repeat(100_000) + "]".repeat(100_000);
  await refused(`#v2.${Buffer.from(await deflateRaw(deep)).toString("base64url")}`, /nested too deeply/);
  await refused(await wrap("not an object"), /bad value/);
  await refused(
    "#v2." + Buffer.from(await deflateRaw('{"__proto__": {"polluted": 1}}')).toString("base64url"),
    /forbidden key "__proto__"/,
  );
  await refused(await wrap({ constructor: { prototype: {} } }), /forbidden key "constructor"/);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();

  const data = await goldenData();
  const withExperiment = (e: Record<string, unknown>) =>
    wrap({ ...data, experiment: { ...data.experiment, ...e } });
  await refused(await wrap({ ...data, extra: 1 }), /field this page does not know: extra/);
  await refused(
    await withExperiment({ fault: { kind: "hang", mode: "threads" } }),
    /does not know: experiment.fault/,
  );
  await refused(await withExperiment({ watchdogMs: 100 }), /does not know: experiment.watchdogMs/);
  // v1's fields are gone from v2.
  await refused(await withExperiment({ workload: "sum_squares" }), /does not know: experiment.workload/);
  await refused(await withExperiment({ n: 300_000 }), /does not know: experiment.n/);
  await refused(await withExperiment({ program: 42 }), /bad value at experiment.program/);
  await refused(await withExperiment({ call: ["task"] }), /bad value at experiment.call/);
  await refused(await withExperiment({ args: "x".repeat(2_001) }), /bad value at experiment.args/);
  // The schema takes any text; the form's own validation then judges it.
  await refused(await withExperiment({ program: " " }), /experiment is invalid: write a program/);
  await refused(
    await withExperiment({ call: "1x" }),
    /experiment is invalid: the function to call must be a Python name/,
  );
  await refused(await withExperiment({ call: "a b" }), /experiment is invalid: the function to call/);
  await refused(await withExperiment({ args: "" }), /experiment is invalid: give the task list/);
  await refused(
    await withExperiment({ workers: 17 }),
    /experiment is invalid: workers must be between 1 and 16/,
  );
  await refused(await withExperiment({ repeats: "3" }), /experiment is invalid: repeats must be a number/);
  await refused(
    await withExperiment({ modes: ["fork-bomb"] }),
    /experiment is invalid: choose at least one mode/,
  );
  await refused(await wrap({ ...data, env: { ...data.env, cores: -1 } }), /bad value at env.cores/);
  await refused(
    await wrap({ ...data, env: { ...data.env, browser: "x".repeat(500) } }),
    /bad value at env.browser/,
  );
  await refused(
    await wrap({ ...data, env: { ...data.env, pageVersion: "<b>1</b>" } }),
    /bad value at env.pageVersion/,
  );
  const row = data.result.rows[0];
  const withRow = (r: unknown) => wrap({ ...data, result: { ...data.result, rows: [r] } });
  await refused(await withRow({ ...row, runtime: "interpreter" }), /does not know: result.rows.0.runtime/);
  await refused(await withRow({ ...row, medianMs: "fast" }), /bad value at result.rows.0.medianMs/);
  await refused(await withRow({ ...row, speedup: -1 }), /bad value at result.rows.0.speedup/);
  await refused(await withRow({ ...row, values: [42] }), /bad value at result.rows.0.values.0/);
  await refused(
    await withRow({ ...row, values: ["x".repeat(MAX_VALUE_CHARS + 2)] }),
    /bad value at result.rows.0.values.0/,
  );
  await refused(
    await withRow({ ...row, values: Array(MAX_TASKS + 1).fill("1") }),
    /bad value at result.rows.0.values/,
  );
  await refused(await withRow({ ...row, mode: "fork-bomb" }), /bad value at result.rows.0.mode/);
  await refused(await withRow({ ...row, timesMs: Array(21).fill(1) }), /bad value at result.rows.0.timesMs/);
  await refused(
    await withRow({ ...row, timeline: { originMs: 0, spans: [[0, 99, 0, 1]] } }),
    /bad value at result.rows.0.timeline.spans.0.1/,
  );
});

test("a program as long as Run and Compare take opens; a longer one is refused", async () => {
  const data = await goldenData();
  const head = "def task(n):\n    return n\n";
  const program = (length: number) => head + "#".repeat(length - head.length);
  expect(program(MAX_PROGRAM_CHARS)).toHaveLength(MAX_PROGRAM_CHARS);
  const fits = await wrap({
    ...data,
    experiment: { ...data.experiment, program: program(MAX_PROGRAM_CHARS) },
  });
  expect((await decodeLink(fits)).experiment.program).toBe(program(MAX_PROGRAM_CHARS));
  const over = await wrap({
    ...data,
    experiment: { ...data.experiment, program: program(MAX_PROGRAM_CHARS + 1) },
  });
  expect(over.length).toBeLessThan(65_536);
  await refused(over, /bad value at experiment.program/);
});

test("v1 links are refused, with a clear message, when their experiment is not one v1 could make", async () => {
  const data = await goldenV1Data();
  const withExperiment = (e: Record<string, unknown>) =>
    wrapV1({ ...data, experiment: { ...data.experiment, ...e } });
  await refused(await withExperiment({ workload: "mandelbrot" }), /bad value at experiment.workload/);
  await refused(await withExperiment({ workload: "<script>" }), /bad value at experiment.workload/);
  await refused(await withExperiment({ runtime: "jython" }), /bad value at experiment.runtime/);
  await refused(await withExperiment({ n: "300000" }), /bad value at experiment.n\b/);
  await refused(await withExperiment({ n: 1.5 }), /bad value at experiment.n\b/);
  await refused(await withExperiment({ n: 1e12 }), /bad value at experiment.n\b/);
  await refused(await withExperiment({ tasks: MAX_TASKS + 1 }), /bad value at experiment.tasks/);
  await refused(await withExperiment({ seed: -1 }), /bad value at experiment.seed/);
  await refused(await withExperiment({ releaseGil: "no" }), /bad value at experiment.releaseGil/);
  await refused(await withExperiment({ program: "def task(n): pass" }), /does not know: experiment.program/);
  // What v2 keeps is judged by the form's validation, after the migration.
  await refused(await withExperiment({ repeats: "3" }), /experiment is invalid: repeats must be a number/);
  const row = data.result.rows[0];
  const withRow = (r: unknown) => wrapV1({ ...data, result: { ...data.result, rows: [r] } });
  await refused(
    await withRow({ ...row, values: ["<script>alert(1)</script>"] }),
    /bad value at result.rows.0.values.0/,
  );
  const { runtime: _runtime, ...noRuntime } = row;
  await refused(await withRow(noRuntime), /bad value at result.rows.0.runtime/);
});

test("a v1 experiment becomes the program that computes its work, and a task list", () => {
  type V1 = v.InferOutput<typeof ExperimentV1>;
  const base: V1 = {
    runtime: "interpreter",
    workload: "sum_squares",
    n: 10_000_000,
    tasks: 4,
    workers: 2,
    repeats: 3,
    modes: ["sequential", "threads"],
    countStartup: true,
    seed: 42,
    switchIntervalMs: 5,
    releaseGil: false,
  };
  const of = (e: Partial<V1>) => programOf({ ...base, ...e });
  expect(of({})).toEqual({ program: PROGRAMS.cpu, args: "[10_000_000] * 4" });
  expect(of({ n: 999, tasks: 1 })).toEqual({ program: PROGRAMS.cpu, args: "[999] * 1" });
  expect(of({ n: 1000 }).args).toBe("[1_000] * 4");
  expect(of({ workload: "sum_squares_loop" })).toEqual({ program: PROGRAMS.loop, args: "[10_000_000] * 4" });
  // The articles' downloads, round and round.
  expect(of({ workload: "io", tasks: 5 })).toEqual({
    program: PROGRAMS.io,
    args: "[0.45, 0.38, 0.52, 0.41, 0.45]",
  });
  expect(of({ workload: "convoy", n: 1000 })).toEqual({
    program: PROGRAMS.convoy,
    args: '[("cpu", 1_000), ("io", 200)]',
  });
  expect(of({ workload: "process_data", n: 200_000, seed: 7 })).toEqual({
    program: PROGRAMS.process_data_python,
    args: "chunks(200_000, 4, seed=7)",
  });
  // The native runtime: the kernels, holding the GIL unless v1 released it.
  expect(of({ runtime: "native", releaseGil: true })).toEqual({
    program: PROGRAMS.native_cpu,
    args: "[10_000_000] * 4",
  });
  const held = of({ runtime: "native", releaseGil: false }).program;
  expect(held).toContain("return kernels.sum_squares(n, release_gil=False)");
  expect(held).not.toContain("return kernels.sum_squares(n, release_gil=True)");
  // Only the call changes: the program's text is otherwise the preset's.
  expect(held.replace("release_gil=False)", "release_gil=True)")).toBe(PROGRAMS.native_cpu);
  expect(of({ runtime: "native", workload: "process_data", n: 200_000, releaseGil: true })).toEqual({
    program: PROGRAMS.process_data,
    args: "chunks(200_000, 4, seed=42)",
  });
  const chunked = of({ runtime: "native", workload: "process_data", releaseGil: false }).program;
  expect(chunked).toContain("kernels.process_data_chunk(seed, start, count, release_gil=False)");
  expect(chunked.replace("release_gil=False)", "release_gil=True)")).toBe(PROGRAMS.process_data);
});

test("a value's repr longer than 200 characters is cut with an ellipsis", async () => {
  const shared = await decodeLink(V2_LINK());
  const long = "[" + "1, ".repeat(100) + "1]";
  const exact = "x".repeat(MAX_VALUE_CHARS);
  const values = [long, exact, "{'a': 1}", "None"];
  const rows = shared.result.rows.map((r) => ({ ...r, values }));
  const back = await decodeLink(await encodeResult({ ...shared.result, rows }));
  for (const row of back.result.rows) {
    expect(row.values).toEqual([`${long.slice(0, MAX_VALUE_CHARS)}…`, exact, "{'a': 1}", "None"]);
  }
  expect(back.result.rows[0].values[0]).toHaveLength(MAX_VALUE_CHARS + 1);
});

test("HTML in a free-text field decodes as plain text (the page renders it with textContent)", async () => {
  const data = await goldenData();
  const html = '<img src=x onerror="window.pwned=1">';
  const shared = await decodeLink(await wrap({ ...data, env: { ...data.env, browser: html } }));
  expect(shared.env.browser).toBe(html);
  // A task's value is any repr now: it is shown as text, never run or parsed.
  const row = data.result.rows[0];
  const values = ["<script>alert(1)</script>", "'</td><td>'", html];
  const rows = [{ ...row, values }];
  const withValues = await decodeLink(await wrap({ ...data, result: { ...data.result, rows } }));
  expect(withValues.result.rows[0].values).toEqual(values);
});

async function deflateRaw(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

test("a link stays within 16 KB however many spans the run recorded", async () => {
  const shared = await decodeLink(V2_LINK());
  // 50,000 hand-offs per thread: far more than any link holds.
  const spans: Span[] = [];
  for (let i = 0; i < 100_000; i++) {
    spans.push({
      lane: i % 2,
      state: i % 4 < 2 ? "running" : "waiting_gil",
      startMs: i * 0.1,
      endMs: i * 0.1 + 0.1,
    });
  }
  const result = { ...shared.result, rows: shared.result.rows.map((r) => ({ ...r, spans })) };
  const fragment = await encodeResult(result);
  expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_BYTES);
  const back = await decodeLink(fragment);
  expect(back.result.rows[1].spans.length).toBeGreaterThan(100);
});

test("reduceSpans keeps the picture within its budget", () => {
  const spans: Span[] = [
    { lane: 0, state: "running", startMs: 0, endMs: 50 },
    { lane: 0, state: "waiting_gil", startMs: 50, endMs: 100 },
    { lane: 1, state: "waiting_gil", startMs: 0, endMs: 50 },
    { lane: 1, state: "running", startMs: 50, endMs: 100 },
  ];
  expect(reduceSpans(spans, 10)).toBe(spans); // within budget: unchanged
  const many: Span[] = Array.from({ length: 1000 }, (_, i) => ({
    lane: 0,
    state: i < 500 ? "running" : "io",
    startMs: i,
    endMs: i + 1,
  }));
  expect(reduceSpans(many, 10)).toEqual([
    { lane: 0, state: "running", startMs: 0, endMs: 500 },
    { lane: 0, state: "io", startMs: 500, endMs: 1000 },
  ]);
});

test("confidence95 is mean ± t·s/√n with Student's t", () => {
  // python3: statistics.mean/stdev of [100, 110, 95, 105, 102], t(0.975, 4) = 2.776
  const c = confidence95([100, 110, 95, 105, 102])!;
  expect(c.ci95[0]).toBeCloseTo(95.45445021902515, 9);
  expect(c.ci95[1]).toBeCloseTo(109.34554978097486, 9);
  expect(c.rme).toBeCloseTo(0.06782763457983267, 9);
  expect(confidence95([42])).toBeNull();
});

test("the CSV has a header and one quoted-where-needed line per mode", async () => {
  const shared = await decodeLink(V2_LINK());
  const lines = resultCsv(shared.result).trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "mode,gil,workers,repeats,median_ms,min_ms,max_ms,ci95_low_ms,ci95_high_ms,rme,speedup,pool_startup_ms,verified,times_ms",
  );
  expect(lines.map((l) => l.split(",")[0])).toEqual([
    "mode",
    "sequential",
    "threads",
    "threads-nogil",
    "processes",
  ]);
  for (const line of lines) expect(line.split(",")).toHaveLength(14);
  expect(lines[2].split(",").slice(0, 3)).toEqual(["threads", "true", "2"]);
});
