// Builds the two wasm packages into www/pkg/: `plain` (no threads; Sequential and
// Processes) and `threads` (atomics + shared memory; Threads, whose threads are Web Workers over that memory),
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

// Cargo's target folder: CARGO_TARGET_DIR when set (a worktree sharing one), else target/.
const TARGET_DIR = process.env.CARGO_TARGET_DIR || "target";

const BUILDS = [
  {
    name: "plain",
    // Exports the shadow stack's pointer (its programs' suspendable stacks switch it).
    cargoArgs: ["--config", ".cargo/wasm-plain.toml"],
    targetDir: TARGET_DIR,
    features: WASM_FEATURES,
  },
  {
    name: "threads",
    // build-std and the shared-memory link flags live in their own config file,
    // so they do not leak into native builds or the plain build.
    cargoArgs: ["--features", "threads", "--config", ".cargo/wasm-threads.toml"],
    targetDir: join(TARGET_DIR, "threads"),
    // Atomics and the imported shared memory.
    features: ["--enable-threads", ...WASM_FEATURES],
  },
];

const WASM_OPT = join(root, "node_modules", ".bin", "wasm-opt");

/**
 * The frozen modules' Python files: the wasm builds do not embed them (Vite emits them as
 * assets, fetched on first import: www/engines/module-urls.ts), so editing one rebuilds no wasm.
 */
const FROZEN_PYTHON = join(root, "crate", "src", "modules", "python");

function newestMtime(path) {
  if (path === FROZEN_PYTHON) return 0;
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
    optimizeWasm(build);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildWasm({
    force: process.argv.includes("--force"),
    checkLimits: process.argv.includes("--check-limits"),
  });
}
