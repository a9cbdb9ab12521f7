// The compare form: which function of the program (in the editor) to call over
// which task list, how, and how often; messages beside the fields.
import type { EnvInfo } from "../env";
import { BOUNDS, type Experiment, type FieldError, isThreaded, MODES, type Mode } from "../experiment";
import { el } from "./dom";
import { modeName } from "../labels";

const NUMBER_FIELDS = [
  { name: "workers", label: "workers (threads / processes)" },
  { name: "repeats", label: "repeats" },
  { name: "switchIntervalMs", label: "switch interval (ms), sys.setswitchinterval" },
] as const;

/** Where the program lives: the editor of the program section. */
export interface ProgramSource {
  get(): string;
  set(text: string): void;
}

export interface Controls {
  element: HTMLFormElement;
  /** The experiment the fields describe (not yet validated). */
  read(): Experiment;
  write(experiment: Experiment): void;
  showErrors(errors: FieldError[]): void;
}

function errorSlot(field: string): HTMLSpanElement {
  return el("span", { class: "field-error", "data-error-for": field, role: "alert" });
}

/** "1,000,000", "1_000_000" and "1e6" all read as a million; anything else as NaN. */
export function parseNumber(text: string): number {
  const cleaned = text.trim().replace(/[_,\s]/g, "");
  return cleaned === "" ? NaN : Number(cleaned);
}

function field(name: string, label: string, control: HTMLElement, hint = ""): HTMLLabelElement {
  return el(
    "label",
    { class: "field", "data-field": name },
    el("span", { class: "field-label" }, label),
    control,
    el("span", { class: "field-hint" }, hint),
    errorSlot(name),
  );
}

export function createControls(env: EnvInfo, initial: Experiment, program: ProgramSource): Controls {
  const call = el("input", { name: "call", id: "field-call", autocomplete: "off", spellcheck: "false" });
  const args = el("input", { name: "args", id: "field-args", autocomplete: "off", spellcheck: "false" });
  const inputs = new Map<string, HTMLInputElement>();
  const numberFields = NUMBER_FIELDS.map(({ name, label }) => {
    const { min, max } = BOUNDS[name];
    const input = el("input", { name, id: `field-${name}`, inputmode: "decimal", autocomplete: "off" });
    inputs.set(name, input);
    return field(name, label, input, `${min.toLocaleString("en")} – ${max.toLocaleString("en")}`);
  });
  const boxes = new Map<Mode, HTMLInputElement>();
  const threadsUnavailable = !env.threadsAvailable;
  const modes = el(
    "fieldset",
    { class: "modes field", "data-field": "modes" },
    el("legend", {}, "Modes"),
    ...MODES.map((mode) => {
      const box = el("input", { type: "checkbox", name: "mode", value: mode, id: `field-mode-${mode}` });
      boxes.set(mode, box);
      const unavailable = isThreaded(mode) && threadsUnavailable;
      // Sequential is the baseline every result is checked against: it always runs.
      box.disabled = mode === "sequential" || unavailable;
      return el("label", { class: unavailable ? "mode unavailable" : "mode" }, box, ` ${modeName(mode)}`);
    }),
    threadsUnavailable
      ? el(
          "p",
          { class: "mode-reason", id: "threads-unavailable" },
          `Threads are unavailable here: ${env.threadsUnavailableReason}`,
        )
      : "",
    errorSlot("modes"),
  );
  const countStartup = el("input", { type: "checkbox", name: "countStartup", id: "field-countStartup" });
  const form = el(
    "form",
    { id: "experiment-form", novalidate: "" },
    el("div", { class: "field-error program-error", "data-error-for": "program", role: "alert" }),
    field("call", "call the program's function", call, "called once per task: task(arg)"),
    field("args", "for each arg of the task list", args, "a Python expression, e.g. [10_000_000] * 4"),
    ...numberFields,
    modes,
    el(
      "label",
      { class: "check" },
      countStartup,
      " count pool start-up in the Processes time (as `with multiprocessing.Pool()` does)",
    ),
  );
  const controls: Controls = {
    element: form,
    read: () => ({
      program: program.get(),
      call: call.value.trim(),
      args: args.value,
      workers: parseNumber(inputs.get("workers")!.value),
      repeats: parseNumber(inputs.get("repeats")!.value),
      switchIntervalMs: parseNumber(inputs.get("switchIntervalMs")!.value),
      modes: MODES.filter((m) => m === "sequential" || (boxes.get(m)!.checked && !boxes.get(m)!.disabled)),
      countStartup: countStartup.checked,
    }),
    write(experiment) {
      if (experiment.program !== program.get()) program.set(experiment.program);
      call.value = experiment.call;
      args.value = experiment.args;
      for (const { name } of NUMBER_FIELDS) inputs.get(name)!.value = String(experiment[name]);
      for (const mode of MODES) {
        boxes.get(mode)!.checked = mode === "sequential" || experiment.modes.includes(mode);
      }
      countStartup.checked = experiment.countStartup;
    },
    showErrors(errors) {
      for (const slot of form.querySelectorAll<HTMLElement>("[data-error-for]")) {
        const messages = errors.filter((e) => e.field === slot.dataset.errorFor).map((e) => e.message);
        slot.textContent = messages.join("; ");
        slot.closest(".field")?.classList.toggle("invalid", messages.length > 0);
      }
    },
  };
  controls.write(initial);
  return controls;
}
