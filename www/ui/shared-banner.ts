// The banner over a run that was not measured here (a share link, or the
// history): whose machine, when, with what page; and the button to rerun it here.
import type { SharedEnv } from "../share/link";
import { el } from "./dom";

export type SharedSource = "link" | "history";

export function sharedBanner(env: SharedEnv, source: SharedSource, onRerun: () => void): HTMLElement {
  const when = new Date(env.date);
  const machine =
    `${env.browser}, ${env.cores} logical cores, ` +
    `${env.crossOriginIsolated ? "cross-origin isolated" : "not cross-origin isolated"}, ` +
    `timer resolution ${(env.timerResolutionMs * 1000).toFixed(0)} µs`;
  const rerun = el("button", { type: "button", id: "rerun" }, "Compare on this machine");
  rerun.addEventListener("click", onRerun);
  return el(
    "div",
    { id: "shared-banner", class: "banner", "data-source": source },
    el("strong", {}, source === "link" ? "Shared results" : "From your history"),
    el(
      "span",
      { id: "shared-machine" },
      `: measured on ${machine}, on ${when.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })} ` +
        `(page ${env.pageVersion}). Nothing was run on this machine. `,
    ),
    rerun,
  );
}
