// The experiment form: fields with their bounds, and messages beside them.
import type { EnvInfo } from "../env";
import {
  BOUNDS,
  type Experiment,
  type FieldError,
  isThreaded,
  MODES,
  type Mode,
  type Workload,
} from "../experiment";
import { el } from "./dom";
import { modeName } from "./labels";

const NUMBER_FIELDS = [
  { name: "n", label: "n (range per task; items; the convoy's CPU n)" },
  { name: "tasks", label: "tasks" },
  { name: "workers", label: "workers (threads / processes)" },
  { name: "repeats", label: "repeats" },
  { name: "switchIntervalMs", label: "switch interval (ms), sys.setswitchinterval" },
] as const;

const WORKLOAD_LABELS: Record<Workload, string> = {
  sum_squares: "CPU: sum(i*i for i in range(n)) per task",
  sum_squares_loop: "CPU: for i in range(n): result += i ** 2",
  process_data: "CPU: process_data_chunk, n items in chunks",
  io: "I/O: the articles' four downloads (sleeps)",
  convoy: "Convoy: one CPU thread + one thread doing 200 short I/Os",
};

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

function select(name: string, options: [string, string][]): HTMLSelectElement {
  return el(
    "select",
    { name, id: `field-${name}` },
    ...options.map(([value, label]) => el("option", { value }, label)),
  );
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

export function createControls(env: EnvInfo, initial: Experiment): Controls {
  const runtime = select("runtime", [
    ["interpreter", "Interpreter (the page's Python)"],
    ["native", "Native (Rust kernels)"],
  ]);
  const workload = select("workload", Object.entries(WORKLOAD_LABELS) as [string, string][]);
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
  const releaseGil = el("input", { type: "checkbox", name: "releaseGil", id: "field-releaseGil" });
  const form = el(
    "form",
    { id: "experiment-form", novalidate: "" },
    field("runtime", "runtime", runtime),
    field("workload", "workload", workload),
    ...numberFields,
    modes,
    el(
      "label",
      { class: "check" },
      countStartup,
      " count pool start-up in the Processes time (as `with multiprocessing.Pool()` does)",
    ),
    el(
      "label",
      { class: "check" },
      releaseGil,
      " native runtime: the C extension releases the GIL (as numpy does)",
    ),
  );
  let seed = initial.seed;

  const controls: Controls = {
    element: form,
    read: () => ({
      runtime: runtime.value as Experiment["runtime"],
      workload: workload.value as Workload,
      n: parseNumber(inputs.get("n")!.value),
      tasks: parseNumber(inputs.get("tasks")!.value),
      workers: parseNumber(inputs.get("workers")!.value),
      repeats: parseNumber(inputs.get("repeats")!.value),
      switchIntervalMs: parseNumber(inputs.get("switchIntervalMs")!.value),
      modes: MODES.filter((m) => m === "sequential" || (boxes.get(m)!.checked && !boxes.get(m)!.disabled)),
      countStartup: countStartup.checked,
      releaseGil: releaseGil.checked,
      seed,
    }),
    write(experiment) {
      runtime.value = experiment.runtime;
      workload.value = experiment.workload;
      for (const { name } of NUMBER_FIELDS) inputs.get(name)!.value = String(experiment[name]);
      for (const mode of MODES) {
        boxes.get(mode)!.checked = mode === "sequential" || experiment.modes.includes(mode);
      }
      countStartup.checked = experiment.countStartup;
      releaseGil.checked = experiment.releaseGil;
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
