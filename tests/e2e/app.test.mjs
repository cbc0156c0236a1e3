// End-to-end: what a person does with the built site, in real Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, score, settled, markRules, setText, cspViolations, axeViolations, startSite } from "./harness.mjs";

const site = startSite("dist");

const WEAK = "EXPERIENCE\nEngineer, Acme   2020 – Present\n- Responsible for the billing API\n";

test("the sample resume is highlighted and scored on first load", async () => {
  const { page, errors } = await openApp(site.browser, site.server.url);
  assert.match(await page.inputValue("#resume"), /Maya Okafor/);
  const s = await score(page);
  assert.ok(s > 0 && s < 100, `score ${s}`);
  const marks = await markRules(page);
  for (const r of ["verb/weak-opening", "metrics/vague-improvement", "style/filler", "style/first-person"]) {
    assert.ok(marks.includes(r), `no highlight for ${r}: ${marks}`);
  }
  const panel = await page.$$eval(".finding", (els) => els.map((e) => [e.dataset.rule, e.dataset.line]));
  assert.ok(panel.length >= 10);
  assert.ok(panel.every(([rule, line]) => rule.includes("/") && Number(line) > 0));
  // The mirror holds exactly the textarea's text, so highlights line up with it.
  const same = await page.evaluate(
    () =>
      [...document.querySelector(".mirror").children].map((d) => d.textContent.replace(/\u200b/g, "")).join("\n") ===
      document.querySelector("#resume").value,
  );
  assert.ok(same, "mirror text differs from the textarea");
  const heights = await page.evaluate(() => [
    document.querySelector(".mirror").getBoundingClientRect().height,
    document.querySelector("#resume").getBoundingClientRect().height,
  ]);
  assert.ok(Math.abs(heights[0] - heights[1]) < 1, `heights ${heights}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a highlight sits on the exact words it is about", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await setText(page, WEAK);
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]');
  const text = await page.textContent('mark.hl[data-rule="verb/weak-opening"]');
  assert.equal(text, "Responsible for");
  // Same place on screen: the mark's box starts where the words start in the textarea.
  const [mark, caret] = await page.evaluate(() => {
    const area = document.querySelector("#resume");
    const m = document.querySelector('mark.hl[data-rule="verb/weak-opening"]').getBoundingClientRect();
    const style = getComputedStyle(area);
    const probe = document.createElement("div");
    for (const p of ["font", "padding", "border", "whiteSpace", "overflowWrap", "letterSpacing", "tabSize", "width", "boxSizing"]) probe.style[p] = style[p];
    probe.style.position = "absolute";
    probe.style.visibility = "hidden";
    const at = area.value.indexOf("Responsible");
    probe.textContent = area.value.slice(0, at);
    const span = document.createElement("span");
    span.textContent = "R";
    probe.appendChild(span);
    area.parentElement.appendChild(probe);
    const r = area.getBoundingClientRect();
    const s = span.getBoundingClientRect();
    const p = probe.getBoundingClientRect();
    probe.remove();
    return [[m.left - r.left, m.top - r.top], [s.left - p.left, s.top - p.top]];
  });
  assert.ok(Math.abs(mark[0] - caret[0]) < 2 && Math.abs(mark[1] - caret[1]) < 4, `mark ${mark} vs text ${caret}`);
  await page.close();
});

test("typing a weak bullet highlights it at once; typing a fix clears it", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await setText(page, "EXPERIENCE\nEngineer, Acme   2020 – Present\n");
  await page.click("#resume");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("- Responsible for the billing API");
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]', { timeout: 1000 });
  await settled(page);
  const before = await score(page);
  assert.ok(await page.$('.finding[data-rule="verb/weak-opening"]'));
  // Select the weak bullet's text and type a strong one over it.
  await page.keyboard.down("Shift");
  await page.keyboard.press("Home");
  await page.keyboard.up("Shift");
  await page.keyboard.type("- Cut billing API p99 latency from 900 ms to 150 ms");
  await page.waitForFunction(() => !document.querySelector('mark.hl[data-rule="verb/weak-opening"]'));
  await settled(page);
  assert.equal(await page.$('.finding[data-rule="verb/weak-opening"]'), null);
  const after = await score(page);
  assert.ok(after > before, `score ${before} -> ${after}`);
  await page.close();
});

test("IME composition is checked when it ends, not mid-word", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await setText(page, "EXPERIENCE\n- Cut p99 latency from 480 ms to 120 ms\n");
  await page.waitForFunction(() => !document.querySelector('mark.hl[data-rule="verb/weak-opening"]'));
  await page.evaluate(() => {
    const a = document.querySelector("#resume");
    a.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
    a.value = "EXPERIENCE\n- Responsible for the API\n";
    a.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true }));
  });
  await page.waitForTimeout(150);
  assert.equal(await page.$('mark.hl[data-rule="verb/weak-opening"]'), null);
  await page.evaluate(() => {
    document.querySelector("#resume").dispatchEvent(new CompositionEvent("compositionend", { bubbles: true }));
  });
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]', { timeout: 1000 });
  await page.close();
});

test("a suggestion applies in one click and undoes with Ctrl+Z", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await setText(page, "EXPERIENCE\nEngineer, Beta   2016 – 2019\n- Optimize the billing queries for 40 services\n");
  await page.waitForSelector('mark.hl[data-rule="verb/tense"]');
  await settled(page);
  // A locator, not a handle: the line may be redrawn after a check.
  const box = await page.locator('mark.hl[data-rule="verb/tense"]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const apply = await page.waitForSelector("#bp-tip .apply", { state: "visible" });
  assert.match(await apply.textContent(), /Optimized/);
  await apply.click();
  await page.waitForFunction(() => document.querySelector("#resume").value.includes("- Optimized the billing"));
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelector("#resume").value.includes("- Optimize the billing"));
  await page.close();
});

test("the caret in a highlight explains it, and Alt+Enter applies the fix", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await setText(page, "EXPERIENCE\nEngineer, Acme   2020 – Present\n- Responsible for maintaining the CI for 40 engineers\n");
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]');
  const at = await page.evaluate(() => document.querySelector("#resume").value.indexOf("Responsible") + 3);
  await page.focus("#resume");
  await page.evaluate((i) => document.querySelector("#resume").setSelectionRange(i, i), at);
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector('#bp-tip [data-rule="verb/weak-opening"]', { state: "visible" });
  assert.match(await page.getAttribute("#resume", "aria-describedby"), /bp-tip/);
  await page.keyboard.press("Alt+Enter");
  await page.waitForFunction(() => document.querySelector("#resume").value.includes("- Maintained the CI"));
  await page.close();
});

test("clicking a finding selects its words in the editor", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await page.click('.finding[data-rule="verb/weak-opening"]');
  const selected = await page.evaluate(() => {
    const a = document.querySelector("#resume");
    return [document.activeElement === a, a.value.slice(a.selectionStart, a.selectionEnd)];
  });
  assert.deepEqual(selected, [true, "Responsible for"]);
  await page.close();
});

test("fix these first names three bullets, and each selects its bullet", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  const items = await page.$$(".fix-first .prio-bullet");
  assert.equal(items.length, 3);
  await items[0].click();
  const sel = await page.evaluate(() => {
    const a = document.querySelector("#resume");
    return a.value.slice(a.selectionStart, a.selectionEnd);
  });
  assert.ok(sel.length > 10, sel);
  await page.close();
});

test("Clear empties the editor and Load sample brings it back", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await page.click("text=Clear");
  assert.equal(await page.inputValue("#resume"), "");
  await page.waitForFunction(() => document.querySelectorAll(".finding, mark.hl").length === 0);
  await page.click("text=Load sample");
  assert.match(await page.inputValue("#resume"), /Maya Okafor/);
  await page.waitForSelector(".finding");
  await page.waitForSelector("mark.hl");
  await page.close();
});

test("user text is rendered as text, never as HTML", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await page.evaluate(() => (window.__pwned = false));
  await setText(
    page,
    'EXPERIENCE\nEngineer, Acme   2020 – Present\n- Responsible for <img src=x onerror="window.__pwned=true"> and <script>window.__pwned=true</script>\n- I built &lt;b&gt; </textarea><b>x</b> &amp; &#60;i&#62;\n- Helped with [my site](javascript:window.__pwned=true) and javascript:window.__pwned=true\n',
  );
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]');
  await settled(page);
  const box = await page.locator('mark.hl[data-rule="verb/weak-opening"]').first().boundingBox();
  await page.mouse.move(box.x + 3, box.y + 3);
  await page.waitForSelector("#bp-tip", { state: "visible" });
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.$$eval(".mirror img, .mirror script, .mirror b, .mirror a, .panel img, .panel b, .panel a, .tip img, .tip a", (e) => e.length), 0);
  assert.match(await page.textContent(".mirror"), /<img src=x onerror=/);
  assert.match(await page.textContent(".mirror"), /&amp; &#60;i&#62;/, "entities stay as typed");
  assert.match(await page.textContent(".mirror"), /\[my site\]\(javascript:/);
  // Clicking every finding and the highlights runs nothing either.
  for (const b of await page.$$(".finding")) await b.click();
  assert.equal(await page.evaluate(() => window.__pwned), false);
  await page.close();
});

test("odd input: NUL, lone surrogates, RTL, emoji, a 10,000-character line", async () => {
  const { page, errors } = await openApp(site.browser, site.server.url);
  const long = "Built ".repeat(1700);
  const odd = `EXPERIENCE\n- Responsible for \u0000 NUL and \uD800 lone and \uDC00 surrogates\n- שלום مرحبا Responsible for RTL 🚀👩‍💻 e\u0301\n- ${long}\n\u0001\u0002\u0003\uFFFF binary\n`;
  await page.evaluate((t) => {
    const a = document.querySelector("#resume");
    a.value = t;
    a.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }, odd);
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]');
  await settled(page);
  assert.deepEqual(errors, []);
  // Every line of the mirror is as long (in UTF-16 units) as the textarea's,
  // so the highlights stay aligned with the text.
  const [mirror, area] = await page.evaluate(() => [
    [...document.querySelector(".mirror").children].map((d) => d.textContent.replace(/\u200b/g, "").length),
    document.querySelector("#resume").value.split("\n").map((l) => l.length),
  ]);
  assert.deepEqual(mirror, area);
  await page.close();
});

test("a whole session makes no request but the page's own files, and breaks no CSP rule", async () => {
  const { page, requests } = await openApp(site.browser, site.server.url);
  const origin = new URL(site.server.url).origin;
  // Everything a person does: type, hover, apply a fix, undo, use the panel, clear, load, reload.
  await setText(page, "EXPERIENCE\nEngineer, Beta   2016 – 2019\n- Optimize the billing queries for 40 services\n- Worked on things\n");
  await settled(page);
  const box = await page.locator('mark.hl[data-rule="verb/tense"]').boundingBox();
  await page.mouse.move(box.x + 3, box.y + 3);
  await page.click("#bp-tip .apply");
  await page.keyboard.press("Control+z");
  await settled(page);
  await page.click(".finding");
  await page.click(".fix-first .prio-bullet");
  await page.click("text=Clear");
  await page.click("text=Load sample");
  await settled(page);
  // Tailoring: a role, a band, a job description, a click on a matched term.
  await page.selectOption("#role", "sre");
  await page.selectOption("#band", "8-12");
  await page.fill("#jd", "We need Kafka, Kubernetes and Terraform. 5+ years of on-call.");
  await page.waitForTimeout(250);
  await settled(page);
  await page.click(".terms.matched .term");
  // A LaTeX source: the full app (with the readers) loads on first use, from this site.
  await setText(page, "\\section{Experience}\n\\begin{itemize}\n\\item Responsible for the \\textbf{billing} API\n\\end{itemize}\n");
  await page.waitForSelector('#input-format[data-format="latex"]');
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]');
  assert.ok(requests.some((u) => u.endsWith("/full/app_bg.wasm")));
  // Opening files: a PDF (pdf.js in a worker) and a DOCX, read in the page.
  for (const [file, first] of [["one-column.pdf", "Dana Okafor"], ["resume.docx", "Priya Raman"]]) {
    await page.setInputFiles("#open-file", new URL(`../files/${file}`, import.meta.url).pathname);
    await page.waitForFunction((f) => document.querySelector("#resume").value.startsWith(f), first, { timeout: 15_000 });
  }
  assert.ok(requests.some((u) => u.endsWith("/open/pdf.worker.min.mjs")), "pdf.js was not loaded from this site");
  await page.click("#save-report");
  await page.click("text=Load sample");
  await settled(page);
  await page.reload();
  await page.waitForSelector("mark.hl");
  const posted = [];
  page.on("request", (r) => r.method() !== "GET" && posted.push(r.url()));
  await page.keyboard.type("x");
  await settled(page);
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.deepEqual(posted, [], "no request carries the text");
  // Only static files: the page, its scripts, wasm, styles, and the job
  // lexicon's two data files (fetched with the first job description).
  const kinds = requests
    .map((u) => new URL(u).pathname)
    .filter((p) => !/^\/(|((icons|full|open)\/)?[\w.-]+\.(js|mjs|wasm|css|html|ico|png|svg|webmanifest)|tech_names\.txt|jd_terms\.txt)$/.test(p));
  assert.deepEqual(kinds, []);
  assert.ok(requests.includes(`${origin}/jd_terms.txt`), "the job lexicon came from this site");
  assert.deepEqual(await cspViolations(page), []);
  await page.close();
});

test("the page runs under a strict Content Security Policy", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(csp.includes(d), `missing ${d} in ${csp}`);
  }
  assert.ok(!csp.includes("unsafe-inline"));
  assert.equal(await page.$$eval("script:not([src])", (s) => s.length), 0, "no inline script");
  // An injected inline script is refused, and says so.
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.head.appendChild(s);
    return window.__injected === true;
  });
  assert.equal(ran, false);
  await page.waitForFunction(() => window.__csp.length > 0);
  await page.close();
});

test("keyboard only: Tab reaches the editor and the findings, Enter selects", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  const order = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.slice(0, 20)));
  }
  for (const stop of ["open-file", "save-file", "save-report", "Clear", "Load sample", "resume"]) {
    assert.ok(order.includes(stop), `${stop} not in ${order.join(" | ")}`);
  }
  await page.focus('.finding[data-rule="verb/weak-opening"]');
  await page.keyboard.press("Enter");
  const sel = await page.evaluate(() => {
    const a = document.querySelector("#resume");
    return [document.activeElement === a, a.value.slice(a.selectionStart, a.selectionEnd)];
  });
  assert.deepEqual(sel, [true, "Responsible for"]);
  await page.close();
});

for (const width of [375, 1440]) {
  test(`fits a ${width} px wide screen without sideways scrolling`, async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.server.url);
    await page.waitForSelector("[data-score]");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    await page.close();
  });
}

test("follows the system's dark mode", async () => {
  const page = await site.browser.newPage({ colorScheme: "dark" });
  await page.goto(site.server.url);
  await page.waitForSelector("[data-score]");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `background ${bg} is not dark`);
  await page.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core finds no serious or critical problems (${scheme})`, async () => {
    // axe is injected by the test, so this one page lets it past the CSP.
    const page = await site.browser.newPage({ colorScheme: scheme, bypassCSP: true });
    await page.goto(site.server.url);
    await page.waitForSelector("mark.hl");
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}
