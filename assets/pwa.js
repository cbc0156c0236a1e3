// Registers the service worker (offline use) and offers an update when a new
// version is waiting. The text is saved as it is typed, so a reload loses nothing.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").then((reg) => {
    const offer = (worker) => {
      if (!worker || !navigator.serviceWorker.controller || document.querySelector(".update")) return;
      const bar = document.createElement("div");
      bar.className = "update";
      bar.setAttribute("role", "status");
      const p = document.createElement("p");
      p.textContent = "A new version of Bulletproof is ready.";
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = "Reload to update";
      b.addEventListener("click", () => worker.postMessage("activate"));
      bar.append(p, b);
      document.body.prepend(bar);
    };
    offer(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const w = reg.installing;
      w && w.addEventListener("statechange", () => w.state === "installed" && offer(w));
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!reloading && document.querySelector(".update")) {
      reloading = true;
      location.reload();
    }
  });
}

// The first load reads plain text only. The first time the checker meets a
// source (LaTeX, Markdown, JSON Resume, text copied out of a PDF) it calls
// __bulletproofUpgrade(text): this loads the full app (full/, the same app
// built with the source readers) once, hands it the text, and the full app
// takes over the page. Answers "loading" or "failed". (In this file to
// save the first load a request and a script tag.)
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
