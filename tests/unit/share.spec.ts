// Share links without a browser: the envelope, the schema's refusals, golden v1
// links that must keep decoding byte for byte, the timeline's reduction, the
// statistics, and the CSV export.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { confidence95 } from "../../www/bench/stats";
import type { LaneSpan } from "../../www/engines/engine";
import { resultCsv } from "../../www/share/export";
import { decodeFragment, encodeFragment, MAX_JSON_BYTES } from "../../www/share/link-codec";
import { decodeLink, encodeResult, LinkError, MAX_LINK_BYTES } from "../../www/share/link";
import { reduceSpans } from "../../www/share/timeline-reduce";

const golden = (name: string) => readFileSync(new URL(`../golden/${name}`, import.meta.url), "utf8");
const GOLDEN_LINKS = ["v1-interpreter-all-modes", "v1-native-not-isolated"];

/** What a link decodes to, as the JSON the page would hold (NaN as null). */
const asJson = (x: unknown) => JSON.stringify(x, (_k, v) => (Number.isNaN(v) ? null : v), 2) + "\n";

for (const name of GOLDEN_LINKS) {
  test(`the saved link ${name} decodes byte for byte as when it was made`, async () => {
    const shared = await decodeLink(golden(`${name}.link`).trim());
    expect(asJson(shared)).toBe(golden(`${name}.json`));
  });
}

test("a decoded link encodes again to the same run", async () => {
  const shared = await decodeLink(golden("v1-interpreter-all-modes.link").trim());
  const again = await decodeLink(await encodeResult(shared.result));
  expect(asJson(again)).toBe(asJson(shared));
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

/** A v1 envelope around any JSON value. */
const wrap = (value: unknown) => encodeFragment(value, 1);
const goldenData = async () =>
  (await decodeFragment(golden("v1-interpreter-all-modes.link").trim(), 1)).data as Record<string, any>;

test("malformed, truncated, wrongly spelt and over-long links are refused", async () => {
  const good = golden("v1-interpreter-all-modes.link").trim();
  await refused("#hello", /does not start with a version/);
  await refused("#v1", /does not start with a version|characters/);
  await refused("#v1.", /truncated/);
  await refused(good.slice(0, good.length / 2), /damaged or truncated/);
  await refused(good.slice(0, -1) + "*", /characters/);
  await refused(good.replace(/.$/, "") + "A", /damaged|truncated|JSON|stray/);
  await refused(`#v1.${"A".repeat(70_000)}`, /too long/);
  await refused(await wrap(null).then((f) => f.replace("#v1.", "#v1.x")), /damaged|stray|JSON/);
});

test("unknown and future versions are refused with their own message", async () => {
  const good = golden("v1-interpreter-all-modes.link").trim();
  await refused(good.replace("#v1.", "#v2."), /newer version of GIL Playground.*v2.*up to v1/);
  await refused(good.replace("#v1.", "#v99999."), /newer version/);
  await refused(good.replace("#v1.", "#v0."), /no link format v0/);
});

test("a decompression bomb stops inflating at the cap", async () => {
  // A link of about 40 KB that would unpack to 30 MB of spaces (deflate's ratio is about 1000:1).
  const bytes = await deflateRaw(" ".repeat(30 * 1024 * 1024));
  const bomb = `#v1.${Buffer.from(bytes).toString("base64url")}`;
  expect(bomb.length).toBeLessThan(65_536);
  await refused(bomb, new RegExp(`more than ${MAX_JSON_BYTES / 1024} KB`));
});

test("deep nesting, forbidden keys, extra keys, wrong types and bounds are refused", async () => {
  const deep = "[".repeat(100_000) + "]".repeat(100_000);
  await refused(`#v1.${Buffer.from(await deflateRaw(deep)).toString("base64url")}`, /nested too deeply/);
  await refused(await wrap("not an object"), /bad value/);
  await refused(
    "#v1." + Buffer.from(await deflateRaw('{"__proto__": {"polluted": 1}}')).toString("base64url"),
    /forbidden key "__proto__"/,
  );
  await refused(await wrap({ constructor: { prototype: {} } }), /forbidden key "constructor"/);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();

  const data = await goldenData();
  await refused(await wrap({ ...data, extra: 1 }), /field this page does not know: extra/);
  await refused(
    await wrap({ ...data, experiment: { ...data.experiment, fault: { kind: "hang", mode: "threads" } } }),
    /does not know: experiment.fault/,
  );
  await refused(
    await wrap({ ...data, experiment: { ...data.experiment, watchdogMs: 100 } }),
    /does not know: experiment.watchdogMs/,
  );
  await refused(
    await wrap({ ...data, experiment: { ...data.experiment, n: 1e12 } }),
    /experiment is invalid: the interpreter takes n up to/,
  );
  await refused(
    await wrap({ ...data, experiment: { ...data.experiment, repeats: "3" } }),
    /experiment is invalid: repeats must be a number/,
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
  await refused(await withRow({ ...row, medianMs: "fast" }), /bad value at result.rows.0.medianMs/);
  await refused(await withRow({ ...row, speedup: -1 }), /bad value at result.rows.0.speedup/);
  await refused(
    await withRow({ ...row, values: ["<script>alert(1)</script>"] }),
    /bad value at result.rows.0.values.0/,
  );
  await refused(await withRow({ ...row, mode: "fork-bomb" }), /bad value at result.rows.0.mode/);
  await refused(await withRow({ ...row, timesMs: Array(21).fill(1) }), /bad value at result.rows.0.timesMs/);
  await refused(
    await withRow({ ...row, timeline: { originMs: 0, spans: [[0, 99, 0, 1]] } }),
    /bad value at result.rows.0.timeline.spans.0.1/,
  );
});

test("HTML in a free-text field decodes as plain text (the page renders it with textContent)", async () => {
  const data = await goldenData();
  const html = '<img src=x onerror="window.pwned=1">';
  const shared = await decodeLink(await wrap({ ...data, env: { ...data.env, browser: html } }));
  expect(shared.env.browser).toBe(html);
});

async function deflateRaw(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

test("a link stays within 16 KB however many spans the run recorded", async () => {
  const shared = await decodeLink(golden("v1-interpreter-all-modes.link").trim());
  // 50,000 hand-offs per thread: far more than any link holds.
  const spans: LaneSpan[] = [];
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
  const spans: LaneSpan[] = [
    { lane: 0, state: "running", startMs: 0, endMs: 50 },
    { lane: 0, state: "waiting_gil", startMs: 50, endMs: 100 },
    { lane: 1, state: "waiting_gil", startMs: 0, endMs: 50 },
    { lane: 1, state: "running", startMs: 50, endMs: 100 },
  ];
  expect(reduceSpans(spans, 10)).toBe(spans); // within budget: unchanged
  const many: LaneSpan[] = Array.from({ length: 1000 }, (_, i) => ({
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
  const shared = await decodeLink(golden("v1-interpreter-all-modes.link").trim());
  const lines = resultCsv(shared.result).trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "mode,runtime,gil,workers,repeats,median_ms,min_ms,max_ms,ci95_low_ms,ci95_high_ms,rme,speedup,pool_startup_ms,verified,times_ms",
  );
  expect(lines.map((l) => l.split(",")[0])).toEqual([
    "mode",
    "sequential",
    "threads",
    "threads-nogil",
    "processes",
  ]);
  for (const line of lines) expect(line.split(",")).toHaveLength(15);
});
