// Named experiments: the articles' set-ups, ready to run from the page or the bench.
import { DEFAULT_EXPERIMENT, type Experiment } from "./experiment";

export const PRESETS: Record<string, { title: string; experiment: Experiment }> = {
  "native-cpu": {
    title: "CPU-bound sum of squares, 4 tasks on 2 workers (sequential ≥ 1 s)",
    experiment: { ...DEFAULT_EXPERIMENT, n: 500_000_000, tasks: 4, workers: 2, repeats: 5 },
  },
  "process-data": {
    title: "The articles' process_data_chunk: 200,000 items in 4 chunks on 2 workers",
    experiment: { ...DEFAULT_EXPERIMENT, workload: "process_data", n: 200_000, tasks: 4, workers: 2 },
  },
  quick: {
    title: "The articles' CPU-bound example: 4 tasks of n = 10,000,000",
    experiment: DEFAULT_EXPERIMENT,
  },
};
