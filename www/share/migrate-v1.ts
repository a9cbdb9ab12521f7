// v1 links (before programs): an experiment named a built-in workload and a
// runtime. Each becomes the program that computes it (www/presets/*.py) and a
// task list, so an old link opens on the same work, written in Python.
import * as v from "valibot";
import { PROGRAMS } from "../presets/programs";
import { LinkError } from "./link-codec";
import { ExperimentV1, LinkV1 } from "./schema-v1";
import { problems } from "./schema-issues";
import type { LinkV2 } from "./schema-v2";

const { convoy: CONVOY, cpu: CPU, io: IO, loop: LOOP, native_cpu: NATIVE_CPU } = PROGRAMS;
const { process_data: PROCESS_DATA, process_data_python: PROCESS_DATA_PYTHON } = PROGRAMS;

/** The articles' four downloads (seconds): v1's io task i waited DOWNLOADS[i % 4]. */
const DOWNLOADS = [0.45, 0.38, 0.52, 0.41];

/** 10000000 as Python would be written: 10_000_000. */
function pythonInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, "_");
}

/** The kernels of v1's native runtime held the GIL unless told to release it. */
function releasing(program: string, release: boolean): string {
  // Every call of a kernel (its closing bracket follows), never the comments.
  return release ? program : program.replaceAll("release_gil=True)", "release_gil=False)");
}

type ExperimentV1 = v.InferOutput<typeof ExperimentV1>;

/** A v1 experiment's work as a program and a task list. */
export function programOf(e: ExperimentV1): { program: string; args: string } {
  const { n, tasks, seed } = e;
  const repeated = `[${pythonInt(n)}] * ${tasks}`;
  const chunks = `chunks(${pythonInt(n)}, ${tasks}, seed=${seed})`;
  if (e.runtime === "native") {
    return e.workload === "process_data"
      ? { program: releasing(PROCESS_DATA, e.releaseGil), args: chunks }
      : { program: releasing(NATIVE_CPU, e.releaseGil), args: repeated };
  }
  switch (e.workload) {
    case "sum_squares":
      return { program: CPU, args: repeated };
    case "sum_squares_loop":
      return { program: LOOP, args: repeated };
    case "process_data":
      return { program: PROCESS_DATA_PYTHON, args: chunks };
    case "io":
      return {
        program: IO,
        args: `[${Array.from({ length: tasks }, (_, i) => DOWNLOADS[i % DOWNLOADS.length]).join(", ")}]`,
      };
    case "convoy":
      return { program: CONVOY, args: `[("cpu", ${pythonInt(n)}), ("io", 200)]` };
  }
}

/** A v1 link's data as v2's: the experiment as a program; rows without `runtime`. */
export function migrateV1(data: unknown): LinkV2 {
  const parsed = v.safeParse(LinkV1, data);
  if (!parsed.success) throw new LinkError(problems(parsed.issues));
  const { experiment: e, env, result } = parsed.output;
  return {
    experiment: {
      ...programOf(e),
      call: "task",
      workers: e.workers,
      repeats: e.repeats,
      modes: e.modes,
      countStartup: e.countStartup,
      switchIntervalMs: e.switchIntervalMs,
    },
    env,
    result: {
      ...result,
      rows: result.rows.map(({ runtime: _runtime, ...row }) => row),
    },
  };
}
