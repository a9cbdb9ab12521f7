// A "process" on the plain (non-threaded) wasm build: what a page without
// cross-origin isolation (no SharedArrayBuffer) runs Sequential, Processes and
// programs on; the build's exports are the worker's core, programs included.
import init, * as plain from "../pkg/plain/gil_playground.js";
import { serveRequests } from "./process-worker";

serveRequests({ ...plain, init, program: plain });
