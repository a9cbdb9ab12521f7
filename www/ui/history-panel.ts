// The list of stored runs: date, headline speedups, Open and Remove.
import type { HistoryEntry } from "../share/history";
import { el } from "./dom";

export interface HistoryActions {
  open(entry: HistoryEntry): void;
  remove(entry: HistoryEntry): void;
  clear(): void;
}

export function historyPanel(
  entries: HistoryEntry[],
  problem: string | undefined,
  actions: HistoryActions,
): HTMLElement {
  const items = entries.map((entry) => {
    const open = el("button", { type: "button", class: "history-open" }, "Open");
    const remove = el("button", { type: "button", class: "history-remove" }, "Remove");
    open.addEventListener("click", () => actions.open(entry));
    remove.addEventListener("click", () => actions.remove(entry));
    const date = new Date(entry.savedAt).toLocaleString("en-GB", {
      dateStyle: "medium",
      timeStyle: "medium",
    });
    return el(
      "li",
      { "data-id": entry.id },
      el("span", { class: "history-date" }, date),
      el("span", { class: "history-headline" }, entry.headline || "sequential only"),
      open,
      remove,
    );
  });
  const notice: HTMLElement[] = [];
  if (problem) {
    const clear = el("button", { type: "button", id: "history-clear" }, "Clear the stored history");
    clear.addEventListener("click", () => actions.clear());
    notice.push(el("p", { class: "warning", id: "history-problem" }, `History: ${problem}. `, clear));
  }
  return el(
    "div",
    { id: "history-list" },
    ...notice,
    items.length
      ? el("ol", {}, ...items)
      : el("p", { class: "placeholder" }, "Your runs are kept here (the last 20, in this browser)."),
  );
}
