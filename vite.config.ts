import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { defineConfig } from "vite";

// Cross-origin isolation (COOP + COEP) is what gives the page SharedArrayBuffer,
// and so wasm threads. GIL_NO_ISOLATION=1 serves without it, to check the fallback.
const isolationHeaders =
  process.env.GIL_NO_ISOLATION === "1"
    ? {}
    : {
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": "require-corp",
      };

/** "0.1.0+abc1234": what a shared link says about the page that measured it. */
function pageVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    return `${version}+${commit}`;
  } catch {
    return version;
  }
}

export default defineConfig({
  server: { host: "127.0.0.1", headers: isolationHeaders },
  preview: { host: "127.0.0.1", headers: isolationHeaders },
  worker: { format: "es" },
  build: { target: "esnext" },
  define: { __PAGE_VERSION__: JSON.stringify(pageVersion()) },
});
