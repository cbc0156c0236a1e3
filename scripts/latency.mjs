// Latency harness: keystroke to painted highlights, side by side with a bare
// <textarea>, in headful Chromium on a virtual display (Xvfb), measured with
// the Event Timing API. Headless Chromium misreports Event Timing at the end
// of a tall page (0.9–1.7 s per key while frames ran every 16 ms), so every
// browser figure comes from a headful run; `--headless` is kept for comparison.
//
//   node scripts/latency.mjs [dist] [--keys N] [--headless] [--strict]
//
// Without a display it runs itself again under `xvfb-run` (Debian's xvfb).
//
// It loads a 5-page resume into the app and into a bare textarea page (same
// font and size), types the same characters into the middle of a bullet in
// each, and reports per keystroke the longest Event Timing duration of its
// interaction (keydown/input/keyup). Event Timing only reports events of 16 ms
// or more, so an interaction with no entry counts as 16 ms (a cap, not a
// measurement), for both pages alike. It also reports the app's own input
// handling (processingEnd - processingStart of its input events), the check
// and draw time per frame inside the wasm (window.__bpTimings), the check of a
// 2-page resume, the same with a job description and a role, cold load to
// first highlights, and the same keystrokes and cold load for the widget on
// the demo blog post.
import { serve, launch, paste } from "../tests/e2e/harness.mjs";
import { writeFileSync, mkdtempSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { resumeOfWords } from "./resume-of-words.mjs";

const args = process.argv.slice(2);
const headless = args.includes("--headless");
if (!headless && !process.env.DISPLAY) {
  const r = spawnSync(
    "xvfb-run",
    ["-a", "-s", "-screen 0 1920x1080x24", process.execPath, fileURLToPath(import.meta.url), ...args],
    { stdio: "inherit" },
  );
  if (r.error) {
    console.error(`cannot run xvfb-run (${r.error.message}); install Debian's xvfb (scripts/setup.sh does)`);
    process.exit(1);
  }
  process.exit(r.status ?? 1);
}
const dist = args.find((a) => !a.startsWith("--")) ?? "dist";
const keys = Number(args[args.indexOf("--keys") + 1] || 0) || 80;

const BARE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>bare</title>
<style>textarea{width:60rem;height:${process.env.BARE_HEIGHT || "80vh"};font:14px/1.6 monospace;padding:.75rem}</style></head>
<body><label for="resume">bare</label><textarea id="resume"></textarea></body></html>`;

function pct(values, p) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const OBSERVE = () => {
  window.__events = [];
  window.__t0 = performance.now();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // Buffered entries from before (the paste that filled the page) do not count.
      if (e.startTime < window.__t0) continue;
      window.__events.push({
        name: e.name,
        id: e.interactionId,
        start: e.startTime,
        duration: e.duration,
        processing: e.processingEnd - e.processingStart,
      });
    }
  }).observe({ type: "event", buffered: true, durationThreshold: 16 });
};

/// One cold load of `url` in a fresh context (no cache), timed in the page.
/// `seen`: when a requestAnimationFrame callback ran in the first frame
/// whose DOM has `mark` (inside the open shadow root of `host`, if given),
/// before that frame's style, layout and paint. `afterFrame`: when a task
/// queued in that callback ran, after the frame's main-thread rendering
/// (style, layout, paint recording) and after any task queued ahead of it;
/// not when the pixels reached the screen. `firstHighlight`: the app's own
/// mark, set as it inserted them, before any frame (`app` only). Asking the
/// page from here once the highlights are there would add a round trip, and
/// whatever the page runs first (the demo's second widget), to the figure.
async function coldLoad(browser, url, { mark = "mark.hl", host = null, app = false } = {}) {
  const ctx = await browser.newContext();
  await ctx.addInitScript(
    ([host, mark]) => {
      const find = () => (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector(mark);
      const frame = () => {
        if (!find()) return requestAnimationFrame(frame);
        window.__bpSeen = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (window.__bpAfterFrame = performance.now());
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    },
    [host, mark],
  );
  const p = await ctx.newPage();
  await p.goto(url);
  await p.waitForFunction((app) => window.__bpAfterFrame > 0 && (!app || window.__bpFirstHighlight > 0), app);
  const at = await p.evaluate(() => ({ seen: window.__bpSeen, firstHighlight: window.__bpFirstHighlight }));
  const afterFrame = await p.evaluate(() => window.__bpAfterFrame);
  await ctx.close();
  return { at, afterFrame };
}

/// Types into the app's editor, or into a widget's (`host`: the selector of
/// its <bulletproof-checker>; the editor is inside its shadow root).
/// `where`: "middle" (a bullet in the middle of the text), "start" (the
/// first bullet) or "end" (the last character, scrolled into view). `held`: one key held down at
/// auto-repeat speed (a keydown every 30 ms) instead of a person's typing.
async function typeInto(page, text, host = null, { where = "middle", held = false, settle = 400 } = {}) {
  if (text.length > 200_000) {
    await paste(page, text);
  } else {
    await page.fill(host ? `${host} textarea#resume` : "#resume", text);
  }
  await page.waitForTimeout(settle);
  const at = await page.evaluate(
    ([host, where]) => {
      const a = (host ? document.querySelector(host).shadowRoot : document).querySelector("#resume");
      const i =
        where === "end"
          ? a.value.length
          : where === "start"
            ? a.value.indexOf("\n") + 3
            : a.value.indexOf("pipeline", Math.floor(a.value.length / 2));
      a.focus();
      a.setSelectionRange(i, i);
      if (where === "end") {
        a.scrollTop = a.scrollHeight;
        a.scrollIntoView({ block: "end" });
      }
      return i;
    },
    [host, where],
  );
  if (at < 0) throw new Error("no place to type");
  if (held) return holdKey(page);
  const word = "and the new fleet ";
  // A person's keystroke: the key held about 40 ms, about 120 ms between keys.
  const stroke = async (ch) => {
    await page.keyboard.down(ch);
    await page.waitForTimeout(40);
    await page.keyboard.up(ch);
    await page.waitForTimeout(80);
  };
  for (const ch of "warm ") await stroke(ch); // warm up (first-use costs), not measured
  await page.waitForTimeout(300);
  await page.evaluate(OBSERVE);
  await page.waitForTimeout(100);
  for (let i = 0; i < keys; i++) await stroke(word[i % word.length]);
  await page.waitForTimeout(300);
  const events = await page.evaluate(() => window.__events);
  // Per keystroke: the longest duration among its entries; missing = under 16 ms.
  const byInteraction = new Map();
  for (const e of events) {
    if (!e.id) continue;
    byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  }
  const durations = [...byInteraction.values()];
  while (durations.length < keys) durations.push(16);
  const processing = events.filter((e) => e.name === "input").map((e) => e.processing);
  return { durations, processing };
}

/// One key held down: Chromium's auto-repeat sends a keydown (repeat) and an
/// input every 30 ms. Repeats are not interactions in Event Timing, so each
/// keydown entry is one keystroke; missing ones were under 16 ms.
async function holdKey(page) {
  await page.keyboard.down("x");
  await page.waitForTimeout(300);
  await page.evaluate(OBSERVE);
  for (let i = 0; i < keys; i++) {
    await page.waitForTimeout(30);
    await page.keyboard.down("x");
  }
  await page.keyboard.up("x");
  await page.waitForTimeout(400);
  const events = await page.evaluate(() => window.__events);
  const durations = events.filter((e) => e.name === "keydown").map((e) => e.duration);
  while (durations.length < keys) durations.push(16);
  const processing = events.filter((e) => e.name === "input").map((e) => e.processing);
  return { durations, processing };
}

/// The app's check times (the first frame left out) over 30 keys typed into `text`.
async function checkTimes(page, text) {
  await page.evaluate(() => (window.__bpTimings = []));
  await page.fill("#resume", text);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.type(i % 2 ? "x" : " ");
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => window.__bpTimings.slice(1));
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), "bp-latency-"));
  writeFileSync(join(root, "bare.html"), BARE);
  const site = await serve(dist);
  const bare = await serve(root);
  const browser = await launch({ headful: !headless });
  const text5 = resumeOfWords(2500);
  const text2 = resumeOfWords(1000);
  const results = {};

  // Bare textarea and app, typed the same way in the same run.
  const bp = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await bp.goto(bare.url + "bare.html");
  const b = await typeInto(bp, text5);
  const ap = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await ap.goto(site.url);
  await ap.waitForSelector("mark.hl");
  await ap.evaluate(() => (window.__bpTimings = []));
  const a = await typeInto(ap, text5);
  const frames = await ap.evaluate(() => window.__bpTimings.slice(1));
  results.mode = headless ? "headless" : "headful (Xvfb)";
  results.keys = keys;
  results.words = text5.split(/\s+/).length;
  results.bare_p95_ms = pct(b.durations, 95);
  results.app_p95_ms = pct(a.durations, 95);
  results.delta_p95_ms = results.app_p95_ms - results.bare_p95_ms;
  results.app_input_processing_p95_ms = a.processing.length ? pct(a.processing, 95) : 0;
  results.app_input_events_over_16ms = a.processing.length;
  results.frame_check_median_ms = pct(frames.map((f) => f[0]), 50);
  results.frame_check_p95_ms = pct(frames.map((f) => f[0]), 95);
  results.frame_draw_p95_ms = pct(frames.map((f) => f[1]), 95);
  // Saving the text to localStorage, once per key, after the keystroke's
  // frame is painted (not counted in frame_check).
  results.frame_save_median_ms = pct(frames.map((f) => f[2] ?? 0), 50);
  results.frame_save_p95_ms = pct(frames.map((f) => f[2] ?? 0), 95);

  // Typing at the end of the 5-page resume, and one key held at auto-repeat
  // speed in the middle and at the end: the bare textarea side by side.
  for (const [name, opts] of [
    ["end", { where: "end" }],
    ["held_middle", { held: true }],
    ["held_end", { where: "end", held: true }],
  ]) {
    const bb = await typeInto(bp, text5, null, opts);
    const aa = await typeInto(ap, text5, null, opts);
    results[`bare_${name}_p95_ms`] = pct(bb.durations, 95);
    results[`app_${name}_p95_ms`] = pct(aa.durations, 95);
    results[`delta_${name}_p95_ms`] = results[`app_${name}_p95_ms`] - results[`bare_${name}_p95_ms`];
  }

  // The check alone of a 2-page resume inside the wasm.
  const two = await checkTimes(ap, text2);
  results.check_2_pages_median_ms = pct(two.map((f) => f[0]), 50);
  results.check_2_pages_p95_ms = pct(two.map((f) => f[0]), 95);

  // The same with a job description and a role: keystrokes on the 5-page
  // resume, and the check of the 2-page one.
  await ap.selectOption("#role", "backend");
  // The first load has no lens: the full app takes over for it.
  await ap.waitForFunction(() => globalThis.__bulletproofFull === true && document.querySelector("[data-score]"));
  await ap.fill("#jd", readFileSync(new URL("../tests/tailoring/jd_payments_backend.txt", import.meta.url), "utf8"));
  await ap.evaluate(() => (window.__bpTimings = []));
  const j = await typeInto(ap, text5);
  results.app_with_jd_p95_ms = pct(j.durations, 95);
  results.delta_with_jd_p95_ms = results.app_with_jd_p95_ms - results.bare_p95_ms;
  const twoJd = await checkTimes(ap, text2);
  results.check_2_pages_with_jd_median_ms = pct(twoJd.map((f) => f[0]), 50);

  // A 1 MB text (the data test's paste), typed in near its start.
  const bullet = "- Cut p99 latency from 480 ms to 120 ms for 3 regions and 12k QPS\n";
  const big = "EXPERIENCE\n" + bullet.repeat(Math.ceil(1_000_000 / bullet.length));
  const bigBare = await typeInto(bp, big, null, { where: "start", settle: 3000 });
  const big1 = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await big1.goto(site.url);
  await big1.waitForSelector("mark.hl");
  const bigApp = await typeInto(big1, big, null, { where: "start", settle: 6000 });
  await big1.close();
  results.bare_1mb_median_ms = pct(bigBare.durations, 50);
  results.bare_1mb_max_ms = Math.max(...bigBare.durations);
  results.app_1mb_median_ms = pct(bigApp.durations, 50);
  results.app_1mb_p95_ms = pct(bigApp.durations, 95);
  results.app_1mb_max_ms = Math.max(...bigApp.durations);

  // Cold load to first highlights (fresh context each time: no cache): when
  // the app inserted them (its own mark, the budget's figure), when the
  // first frame with them began to render (`seen`, the widget's figure), and
  // the first task after that frame's main-thread rendering (see coldLoad).
  const loads = [];
  const appSeen = [];
  const appAfter = [];
  for (let i = 0; i < 7; i++) {
    const { at, afterFrame } = await coldLoad(browser, site.url, { app: true });
    loads.push(at.firstHighlight);
    appSeen.push(at.seen);
    appAfter.push(afterFrame);
  }
  results.cold_load_to_highlights_median_ms = pct(loads, 50);
  results.cold_load_to_highlights_max_ms = Math.max(...loads);
  results.cold_load_frame_median_ms = pct(appSeen, 50);
  results.cold_load_after_frame_median_ms = pct(appAfter, 50);

  // The widget on the demo blog post (release builds): keystrokes in the
  // article's checker, and cold load to its first highlights.
  if (existsSync(join(dist, "demo", "index.html"))) {
    const wp = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await wp.goto(site.url + "demo/");
    await wp.waitForFunction(() => document.getElementById("full")?.shadowRoot?.querySelector("mark.hl"));
    const w = await typeInto(wp, text5, "#full");
    results.widget_p95_ms = pct(w.durations, 95);
    results.widget_delta_p95_ms = results.widget_p95_ms - results.bare_p95_ms;
    const wloads = [];
    const wAfter = [];
    for (let i = 0; i < 7; i++) {
      const { at, afterFrame } = await coldLoad(browser, site.url + "demo/", { host: "#full" });
      wloads.push(at.seen);
      wAfter.push(afterFrame);
    }
    results.widget_cold_load_to_highlights_median_ms = pct(wloads, 50);
    results.widget_cold_load_after_frame_median_ms = pct(wAfter, 50);
  }

  await browser.close();
  await site.close();
  await bare.close();

  const budgets = {
    delta_p95_ms: 8,
    delta_with_jd_p95_ms: 8,
    widget_delta_p95_ms: 8,
    app_input_processing_p95_ms: 4,
    check_2_pages_median_ms: 1,
    cold_load_to_highlights_median_ms: 300,
    widget_cold_load_to_highlights_median_ms: 300,
  };
  for (const [k, v] of Object.entries(results)) {
    const b = budgets[k];
    const mark = b === undefined ? "" : v <= b ? `  (budget ${b}: ok)` : `  (budget ${b}: OVER)`;
    console.log(`${k.padEnd(36)} ${typeof v === "number" ? v.toFixed(2).padStart(9) : v}${mark}`);
  }
  const over = Object.entries(budgets).filter(([k, b]) => !(results[k] <= b));
  if (over.length && args.includes("--strict")) {
    console.error("over budget: " + over.map(([k]) => k).join(", "));
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
