// Where the frozen standard-library modules are (crate/src/modules/python/*.py, such as
// collections and threading): Vite emits each file as an asset with a hashed name (never
// inlined), and the wasm downloads one the first time a program imports it
// (crate/src/modules/frozen.rs), so the page does not download them before it is ready.
// Each worker that instantiates the wasm hands these URLs to its instance (setModuleUrls);
// the instance's thread workers share its memory, and so the URLs.

const files = import.meta.glob<string>("../../crate/src/modules/python/*.py", {
  query: "?url&no-inline",
  import: "default",
  eager: true,
});

/** Each module's file name ("collections.py") to its absolute URL. */
export const MODULE_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [
    path.slice(path.lastIndexOf("/") + 1),
    new URL(url, import.meta.url).href,
  ]),
);
