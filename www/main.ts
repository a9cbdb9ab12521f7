// Boot: detect the environment, build the page, expose `window.playground`.
import { speedupChart, timesChart } from "./charts/plot";
import { detectEnv, type EnvInfo } from "./env";
import { DEFAULT_EXPERIMENT, type Experiment } from "./experiment";
import { watchLongTasks } from "./long-tasks";
import { InvalidExperiment, Playground } from "./playground";
import { PRESETS } from "./presets";
import type { RunResult } from "./run-result";
import { createControls } from "./ui/controls";
import { envPanel } from "./ui/env-panel";
import { gilStats } from "./ui/gil-stats";
import { timelineView } from "./ui/timeline-view";
import { modeName } from "./ui/labels";
import { resultsTable } from "./ui/results-table";

declare global {
  interface Window {
    playground: {
      run(experiment: Experiment): Promise<RunResult>;
      cancel(): void;
      env(): EnvInfo;
      presets: typeof PRESETS;
      /** Resolves once the page is built and the thread pool started (where possible). */
      ready: Promise<void>;
    };
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

watchLongTasks();
const env = detectEnv();
const controls = createControls(env, DEFAULT_EXPERIMENT);
byId("controls").append(controls.element);
const envSlot = byId("env-slot");
envSlot.replaceChildren(envPanel(env));
const runButton = byId<HTMLButtonElement>("run");
const cancelButton = byId<HTMLButtonElement>("cancel");
const progressBar = byId<HTMLProgressElement>("progress");
const status = byId("status");
const results = byId("results");
const charts = byId("charts");
const timeline = byId("timeline-slot");
const gil = byId("gil-slot");
const presetPicker = byId<HTMLSelectElement>("preset");
for (const [name, preset] of Object.entries(PRESETS)) {
  const option = document.createElement("option");
  option.value = name;
  option.textContent = `${name}: ${preset.title}`;
  presetPicker.append(option);
}
presetPicker.addEventListener("change", () => {
  const preset = PRESETS[presetPicker.value];
  if (preset) controls.write(preset.experiment);
  controls.showErrors([]);
});

function setIdle(message: string, kind: "info" | "error" = "info"): void {
  runButton.disabled = false;
  cancelButton.disabled = true;
  progressBar.hidden = true;
  status.textContent = message;
  status.className = kind;
  document.body.dataset.state = "idle";
}

const playground = new Playground(env, {
  started(experiment) {
    controls.showErrors([]);
    controls.write(experiment);
    runButton.disabled = true;
    cancelButton.disabled = false;
    progressBar.hidden = false;
    progressBar.removeAttribute("value");
    status.className = "info";
    status.textContent = "Starting…";
    document.body.dataset.state = "running";
  },
  progress(p) {
    progressBar.max = p.total;
    progressBar.value = p.finished;
    const step = p.repeat === 0 ? "warm-up" : `repeat ${p.repeat} of ${p.repeats}`;
    status.textContent = `${modeName(p.mode)}, ${step}: ${p.finished} of ${p.total} tasks done`;
  },
  finished(result) {
    results.replaceChildren(resultsTable(result));
    charts.replaceChildren(
      timesChart(result.rows, result.experiment.repeats),
      speedupChart(result.rows, result.experiment.workers),
    );
    timeline.replaceChildren(timelineView(result));
    gil.replaceChildren(gilStats(result));
    const bad = result.rows.filter((r) => !r.verified);
    const seconds = ((result.finishedMs - result.startedMs) / 1000).toFixed(1);
    setIdle(
      bad.length
        ? `Done, but ${bad.map((r) => modeName(r.mode)).join(", ")} disagreed with sequential!`
        : `Done in ${seconds} s; every result matches the sequential one.`,
      bad.length ? "error" : "info",
    );
  },
  failed(error) {
    // Earlier results stay on the page: nothing the user had is lost.
    setIdle(`The run failed: ${error.message}. The workers were restarted; you can run again.`, "error");
  },
  cancelled() {
    setIdle("Cancelled: the workers were stopped and are rebuilt for the next run.");
  },
  invalid(errors) {
    controls.showErrors(errors);
    setIdle("Some fields need fixing (see the messages beside them); nothing was run.", "error");
  },
  envChanged(updated) {
    envSlot.replaceChildren(envPanel(updated));
  },
});

controls.element.addEventListener("submit", (event) => {
  event.preventDefault();
  runButton.click();
});
runButton.addEventListener("click", () => {
  playground.run(controls.read()).catch((error: unknown) => {
    // Already shown on the page by the view; keep the console quiet for refusals.
    if (!(error instanceof InvalidExperiment)) console.info("run ended:", (error as Error).message);
  });
});
cancelButton.addEventListener("click", () => playground.cancel());

setIdle(env.threadsAvailable ? "Ready." : "Ready; Threads are unavailable here (see above).");
const ready = playground.startThreadPool().catch((error: unknown) => {
  setIdle(`The thread pool did not start: ${(error as Error).message}`, "error");
});
window.playground = {
  run: (experiment) => playground.run(experiment),
  cancel: () => playground.cancel(),
  env: () => ({ ...playground.env }),
  presets: PRESETS,
  ready: ready.then(() => {
    document.body.dataset.ready = "true";
  }),
};
