// dist/ on a static host that sends no COOP/COEP: coi-serviceworker (index.html) adds the
// headers from a service worker and reloads the page once; where service workers are
// blocked the page runs without Threads and says why; with the headers it does nothing.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import type { Page } from "@playwright/test";
import {
  BLOCKED_REGISTER_ERROR,
  ISOLATED_URL,
  NOT_ISOLATED_URL,
  SMALL,
  expect,
  openPage,
  compare,
  test,
} from "./fixtures";

/** Counts the main frame's navigations (the first load, then each reload). */
function countNavigations(page: Page): () => number {
  let navigations = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  return () => navigations;
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
};

/** A bare static host (GitHub Pages-like): dist/ under /<prefix>/, no headers beyond Content-Type. */
async function staticHost(port: number, prefix: string): Promise<Server> {
  const dist = join(import.meta.dirname, "..", "..", "dist");
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://host").pathname;
    try {
      if (!path.startsWith(prefix)) throw new Error("outside the site");
      const file = normalize(join(dist, path.slice(prefix.length) || "index.html"));
      if (!file.startsWith(dist)) throw new Error("outside dist/");
      const body = await readFile(file.endsWith("/") ? join(file, "index.html") : file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

/** Waits until the page (after any reload) is cross-origin isolated and ready. */
async function waitUntilIsolatedAndReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.crossOriginIsolated);
  await page.waitForFunction(() => "playground" in window);
  await page.evaluate(() => window.playground.ready);
}

// Served without COOP/COEP, the page installs the service worker, reloads exactly once,
// and comes back cross-origin isolated: ready, with Threads running and verified.
test("without COOP/COEP the service worker isolates the page after one reload", async ({ page }) => {
  const navigations = countNavigations(page);
  await page.goto(NOT_ISOLATED_URL);
  await waitUntilIsolatedAndReady(page);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe("function");
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${NOT_ISOLATED_URL}coi-serviceworker.js`,
  );
  await expect(page.locator("#env-isolated")).toHaveText("yes");
  await expect(page.locator("#threads-unavailable")).toHaveCount(0);

  const result = await compare(page, { ...SMALL, modes: ["sequential", "threads-nogil"] });
  expect(result.rows.map((r) => r.mode)).toEqual(["sequential", "threads-nogil"]);
  for (const row of result.rows) expect(row.verified).toBe(true);
  expect(result.skipped).toEqual([]);

  // The first load and the one reload; nothing more, even a while later.
  await page.waitForTimeout(1000);
  expect(navigations()).toBe(2);
});

// dist/ copied as it is to a bare static host, in a sub-folder as GitHub Pages serves a
// project (https://user.github.io/repo/): relative URLs find the scripts, workers and wasm,
// and the service worker, scoped to that folder, isolates the page there too.
test("dist/ works from a sub-folder of a static host that sends no headers", async ({ page }) => {
  const port = Number(new URL(NOT_ISOLATED_URL).port) + 1;
  const server = await staticHost(port, "/gil-playground/");
  try {
    const url = `http://127.0.0.1:${port}/gil-playground/`;
    const navigations = countNavigations(page);
    await page.goto(url);
    await waitUntilIsolatedAndReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${url}coi-serviceworker.js`,
    );
    const result = await compare(page, { ...SMALL, modes: ["sequential", "threads-nogil", "processes"] });
    expect(result.rows.map((r) => r.mode)).toEqual(["sequential", "threads-nogil", "processes"]);
    for (const row of result.rows) expect(row.verified).toBe(true);
    expect(navigations()).toBe(2);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

// Served with COOP/COEP (npm start, the test server), the page is isolated already:
// the script registers no service worker and never reloads.
test("with COOP/COEP no service worker is registered", async ({ page }) => {
  const navigations = countNavigations(page);
  await openPage(page, ISOLATED_URL);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(page.context().serviceWorkers()).toEqual([]);
  await page.waitForTimeout(500);
  expect(navigations()).toBe(1);
});

// A service worker that is installed but never serves the page (here DevTools' "bypass
// for network") would make coi-serviceworker reload forever: the guard in index.html
// allows one reload, then the page stays, not isolated, and says why.
test("a service worker that never takes over does not make the page reload in a loop", async ({ page }) => {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Network.enable");
  await devtools.send("Network.setBypassServiceWorker", { bypass: true });
  const navigations = countNavigations(page);
  await page.goto(NOT_ISOLATED_URL);
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => r?.active));
  await page.waitForTimeout(3000);
  await page.evaluate(() => window.playground.ready);
  expect(navigations()).toBe(2);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
  await expect(page.locator("#threads-unavailable")).toContainText("service worker");
});

test.describe("service workers blocked", () => {
  test.use({ serviceWorkers: "block" });

  // Where service workers are blocked (a browser setting, private browsing), the page
  // stays not isolated, says that the service worker could not do its job, and still
  // runs Sequential and Processes.
  test("the page explains why Threads are unavailable and runs without them", async ({
    page,
    allowPageError,
  }) => {
    allowPageError(BLOCKED_REGISTER_ERROR);
    const navigations = countNavigations(page);
    await openPage(page, NOT_ISOLATED_URL);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
    await expect(page.locator("#env-isolated")).toHaveText("no");
    await expect(page.locator("#field-mode-threads-nogil")).toBeDisabled();
    const reason = page.locator("#threads-unavailable");
    await expect(reason).toContainText("with a service worker");
    await expect(reason).toContainText("service workers are unavailable or blocked here");
    await expect(reason).toContainText("Cross-Origin-Opener-Policy: same-origin");

    const result = await compare(page, SMALL);
    expect(result.rows.map((r) => r.mode)).toEqual(["sequential", "processes"]);
    for (const row of result.rows) expect(row.verified).toBe(true);
    expect(result.skipped.map((s) => s.mode)).toEqual(["threads-nogil"]);
    expect(navigations()).toBe(1);
  });
});
