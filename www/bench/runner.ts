// Runs an experiment on the engines: per mode one discarded warm-up, then R timed
// repeats; every mode's results are checked against the sequential ones.
import { wallNowMs } from "../clock";
import type { Batch, Engine } from "../engines/engine";
import type { EnvInfo } from "../env";
import { DEFAULT_WATCHDOG_MS, type Experiment, isThreaded, type Mode, modesToRun } from "../experiment";
import { longestTaskSince } from "../long-tasks";
import type { ModeResult, RunResult } from "../run-result";
import { tasksOf, withFault } from "../task";
import { compareValues, summarise } from "./stats";

export interface RunProgress {
  mode: Mode;
  /** 0 is the warm-up. */
  repeat: number;
  repeats: number;
  /** Tasks finished so far over the whole run, and how many there are. */
  finished: number;
  total: number;
}

export async function runExperiment(
  experiment: Experiment,
  engines: Record<Mode, Engine>,
  env: EnvInfo,
  onProgress: (progress: RunProgress) => void,
): Promise<RunResult> {
  const startedMs = wallNowMs();
  const since = performance.now();
  const taskCount = tasksOf(experiment).length;
  const skipped: RunResult["skipped"] = [];
  const modes = modesToRun(experiment).filter((mode) => {
    if (isThreaded(mode) && !env.threadsAvailable) {
      skipped.push({
        mode,
        reason: env.threadsUnavailableReason ?? "threads are unavailable here",
      });
      return false;
    }
    return true;
  });
  const total = modes.length * (experiment.repeats + 1) * taskCount;
  let batchesDone = 0;
  const rows: ModeResult[] = [];
  let baseline: { medianMs: number; values: string[] } | undefined;

  for (const mode of modes) {
    const workers = mode === "sequential" ? 1 : experiment.workers;
    const fault = experiment.fault?.mode === mode ? experiment.fault : undefined;
    const modeTasks = withFault(tasksOf(experiment, mode), mode, fault);
    const threaded = isThreaded(mode);
    const times: number[] = [];
    const startups: number[] = [];
    const handoffs: number[] = [];
    const taskTimes: number[][] = modeTasks.map(() => []);
    let last: Batch | undefined;
    for (let repeat = 0; repeat <= experiment.repeats; repeat++) {
      const report = (inBatch: number) =>
        onProgress({
          mode,
          repeat,
          repeats: experiment.repeats,
          finished: batchesDone * taskCount + inBatch,
          total,
        });
      report(0);
      const batch = await engines[mode].run(modeTasks, {
        workers,
        countStartup: experiment.countStartup,
        watchdogMs: experiment.watchdogMs ?? DEFAULT_WATCHDOG_MS,
        gil: { enabled: mode === "threads", switchIntervalMs: experiment.switchIntervalMs },
        misbehave: fault && fault.kind !== "panic" ? fault.kind : undefined,
        onProgress: report,
      });
      batchesDone++;
      if (repeat === 0) continue; // the warm-up is discarded
      times.push(batch.wallMs);
      if (batch.startupMs !== null) startups.push(batch.startupMs);
      if (batch.gil?.enabled && batch.gil.medianHandoffPeriodMs !== null) {
        handoffs.push(batch.gil.medianHandoffPeriodMs);
      }
      batch.outcomes.forEach((o, i) => taskTimes[i]?.push(o.end_ms - o.start_ms));
      last = batch;
    }
    if (!last) throw new Error("no timed repeat ran");
    const values = last.outcomes.map((o) => o.value);
    const { median, min, max } = summarise(times);
    baseline ??= { medianMs: median, values };
    const mismatch = compareValues(baseline.values, values);
    rows.push({
      mode,
      runtime: experiment.runtime,
      gil: threaded ? mode === "threads" : null,
      workers,
      timesMs: times,
      medianMs: median,
      minMs: min,
      maxMs: max,
      speedup: baseline.medianMs / median,
      startupMs: startups.length ? summarise(startups).median : null,
      verified: mismatch === undefined,
      mismatch,
      values,
      taskMs: taskTimes.map((t) => (t.length ? summarise(t).median : NaN)),
      spans: last.spans,
      gilStats: last.gil,
      handoffMedianMs: handoffs.length ? summarise(handoffs).median : undefined,
    });
  }
  return {
    experiment,
    env: { ...env },
    rows,
    skipped,
    longestTaskMs: longestTaskSince(since),
    startedMs,
    finishedMs: wallNowMs(),
  };
}
