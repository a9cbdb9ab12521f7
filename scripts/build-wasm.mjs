// Builds the two wasm packages into www/pkg/: `plain` (no threads; Sequential and
// Processes) and `threads` (atomics + shared memory + wasm-bindgen-rayon; Threads),
// then optimises each with binaryen's wasm-opt (the npm package; Debian's v108 cannot
// read these modules). Skips a build whose output is newer than every Rust source,
// and an optimisation already done (see optimizeWasm). First it writes the limits the
// crate shares with the page to www/generated/limits.json (see exportLimits).
//   node scripts/build-wasm.mjs [--force] [--check-limits]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NAME = "gil_playground";

// The features rustc declares in the modules' target_features section (wasm-opt
// --print-features lists them); wasm-opt must allow them all or the module fails to
// validate. reference-types: wasm-bindgen's externref table.
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-bulk-memory-opt",
  "--enable-call-indirect-overlong",
  "--enable-multivalue",
  "--enable-mutable-globals",
  "--enable-nontrapping-float-to-int",
  "--enable-reference-types",
  "--enable-sign-ext",
];

const BUILDS = [
  { name: "plain", cargoArgs: [], targetDir: "target", features: WASM_FEATURES },
  {
    name: "threads",
    // build-std and the shared-memory link flags live in their own config file,
    // so they do not leak into native builds or the plain build.
    cargoArgs: ["--features", "threads", "--config", ".cargo/wasm-threads.toml"],
    targetDir: "target/threads",
    // Atomics and the imported shared memory.
    features: ["--enable-threads", ...WASM_FEATURES],
  },
];

const WASM_OPT = join(root, "node_modules", ".bin", "wasm-opt");

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

function run(cmd, args) {
  console.log(`build-wasm: ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", cwd: root });
}

/** The limits the crate shares with the page (crate/src/runs/limits.rs), generated. */
const LIMITS_JSON = join(root, "www", "generated", "limits.json");

/**
 * Writes the crate's limits to www/generated/limits.json (crate/src/bin/export_limits.rs),
 * which the page and the scripts import: the page's main thread has no wasm to ask.
 * With `check`, fails instead when the committed file is stale (npm test). Skipped
 * when the file is newer than every Rust source (the native build takes a while).
 */
function exportLimits({ check, sources }) {
  if (!check && existsSync(LIMITS_JSON) && statSync(LIMITS_JSON).mtimeMs > sources) return;
  run("cargo", ["run", "--quiet", "--bin", "export_limits", ...(check ? ["--", "--check"] : [])]);
}

/**
 * Each pool thread's stack, in bytes (crate/src/runs/limits.rs `POOL_THREAD_STACK_BYTES`).
 * wasm has no guard page: a thread that runs past its stack corrupts memory, so the
 * interpreter raises RecursionError well before. wasm-bindgen-rayon starts its
 * workers without `thread_stack_size`, so the build passes it there.
 */
function threadStackBytes() {
  return JSON.parse(readFileSync(LIMITS_JSON, "utf8")).poolThreadStackBytes;
}

/**
 * wasm-bindgen-rayon starts each pool thread with `pkg.wbg_rayon_start_worker(receiver)`
 * in a worker of its own: a trap there would go unnoticed (the run waiting for
 * that thread would hang). Wrap it so the trap is reported (www/engines/pool-trap.ts).
 */
const POOL_START = "pkg.wbg_rayon_start_worker(receiver);";
const POOL_START_REPORTING = "runPoolThread(pkg, init.memory, () => pkg.wbg_rayon_start_worker(receiver));";
const POOL_TRAP_IMPORT = 'import { runPoolThread } from "../../../../../engines/pool-trap.ts";\n';

function reportPoolTraps(helper, text) {
  if (text.includes(POOL_START_REPORTING)) return text;
  if (!text.includes(POOL_START)) {
    throw new Error(`${helper}: wasm-bindgen-rayon's worker start-up changed; report its traps anew`);
  }
  return POOL_TRAP_IMPORT + text.replace(POOL_START, POOL_START_REPORTING);
}

/** The pool worker's start-up, patched: its stack size, and its traps reported. */
function patchPoolWorker(outDir) {
  const snippets = join(outDir, "snippets");
  if (!existsSync(snippets)) return;
  for (const dir of readdirSync(snippets)) {
    const helper = join(snippets, dir, "src", "workerHelpers.js");
    if (!existsSync(helper)) continue;
    const text = readFileSync(helper, "utf8");
    const patched = text.replace(
      "init: { module_or_path: module, memory }",
      `init: { module_or_path: module, memory, thread_stack_size: ${threadStackBytes()} }`,
    );
    if (patched === text && !text.includes("thread_stack_size")) {
      throw new Error(
        `${helper}: wasm-bindgen-rayon's worker start-up changed; set the thread stack size anew`,
      );
    }
    writeFileSync(helper, reportPoolTraps(helper, patched));
  }
}

function sha256(path) {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function sizes(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Runs wasm-opt -O3 on the package's wasm, in place, once: a marker beside it
 * (`gil_playground_bg.wasm.opt.json`) holds the hash of the optimised file, so the
 * step is skipped while the wasm is the one it wrote, and runs again on a fresh
 * wasm-bindgen output (or an older www/pkg built before this step existed).
 */
export function optimizeWasm(build) {
  const wasm = join(root, "www", "pkg", build.name, `${NAME}_bg.wasm`);
  const marker = `${wasm}.opt.json`;
  if (existsSync(marker) && JSON.parse(readFileSync(marker, "utf8")).sha256 === sha256(wasm)) return;
  const before = sizes(wasm);
  const optimised = `${wasm}.opt.tmp`;
  run(WASM_OPT, ["-O3", ...build.features, wasm, "-o", optimised]);
  renameSync(optimised, wasm);
  const after = sizes(wasm);
  writeFileSync(marker, JSON.stringify({ sha256: sha256(wasm), before, after }, null, 2));
  console.log(
    `build-wasm: ${build.name}: ${before.raw} -> ${after.raw} bytes, gzip ${before.gzip} -> ${after.gzip}`,
  );
}

export function buildWasm({ force = false, checkLimits = false } = {}) {
  const sources = Math.max(
    ...["crate", "Cargo.toml", "Cargo.lock", "rust-toolchain.toml", ".cargo"].map((p) =>
      newestMtime(join(root, p)),
    ),
  );
  exportLimits({ check: checkLimits, sources });
  for (const build of BUILDS) {
    const outDir = join(root, "www", "pkg", build.name);
    const marker = join(outDir, `${NAME}_bg.wasm`);
    if (!force && existsSync(marker) && statSync(marker).mtimeMs > sources) {
      optimizeWasm(build);
      continue;
    }
    run("cargo", [
      "build",
      "--release",
      "--target",
      "wasm32-unknown-unknown",
      "-p",
      NAME,
      "--target-dir",
      build.targetDir,
      ...build.cargoArgs,
    ]);
    run(
      "wasm-bindgen",
      [
        join(build.targetDir, "wasm32-unknown-unknown", "release", `${NAME}.wasm`),
        "--target",
        "web",
        "--out-dir",
        outDir,
      ],
      build.env,
    );
    if (build.name === "threads") patchPoolWorker(outDir);
    // wasm-bindgen-rayon's worker imports the package folder (`import('../../..')`),
    // which needs a package.json, as wasm-pack would have written.
    writeFileSync(
      join(outDir, "package.json"),
      JSON.stringify({ name: `${NAME}-${build.name}`, type: "module", main: `${NAME}.js` }, null, 2),
    );
    optimizeWasm(build);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildWasm({
    force: process.argv.includes("--force"),
    checkLimits: process.argv.includes("--check-limits"),
  });
}
