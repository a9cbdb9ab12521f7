// Summary statistics of repeated timings: median, min–max, and a 95% confidence
// interval with its relative margin of error (rme), as Benchmark.js reports them.
import { deviation, max, mean, median, min } from "d3-array";

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarise(values: number[]): Summary {
  if (values.length === 0) throw new Error("no values to summarise");
  return {
    median: median(values) ?? NaN,
    min: min(values) ?? NaN,
    max: max(values) ?? NaN,
  };
}

/**
 * Two-sided 95% critical values of Student's t for 1..30 degrees of freedom
 * (checked against a numerical integration of the t density with python3).
 */
const T_95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Where the true mean time lies, with 95% confidence, and how wide that is. */
export interface Confidence {
  /** mean ± t·s/√n, in ms. */
  ci95: [number, number];
  /** The margin t·s/√n as a fraction of the mean (0.05 = ±5%). */
  rme: number;
}

/** A run whose margin of error is above this is flagged as noisy. */
export const NOISY_RME = 0.05;

/** The 95% interval of the mean of `values`; null for a single value (no spread to measure). */
export function confidence95(values: number[]): Confidence | null {
  if (values.length < 2) return null;
  const m = mean(values) ?? NaN;
  const s = deviation(values) ?? NaN; // sample standard deviation (n - 1)
  const t = T_95[Math.min(values.length - 1, T_95.length) - 1] ?? 1.96;
  const margin = (t * s) / Math.sqrt(values.length);
  return { ci95: [m - margin, m + margin], rme: m > 0 ? margin / m : NaN };
}

/** Compares a mode's values with the sequential ones; returns a message on mismatch. */
export function compareValues(expected: string[], actual: string[]): string | undefined {
  if (expected.length !== actual.length) {
    return `${actual.length} results instead of ${expected.length}`;
  }
  const index = actual.findIndex((v, i) => v !== expected[i]);
  if (index < 0) return undefined;
  return `task ${index}: ${actual[index]} instead of ${expected[index]}`;
}
