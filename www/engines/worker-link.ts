// One worker seen from the page: requests out, typed replies in, and a watchdog.
// Every way a worker can fail (an error reply, an uncaught error, an unreadable
// message, silence past the watchdog, a cancel) rejects the pending request, so
// a run ends with a message instead of hanging.
import type { WorkerReply } from "./protocol";

type Final = Extract<WorkerReply, { type: "ready" | "loaded" | "compare-done" | "program-done" }>;
type Progress = Extract<WorkerReply, { type: "progress" }>;
type Output = Extract<WorkerReply, { type: "output" }>;

/** Rejection reason when the user cancelled: not a failure to report. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

interface Pending {
  resolve(reply: Final): void;
  reject(error: Error): void;
  onProgress?: (reply: Progress) => void;
  onOutput?: (reply: Output) => void;
}

export class WorkerLink<Request> {
  private pending: Pending | undefined;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private dead: Error | undefined;

  constructor(
    private readonly worker: Worker,
    private readonly label: string,
    private readonly watchdogMs: number,
  ) {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.kill(new Error(`${label} failed: ${event.message || "worker error"}`));
    };
    worker.onmessageerror = () => this.kill(new Error(`${label} sent a message that could not be read`));
  }

  /** Sends a request; resolves with its final reply ("ready", "compare-done" or "program-done"). */
  request(
    message: Request,
    onProgress?: (reply: Progress) => void,
    onOutput?: (reply: Output) => void,
  ): Promise<Final> {
    if (this.dead) return Promise.reject(this.dead);
    if (this.pending) return Promise.reject(new Error(`${this.label} is busy`));
    return new Promise<Final>((resolve, reject) => {
      this.pending = { resolve, reject, onProgress, onOutput };
      this.armWatchdog();
      this.worker.postMessage(message);
    });
  }

  /** Terminates the worker at once and rejects what was pending with `reason`. */
  kill(reason: Error): void {
    this.worker.terminate();
    this.dead ??= reason;
    this.settle((p) => p.reject(reason));
  }

  get alive(): boolean {
    return this.dead === undefined;
  }

  private receive(reply: WorkerReply): void {
    if (!this.pending) return;
    this.armWatchdog();
    switch (reply.type) {
      case "progress":
        this.pending.onProgress?.(reply);
        return;
      case "heartbeat":
      // Only a child process has a parent to send to; the page is none.
      case "to-parent":
        return;
      case "output":
        this.pending.onOutput?.(reply);
        return;
      case "error":
        // The instance may be poisoned (a trapped panic): never reuse it.
        this.kill(new Error(`${this.label}: ${reply.message}`));
        return;
      default:
        this.settle((p) => p.resolve(reply));
    }
  }

  private settle(action: (pending: Pending) => void): void {
    clearTimeout(this.watchdog);
    const pending = this.pending;
    this.pending = undefined;
    if (pending) action(pending);
  }

  private armWatchdog(): void {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(
      () =>
        this.kill(
          new Error(
            `${this.label} gave no sign of life for ${(this.watchdogMs / 1000).toFixed(1)} s (watchdog) and was stopped`,
          ),
        ),
      this.watchdogMs,
    );
  }
}
