// What the page downloads before it is ready: serves dist/ (run `vite build` first), opens
// it in headless Chromium, records every response of the page and its workers until
// `window.playground.ready` resolves, and sums the bytes, raw and gzipped (node:zlib,
// level 9, as a static host would compress them). kB: 1000 bytes, as Vite prints.
//   node scripts/first-load-size.mjs [--port 4420] [--json]
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

/**
 * @returns {Promise<{ url: string, raw: number, gzip: number,
 *   files: { path: string, type: string, requests: number, raw: number, gzip: number }[] }>}
 *   files: one per URL (a file that several workers ask for is downloaded once),
 *   largest gzip first.
 */
export async function firstLoadSize({ port = 4420 } = {}) {
  const { server, url } = await serve({ port });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses = [];
    let ready = false;
    // The context's responses include those of the page's workers and their workers.
    context.on("response", (response) => {
      if (!ready) responses.push(response);
    });
    await page.goto(url);
    await page.evaluate(() => window.playground.ready);
    ready = true;

    const byPath = new Map();
    for (const response of responses) {
      const path = new URL(response.url()).pathname;
      const known = byPath.get(path);
      if (known) {
        known.requests++;
        continue;
      }
      const body = await response.body();
      byPath.set(path, {
        path,
        type: (response.headers()["content-type"] ?? "").split(";")[0],
        requests: 1,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    }
    const files = [...byPath.values()].sort((a, b) => b.gzip - a.gzip);
    const sum = (key) => files.reduce((total, file) => total + file[key], 0);
    return { url, raw: sum("raw"), gzip: sum("gzip"), files };
  } finally {
    await browser.close();
    await server.close();
  }
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf("--port");
  const result = await firstLoadSize(portArg >= 0 ? { port: Number(args[portArg + 1]) } : {});
  const width = Math.max(...result.files.map((f) => f.path.length), 5);
  console.log(`First load of ${result.url}, until window.playground.ready:`);
  console.log(`${"File".padEnd(width)}  ${"Type".padEnd(22)} ${"Raw".padStart(10)} ${"Gzip".padStart(10)}`);
  for (const f of result.files) {
    const times = f.requests > 1 ? ` (${f.requests} requests)` : "";
    console.log(
      `${f.path.padEnd(width)}  ${f.type.padEnd(22)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}${times}`,
    );
  }
  console.log(
    `${"Total".padEnd(width)}  ${"".padEnd(22)} ${kb(result.raw).padStart(10)} ${kb(result.gzip).padStart(10)}`,
  );
  if (args.includes("--json")) console.log(JSON.stringify(result));
}
