// The console under the editor: stdout and stderr as they are printed, stderr
// in red; text only (textContent), never markup. Each line can show, on
// request, the thread that printed it and when.
import type { OutputTag } from "../playground";
import { el } from "./dom";

export interface ConsoleView {
  readonly element: HTMLElement;
  clear(): void;
  write(stream: "stdout" | "stderr", text: string, tag?: OutputTag): void;
  /** Shows or hides each line's thread and time. */
  showTags(show: boolean): void;
  /** A line of the page's own (not the program's): how the run ended. */
  note(text: string, kind?: "info" | "error"): void;
  text(): string;
}

/** Beyond this many characters, older output is dropped (with a notice). */
const MAX_CHARS = 200_000;

export function consoleView(): ConsoleView {
  const output = el("pre", { id: "console", class: "console", "aria-live": "polite", tabindex: "0" });
  let size = 0;
  let trimmed = false;
  /** Whether the next text starts a line (and so gets a tag). */
  let atLineStart = true;
  function append(node: HTMLElement): void {
    output.append(node);
    size += node.textContent?.length ?? 0;
    while (size > MAX_CHARS && output.firstChild) {
      size -= output.firstChild.textContent?.length ?? 0;
      output.firstChild.remove();
      trimmed = true;
    }
    if (trimmed && !output.querySelector(".trimmed")) {
      output.prepend(
        el("span", { class: "note trimmed" }, "… earlier output was dropped (over 200,000 characters)\n"),
      );
    }
    output.scrollTop = output.scrollHeight;
  }
  return {
    element: output,
    clear() {
      output.replaceChildren();
      size = 0;
      trimmed = false;
      atLineStart = true;
    },
    write(stream, text, tag) {
      // A tag before each line this text starts: hidden unless asked for (CSS).
      for (const piece of text.split(/(?<=\n)/)) {
        if (tag && atLineStart) {
          append(el("span", { class: "tag" }, `[${tag.thread} ${(tag.ms / 1000).toFixed(3)} s] `));
        }
        append(el("span", { class: stream }, piece));
        atLineStart = piece.endsWith("\n");
      }
    },
    showTags(show) {
      output.classList.toggle("tagged", show);
    },
    note(text, kind = "info") {
      append(el("span", { class: `note ${kind}` }, `${atLineStart ? "" : "\n"}${text}\n`));
      atLineStart = true;
    },
    text: () => output.textContent ?? "",
  };
}
