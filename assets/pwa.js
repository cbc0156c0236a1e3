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
// source (LaTeX, Markdown, JSON Resume, text copied out of a PDF), and the
// first time a person picks a target role or pastes a job description (the
// first load has no job-description matching or role lens), it calls
// __bulletproofUpgrade(text): this loads the full app (full/, the same app
// built with the source readers and the lens) once and hands it the text;
// the full app takes over the page, with the editor's text and the role,
// band and job description as they are at that moment. Answers "loading" or "failed". (In this file to save the first
// load a request and a script tag.)
{
  const g = globalThis;
  const url = (file) => new URL(file, document.baseURI).href;
  let state;
  g.__bulletproofUpgrade ??= (text) => {
    g.__bulletproofText = text;
    if (!state) {
      state = "loading";
      const wasm = fetch(url("full/app_bg.wasm"));
      import(url("full/app.js"))
        .then((m) => m.default({ module_or_path: wasm }))
        .catch((error) => {
          state = "failed";
          console.error("Bulletproof: the source readers could not be loaded", error);
          // Check again: the first load then reads the text as plain text.
          document.querySelector("#resume")?.dispatchEvent(new Event("input", { bubbles: true }));
        });
    }
    return state;
  };

  // The job lexicon a job description is read with (tech_names.txt and
  // jd_terms.txt): the full app asks for it when there is a job
  // description, so it is fetched only by a person who pastes one. Fetched
  // once; a failed fetch is tried again at the next ask.
  let lexicon;
  const get = (file) => fetch(url(file)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${file}: ${r.status}`))));
  g.__bulletproofJobLexicon ??= (done) => {
    lexicon ??= Promise.all([get("tech_names.txt"), get("jd_terms.txt")]).catch((error) => {
      lexicon = null;
      console.warn("Bulletproof: the job lexicon did not load", error);
      return null;
    });
    lexicon.then((texts) => texts && done(...texts));
  };

  // Opening a file: the reader (open/open.js: source files as text, a PDF or
  // DOCX in a worker) loads the first time. Used by the full app.
  g.__bulletproofRead = (file) => import(url("open/open.js")).then((m) => m.read(file));

  // The first load's Open, Save and Download report buttons, and a file
  // dropped on the page: the full app carries them out, so it is handed what
  // the person did, with the text they have. (The full app sets
  // __bulletproofFull and handles these itself from then on.)
  const hand = (what) => {
    g.__bulletproofHand = what;
    g.__bulletproofUpgrade(document.querySelector("#resume")?.value ?? "");
  };
  for (const type of ["change", "click", "dragover", "drop"]) {
    document.addEventListener(type, (e) => {
      if (g.__bulletproofFull) return;
      const t = e.target;
      const file = type === "change" ? t.id === "open-file" && t.files[0] : e.dataTransfer?.files[0];
      const act = type === "click" && t.closest?.("#save-file, #save-report")?.id;
      if (type === "dragover" && e.dataTransfer?.types.includes("Files")) e.preventDefault();
      if (type === "drop" && file) e.preventDefault();
      if (type !== "dragover" && (file || act)) hand(file ? { file } : { act });
    });
  }
}
