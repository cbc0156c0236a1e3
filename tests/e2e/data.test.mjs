// End-to-end: nothing the person types is lost — autosave, reloads, "Forget
// my data", a crash inside the wasm, and very large pastes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paste, settled, startSite } from "./harness.mjs";

const site = startSite("dist", null, {
  pages: { "/bare-textarea.html": '<!DOCTYPE html><html><head><meta charset="utf-8"><title>bare</title></head><body><textarea id="resume"></textarea></body></html>' },
});

async function open(context) {
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.waitForSelector("[data-score]");
  return page;
}

/// Puts a large text in the editor as a paste does (set the value, fire
/// input); Playwright's fill() types huge strings too slowly to be useful.
async function value(page) {
  return page.inputValue("#resume");
}

/// Types three keys in three places of a page's #resume (after one warm-up
/// key: Chromium's first edit of a megabyte-long textarea pays a one-time
/// cost) and reads their Event Timing: each key's duration, key to the frame
/// painted after it, sorted, and how long the page's own handlers ran.
async function keyTimings(page) {
  await page.bringToFront();
  await page.evaluate(() => {
    window.__keys = [];
    if (window.__observing) return;
    window.__observing = true;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        if (e.name === "keydown" || e.name === "input") window.__keys.push([e.name, e.duration, e.processingEnd - e.processingStart]);
      }
    }).observe({ type: "event", durationThreshold: 16 });
  });
  const typeAt = async (at, text) => {
    await page.focus("#resume");
    await page.evaluate((n) => document.querySelector("#resume").setSelectionRange(n, n), at);
    for (const ch of text) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(120);
    }
  };
  await typeAt(12, " ");
  // Let the check that key started (600 ms after it, a few hundred ms long) finish.
  await page.waitForTimeout(2000);
  await page.evaluate(() => (window.__keys = []));
  let typed = 1;
  for (const at of [20, 40, 60]) {
    await typeAt(at, "abc");
    typed += 3;
    await page.waitForTimeout(2000);
  }
  const events = await page.evaluate(() => window.__keys);
  // A key's keydown and input end in the same frame; one under 16 ms is not
  // reported, so it counts as 16.
  const keys = events.filter((e) => e[0] === "keydown").map((e) => e[1]);
  const reported = keys.length;
  while (keys.length < typed - 1) keys.push(16);
  return {
    keys: keys.sort((a, b) => a - b),
    handlers: events.map((e) => Math.round(e[2])),
    reported,
    typed,
  };
}

test("typed text survives a reload", async () => {
  const context = await site.browser.newContext();
  const page = await open(context);
  await page.fill("#resume", "EXPERIENCE\n- Cut p99 latency from 480 ms to 120 ms\n");
  await page.click("#resume");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("- Built the ledger 🚀 中文 for 3 teams");
  await page.waitForTimeout(100);
  const typed = await value(page);
  await page.reload();
  await page.waitForSelector("[data-score]");
  assert.equal(await value(page), typed);
  await page.waitForFunction(() => document.querySelector(".mirror").textContent.includes("ledger"));
  await context.close();
});

test("many random edits and reloads lose no character", async () => {
  const context = await site.browser.newContext();
  const page = await open(context);
  let seed = 7;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ["a", "Z", " ", "\n", "- ", "é", "🚀", "中", "40%", "ms", "\t", "Responsible for "];
  await page.fill("#resume", "EXPERIENCE\n");
  for (let round = 0; round < 12; round++) {
    await page.focus("#resume");
    const len = await page.evaluate(() => document.querySelector("#resume").value.length);
    const at = rand(len + 1);
    await page.evaluate((i) => document.querySelector("#resume").setSelectionRange(i, i), at);
    const edits = 1 + rand(4);
    for (let e = 0; e < edits; e++) {
      if (rand(4) === 0) await page.keyboard.press("Backspace");
      else await page.keyboard.insertText(pieces[rand(pieces.length)]);
    }
    const expected = await value(page);
    if (rand(2) === 0) await page.waitForTimeout(rand(80));
    await page.reload();
    await page.waitForSelector("[data-score]");
    assert.equal(await value(page), expected, `round ${round}`);
  }
  await context.close();
});

test("Forget my data empties the editor and the saved copy, after a confirmation", async () => {
  const context = await site.browser.newContext();
  const page = await open(context);
  await page.fill("#resume", "EXPERIENCE\n- My own private text\n");
  await page.selectOption("#role", "backend");
  await page.fill("#jd", "Kafka and Go, please.");
  // The job description is read (and saved) once typing pauses for 150 ms.
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => localStorage.length), 3, "resume, role and job description saved");
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    d.accept();
  });
  await page.click("text=Forget my data");
  assert.match(asked, /Erase your resume/);
  assert.equal(await value(page), "");
  assert.equal(await page.inputValue("#jd"), "");
  assert.equal(await page.inputValue("#role"), "");
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await page.waitForSelector("[data-score]");
  assert.match(await value(page), /Maya Okafor/, "a fresh visit shows the sample again");
  // Dismissing the confirmation keeps everything.
  await page.fill("#resume", "EXPERIENCE\n- Keep me\n");
  await page.waitForTimeout(100);
  page.once("dialog", (d) => d.dismiss());
  await page.click("text=Forget my data");
  assert.equal(await value(page), "EXPERIENCE\n- Keep me\n");
  await context.close();
});

test("a crash inside the wasm shows a clear message, keeps the text, and a reload recovers", async () => {
  const context = await site.browser.newContext();
  const page = await open(context);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.fill("#resume", "EXPERIENCE\n- Text written before the crash\n");
  await page.waitForTimeout(100);
  await page.evaluate(() => (window.__bpForcePanic = true));
  await page.click("#resume");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("x");
  const alert = await page.waitForSelector(".crash[role=alert]");
  assert.match(await alert.textContent(), /Your text is saved/);
  // Typing after the crash is still saved (by the plain-JS guard).
  await page.keyboard.type("yz");
  assert.ok(errors.length > 0, "the panic surfaced as a page error");
  await page.click(".crash .reload");
  await page.waitForSelector("[data-score]");
  assert.equal(await value(page), "EXPERIENCE\n- Text written before the crash\nxyz");
  assert.equal(await page.$(".crash"), null);
  await page.waitForSelector(".finding");
  await context.close();
});

test("a 1 MB paste is checked and typing stays usable", async () => {
  const context = await site.browser.newContext();
  const page = await open(context);
  const bullet = "- Cut p99 latency from 480 ms to 120 ms for 3 regions and 12k QPS\n";
  const big = "EXPERIENCE\n" + bullet.repeat(Math.ceil(1_000_000 / bullet.length));
  await paste(page, big);
  await page.waitForFunction(() => document.querySelectorAll(".mirror .ln").length > 10000, null, { timeout: 20000 });
  await settled(page);
  await page.waitForTimeout(1000);
  // The same text in a bare textarea with the editor's metrics (font, width,
  // height, padding), in its own page: what Chromium alone takes per key.
  // On this 2-core machine a bare megabyte-long textarea's keys measured
  // 48–160 ms, so a fixed line (it was 100 ms) failed on Chromium's own
  // noise; the editor is held to the bare textarea's pace instead.
  const metrics = await page.evaluate(() => {
    const a = document.querySelector("#resume");
    const c = getComputedStyle(a);
    const style = { display: "block", width: `${a.offsetWidth}px`, height: `${a.offsetHeight}px` };
    for (const p of ["font", "whiteSpace", "overflowWrap", "padding", "border", "boxSizing", "overflow", "resize", "tabSize"]) style[p] = c[p];
    return style;
  });
  assert.ok(
    await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes("event")),
    "this Chromium reports Event Timing",
  );
  const barePage = await context.newPage();
  await barePage.goto(site.server.url + "bare-textarea.html");
  await barePage.evaluate((style) => Object.assign(document.querySelector("#resume").style, style), metrics);
  await paste(barePage, big);
  await barePage.waitForTimeout(1000);
  // Its keys as fast as Chromium's own textarea, at the median and at the
  // seventh of nine keys (the medians measured 80 and 78 ms; the mirror laid
  // out again on every key added about 100 ms, on every other key it would
  // pass a median alone). Measured once more, bare then editor, when a noisy
  // moment puts one run over the line.
  const at = (v, k) => v[Math.min(v.length - 1, k)];
  const paced = (e, b) => at(e.keys, 4) <= at(b.keys, 4) + 32 && at(e.keys, 6) <= at(b.keys, 6) + 48;
  let typed = 0;
  let editor = await keyTimings(page);
  let bare = await keyTimings(barePage);
  typed += editor.typed;
  if (!paced(editor, bare)) {
    bare = await keyTimings(barePage);
    editor = await keyTimings(page);
    typed += editor.typed;
  }
  await barePage.close();
  // The bare textarea's keys are always over 16 ms here: none reported means
  // the measure saw nothing.
  assert.ok(bare.reported > 0, "Event Timing reported the bare textarea's keys");
  // The editor's own handlers: a megabyte is checked after a pause in typing,
  // never on the key (measured 0–1 ms a key).
  assert.ok(editor.handlers.every((d) => d <= 8), `the editor's key handlers took ${editor.handlers} ms`);
  assert.ok(paced(editor, bare), `keys took ${editor.keys} ms in the editor, ${bare.keys} ms in a bare textarea`);
  assert.ok(editor.keys.every((d) => d <= 300), `a key took over 300 ms: ${editor.keys}`);
  assert.equal((await value(page)).length, big.length + typed);
  // Typed straight before leaving: saved on the way out.
  await page.bringToFront();
  await page.focus("#resume");
  await page.keyboard.type("d");
  await page.reload();
  await page.waitForSelector("[data-score]");
  assert.equal((await value(page)).length, big.length + 1 + typed);
  await context.close();
});

test("a 5 MB paste gets a clear message and a cap, and nothing is lost", async () => {
  const context = await site.browser.newContext();
  const page = await open(context);
  const bullet = "- Responsible for the billing API used by 40 teams across 3 regions\n";
  const huge = "EXPERIENCE\n" + bullet.repeat(Math.ceil(5_000_000 / bullet.length));
  await paste(page, huge);
  const status = await page.waitForSelector(".status:not(:empty)", { timeout: 30000 });
  assert.match(await status.textContent(), /checks the first 1\.5 MB/);
  assert.equal((await value(page)).length, huge.length);
  const ok = await page.evaluate(
    () =>
      [...document.querySelector(".mirror").children].map((d) => d.textContent.replace(/\u200b/g, "")).join("\n") ===
      document.querySelector("#resume").value,
  );
  assert.ok(ok, "the mirror holds all of the text");
  await context.close();
});
