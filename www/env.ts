// What the page runs on: isolation, cores, browser, timer resolution, threads.

export interface EnvInfo {
  crossOriginIsolated: boolean;
  cores: number;
  browser: string;
  /** Smallest step of performance.now() observed, in ms. */
  timerResolutionMs: number;
  threadsAvailable: boolean;
  /** Why Threads cannot run here, and the fix. */
  threadsUnavailableReason?: string;
  threadPoolSize?: number;
  threadPoolStartupMs?: number;
  /** The page that measured: package version and commit (vite.config.ts). */
  pageVersion: string;
}

declare const __PAGE_VERSION__: string | undefined;
/** Set by the build; "dev" where nothing set it (unit tests). */
export const PAGE_VERSION = typeof __PAGE_VERSION__ === "string" ? __PAGE_VERSION__ : "dev";

interface UserAgentData {
  brands: { brand: string; version: string }[];
}

function browserName(): string {
  const brands = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData?.brands;
  const brand =
    brands?.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== "Chromium") ??
    brands?.find((b) => !/not.?a.?brand/i.test(b.brand));
  if (brand) return `${brand.brand} ${brand.version}`;
  const match = /(Firefox|Edg|Chrome|Safari)\/([\d.]+)/.exec(navigator.userAgent);
  return match ? `${match[1]} ${match[2]}` : navigator.userAgent;
}

/** The smallest non-zero step between successive performance.now() readings. */
export function measureTimerResolution(samples = 20): number {
  let smallest = Infinity;
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    let now = start;
    while (now === start) now = performance.now();
    smallest = Math.min(smallest, now - start);
  }
  return smallest;
}

/** Why Threads cannot run on a page that is not cross-origin isolated, and the fix. */
function notIsolatedReason(): string {
  const headers =
    "Threads need SharedArrayBuffer, which browsers give only to a cross-origin isolated page. " +
    "Serve the page with the headers Cross-Origin-Opener-Policy: same-origin and " +
    "Cross-Origin-Embedder-Policy: require-corp (npm start does).";
  // index.html's coi-serviceworker adds those headers where the host sends none.
  if (!("coi" in globalThis)) return headers;
  const why = !globalThis.isSecureContext
    ? "service workers need a secure context (https://, or http://localhost)"
    : !("serviceWorker" in navigator)
      ? "service workers are unavailable here (private browsing, or a browser setting)"
      : "it is not in effect: service workers are unavailable or blocked here (private browsing, " +
        "or a browser setting), or the page needs one more reload";
  return `This page makes itself cross-origin isolated with a service worker, but ${why}. ${headers}`;
}

export function detectEnv(): EnvInfo {
  const isolated = globalThis.crossOriginIsolated === true;
  const threadsAvailable = isolated && typeof SharedArrayBuffer !== "undefined";
  return {
    crossOriginIsolated: isolated,
    cores: navigator.hardwareConcurrency || 1,
    browser: browserName(),
    timerResolutionMs: measureTimerResolution(),
    threadsAvailable,
    pageVersion: PAGE_VERSION,
    threadsUnavailableReason: threadsAvailable ? undefined : notIsolatedReason(),
  };
}
