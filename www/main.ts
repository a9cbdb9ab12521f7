// Boot: detect the environment, build the page, expose `window.playground`.
import { loadCharts } from "./charts/lazy";
import type { Series } from "./charts/plot";
import { detectEnv, type EnvInfo } from "./env";
import { DEFAULT_EXPERIMENT, type Experiment } from "./experiment";
import { watchLongTasks } from "./long-tasks";
import { watchVisibility } from "./visibility";
import {
  InvalidExperiment,
  type OutputSink,
  Playground,
  type ProgramOptions,
  type ProgramResult,
} from "./playground";
import { PRESETS } from "./presets";
import type { CompareResult } from "./compare-result";
import { createControls } from "./ui/controls";
import { envPanel } from "./ui/env-panel";
import { gilStats } from "./ui/gil-stats";
import { timelineView } from "./ui/timeline-view";
import { modeName } from "./labels";
import { comparisonTable, resultsTable } from "./ui/results-table";
import {
  addToHistory,
  clearHistory,
  type HistoryEntry,
  readHistory,
  removeFromHistory,
} from "./share/history";
import type { Shared } from "./share/link";
import { el } from "./ui/dom";
import { Cancelled } from "./engines/worker-link";
import { historyPanel } from "./ui/history-panel";
import { programPanel } from "./ui/program-panel";
import { programTimeline } from "./ui/program-timeline";
import { exportableChart, sharePanel } from "./ui/share-panel";
import { sharedBanner, type SharedSource } from "./ui/shared-banner";

declare global {
  interface Window {
    playground: {
      /** Compares the modes on an experiment (the Compare button). */
      compare(experiment: Experiment): Promise<CompareResult>;
      /** Runs a Python program from source (threads are real wasm threads under the GIL). */
      runProgram(source: string, options?: ProgramOptions, onOutput?: OutputSink): Promise<ProgramResult>;
      cancel(): void;
      env(): EnvInfo;
      presets: typeof PRESETS;
      /** The full URL sharing the last result shown (or `result`). */
      link(result?: CompareResult): Promise<string>;
      /** The run the page was opened with from a link, decoded; null if none. */
      shared(): Shared | null;
      /** The stored runs, newest first, each with its link. */
      history(): (HistoryEntry & { link: string })[];
      /**
       * Resolves once the page is built, a link (if any) decoded and shown, and
       * the thread pool started (where possible).
       */
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
watchVisibility();
const env = detectEnv();
/** The program section: runs the editor's program, streaming to its console. */
const program = programPanel(
  () => void runEditorProgram(),
  () => playground.cancel(),
);
byId("program-slot").append(program.element);
// Compare calls a function of the editor's program: the form reads it from there.
const controls = createControls(
  env,
  { ...DEFAULT_EXPERIMENT, program: program.editor.value() },
  { get: () => program.editor.value(), set: (text) => program.editor.setValue(text) },
);
byId("controls").append(controls.element);
const envSlot = byId("env-slot");
envSlot.replaceChildren(envPanel(env));
const compareButton = byId<HTMLButtonElement>("compare");
const cancelButton = byId<HTMLButtonElement>("cancel");
const progressBar = byId<HTMLProgressElement>("progress");
const status = byId("status");
const results = byId("results");
const charts = byId("charts");
const timeline = byId("timeline-slot");
const gil = byId("gil-slot");
const sharedSlot = byId("shared-slot");
const noticeSlot = byId("notice-slot");
const shareSlot = byId("share-slot");
const historySlot = byId("history-slot");
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
  compareButton.disabled = false;
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
    compareButton.disabled = true;
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
    const compared = rerunOf;
    rerunOf = undefined;
    remembered = Promise.all([showResult(result, compared), remember(result)]).then(() => {});
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
  compareButton.click();
});
function startCompare(experiment: Experiment): void {
  playground.compare(experiment).catch((error: unknown) => {
    rerunOf = undefined;
    // Already shown on the page by the view; keep the console quiet for refusals.
    if (!(error instanceof InvalidExperiment)) console.info("run ended:", (error as Error).message);
  });
}
compareButton.addEventListener("click", () => {
  // A plain Compare leaves a shared run behind; "Compare on this machine" sets it beside this one.
  clearShared();
  startCompare(controls.read());
});
cancelButton.addEventListener("click", () => playground.cancel());

/** The run on show (this machine's, or a shared one), and the run the page was opened with. */
let shown: CompareResult | undefined;
let openedWith: Shared | null = null;
/** The last finished run shown and kept in the history (the API's run resolves after both). */
let remembered: Promise<void> = Promise.resolve();
/** Set while "Compare on this machine" reruns a shared run: the run to set beside it. */
let rerunOf: CompareResult | undefined;

/** Shows a run: the tables at once, the charts once their library is loaded. */
async function showResult(result: CompareResult, compareWith?: CompareResult): Promise<void> {
  shown = result;
  const series: Series[] = compareWith
    ? [
        { machine: "shared", rows: compareWith.rows },
        { machine: "yours", rows: result.rows },
      ]
    : [{ machine: "", rows: result.rows }];
  results.replaceChildren(compareWith ? comparisonTable(compareWith, result) : resultsTable(result));
  gil.replaceChildren(gilStats(result));
  shareSlot.replaceChildren(sharePanel(result, () => linkTo(result)));
  const { speedupChart, timelineChart, timesChart } = await loadCharts();
  if (shown !== result) return; // another run is on show by now
  charts.replaceChildren(
    exportableChart(timesChart(series, result.experiment.repeats), "wall-time"),
    exportableChart(speedupChart(series, result.experiment.workers), "speedup"),
  );
  timeline.replaceChildren(timelineView(result, timelineChart, compareWith));
}

/**
 * The link codec and its schemas (valibot), fetched when first needed: a page
 * opened without a link has no use for them before its first run.
 */
const shareLinks = () => import("./share/link");

async function linkTo(result: CompareResult): Promise<string> {
  const { encodeResult } = await shareLinks();
  return `${location.origin}${location.pathname}${location.search}${await encodeResult(result)}`;
}

function clearShared(): void {
  sharedSlot.replaceChildren();
  delete document.body.dataset.shared;
}

async function showShared(opened: Shared, source: SharedSource): Promise<void> {
  controls.write(opened.experiment);
  controls.showErrors([]);
  sharedSlot.replaceChildren(
    sharedBanner(opened.env, source, () => {
      rerunOf = opened.result;
      startCompare(opened.experiment);
    }),
  );
  await showResult(opened.result);
  document.body.dataset.shared = "shown";
}

/** Opens the link in the address bar, if any; a bad one is reported and the default page stays. */
async function openFromAddress(): Promise<void> {
  const fragment = location.hash;
  if (fragment === "" || fragment === "#") return;
  const { decodeLink, LinkError } = await shareLinks();
  try {
    const opened = await decodeLink(fragment);
    noticeSlot.replaceChildren();
    openedWith = opened;
    await showShared(opened, "link");
    setIdle(
      "Showing shared results. Press “Compare on this machine” to measure the same here, side by side.",
    );
  } catch (error) {
    const reason = error instanceof LinkError ? error.message : "it could not be read";
    const message = `This share link could not be opened: ${reason}. Showing the default page; nothing was run.`;
    setIdle(message, "error");
    // Also at the top, where someone who just followed the link is looking.
    noticeSlot.replaceChildren(el("p", { class: "warning", id: "link-problem", role: "alert" }, message));
  }
}

function renderHistory(problem?: string): void {
  const read = readHistory();
  historySlot.replaceChildren(
    historyPanel(read.entries, problem ?? read.problem, {
      open(entry) {
        void shareLinks().then(({ decodeLink, LinkError }) =>
          decodeLink(entry.fragment).then(
            async (opened) => {
              await showShared(opened, "history");
              setIdle("Showing a run from your history.");
            },
            (error: unknown) => {
              const reason = error instanceof LinkError ? error.message : "it could not be read";
              setIdle(`This stored run could not be opened: ${reason}.`, "error");
            },
          ),
        );
      },
      remove(entry) {
        renderHistory(removeFromHistory(entry.id));
      },
      clear() {
        renderHistory(clearHistory());
      },
    }),
  );
}

/** Keeps a finished run in the history; a full or broken storage is said, not fatal. */
async function remember(result: CompareResult): Promise<void> {
  try {
    const { encodeResult } = await shareLinks();
    renderHistory(addToHistory(result, await encodeResult(result)));
  } catch (error) {
    renderHistory(`this run could not be stored (${(error as Error).message})`);
  }
}

/** Where the traceback (or the SyntaxError) of main.py points, if anywhere. */
function errorLine(stderr: string): number | null {
  const lines = [...stderr.matchAll(/File "main\.py", line (\d+)/g)];
  return lines.length ? Number(lines[lines.length - 1][1]) : null;
}

async function runEditorProgram(): Promise<void> {
  const out = program.console;
  out.clear();
  program.timeline.replaceChildren();
  program.editor.markErrorLine(null);
  program.setRunning(true);
  document.body.dataset.program = "running";
  if (!playground.env.threadsAvailable) {
    out.note(
      "Not parallel here: this page is not cross-origin isolated, so the program runs on one thread and cannot start threads (its processes still run, each on a thread of its own).",
    );
  }
  if (/\burlopen\b/.test(program.editor.value())) {
    out.note(
      "urllib.request.urlopen is simulated here: no network request is made. python.org, google.com, github.com and stackoverflow.com answer after the latency and with the size the articles measured; any other site after 0.25 s with 10,000 bytes.",
    );
  }
  try {
    const result = await playground.runProgram(
      program.editor.value(),
      program.options(),
      (stream, text, tag) => out.write(stream, text, tag),
    );
    const seconds = (result.wallMs / 1000).toFixed(2);
    const gil = program.options().gil ? `${result.handoffs} hand-offs of the GIL` : "no GIL";
    out.note(
      `Exited with status ${result.exitCode} after ${seconds} s; ${gil}.`,
      result.exitCode ? "error" : "info",
    );
    program.editor.markErrorLine(result.exitCode ? errorLine(result.stderr) : null);
    const { programTimelineChart } = await loadCharts();
    program.timeline.replaceChildren(programTimeline(result, programTimelineChart));
  } catch (error) {
    out.note(
      error instanceof Cancelled
        ? "Stopped: every thread was ended at once (the thread pool restarts for the next run)."
        : `The run ended: ${(error as Error).message}`,
      "error",
    );
  } finally {
    program.setRunning(false);
    document.body.dataset.program = "idle";
  }
}

window.addEventListener("hashchange", () => void openFromAddress());
renderHistory();
setIdle(env.threadsAvailable ? "Ready." : "Ready; Threads are unavailable here (see above).");
const poolStarted = playground.startThreadPool().then(
  () => {
    const limit = playground.memoryLimitBytes();
    if (limit) program.showMemoryLimit(limit);
  },
  (error: unknown) => {
    setIdle(`The thread pool did not start: ${(error as Error).message}`, "error");
  },
);
const linkShown = openFromAddress();
window.playground = {
  compare: async (experiment) => {
    const result = await playground.compare(experiment);
    await remembered;
    return result;
  },
  runProgram: (source, options, onOutput) => playground.runProgram(source, options, onOutput),
  cancel: () => playground.cancel(),
  env: () => ({ ...playground.env }),
  presets: PRESETS,
  link: (result) => {
    const which = result ?? shown;
    return which ? linkTo(which) : Promise.reject(new Error("no result to share yet"));
  },
  shared: () => openedWith,
  history: () => {
    const base = `${location.origin}${location.pathname}${location.search}`;
    return readHistory().entries.map((e) => ({ ...e, link: `${base}${e.fragment}` }));
  },
  ready: Promise.all([poolStarted, linkShown]).then(() => {
    document.body.dataset.ready = "true";
    // Ready: now fetch the charts, before the first results need them.
    void loadCharts();
  }),
};
