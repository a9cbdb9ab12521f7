import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";

// GIL_TEST_PORT moves the test servers, so two checkouts can test side by side.
const PORT = Number(process.env.GIL_TEST_PORT ?? 4310);
export const ISOLATED_URL = `http://127.0.0.1:${PORT}/`;
export const NOT_ISOLATED_URL = `http://127.0.0.1:${PORT + 1}/`;

export default defineConfig({
  testDir: "tests",
  // The machine has 2 cores and the tests time parallel work: one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1100, height: 1200 },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: ISOLATED_URL,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --port ${PORT + 1} --no-isolation`,
      url: NOT_ISOLATED_URL,
      reuseExistingServer: false,
    },
  ],
});
