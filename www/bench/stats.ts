// Summary statistics of repeated timings.
import { max, median, min } from "d3-array";

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

/** Compares a mode's values with the sequential ones; returns a message on mismatch. */
export function compareValues(expected: string[], actual: string[]): string | undefined {
  if (expected.length !== actual.length) {
    return `${actual.length} results instead of ${expected.length}`;
  }
  const index = actual.findIndex((v, i) => v !== expected[i]);
  if (index < 0) return undefined;
  return `task ${index}: ${actual[index]} instead of ${expected[index]}`;
}
