// The environment the timings come from.
import type { EnvInfo } from "../env";
import { el } from "./dom";

function poolText(env: EnvInfo): string {
  if (!env.threadsAvailable) return "unavailable (page not cross-origin isolated)";
  if (env.threadPoolStartupMs === undefined) return `${env.threadPoolSize ?? "?"} threads, starting…`;
  return `${env.threadPoolSize} threads, started in ${env.threadPoolStartupMs.toFixed(0)} ms`;
}

export function envPanel(env: EnvInfo): HTMLElement {
  const item = (name: string, value: string, id: string) =>
    el("div", { class: "env-item" }, el("dt", {}, name), el("dd", { id }, value));
  return el(
    "dl",
    { id: "env" },
    item("Cross-origin isolated", env.crossOriginIsolated ? "yes" : "no", "env-isolated"),
    item("Logical cores", String(env.cores), "env-cores"),
    item("Browser", env.browser, "env-browser"),
    item("Timer resolution", `${(env.timerResolutionMs * 1000).toFixed(1)} µs`, "env-timer"),
    item("Thread pool", poolText(env), "env-pool"),
  );
}
