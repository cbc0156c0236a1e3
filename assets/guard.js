// Keeps the person's text safe in the few moments the app itself cannot:
// when the page is being left (the app saves large texts only when typing
// pauses), and after a crash of the checker (WebAssembly), when none of its
// code can run. It only ever writes to this browser's localStorage, under the
// app's key.
//
// A crash: a release build's panic aborts at once (scripts/wasm-release.env),
// so no Rust runs after it to say so. The trap reaches this page as an
// uncaught WebAssembly.RuntimeError (the only wasm on this page is the
// checker's; the file readers' runs in a worker), and the notice is shown
// from here, with nothing of the wasm's.
(() => {
  const KEY = "bulletproof.resume.v1";
  const NOTICE =
    "Something went wrong inside the checker and it stopped. Your text is saved in this browser; reload to pick up where you left off.";
  let crashed = false;
  const save = () => {
    const area = document.getElementById("resume");
    if (!area || area.value === "") return;
    try {
      localStorage.setItem(KEY, area.value);
    } catch (_) {
      /* storage full or blocked: the page says so while it runs */
    }
  };
  const crash = (error) => {
    if (crashed || !(error instanceof WebAssembly.RuntimeError) || !document.body) return;
    crashed = true;
    save();
    const notice = document.createElement("div");
    notice.className = "crash";
    notice.setAttribute("role", "alert");
    const p = document.createElement("p");
    p.textContent = NOTICE;
    const reload = document.createElement("a");
    reload.className = "reload";
    reload.href = "";
    reload.textContent = "Reload";
    notice.append(p, reload);
    document.body.prepend(notice);
  };
  addEventListener("error", (e) => crash(e.error));
  addEventListener("unhandledrejection", (e) => crash(e.reason));
  addEventListener("pagehide", save);
  addEventListener("visibilitychange", () => document.visibilityState === "hidden" && save());
  addEventListener(
    "input",
    (e) => {
      if (crashed && e.target && e.target.id === "resume") save();
    },
    true,
  );
})();
