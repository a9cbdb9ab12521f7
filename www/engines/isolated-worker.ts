// A "process" on the threaded wasm build, instantiated with a shared memory of
// its own and no thread pool: on a cross-origin isolated page Sequential and
// Processes run the same interpreter code as Threads (the plain build,
// compiled without atomics, ran a task about 1.5x faster, which made every
// comparison with threads unfair).
import init, {
  loadCompare,
  runCompare,
  describeTrap,
  memoryLimitBytes,
  setModuleUrls,
} from "../pkg/threads/gil_playground.js";
import { serveRequests } from "./process-worker";

serveRequests({ init, loadCompare, runCompare, describeTrap, memoryLimitBytes, setModuleUrls });
