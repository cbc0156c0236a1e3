// Service worker: keeps every file of this build in a cache named after the
// build, so the checker loads and works with no network at all. The list and
// the version are filled in by scripts/post-build.mjs.
const VERSION = "__VERSION__";
const FILES = __FILES__;
// Fetched once the files above are cached: the open-file module (pdf.js).
const LATER = __LATER__;
const CACHE = "bulletproof-" + VERSION;

self.addEventListener("install", (e) => {
  e.waitUntil(
    caches.open(CACHE).then(async (c) => {
      await c.addAll(FILES);
      // Best effort: a failure here leaves those files to the network.
      await c.addAll(LATER).catch(() => {});
    }),
  );
});

self.addEventListener("activate", (e) => {
  // A new build replaces the old cache cleanly.
  e.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith("bulletproof-") && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

// The page asks a waiting new version to take over (after the person agrees).
self.addEventListener("message", (e) => e.data === "activate" && self.skipWaiting());

self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== location.origin) return;
  if (req.mode === "navigate") {
    // Pages: the network when there is one, else this build's page.
    e.respondWith(fetch(req).catch(() => caches.match("/index.html")));
    return;
  }
  // Files have content hashes in their names: the cache is always right.
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
