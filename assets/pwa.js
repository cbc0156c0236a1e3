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
