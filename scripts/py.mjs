// npm run py -- FILE.py [--no-gil] [--switch-interval MS]
// Runs a Python program headlessly in Chromium through the page's own API
// (window.playground.runProgram) and prints its stdout and stderr as it runs,
// as `python3 FILE.py` would, exiting with the program's exit status.
// Builds only what is out of date (nothing, when nothing changed); build
// output goes to stderr, and only when something is built.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "usage: npm run py -- FILE.py [--no-gil] [--switch-interval MS]";
/** The switch intervals the GIL takes (crate/src/gil.rs), as the crate exports them. */
const SWITCH_INTERVAL_MS = JSON.parse(
  readFileSync(join(root, "www", "generated", "limits.json"), "utf8"),
).switchIntervalMs;

function parseArgs(argv) {
  const options = { file: undefined, gil: true, switchIntervalMs: SWITCH_INTERVAL_MS.default };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--no-gil") options.gil = false;
    else if (arg === "--switch-interval") {
      options.switchIntervalMs = Number(argv[++i]);
      const { min, max } = SWITCH_INTERVAL_MS;
      if (!(options.switchIntervalMs >= min && options.switchIntervalMs <= max)) {
        fail(`--switch-interval takes milliseconds between ${min} and ${max}`);
      }
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
    else if (options.file === undefined) options.file = arg;
    else fail(`one program at a time\n${USAGE}`);
  }
  if (options.file === undefined) fail(USAGE);
  return options;
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The newest modification time under `path` (a file or a folder). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Runs a build step quietly; its output reaches stderr only if it fails. */
function quietly(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
}

/** Set-up (a no-op when everything is there) and the page, when its sources changed. */
function ensureBuilt() {
  quietly("node", ["scripts/setup.mjs"]);
  const built = join(root, "dist", "index.html");
  const sources = Math.max(
    newest(join(root, "www")),
    newest(join(root, "index.html")),
    newest(join(root, "vite.config.ts")),
    // The frozen modules' files, which the page fetches as assets (www/engines/module-urls.ts).
    newest(join(root, "crate", "src", "modules", "python")),
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    process.stderr.write("py: building the page…\n");
    quietly("npx", ["vite", "build", "--logLevel", "error"]);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as a shell expects.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => process.exit(error.code === "EPIPE" ? 0 : 1));
}

const options = parseArgs(process.argv.slice(2));
let source;
try {
  source = readFileSync(options.file, "utf8");
} catch (error) {
  // python3's own words for a missing file, and its status.
  process.stderr.write(
    `python3: can't open file '${resolve(options.file)}': [Errno 2] No such file or directory\n`,
  );
  process.exit(2);
}
ensureBuilt();

const { server, url } = await serve({ port: await freePort() });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
let exitCode = 1;
try {
  const page = await browser.newPage();
  // Output streams out as the program prints it, a batch per message from the
  // page (one round trip per print made 100,000 lines take 45 s).
  await page.exposeFunction("__pyOutput", (batch) => {
    for (const [stream, text] of batch) (stream === "stdout" ? process.stdout : process.stderr).write(text);
  });
  await page.goto(url);
  await page.evaluate(() => window.playground.ready);
  exitCode = await page.evaluate(
    async ({ source, gil, switchIntervalMs }) => {
      let pending = [];
      let sent = Promise.resolve();
      const send = () => {
        const batch = pending;
        pending = [];
        if (batch.length) sent = sent.then(() => window.__pyOutput(batch));
      };
      const result = await window.playground.runProgram(
        source,
        { gil, switchIntervalMs, watchdogMs: 600_000 },
        (stream, text) => {
          // Whatever one message from the worker brought goes out as one batch.
          if (!pending.length) setTimeout(send, 0);
          pending.push([stream, text]);
        },
      );
      send();
      await sent;
      return result.exitCode;
    },
    { source, gil: options.gil, switchIntervalMs: options.switchIntervalMs },
  );
} catch (error) {
  process.stderr.write(`py: the page could not run the program: ${error.message}\n`);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
