// Builds the two wasm packages into www/pkg/: `plain` (no threads; Sequential and
// Processes) and `threads` (atomics + shared memory + wasm-bindgen-rayon; Threads).
// Skips a build whose output is newer than every Rust source.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NAME = "gil_playground";

const BUILDS = [
  { name: "plain", cargoArgs: [], targetDir: "target" },
  {
    name: "threads",
    // build-std and the shared-memory link flags live in their own config file,
    // so they do not leak into native builds or the plain build.
    cargoArgs: ["--features", "threads", "--config", ".cargo/wasm-threads.toml"],
    targetDir: "target/threads",
  },
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

function run(cmd, args) {
  console.log(`build-wasm: ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", cwd: root });
}

export function buildWasm({ force = false } = {}) {
  const sources = Math.max(
    ...["crate", "Cargo.toml", "Cargo.lock", "rust-toolchain.toml", ".cargo"].map((p) =>
      newestMtime(join(root, p)),
    ),
  );
  for (const build of BUILDS) {
    const outDir = join(root, "www", "pkg", build.name);
    const marker = join(outDir, `${NAME}_bg.wasm`);
    if (!force && existsSync(marker) && statSync(marker).mtimeMs > sources) continue;
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
    run("wasm-bindgen", [
      join(build.targetDir, "wasm32-unknown-unknown", "release", `${NAME}.wasm`),
      "--target",
      "web",
      "--out-dir",
      outDir,
    ]);
    // wasm-bindgen-rayon's worker imports the package folder (`import('../../..')`),
    // which needs a package.json, as wasm-pack would have written.
    writeFileSync(
      join(outDir, "package.json"),
      JSON.stringify({ name: `${NAME}-${build.name}`, type: "module", main: `${NAME}.js` }, null, 2),
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildWasm({ force: process.argv.includes("--force") });
}
