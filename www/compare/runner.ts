// Compare: runs an experiment on the engines, one discarded warm-up round, then R timed
// rounds over the modes; every mode's results are checked against the sequential ones.
import { wallNowMs } from "../clock";
import type { Batch, Engines } from "../engines/engine";
import type { EnvInfo } from "../env";
import { DEFAULT_WATCHDOG_MS, type Experiment, isThreaded, type Mode, modesToRun } from "../experiment";
import { longestTaskSince } from "../long-tasks";
import type { ModeResult, CompareResult } from "../compare-result";
import { compareSpec } from "../task";
import { hiddenSince } from "../visibility";
import { compareValues, confidence95, summarise } from "./stats";

export interface CompareProgress {
  mode: Mode;
  /** 0 is the warm-up. */
  repeat: number;
  repeats: number;
  /** Tasks finished so far over the whole run, and how many there are. */
  finished: number;
  total: number;
}

export async function compareModes(
  experiment: Experiment,
  engines: Engines,
  env: EnvInfo,
  onProgress: (progress: CompareProgress) => void,
): Promise<CompareResult> {
  const startedMs = wallNowMs();
  const since = performance.now();
  const watchdogMs = experiment.watchdogMs ?? DEFAULT_WATCHDOG_MS;
  const spec = compareSpec(experiment);
  // Sequential imports the program first: a program that does not import, or a
  // task list that is not one, fails here, before anything is timed.
  const taskCount = await engines.sequential.load(spec, watchdogMs);
  const skipped: CompareResult["skipped"] = [];
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
  const plans = modes.map((mode) => {
    const fault = experiment.fault?.mode === mode ? experiment.fault : undefined;
    return {
      mode,
      fault,
      workers: mode === "sequential" ? 1 : experiment.workers,
      times: [] as number[],
      startups: [] as number[],
      handoffs: [] as number[],
      taskTimes: Array.from({ length: taskCount }, () => [] as number[]),
      last: undefined as Batch | undefined,
    };
  });

  // Repeats go round the modes (warm-up round first, discarded), so a slow spell
  // of a noisy machine falls on every mode alike, not on one of them.
  for (let repeat = 0; repeat <= experiment.repeats; repeat++) {
    for (const plan of plans) {
      const { mode, fault } = plan;
      const report = (inBatch: number) =>
        onProgress({
          mode,
          repeat,
          repeats: experiment.repeats,
          finished: batchesDone * taskCount + inBatch,
          total,
        });
      report(0);
      const batch = await engines[mode].runBatch(spec, {
        workers: plan.workers,
        countStartup: experiment.countStartup,
        watchdogMs,
        gil: { enabled: mode === "threads", switchIntervalMs: experiment.switchIntervalMs },
        taskCount,
        panicAt: fault?.kind === "panic" ? taskCount - 1 : undefined,
        misbehave: fault && fault.kind !== "panic" ? fault.kind : undefined,
        onProgress: report,
      });
      batchesDone++;
      if (repeat === 0) continue; // the warm-up is discarded
      plan.times.push(batch.wallMs);
      if (batch.startupMs !== null) plan.startups.push(batch.startupMs);
      if (batch.gil?.enabled && batch.gil.medianHandoffPeriodMs !== null) {
        plan.handoffs.push(batch.gil.medianHandoffPeriodMs);
      }
      batch.outcomes.forEach((o, i) => plan.taskTimes[i]?.push(o.endMs - o.startMs));
      plan.last = batch;
    }
  }

  const rows: ModeResult[] = [];
  let baseline: { medianMs: number; values: string[] } | undefined;
  for (const plan of plans) {
    const { mode, last } = plan;
    if (!last) throw new Error("no timed repeat ran");
    const values = last.outcomes.map((o) => o.value);
    const { median, min, max } = summarise(plan.times);
    const confidence = confidence95(plan.times);
    baseline ??= { medianMs: median, values };
    const mismatch = compareValues(baseline.values, values);
    rows.push({
      mode,
      gil: isThreaded(mode) ? mode === "threads" : null,
      workers: plan.workers,
      timesMs: plan.times,
      medianMs: median,
      minMs: min,
      maxMs: max,
      ci95Ms: confidence?.ci95 ?? null,
      rme: confidence?.rme ?? null,
      speedup: baseline.medianMs / median,
      startupMs: plan.startups.length ? summarise(plan.startups).median : null,
      verified: mismatch === undefined,
      mismatch,
      values,
      taskMs: plan.taskTimes.map((t) => (t.length ? summarise(t).median : NaN)),
      spans: last.spans,
      gilStats: last.gil,
      handoffMedianMs: plan.handoffs.length ? summarise(plan.handoffs).median : undefined,
    });
  }
  return {
    experiment,
    env: { ...env },
    rows,
    skipped,
    longestTaskMs: longestTaskSince(since),
    hiddenDuringRun: hiddenSince(since),
    startedMs,
    finishedMs: wallNowMs(),
  };
}
