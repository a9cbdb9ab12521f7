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

export default defineConfig({
  server: { host: "127.0.0.1", headers: isolationHeaders },
  preview: { host: "127.0.0.1", headers: isolationHeaders },
  worker: { format: "es" },
  build: { target: "esnext" },
});
