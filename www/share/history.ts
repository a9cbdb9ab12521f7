// The last runs, kept in the browser (localStorage) as their share links, so a
// stored run reopens through the same decoder as a shared one. A full or
// corrupted storage is reported, never fatal.
import type { CompareResult } from "../compare-result";
import { modeName } from "../labels";

export const HISTORY_KEY = "gil-playground:history:v1";
export const HISTORY_LIMIT = 20;

export interface HistoryEntry {
  id: string;
  /** When the run started (ms since the epoch). */
  savedAt: number;
  /** The speedups at a glance: "Threads (GIL) 0.98x · Processes 1.85x". */
  headline: string;
  /** The run's share-link fragment (`#v1.…`). */
  fragment: string;
}

export interface HistoryRead {
  entries: HistoryEntry[];
  /** What went wrong reading the storage, for the page to say; entries are what could be read. */
  problem?: string;
}

function isEntry(x: unknown): x is HistoryEntry {
  const e = x as HistoryEntry;
  return (
    typeof x === "object" &&
    x !== null &&
    typeof e.id === "string" &&
    typeof e.savedAt === "number" &&
    Number.isFinite(e.savedAt) &&
    typeof e.headline === "string" &&
    typeof e.fragment === "string" &&
    e.fragment.startsWith("#v")
  );
}

/** The stored runs, newest first. */
export function readHistory(): HistoryRead {
  let raw: string | null;
  try {
    raw = localStorage.getItem(HISTORY_KEY);
  } catch (error) {
    return {
      entries: [],
      problem: `the browser refused access to its storage (${(error as Error).message})`,
    };
  }
  if (raw === null) return { entries: [] };
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return { entries: [], problem: "the stored history is corrupted (not JSON); it was left as it is" };
  }
  if (!Array.isArray(list)) {
    return { entries: [], problem: "the stored history is corrupted (not a list); it was left as it is" };
  }
  const entries = list.filter(isEntry).slice(0, HISTORY_LIMIT);
  const bad = list.length - list.filter(isEntry).length;
  return bad
    ? {
        entries,
        problem: `${bad} stored run${bad === 1 ? "" : "s"} could not be read and ${bad === 1 ? "is" : "are"} not listed`,
      }
    : { entries };
}

function write(entries: HistoryEntry[]): string | undefined {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(entries));
    return undefined;
  } catch (error) {
    const full = (error as DOMException).name === "QuotaExceededError";
    return full
      ? "the browser's storage is full, so this run was not added to the history"
      : `the history could not be saved (${(error as Error).message})`;
  }
}

export function headline(result: CompareResult): string {
  return result.rows
    .filter((r) => r.mode !== "sequential")
    .map((r) => `${modeName(r.mode)} ${r.speedup.toFixed(2)}x`)
    .join(" · ");
}

/**
 * Adds a run at the front (the oldest past the limit goes); returns a problem, if
 * any. A full storage keeps what it had: the new run is not added.
 */
export function addToHistory(result: CompareResult, fragment: string): string | undefined {
  const { entries, problem } = readHistory();
  // Never overwrite a history that could not be read: it may still be recoverable.
  if (problem && entries.length === 0 && problem.includes("corrupted")) {
    return `${problem}; this run was not added`;
  }
  const entry: HistoryEntry = {
    id: `${result.startedMs.toFixed(0)}-${Math.random().toString(36).slice(2, 8)}`,
    savedAt: result.startedMs,
    headline: headline(result),
    fragment,
  };
  const failure = write([entry, ...entries].slice(0, HISTORY_LIMIT));
  return failure && `${failure}; remove older runs to make room`;
}

/** Empties the stored history (the way out of a corrupted one). */
export function clearHistory(): string | undefined {
  try {
    localStorage.removeItem(HISTORY_KEY);
    return undefined;
  } catch (error) {
    return `the history could not be cleared (${(error as Error).message})`;
  }
}

export function removeFromHistory(id: string): string | undefined {
  const { entries } = readHistory();
  return write(entries.filter((e) => e.id !== id));
}
