// Shared test harness: a static server for the built site (dist/) on
// loopback, and a headless Debian Chromium driven by playwright-core.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname, normalize } from "node:path";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/// `rewrite(path, body)` may change a file as served (to play a new release);
/// `pages` adds files that are not on disk (`{ "/x.html": "<!DOCTYPE html>…" }`);
/// `headers` go on every response (say, CORS for a widget served to another origin).
export async function serve(root = "dist", rewrite = null, { pages = {}, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(root, path.endsWith("/") ? path + "index.html" : path);
    try {
      let body = path in pages ? Buffer.from(pages[path]) : await readFile(file);
      if (rewrite) body = rewrite(path, body);
      res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/// Headless unless `headful` (then a display is needed: run under
/// `xvfb-run`, as scripts/latency.mjs does for its timings).
export async function launch({ headful = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: headful ? [...ARGS, "--window-size=1440,1000"] : ARGS,
    headless: !headful,
  });
}

/// A browser with a real (non-incognito) profile in `dir`: Chromium only
/// judges installability outside incognito.
export async function launchProfile(dir) {
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ARGS,
  });
}

/// Opens the app and records every request the page makes.
export async function openApp(browser, url) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await watchCsp(page);
  await page.goto(url);
  await page.waitForSelector("[data-score]");
  return { page, requests, errors };
}

/// The score shown in the panel.
export async function score(page) {
  return Number(await page.getAttribute("[data-score]", "data-score"));
}

/// Waits until the panel has caught up with the text on screen (it follows
/// 300 ms after typing stops).
export async function settled(page) {
  await page.waitForTimeout(450);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok())));
}

/// Waits until the full app (the readers and the job-description lens) has
/// taken over the page and drawn its panel.
export async function fullApp(page) {
  await page.waitForFunction(() => globalThis.__bulletproofFull === true && document.querySelector("[data-score]"));
}

/// Rule ids of the highlights in the editor.
export async function markRules(page) {
  return page.$$eval("mark.hl", (els) => els.map((e) => e.dataset.rule));
}

/// Replaces the editor's text the way a paste would.
export async function setText(page, text) {
  await page.fill("#resume", text);
}

/// Records every Content Security Policy violation in window.__csp, from the
/// first script the page runs.
export async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI || "inline"}`),
    );
  });
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp ?? []);
}

/// Runs axe-core on the page (open shadow roots included) and returns its
/// serious and critical violations. The page must let the injected script
/// past its CSP (`bypassCSP: true`).
export async function axeViolations(page) {
  await page.addScriptTag({ path: new URL("../../node_modules/axe-core/axe.min.js", import.meta.url).pathname });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target}`);
  });
}

/// A test file's server for the build (`serve`'s arguments) and its browser,
/// started before the file's tests and closed after them.
export function startSite(...serveArgs) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await serve(...serveArgs);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/// Pastes `text` into the page's editor at once (value and an input event,
/// as a paste arrives): Playwright's fill is too slow for a megabyte.
export async function paste(page, text) {
  await page.evaluate((t) => {
    const a = document.querySelector("#resume");
    a.focus();
    a.value = t;
    a.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}
