// Named experiments: the articles' set-ups, ready to run from the page or the bench.
import { DEFAULT_EXPERIMENT, type Experiment } from "./experiment";

export interface Preset {
  title: string;
  experiment: Experiment;
}

const ALL_MODES: Experiment["modes"] = ["sequential", "threads", "threads-nogil", "processes"];

export const PRESETS: Record<string, Preset> = {
  cpu: {
    title:
      "CPU-bound, interpreter: the articles' 4 tasks of sum(i*i for i in range(10_000_000)) on 2 threads / processes",
    experiment: { ...DEFAULT_EXPERIMENT, n: 10_000_000, tasks: 4, workers: 2, repeats: 7, modes: ALL_MODES },
  },
  io: {
    title: "I/O-bound, interpreter: the articles' four downloads (0.45, 0.38, 0.52, 0.41 s) on 4 threads",
    experiment: { ...DEFAULT_EXPERIMENT, workload: "io", tasks: 4, workers: 4, repeats: 3, modes: ALL_MODES },
  },
  convoy: {
    title: "Convoy effect (bpo-7946): a CPU thread beside a thread doing 200 I/Os of 0.5 ms",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      workload: "convoy",
      n: 50_000_000,
      tasks: 2,
      workers: 2,
      repeats: 3,
      modes: ["sequential", "threads", "threads-nogil"],
    },
  },
  "native-cpu": {
    title: "Native kernels: 4 tasks of sum(i*i for i in range(n)) on 2 workers (sequential ≥ 1 s)",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      runtime: "native",
      n: 500_000_000,
      tasks: 4,
      workers: 2,
      repeats: 5,
      modes: ["sequential", "threads-nogil", "processes"],
    },
  },
  "process-data": {
    title: "The articles' process_data_chunk, native: 200,000 items in 4 chunks on 2 workers",
    experiment: {
      ...DEFAULT_EXPERIMENT,
      runtime: "native",
      workload: "process_data",
      n: 200_000,
      tasks: 4,
      workers: 2,
      repeats: 5,
      modes: ["sequential", "threads-nogil", "processes"],
    },
  },
};
