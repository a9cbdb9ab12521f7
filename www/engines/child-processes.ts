// A program's child processes, as the worker that owns the program's instance
// starts and ends them (crate/src/host/processes.rs): each is a Web Worker with
// an instance of its own that imports the program as __mp_main__ and calls its
// target. Its output goes on to the page through this worker, in the order it
// was printed; its messages go to the program; its end goes to the program and
// to the page's timeline. The same for both builds: how a child's workers are
// made and readied is the build's (`ChildLauncher`).
/// <reference lib="webworker" />
import type { ChildSpec, GilConfig, Request } from "../pkg/threads/gil_playground.js";
import LIMITS from "../generated/limits.json" with { type: "json" };
import { wallNowMs } from "../clock";
import { OutputOrder } from "./output-order";
import type { ChildRequest, Misbehaviour, ProcessRun, WorkerReply } from "./protocol";

/** A worker's "ready" reply. */
export type ReadyReply = Extract<WorkerReply, { type: "ready" }>;

/** A child's workers, their instance made or on its way. */
export interface LaunchedChild {
  /** The child's own worker first (it answers); the others end with it. */
  workers: Worker[];
  /** Resolves once its instance is ready for a run. */
  ready: Promise<ReadyReply>;
}

/** How a build makes a child's workers. */
export interface ChildLauncher {
  launch(): LaunchedChild;
}

/** Resolves with `worker`'s "ready" reply, whenever it comes (before or after others listen). */
export function readyReply(worker: Worker): Promise<ReadyReply> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type !== "ready") return;
      worker.removeEventListener("message", listen);
      resolve(event.data);
    };
    worker.addEventListener("message", listen);
  });
}

/** What the program's instance is told of its children (crate/src/bindings.rs). */
export interface ChildrenLink {
  deliverFromChild(pid: number, message: Uint8Array): void;
  processExited(pid: number, exitCode: number): void;
}

/** A child process, and the messages for it held until it runs. */
interface ChildWorker {
  workers: Worker[];
  /** Messages from the program for the child, before the child's instance is ready. */
  held: Uint8Array[] | undefined;
  spec: ChildSpec;
  /** Its workers created, and its instance ready. */
  startMs: number;
  readyMs: number;
  /** Whether its run was recorded in `runs` (it ended by itself). */
  reported: boolean;
}

export class ChildProcesses {
  /** How the program's child processes ran, as each ended (for the page's timeline). */
  runs: ProcessRun[] = [];
  /**
   * The GIL of the program this worker runs: its children have the same (a
   * free-threaded 3.13t spawns free-threaded children).
   */
  gil: GilConfig = { enabled: true, switchIntervalMs: LIMITS.switchIntervalMs.default };
  /** The children still running, by number. */
  private readonly children = new Map<number, ChildWorker>();
  /** Output of the program and its children, in the order it was printed. */
  private readonly output: OutputOrder;
  /**
   * Fault injection for compare's Processes: the worker of the pool's last
   * process (the pool has this many) crashes when it is given a task.
   */
  private poolFault: number | undefined;

  constructor(
    private readonly launcher: ChildLauncher,
    private readonly link: ChildrenLink,
    private readonly reply: (message: WorkerReply) => void,
  ) {
    this.output = new OutputOrder((chunks) => reply({ type: "output", chunks }), wallNowMs);
  }

  /**
   * A run starts under `gil` (its children get the same); `crashPoolOf`: the
   * size of a compare pool whose last process is to crash (fault injection).
   */
  beginRun(gil: GilConfig, crashPoolOf?: number): void {
    this.gil = gil;
    this.runs = [];
    this.poolFault = crashPoolOf;
  }

  /**
   * The owner's `reply`, with output in order: what is held goes before the
   * run's end, which carries how its child processes ran.
   */
  replyInOrder(message: WorkerReply): void {
    if (message.type === "output") this.output.add(message.chunks);
    else {
      if (message.type !== "heartbeat") this.output.flush();
      this.reply(message.type === "program-done" ? { ...message, processes: this.runs } : message);
    }
  }

  /** How many children are running. */
  get size(): number {
    return this.children.size;
  }

  /**
   * Serves what the program asked for (`takeProcessRequests`): children to
   * start or to end, messages to pass.
   */
  serve(requests: Request[]): void {
    for (const request of requests) {
      if (request.type === "start") this.start(request, this.fault());
      else if (request.type === "terminate") this.ended(request.pid, request.exitcode);
      else if (request.type === "send") {
        const child = this.children.get(request.pid);
        if (child?.held) child.held.push(request.message);
        else if (child) this.send(child, request.message);
      } else {
        // Its bytes move to the parent's worker, not copied.
        const toParent: WorkerReply = { type: "to-parent", message: request.message };
        self.postMessage(toParent, [request.message.buffer]);
      }
    }
  }

  /**
   * Starts a child process of the program: workers with an instance of their
   * own, that import the program and call the target.
   */
  private start(spec: ChildSpec, fault?: Misbehaviour): void {
    const startMs = wallNowMs();
    const { workers, ready } = this.launcher.launch();
    const [worker] = workers;
    const child: ChildWorker = { workers, held: [], spec, startMs, readyMs: startMs, reported: false };
    this.children.set(spec.pid, child);
    this.output.holding = true;
    void ready.then(() => {
      if (this.children.get(spec.pid) !== child) return;
      child.readyMs = wallNowMs();
      const request: ChildRequest = { type: "process", spec, gil: this.gil, misbehave: fault };
      worker.postMessage(request);
      for (const held of child.held ?? []) this.send(child, held);
      child.held = undefined;
    });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === "output") {
        // Tagged with the process: "Process-1/MainThread".
        const chunks = message.chunks.map(([stream, text, thread, atMs]) => [
          stream,
          text,
          `${spec.name}/${thread}`,
          atMs,
        ]);
        this.output.add(chunks as typeof message.chunks);
      } else if (message.type === "to-parent") {
        this.link.deliverFromChild(spec.pid, message.message);
      } else if (message.type === "program-done") {
        this.runs.push({ name: spec.name, startMs, readyMs: child.readyMs, end: message.end });
        child.reported = true;
        for (const run of message.processes ?? [])
          this.runs.push({ ...run, name: `${spec.name}/${run.name}` });
        this.ended(spec.pid, message.end.exitCode);
      } else if (message.type === "error") {
        this.output.add([[2, `Process ${spec.name}: ${message.message}\n`, spec.name, wallNowMs()]]);
        this.ended(spec.pid, 1);
      }
    };
    const failed = (event: ErrorEvent) => {
      // Handled here: unhandled, a child's error would end this worker too.
      event.preventDefault();
      // A worker that fails to load gives no message (the browser's reason stays in its console).
      const why = event.message ?? "its worker failed to load";
      this.output.add([[2, `Process ${spec.name}: its worker failed: ${why}\n`, spec.name, wallNowMs()]]);
      this.ended(spec.pid, 1);
    };
    for (const each of workers) each.onerror = failed;
  }

  /** The deliberate failure of the child about to start, if it is the pool's last. */
  private fault(): Misbehaviour | undefined {
    if (this.poolFault === undefined || this.children.size + 1 < this.poolFault) return undefined;
    this.poolFault = undefined;
    return "crash";
  }

  private send(child: ChildWorker, message: Uint8Array): void {
    const request: ChildRequest = { type: "message", message };
    // Its bytes move to the child's worker, not copied.
    child.workers[0].postMessage(request, [message.buffer]);
  }

  /** A child ended (or was ended: -15 for SIGTERM): its workers go, the program learns its exit code. */
  ended(pid: number, exitCode: number): void {
    const child = this.children.get(pid);
    if (!child) return;
    // Ended from outside (terminate(), kill(), the program's end): its start-up is all we know of it.
    if (!child.reported) {
      this.runs.push({
        name: child.spec.name,
        startMs: child.startMs,
        readyMs: child.readyMs,
        terminated: true,
        end: {
          exitCode,
          spans: [],
          compileMs: 0,
          gil: {
            enabled: this.gil.enabled ?? true,
            switchIntervalMs: this.gil.switchIntervalMs ?? LIMITS.switchIntervalMs.default,
            handoffs: 0,
            medianHandoffPeriodMs: null,
            threads: [],
          },
        },
      });
    }
    for (const worker of child.workers) worker.terminate();
    this.children.delete(pid);
    this.link.processExited(pid, exitCode);
  }

  /** Children still running when the program ends (daemonic ones) end with it. */
  endAll(): void {
    for (const pid of [...this.children.keys()]) this.ended(pid, -15);
  }
}
