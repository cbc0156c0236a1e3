// Bulletproof widget loader: the one file a page includes. Its name never
// changes between releases; the files it loads carry the build's version as
// a query string, so caches never serve a stale pair.
//
//   <script type="module" src="/bulletproof/widget.js"></script>
//
// It also exports the JavaScript API:
//   import { check } from "/bulletproof/widget.js";
//   const report = await check(text, { jobDescription, role, band });
import init, { check as checkNow } from "./core.js?v=__VERSION__";

let ready = null;

/** Loads the checker once (the wasm is fetched from beside this file). */
export function load() {
  ready ??= init({ module_or_path: new URL("./core_bg.wasm?v=__VERSION__", import.meta.url) });
  return ready;
}

/**
 * Checks a resume. Resolves to the report (the CLI's JSON shape), with every
 * span in UTF-16 code units: `text.slice(f.span.start, f.span.end)`.
 */
export async function check(text, options = {}) {
  if (typeof text !== "string") throw new TypeError("bulletproof.check: text must be a string");
  await load();
  return checkNow(text, options);
}

export const version = "__VERSION__";
