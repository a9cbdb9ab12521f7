// Installs and builds whatever is missing, so `npm start` and `npm test` work on a
// fresh machine: the pinned Rust toolchain, wasm-bindgen-cli, npm packages, the two
// wasm builds, and (with --browser) Chromium for the browser tests. With --check-limits
// (npm test), a stale www/generated/limits.json fails instead of being rewritten.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { buildWasm } from "./build-wasm.mjs";
import { writePresetPrograms } from "./presets.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const withBrowser = process.argv.includes("--browser");
/** npm test: a stale www/generated/limits.json fails instead of being rewritten. */
const checkLimits = process.argv.includes("--check-limits");

function run(cmd, args, options = {}) {
  console.log(`setup: ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", cwd: root, ...options });
}

function output(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : "";
}

/** The toolchain named in rust-toolchain.toml (RUSTUP_AUTO_INSTALL=0 here). */
function ensureToolchain() {
  const channel = /channel\s*=\s*"([^"]+)"/.exec(readFileSync(join(root, "rust-toolchain.toml"), "utf8"))[1];
  if (output("rustup", ["toolchain", "list"]).includes(channel)) return;
  run("rustup", [
    "toolchain",
    "install",
    channel,
    "--profile",
    "minimal",
    "-c",
    "rust-src,clippy,rustfmt",
    "-t",
    "wasm32-unknown-unknown",
    // A self-update here once replaced rustup with an older one.
    "--no-self-update",
  ]);
}

/** wasm-bindgen-cli at exactly the version of the crate in Cargo.lock. */
function ensureWasmBindgen() {
  const lock = readFileSync(join(root, "Cargo.lock"), "utf8");
  const version = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)[1];
  if (output("wasm-bindgen", ["--version"]).endsWith(version)) return;
  // Not --locked: the registry here lacks one of its pinned transitive versions.
  run("cargo", ["install", "wasm-bindgen-cli", "--version", `=${version}`]);
}

function ensureNodeModules() {
  if (existsSync(join(root, "node_modules", ".package-lock.json"))) return;
  run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=warn"]);
}

const CHROMIUM = "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    run("apt-get", ["update", "-q"]);
    run("apt-get", ["install", "-y", "-q", "chromium", "chromium-driver"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return;
  }
  console.error(
    `setup: the browser tests need Chromium at ${CHROMIUM}.\n` +
      "       Install it with: sudo apt-get install chromium chromium-driver",
  );
  process.exit(1);
}

ensureToolchain();
ensureWasmBindgen();
ensureNodeModules();
writePresetPrograms();
buildWasm({ checkLimits });
if (withBrowser) ensureChromium();
