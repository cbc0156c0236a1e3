// The first load reads plain text only. The first time the checker meets a
// source (LaTeX, Markdown, JSON Resume, text copied out of a PDF) it calls
// __bulletproofUpgrade(text): this loads the full app (full/, the same app
// built with the source readers) once, hands it the text, and the full app
// takes over the page. Answers "loading" or "failed". (Plain ES2017, so
// Trunk's minifier can read it.)
(function () {
  var state;
  if (globalThis.__bulletproofUpgrade) return;
  globalThis.__bulletproofUpgrade = function (text) {
    globalThis.__bulletproofText = text;
    if (!state) {
      state = "loading";
      var url = function (file) {
        return new URL("full/" + file, document.baseURI).href;
      };
      var wasm = fetch(url("app_bg.wasm"));
      import(url("app.js"))
        .then(function (m) {
          return m.default({ module_or_path: wasm });
        })
        .catch(function (error) {
          state = "failed";
          console.error("Bulletproof: the source readers could not be loaded", error);
          // Check again: the first load then reads the text as plain text.
          var area = document.querySelector("#resume");
          if (area) area.dispatchEvent(new Event("input", { bubbles: true }));
        });
    }
    return state;
  };
})();
