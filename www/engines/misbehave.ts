// Deliberate worker faults, so tests can check that the page survives them.
import type { Misbehaviour } from "./protocol";

/** Makes the calling worker crash or hang as asked; returns whether it did. */
export function misbehave(kind: Misbehaviour | undefined): boolean {
  if (kind === "crash") {
    // Uncaught on purpose, and thrown from a task of its own: an async handler's
    // throw would only be an unhandled rejection, not the worker error simulated.
    setTimeout(() => {
      throw new Error("deliberate worker crash (fault injection)");
    });
    return true;
  }
  if (kind === "hang") {
    // Never answers again on purpose: the page's watchdog must end the run.
    for (;;);
  }
  return false;
}
