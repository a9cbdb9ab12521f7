// The program section: the editor, Run and Stop, the GIL switch and the switch
// interval, and the console. The program in the editor survives a reload.
import { createEditor, type Editor } from "../editor/editor";
import { DEFAULT_PROGRAM, SWITCH_INTERVAL_MS } from "../experiment";
import type { ProgramOptions } from "../playground";
import { type ConsoleView, consoleView } from "./console-view";
import { el } from "./dom";
import { download } from "../share/export";

export const PROGRAM_KEY = "gil-playground:program";

export interface ProgramPanel {
  readonly element: HTMLElement;
  readonly editor: Editor;
  readonly console: ConsoleView;
  /** Where the GIL statistics and the timeline of the last run go. */
  readonly timeline: HTMLElement;
  options(): ProgramOptions;
  setRunning(running: boolean): void;
  /** Says how much memory a program may use. */
  showMemoryLimit(bytes: number): void;
}

function savedProgram(): string {
  try {
    return localStorage.getItem(PROGRAM_KEY) ?? DEFAULT_PROGRAM;
  } catch {
    return DEFAULT_PROGRAM;
  }
}

function save(text: string): void {
  try {
    localStorage.setItem(PROGRAM_KEY, text);
  } catch {
    // A full or blocked storage: the program stays in the editor, unsaved.
  }
}

export function programPanel(onRun: () => void, onStop: () => void): ProgramPanel {
  const editor = createEditor(savedProgram(), onRun, save);
  const run = el("button", { type: "button", id: "program-run", class: "primary" }, "Run");
  const stop = el("button", { type: "button", id: "program-stop", disabled: "" }, "Stop");
  const saveOutput = el(
    "button",
    {
      type: "button",
      id: "console-save",
      title: "the whole output, up to 10 million characters, as a text file",
    },
    "Save output",
  );
  const gil = el(
    "select",
    { id: "program-gil" },
    el("option", { value: "on" }, "GIL on (CPython 3.11)"),
    el("option", { value: "off" }, "GIL off (free-threaded 3.13t)"),
  );
  const interval = el("input", {
    id: "program-interval",
    type: "number",
    min: String(SWITCH_INTERVAL_MS.min),
    max: String(SWITCH_INTERVAL_MS.max),
    step: String(SWITCH_INTERVAL_MS.min),
    value: String(SWITCH_INTERVAL_MS.default),
    size: "5",
  });
  const out = consoleView();
  const memory = el("span", { class: "hint", id: "program-memory" });
  const tags = el("input", { type: "checkbox", id: "console-tags" });
  tags.addEventListener("change", () => out.showTags(tags.checked));
  saveOutput.addEventListener("click", () =>
    download("output.txt", out.output().text(), "text/plain;charset=utf-8"),
  );
  const timeline = el("div", { id: "program-timeline-slot" });
  run.addEventListener("click", onRun);
  stop.addEventListener("click", onStop);
  const element = el(
    "div",
    { id: "program-panel" },
    el("div", { class: "editor-frame" }, editor.element),
    el(
      "div",
      { class: "program-controls" },
      run,
      stop,
      el("label", {}, gil),
      el("label", {}, "switch interval ", interval, " ms"),
      el("label", {}, tags, " thread and time of each line"),
      saveOutput,
      el("span", { class: "hint" }, "Ctrl/⌘+Enter runs"),
      memory,
    ),
    out.element,
    timeline,
  );
  return {
    element,
    editor,
    console: out,
    timeline,
    options: () => ({ gil: gil.value === "on", switchIntervalMs: Number(interval.value) }),
    setRunning(running) {
      run.disabled = running;
      stop.disabled = !running;
    },
    showMemoryLimit(bytes) {
      memory.textContent = `a program may use up to ${Math.round(bytes / 2 ** 20)} MB of memory`;
    },
  };
}
