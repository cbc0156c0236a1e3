// Keeps the person's text safe in the few moments the app itself cannot:
// when the page is being left (the app saves large texts only when typing
// pauses), and after a crash of the checker (WebAssembly), when none of its
// code can run. It only ever writes to this browser's localStorage, under the
// app's key.
(() => {
  const KEY = "bulletproof.resume.v1";
  const save = () => {
    const area = document.getElementById("resume");
    if (!area || area.value === "") return;
    try {
      localStorage.setItem(KEY, area.value);
    } catch (_) {
      /* storage full or blocked: the page says so while it runs */
    }
  };
  addEventListener("pagehide", save);
  addEventListener("visibilitychange", () => document.visibilityState === "hidden" && save());
  addEventListener(
    "input",
    (e) => {
      if (window.__bpCrashed && e.target && e.target.id === "resume") save();
    },
    true,
  );
})();
