// Named experiments: the articles' set-ups as programs (www/presets/*.py) with
// their compare settings, ready to run from the page or the bench.
import { DEFAULT_EXPERIMENT, type Experiment } from "./experiment";
import { PROGRAMS } from "./presets/programs";

export interface Preset {
  title: string;
  experiment: Experiment;
}

const ALL_MODES: Experiment["modes"] = ["sequential", "threads", "threads-nogil", "processes"];

export const PRESETS: Record<string, Preset> = {
  cpu: {
    title:
      "CPU-bound, Python: the articles' 4 tasks of sum(i*i for i in range(10_000_000)) on 2 threads / processes",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      program: PROGRAMS.cpu,
      args: "[10_000_000] * 4",
      workers: 2,
      repeats: 7,
      modes: ALL_MODES,
    },
  },
  io: {
    title: "I/O-bound, Python: the articles' four downloads (0.45, 0.38, 0.52, 0.41 s) on 4 threads",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      program: PROGRAMS.io,
      args: "[0.45, 0.38, 0.52, 0.41]",
      workers: 4,
      repeats: 3,
      modes: ALL_MODES,
    },
  },
  convoy: {
    title: "Convoy effect (bpo-7946): a CPU thread beside a thread doing 200 I/Os of 0.5 ms",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      program: PROGRAMS.convoy,
      args: '[("cpu", 10_000_000), ("io", 200)]',
      workers: 2,
      repeats: 3,
      modes: ["sequential", "threads", "threads-nogil"],
    },
  },
  "native-cpu": {
    title: "A C extension releasing the GIL (kernels.sum_squares): 4 tasks of n = 500,000,000 on 2 workers",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      program: PROGRAMS.native_cpu,
      args: "[500_000_000] * 4",
      workers: 2,
      repeats: 5,
      modes: ALL_MODES,
    },
  },
  "process-data": {
    title: "The articles' process_data_chunk as a C extension: 200,000 items in 4 chunks on 2 workers",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      program: PROGRAMS.process_data,
      args: "chunks(200_000, 4)",
      workers: 2,
      repeats: 5,
      modes: ALL_MODES,
    },
  },
};
