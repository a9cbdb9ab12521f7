// A program's processes print into one console, each through its own worker:
// a child's line reaches the page by two hops, its parent's by one, so a line
// a child printed before it set an Event could show after the line its parent
// printed once the Event was set. While a program has children, its owner
// holds output for a moment and sends it in the order it was printed (every
// chunk carries the common clock's time of its first write).
import type { OutputChunk } from "./protocol";

/** How long output waits for earlier lines from other processes. */
export const ORDER_WINDOW_MS = 30;

export class OutputOrder {
  private held: OutputChunk[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether to hold output at all: once the program has started a child. */
  holding = false;

  constructor(
    private readonly send: (chunks: OutputChunk[]) => void,
    private readonly now: () => number,
  ) {}

  add(chunks: OutputChunk[]): void {
    if (!this.holding && !this.held.length) {
      this.send(chunks);
      return;
    }
    this.held.push(...chunks);
    this.timer ??= setTimeout(() => this.release(this.now() - ORDER_WINDOW_MS), ORDER_WINDOW_MS);
  }

  /** Sends everything held (the program ended). */
  flush(): void {
    this.release(Infinity);
    this.holding = false;
  }

  /** Sends, in time order, what was printed up to `until`; holds the rest. */
  private release(until: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Stable: chunks of one thread keep their order.
    this.held.sort((a, b) => a[3] - b[3]);
    const due = this.held.filter((chunk) => chunk[3] <= until);
    this.held = this.held.filter((chunk) => chunk[3] > until);
    if (due.length) this.send(due);
    if (this.held.length)
      this.timer = setTimeout(() => this.release(this.now() - ORDER_WINDOW_MS), ORDER_WINDOW_MS);
  }
}
