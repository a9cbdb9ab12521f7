// Two builds of the page, side by side in one headless Chromium, running the bench programs
// (examples/bench/*.py) alternately: the way to tell whether a change to the interpreter made
// it faster, on a machine whose speed drifts by 5-10% within minutes. Run it twice: one run in
// several has been 10% off.
//   npm run build && cp -r dist /tmp/before     (then change, and)   npm run build
//   node scripts/ab-programs.mjs /tmp/before dist [sum loop fib objects]
// Each program runs 9 times (RUNS=n: n) in each build, alternating which goes first; the first two runs
// of each (the browser's baseline compile of the wasm) are left out of the median and minimum.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

const RUNS = Number(process.env.RUNS ?? 9);
const WARM_UP = 2;
const root = resolve(import.meta.dirname, "..");
const [before, after, ...named] = process.argv.slice(2);
if (!before || !after) {
  console.error(
    "usage: node scripts/ab-programs.mjs DIST_BEFORE DIST_AFTER [program... | classic/program...]",
  );
  process.exit(2);
}
const programs = named.length ? named : ["sum", "loop", "fib", "objects"];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const servers = [];
const pages = [];
for (const [i, dist] of [before, after].entries()) {
  const port = 4340 + i;
  const server = await preview({
    root,
    build: { outDir: resolve(dist) },
    preview: { port, strictPort: true, host: "127.0.0.1" },
    logLevel: "warn",
  });
  servers.push(server);
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(() => window.playground.ready);
  pages.push(page);
}

/** @param {number[]} times */
function summary(times) {
  const kept = times.slice(WARM_UP).sort((a, b) => a - b);
  return { median: kept[Math.floor(kept.length / 2)], min: kept[0] };
}

console.log(`${"program".padEnd(10)} ${"before ms".padStart(18)} ${"after ms".padStart(18)}  after/before`);
for (const name of programs) {
  // "fib" is examples/bench/fib.py; "classic/nbody" is examples/classic/nbody.py.
  const path = name.includes("/") ? `${name}.py` : `bench/${name}.py`;
  const source = readFileSync(resolve(root, "examples", path), "utf8");
  const times = [[], []];
  for (let run = 0; run < RUNS; run++) {
    for (const i of run % 2 ? [1, 0] : [0, 1]) {
      const result = await pages[i].evaluate((s) => window.playground.runProgram(s), source);
      const ms = /ms=([\d.]+)/.exec(result.stdout);
      if (!ms) throw new Error(`${name} printed no ms= line:\n${result.stdout}${result.stderr}`);
      times[i].push(Number(ms[1]));
    }
  }
  const [a, b] = times.map(summary);
  const cell = (s) => `${s.median.toFixed(1)} (min ${s.min.toFixed(1)})`.padStart(18);
  console.log(`${name.padEnd(10)} ${cell(a)} ${cell(b)}  ${(b.median / a.median).toFixed(3)}`);
}
await browser.close();
for (const server of servers) server.httpServer.close();
