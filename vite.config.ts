import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

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

/**
 * coi-serviceworker makes the page cross-origin isolated on a host that sends no
 * COOP/COEP (index.html loads it). A service worker controls only its own folder and
 * below, so the script must sit beside index.html under a fixed name, not hashed
 * under assets/: served so in dev, written so into dist/ by the build. The minified
 * file keeps its MIT license comment.
 */
function coiServiceWorker(): Plugin {
  const fileName = "coi-serviceworker.js";
  const source = () =>
    readFileSync(
      createRequire(import.meta.url).resolve("coi-serviceworker/coi-serviceworker.min.js"),
      "utf8",
    );
  return {
    name: "coi-serviceworker",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? "/", "http://x").pathname !== `/${fileName}`) return next();
        res.setHeader("Content-Type", "text/javascript");
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName, source: source() });
    },
  };
}

export default defineConfig({
  // Relative URLs: dist/ works from any folder (GitHub Pages serves /<repo>/).
  base: "./",
  plugins: [coiServiceWorker()],
  // The plain wasm build's own imports (crate/src/host/pause.rs), which its
  // wasm-bindgen glue imports by this module name.
  resolve: {
    alias: {
      "gil-playground-pause": fileURLToPath(new URL("./www/engines/pause-import.ts", import.meta.url)),
    },
  },
  server: { host: "127.0.0.1", headers: isolationHeaders },
  preview: { host: "127.0.0.1", headers: isolationHeaders },
  worker: { format: "es" },
  build: { target: "esnext" },
  define: { __PAGE_VERSION__: JSON.stringify(pageVersion()) },
});
