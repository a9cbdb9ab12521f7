// A "process" on the plain (non-threaded) wasm build: what a page without
// cross-origin isolation (no SharedArrayBuffer) runs Sequential, Processes and
// programs on.
import init, {
  loadCompare,
  runCompare,
  startProgram,
  pollProgram,
  trapReportAddress,
  newsAddress,
  describeTrap,
  memoryLimitBytes,
  setModuleUrls,
  workersWanted,
  startCompareProcesses,
  pollCompare,
  takeShadowStack,
  giveBackShadowStack,
  startProcess,
  takeProcessRequests,
  deliverFromChild,
  deliverFromParent,
  processExited,
} from "../pkg/plain/gil_playground.js";
import { serveRequests } from "./process-worker";

serveRequests({
  init,
  loadCompare,
  runCompare,
  program: {
    startProgram,
    pollProgram,
    trapReportAddress,
    newsAddress,
    workersWanted,
    startCompareProcesses,
    pollCompare,
    takeShadowStack,
    giveBackShadowStack,
    startProcess,
    takeProcessRequests,
    deliverFromChild,
    deliverFromParent,
    processExited,
  },
  describeTrap,
  memoryLimitBytes,
  setModuleUrls,
});
