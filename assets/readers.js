// Loads the source readers (LaTeX, Markdown, JSON Resume, PDF-copy text) the
// first time the checker meets a text that needs them: they are their own
// wasm module (readers/), kept out of the first load. The checker calls
// __bulletproofReaders() and gets a promise of the module.
(() => {
  let loading;
  globalThis.__bulletproofReaders ??= () =>
    (loading ??= (async () => {
      const url = (file) => new URL(`readers/${file}`, document.baseURI).href;
      const wasm = fetch(url("readers_bg.wasm"));
      const m = await import(url("readers.js"));
      await m.default({ module_or_path: wasm });
      return m;
    })().catch((error) => {
      loading = undefined; // a later text tries again (say, back online)
      throw error;
    }));
})();
