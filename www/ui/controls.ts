// The experiment form: fields with their bounds, and messages beside them.
import type { EnvInfo } from "../env";
import { BOUNDS, type Experiment, type FieldError, MODES, type Mode } from "../experiment";
import { el } from "./dom";
import { modeName } from "./labels";

const NUMBER_FIELDS = [
  { name: "n", label: "n (range per task, or items)" },
  { name: "tasks", label: "tasks" },
  { name: "workers", label: "workers (processes / threads)" },
  { name: "repeats", label: "repeats" },
] as const;

export interface Controls {
  element: HTMLFormElement;
  /** The experiment the fields describe (not yet validated). */
  read(): Experiment;
  write(experiment: Experiment): void;
  showErrors(errors: FieldError[]): void;
}

function errorSlot(field: string): HTMLSpanElement {
  return el("span", {
    class: "field-error",
    "data-error-for": field,
    role: "alert",
  });
}

/** "1,000,000", "1_000_000" and "1e6" all read as a million; anything else as NaN. */
export function parseNumber(text: string): number {
  const cleaned = text.trim().replace(/[_,\s]/g, "");
  return cleaned === "" ? NaN : Number(cleaned);
}

export function createControls(env: EnvInfo, initial: Experiment): Controls {
  const workload = el(
    "select",
    { name: "workload", id: "field-workload" },
    el("option", { value: "sum_squares" }, "sum(i*i for i in range(n)), once per task"),
    el("option", { value: "process_data" }, "process_data_chunk: n items split into tasks"),
  );
  const inputs = new Map<string, HTMLInputElement>();
  const numberFields = NUMBER_FIELDS.map(({ name, label }) => {
    const { min, max } = BOUNDS[name];
    const input = el("input", {
      name,
      id: `field-${name}`,
      inputmode: "numeric",
      autocomplete: "off",
    });
    inputs.set(name, input);
    return el(
      "label",
      { class: "field", "data-field": name },
      el("span", { class: "field-label" }, label),
      input,
      el("span", { class: "field-hint" }, `${min.toLocaleString("en")} – ${max.toLocaleString("en")}`),
      errorSlot(name),
    );
  });
  const boxes = new Map<Mode, HTMLInputElement>();
  const modes = el(
    "fieldset",
    { class: "modes field", "data-field": "modes" },
    el("legend", {}, "Modes"),
    ...MODES.map((mode) => {
      const box = el("input", {
        type: "checkbox",
        name: "mode",
        value: mode,
        id: `field-mode-${mode}`,
      });
      boxes.set(mode, box);
      const unavailable = mode === "threads" && !env.threadsAvailable;
      // Sequential is the baseline every result is checked against: it always runs.
      box.disabled = mode === "sequential" || unavailable;
      return el(
        "label",
        { class: unavailable ? "mode unavailable" : "mode" },
        box,
        ` ${modeName(mode)}`,
        unavailable
          ? el(
              "span",
              { class: "mode-reason", id: "threads-unavailable" },
              ` — unavailable: ${env.threadsUnavailableReason}`,
            )
          : "",
      );
    }),
    errorSlot("modes"),
  );
  const countStartup = el("input", {
    type: "checkbox",
    name: "countStartup",
    id: "field-countStartup",
  });
  const form = el(
    "form",
    { id: "experiment-form", novalidate: "" },
    el(
      "label",
      { class: "field", "data-field": "workload" },
      el("span", { class: "field-label" }, "workload"),
      workload,
      errorSlot("workload"),
    ),
    ...numberFields,
    modes,
    el(
      "label",
      { class: "check" },
      countStartup,
      " count pool start-up in the Processes time (as `with multiprocessing.Pool()` does)",
    ),
  );
  let seed = initial.seed;

  const controls: Controls = {
    element: form,
    read: () => ({
      workload: workload.value as Experiment["workload"],
      n: parseNumber(inputs.get("n")!.value),
      tasks: parseNumber(inputs.get("tasks")!.value),
      workers: parseNumber(inputs.get("workers")!.value),
      repeats: parseNumber(inputs.get("repeats")!.value),
      modes: MODES.filter((m) => m === "sequential" || (boxes.get(m)!.checked && !boxes.get(m)!.disabled)),
      countStartup: countStartup.checked,
      seed,
    }),
    write(experiment) {
      workload.value = experiment.workload;
      for (const { name } of NUMBER_FIELDS) inputs.get(name)!.value = String(experiment[name]);
      for (const mode of MODES)
        boxes.get(mode)!.checked = mode === "sequential" || experiment.modes.includes(mode);
      countStartup.checked = experiment.countStartup;
      seed = experiment.seed;
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
