// The plain build's own imports (crate/src/host/pause.rs), given to its wasm as the
// module "gil-playground-pause" (vite.config.ts): on a page without shared memory a
// program runs on suspendable stacks of its worker's one thread (JSPI), and a wait
// pauses its stack, so that the worker's event loop goes on (a child process's
// messages arrive through it) and the program's other stacks run.
/// <reference lib="webworker" />

/** JSPI's two functions (not yet in TypeScript's lib). */
interface Jspi {
  Suspending?: new (f: (ms: number) => Promise<void>) => object;
  promising?: (f: () => void) => () => Promise<void>;
}
const jspi = WebAssembly as unknown as Jspi;

/** The paused stacks' wake-ups: each resumes its stack, which looks again at what it waits for. */
const paused = new Set<() => void>();

/** Resumes every paused stack (each looks again, and pauses again if it must). */
export function wakePaused(): void {
  for (const wake of [...paused]) wake();
}

function pauseFor(ms: number): Promise<void> {
  // The worker's own calls into wasm meanwhile run on the main shadow stack
  // (the paused job set its pointer aside and sets it back as it resumes).
  set_stack_pointer(mainShadowStackTop);
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      paused.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    paused.add(wake);
  });
}

/** Whether this browser suspends wasm (JSPI: Chromium 137 and later). */
export function can_suspend(): number {
  return jspi.Suspending && jspi.promising ? 1 : 0;
}

/** Pauses the calling stack for at most `ms`, or until `wakePaused`. */
export const pause_ms = jspi.Suspending
  ? new jspi.Suspending(pauseFor)
  : () => {
      throw new Error("this browser cannot pause WebAssembly (JSPI)");
    };

/** The module's shadow-stack pointer (`__stack_pointer`, exported by the plain build). */
let shadowStackPointer: WebAssembly.Global | undefined;
/** Its value on the main stack with no call under way: where the worker's own calls start. */
let mainShadowStackTop = 0;

/** The instance these imports serve, once it is made (for its stack pointer). */
export function bindInstance(exports: object): void {
  shadowStackPointer = (exports as { __stack_pointer?: WebAssembly.Global }).__stack_pointer;
  mainShadowStackTop = (shadowStackPointer?.value as number | undefined) ?? 0;
}

export function stack_pointer(): number {
  return shadowStackPointer!.value as number;
}

export function set_stack_pointer(at: number): void {
  shadowStackPointer!.value = at;
}

let wakeQueued = false;

/** A stack changed what others wait for: they look again once it pauses or ends. */
export function wake_paused(): void {
  if (wakeQueued) return;
  wakeQueued = true;
  queueMicrotask(() => {
    wakeQueued = false;
    wakePaused();
  });
}

/**
 * `f` (a wasm export), called on a suspendable stack of its own whose shadow stack
 * (in linear memory) starts at `shadowStackTop`; settles when it returns.
 */
export function onSuspendableStack(f: () => void, shadowStackTop: number): Promise<void> {
  if (!jspi.promising) {
    // Without JSPI nothing pauses: the call runs to its end here, on the main stack.
    return Promise.resolve().then(f);
  }
  // Runs at once, up to its first pause: its frames go to its own shadow stack.
  set_stack_pointer(shadowStackTop);
  const ended = jspi.promising(f)();
  // Paused (or ended): the worker's next calls start on the main shadow stack.
  set_stack_pointer(mainShadowStackTop);
  // Ended after a pause: its pointer was left at its own shadow stack's top.
  return ended.finally(() => set_stack_pointer(mainShadowStackTop));
}
