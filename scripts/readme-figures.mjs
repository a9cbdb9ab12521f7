// node scripts/readme-figures.mjs FILE.json... [--readme PATH] [--print]
// Makes the README's table of figures from the bench's JSON (one file per preset, from
// `npm run bench -- --preset NAME --json --out bench-results/NAME.json`) and writes it
// between the markers <!-- figures:start --> and <!-- figures:end --> of README.md.
// A file may also be the bench's whole output: its last line that is a JSON object is read.
// With --print, the table is printed and README.md is left alone.
// The date is the file's (the day the bench wrote it); the machine is this one, so run it
// where the bench ran. Only what the files hold is shown: a figure no file has is left out.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PRINT_LINES } from "./bench-print.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- figures:start -->";
const END = "<!-- figures:end -->";
/** rme above which the page marks a mode noisy (www/compare/stats.ts NOISY_RME). */
const NOISY_RME = 0.05;

/** What a preset computes, for each value `n` of its task list. */
const PRESET_TASKS = {
  cpu: "`sum(i*i for i in range(n))` in Python",
  io: "`time.sleep(n)` (a download) in Python",
  "native-cpu": "`kernels.sum_squares(n, release_gil=True)`",
  "process-data": "`kernels.process_data_chunk` over chunks",
  convoy: "one CPU-bound thread beside one doing short I/Os",
};

/** `text` as JSON, or undefined. */
function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The bench's JSON object in `file`: the whole file, or else its last line that is a JSON object. */
export function readBench(file) {
  const text = readFileSync(file, "utf8");
  const bench =
    parsed(text) ??
    text
      .split("\n")
      .reverse()
      .filter((l) => l.trim().startsWith("{"))
      .map(parsed)
      .find(Boolean);
  if (!bench) throw new Error(`${file}: no JSON object (run the bench with --json or --out FILE)`);
  if (!Array.isArray(bench.rows) || typeof bench.preset !== "string") {
    throw new Error(`${file}: not the bench's JSON (no preset or rows)`);
  }
  return { ...bench, date: bench.date ?? statSync(file).mtime.toISOString().slice(0, 10) };
}

/** This machine in a few words: cores, processor, virtual or not, operating system. */
export function thisMachine(cores) {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? "unknown processor")
    .replace(/\((R|TM)\)/gi, "")
    .replace(/\b(CPU|Processor)\b/gi, "")
    .replace(/\s+/g, " ")
    .trim();
  let virtual = false;
  let system = `${os.type()} ${os.release()}`;
  try {
    virtual = /^flags\s*:.*\bhypervisor\b/m.test(readFileSync("/proc/cpuinfo", "utf8"));
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (pretty) system = pretty[1];
  } catch {
    // Not Linux: the processor and os.type() say enough.
  }
  return `a ${cores ?? cpus.length}-core ${model}${virtual ? " virtual machine" : ""}, ${system}`;
}

function seconds(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function times(ratio) {
  return `${ratio.toFixed(2)}x`;
}

function modeName(row) {
  if (row.mode === "sequential") return "Sequential";
  if (row.mode === "processes") return "Processes";
  return row.gil === false ? "Threads (no GIL)" : "Threads (GIL)";
}

function code(text) {
  return `\`${text.replaceAll("|", "\\|")}\``;
}

/** A preset's row: what it runs, then each mode (sequential's time, the others' speed-ups). */
function presetRow(bench) {
  const e = bench.experiment ?? {};
  const task = PRESET_TASKS[bench.preset] ?? `\`${e.call ?? "task"}(n)\``;
  const what =
    `\`${bench.preset}\`: ${task} for each n of ${code(e.args ?? "?")}, ` +
    `${e.workers} workers, median of ${e.repeats} repeats`;
  const modes = bench.rows.map((r) => {
    const value = r.mode === "sequential" ? seconds(r.median_ms) : times(r.speedup);
    const noisy =
      typeof r.rme === "number" && r.rme > NOISY_RME ? ` (noisy: rme ±${Math.round(r.rme * 100)}%)` : "";
    return `${modeName(r)} ${value}${noisy}${r.verified === false ? " (MISMATCH)" : ""}`;
  });
  for (const s of bench.skipped ?? []) modes.push(`${s.mode}: not run`);
  return [what, modes.join(", ")];
}

/** The table's lines, each `| … | … |`, and the sentences around it. */
export function figures(benches, machine) {
  const primary = benches.find((b) => b.preset === "cpu") ?? benches[0];
  const find = (test) => benches.find(test);
  const rows = benches.map(presetRow);

  const native = find((b) => b.native_x86_64);
  if (native) {
    rows.push([
      `The wasm kernel against the same Rust built for x86-64 (\`${native.preset}\`, sequential)`,
      `${times(native.native_x86_64.wasm_over_native)} the time`,
    ]);
  }
  const cpu = find((b) => b.preset === "cpu" && b.gil_handoff_median_ms);
  if (cpu) {
    rows.push([
      `The GIL's median hand-off period under two CPU-bound threads (\`cpu\`, Threads (GIL), ` +
        `switch interval ${cpu.experiment.switchIntervalMs} ms)`,
      `${cpu.gil_handoff_median_ms.toFixed(2)} ms`,
    ]);
  }
  const python = find((b) => b.cpython)?.cpython;
  const cpythonName = python ? `C${python.version}` : "CPython";
  if (python) {
    rows.push([
      `One interpreter thread against ${cpythonName} on one \`cpu\` task ` +
        `(${seconds(python.interpreter_ms)} against ${seconds(python.ms)})`,
      `${times(python.interpreter_ms / python.ms)} the time`,
    ]);
  }
  if (primary.python_vs_cpython?.length) {
    const programs = primary.python_vs_cpython;
    rows.push([
      `\`examples/bench\`: ${programs.map((p) => `\`${p.program}\``).join(", ")}, ` +
        `one interpreter thread against ${cpythonName} (medians)`,
      `${programs.map((p) => times(p.ratio)).join(", ")} the time`,
    ]);
  }
  const classic = (primary.classic_vs_cpython ?? []).filter((c) => c.ratio != null);
  if (classic.length && primary.classic_geomean != null) {
    rows.push([
      `\`examples/classic\`: ${classic.length} interpreter benchmarks, one interpreter thread ` +
        `against ${cpythonName} (medians; geometric mean first)`,
      `${times(primary.classic_geomean)}; ` + classic.map((c) => `${c.program} ${times(c.ratio)}`).join(", "),
    ]);
  }
  const lines = PRINT_LINES.toLocaleString("en");
  if (primary.print_1m_ms !== undefined) {
    const longest = primary.print_1m_longest_task_ms;
    rows.push([
      `A program printing ${lines} lines, Run button, until the console shows its end ` +
        `(\`python3\` to \`/dev/null\`: ${seconds(primary.cpython_print_1m_devnull_ms)})`,
      `${seconds(primary.print_1m_ms)}, ` +
        (longest > 0
          ? `longest main-thread task ${seconds(longest)}`
          : "no main-thread task of 50 ms or more"),
    ]);
  }
  if (primary.py_print_1m_ms !== undefined) {
    rows.push([
      `The same with \`npm run py\`, to a pipe (\`python3\` to a pipe: ${seconds(primary.cpython_print_1m_pipe_ms)})`,
      `${seconds(primary.py_print_1m_ms)}, of which ${seconds(primary.py_startup_ms)} start-up`,
    ]);
  }
  if (primary.program_pool_speedup !== undefined) {
    rows.push([
      "A program's `Pool(2).map` of 4 CPU-bound tasks against the same 4 run one after another in the program",
      `${seconds(primary.program_sequential_ms)} sequentially, ${seconds(primary.program_pool_ms)} on the pool: ` +
        `${primary.program_pool_speedup.toFixed(2)}x`,
    ]);
    rows.push([
      "A process's start-up: worker created, instance ready, program imported (median of 5)",
      `${primary.process_startup_ms.toFixed(1)} ms`,
    ]);
  }
  if (primary.pickle_mb_per_s !== undefined) {
    rows.push([
      `A list of 100,000 ints to a pool worker and back (\`Pool.apply\`; ${cpythonName}: ` +
        `${primary.cpython_pickle_mb_per_s.toFixed(0)} MB/s, ${primary.cpython_pickle_round_trip_ms.toFixed(1)} ms)`,
      `${primary.pickle_mb_per_s.toFixed(0)} MB/s, ${primary.pickle_round_trip_ms.toFixed(1)} ms a round trip`,
    ]);
  }
  if (primary.threads_100_ms !== undefined) {
    rows.push([
      `100 threads started and joined, doing nothing (${cpythonName}: ${primary.cpython_threads_100_ms.toFixed(1)} ms)`,
      `${primary.threads_100_ms.toFixed(1)} ms; the first time on a page ${primary.threads_100_cold_ms.toFixed(1)} ms`,
    ]);
  }
  if (primary.program_stop_to_idle_ms !== undefined) {
    rows.push([
      "Stop to an idle page, 5 threads spinning in `while True`",
      seconds(primary.program_stop_to_idle_ms),
    ]);
  }
  if (primary.ready_ms !== undefined) {
    rows.push([
      "The page ready after navigation; what it downloads until then",
      `${seconds(primary.ready_ms)}; ${Math.round(primary.first_load_gzip_bytes / 1000)} kB gzip`,
    ]);
  }

  const dates = [...new Set(benches.map((b) => b.date))].sort();
  const when = dates.length === 1 ? dates[0] : `${dates[0]} to ${dates.at(-1)}`;
  const browsers = [...new Set(benches.map((b) => b.env?.browser).filter(Boolean))].join(", ");
  const presets = benches.map((b) => `\`${b.preset}\``).join(", ");
  const intro =
    `Measured on ${when} on ${machine}${browsers ? `, ${browsers}` : ""}, with ` +
    `\`npm run bench -- --preset NAME\` for ${presets}: one run of each preset, each mode ` +
    `the median of the preset's repeats after a warm-up, speed-ups as ratios of medians within the run.` +
    (rows.length > benches.length
      ? ` Rows that name no preset come from the \`${primary.preset}\` run.`
      : "");

  const startups = benches
    .flatMap((b) => b.rows)
    .filter((r) => r.mode === "processes" && typeof r.startup_ms === "number")
    .map((r) => r.startup_ms);
  const notes = [];
  if (startups.length && benches.every((b) => b.experiment?.countStartup !== false)) {
    const low = Math.round(Math.min(...startups));
    const high = Math.round(Math.max(...startups));
    notes.push(
      `Processes include the pool's start-up (worker creation and instantiation: ` +
        `${low === high ? low : `${low}-${high}`} ms in these runs), as \`with Pool()\` counts it.`,
    );
  }

  return [
    intro,
    "",
    "| Measured | Result |",
    "| --- | --- |",
    ...rows.map(([what, result]) => `| ${what} | ${result} |`),
    ...(notes.length ? ["", ...notes] : []),
  ];
}

/** `readme` with the text between the markers replaced by `lines`. */
export function replaceFigures(readme, lines) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${lines.join("\n")}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const readmeArg = args.indexOf("--readme");
  const readmePath = readmeArg >= 0 ? args[readmeArg + 1] : join(root, "README.md");
  const files = args.filter((a, i) => !a.startsWith("--") && !(readmeArg >= 0 && i === readmeArg + 1));
  if (files.length === 0) {
    console.error("usage: node scripts/readme-figures.mjs bench-results/*.json [--readme PATH] [--print]");
    process.exit(2);
  }
  let benches;
  try {
    benches = files.map(readBench);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const cores = benches.find((b) => b.env?.cores)?.env.cores;
  const machine = benches.find((b) => b.env?.machine)?.env.machine ?? thisMachine(cores);
  const lines = figures(benches, machine);
  if (args.includes("--print")) {
    console.log(lines.join("\n"));
  } else {
    writeFileSync(readmePath, replaceFigures(readFileSync(readmePath, "utf8"), lines));
    console.log(
      `Wrote the figures of ${files.join(", ")} into ${relative(process.cwd(), readmePath) || readmePath}`,
    );
  }
}
