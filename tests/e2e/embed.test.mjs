// End-to-end: the <bulletproof-checker> element on pages that are not ours.
// The README's snippet as is; the hostile blog demo (demo/: a strict CSP,
// CSS written to break widgets, two widgets); attributes, theming, saving;
// the bundle served from another origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, watchCsp, cspViolations, axeViolations, startSite } from "./harness.mjs";

const site = startSite("dist", null, {
  pages: {
    "/favicon.ico": "",
    "/snippet.html": page(readmeSnippet()),
    "/attributes.html": page(`
      <script type="module" src="/bulletproof/widget.js"></script>
      <bulletproof-checker id="dark" theme="dark" panels="score fit bogus" band="5-8" target-role="sre"
        placeholder="Paste one bullet here" save="trial"></bulletproof-checker>
      <bulletproof-checker id="plain" role="backend"></bulletproof-checker>`),
    "/lifecycle.html": page(`
      <script type="module" src="/bulletproof/widget.js"></script>
      <div id="left"><bulletproof-checker id="a" compact></bulletproof-checker></div>
      <div id="right"></div>
      <div id="narrow" style="width: 320px"><bulletproof-checker id="b"></bulletproof-checker></div>
      <bulletproof-checker id="s1" save compact></bulletproof-checker>
      <bulletproof-checker id="s2" save compact></bulletproof-checker>
      <div style="display: flex"><bulletproof-checker id="f" compact></bulletproof-checker></div>`),
    "/files.html": page(
      `<script type="module" src="/bulletproof/widget.js"></script>
      <bulletproof-checker id="w" open-files compact></bulletproof-checker>`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">`,
    ),
    "/lens.html": page(`
      <script type="module" src="/bulletproof/widget.js"></script>
      <bulletproof-checker id="l" sample></bulletproof-checker>
      <bulletproof-checker id="r" compact target-role="sre"></bulletproof-checker>`),
    // The loader, async, in <head>: it may define the element before the
    // parser reaches it, so attributes must be read when it connects.
    "/head.html": page(
      `<p>A long post.</p><script src="/slow.js"></script>
      <script src="/defined.js"></script>
      <bulletproof-checker id="h" sample target-role="sre"></bulletproof-checker>
      <bulletproof-checker id="p" placeholder="One bullet"></bulletproof-checker>`,
      `<script type="module" async src="/bulletproof/widget.js"></script>`,
    ),
    "/defined.js": `window.definedBeforeParsed = !!customElements.get("bulletproof-checker");`,
    "/a11y.html": page(`<main><h1>Check your resume</h1>${readmeSnippet()}
      <bulletproof-checker sample target-role="backend"></bulletproof-checker></main>`),
  },
});

/** The first ```html block of the README's section whose heading says "Embed". */
function readmeSnippet() {
  const readme = readFileSync("README.md", "utf8");
  const at = readme.search(/^#+ .*Embed/m);
  assert.ok(at >= 0, "the README has a heading with Embed in it");
  const block = readme.slice(at).match(/```html\n([\s\S]*?)```/);
  assert.ok(block, "the Embed section has an html block");
  return block[1];
}

function page(body, head = "") {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head><body>${body}</body></html>`;
}

/** Opens a page and records requests, errors, console messages and CSP violations. */
async function open(url, { block = false, viewport, slow = null } = {}) {
  const p = await site.browser.newPage(viewport ? { viewport } : {});
  const seen = { requests: [], errors: [], console: [], failed: [] };
  p.on("request", (r) => seen.requests.push(r.url()));
  p.on("response", (r) => r.status() >= 400 && seen.failed.push(`${r.status()} ${r.url()}`));
  p.on("pageerror", (e) => seen.errors.push(String(e)));
  p.on("console", (m) => seen.console.push(`${m.type()}: ${m.text()}`));
  if (block) await p.route("**/bulletproof/**", (r) => r.abort());
  // `slow`: a path answered late (a parser-blocking script: the rest of the page waits).
  if (slow) await p.route(`**${slow}`, (r) => setTimeout(() => r.fulfill({ contentType: "text/javascript", body: "" }), 400));
  await watchCsp(p);
  await p.goto(url);
  return { page: p, seen };
}

/** Waits until every checker on the page has drawn its first report. */
async function mounted(page, count) {
  await page.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll("bulletproof-checker")];
      return hosts.length === n && hosts.every((h) => h.shadowRoot?.querySelector(".layout .mirror div"));
    },
    count,
  );
}

/** Rule ids highlighted in one widget, and the rule ids its findings card lists. */
async function widgetState(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    return {
      marks: [...root.querySelectorAll("mark.hl")].map((m) => m.dataset.rule),
      findings: [...root.querySelectorAll(".findings-card .finding")].length,
      score: root.querySelector("[data-score]")?.dataset.score ?? null,
      text: root.querySelector("#resume").value,
    };
  }, id);
}

const settle = (page) => page.waitForTimeout(500);

function assertClean(seen, violations, origins) {
  assert.deepEqual(violations, [], "no CSP violations");
  assert.deepEqual(seen.errors, [], "no page errors");
  assert.deepEqual(seen.failed, [], "every request answered");
  assert.deepEqual(seen.console.filter((m) => m.startsWith("error")), [], "no console errors");
  const foreign = seen.requests.filter((u) => !origins.some((o) => u.startsWith(o)));
  assert.deepEqual(foreign, [], "no request but the page's and the widget's own files");
}

test("the README's snippet, pasted as is beside the build, gives a working checker", async () => {
  const { page: p, seen } = await open(site.server.url + "snippet.html");
  await mounted(p, 1);
  const id = await p.evaluate(() => (document.querySelector("bulletproof-checker").id = "w"));
  await p.locator("#w textarea#resume").pressSequentially("Responsible for the billing API", { delay: 10 });
  await settle(p);
  const state = await widgetState(p, id);
  assert.ok(state.marks.includes("verb/weak-opening"), `highlights: ${JSON.stringify(state)}`);
  assert.ok(state.findings >= 1);
  assert.equal(await p.evaluate(() => localStorage.length), 0, "nothing saved without the host's opt-in");
  assertClean(seen, await cspViolations(p), [new URL(site.server.url).origin]);
  // The element's first load: the loader, the view's module (with the role
  // lens: the snippet sets a target role) and the stylesheet; never the
  // API's module, nor the other build of the view.
  const files = seen.requests.map((u) => new URL(u).pathname).filter((f) => f.startsWith("/bulletproof/"));
  assert.deepEqual(files.sort(), ["/bulletproof/ui-lens.js", "/bulletproof/ui-lens_bg.wasm", "/bulletproof/widget.css", "/bulletproof/widget.js"]);
  await p.close();
});

test("the loader, async in <head>, starts every element with its own attributes", async () => {
  const { page: p, seen } = await open(site.server.url + "head.html", { slow: "/slow.js" });
  await mounted(p, 2);
  assert.equal(await p.evaluate(() => window.definedBeforeParsed), true, "the element was defined before the parser reached it");
  await p.waitForFunction(() => document.getElementById("h").shadowRoot.querySelector("mark.hl"));
  const state = await p.evaluate(() => ({
    placeholder: document.getElementById("p").shadowRoot.querySelector("#resume").placeholder,
    sample: document.getElementById("h").shadowRoot.querySelector("#resume").value.length,
    role: document.getElementById("h").shadowRoot.querySelector("#role")?.value ?? null,
  }));
  assert.equal(state.placeholder, "One bullet", "the element parsed after the loader ran keeps its placeholder");
  assert.ok(state.sample > 200, `the sample resume is in: ${state.sample} characters`);
  assert.equal(state.role, "sre", "its target role is the one the page set");
  const wasms = seen.requests.filter((u) => u.includes("_bg.wasm")).map((u) => new URL(u).pathname);
  assert.deepEqual(wasms.sort(), ["/bulletproof/ui-lens_bg.wasm", "/bulletproof/ui_bg.wasm"], "the element with a role starts with the lens, the other without");
  assertClean(seen, await cspViolations(p), [new URL(site.server.url).origin]);
  await p.close();
});

// Computed styles of the host's own elements, to compare with and without the widgets.
const HOST_ELEMENTS = ["html", "body", ".masthead", "#title", "#lede", ".post h2", ".post li", "blockquote", ".sidebar h3", ".note", ".foot"];
const PROPS = ["font-size", "font-family", "line-height", "color", "background-color", "box-sizing", "display", "margin-top", "padding-left", "letter-spacing", "text-transform", "text-align", "width"];

async function hostStyles(page) {
  return page.evaluate(
    ([sels, props]) =>
      Object.fromEntries(
        sels.map((s) => {
          const cs = getComputedStyle(document.querySelector(s));
          return [s, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
        }),
      ),
    [HOST_ELEMENTS, PROPS],
  );
}

/** The widget's own styles, read inside its shadow root. */
async function widgetStyles(page, id) {
  return page.evaluate((id) => {
    const host = document.getElementById(id);
    const root = host.shadowRoot;
    const cs = (sel, props) => {
      const s = getComputedStyle(root.querySelector(sel));
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    };
    const rect = (sel) => {
      const r = root.querySelector(sel).getBoundingClientRect();
      return [Math.round(r.left), Math.round(r.top), Math.round(r.width)];
    };
    const bp = root.querySelector(".bp");
    return {
      host: getComputedStyle(host).display,
      root: cs(".bp", ["font-size", "line-height", "letter-spacing", "text-transform", "box-sizing", "font-family", "border-radius", "text-align"]),
      layout: cs(".layout", ["display"]),
      card: cs(".card", ["padding-top"]),
      area: cs("#resume", ["font-size", "line-height", "box-sizing", "text-transform", "letter-spacing", "font-family"]),
      mark: cs("mark.hl", ["background-color", "color"]),
      fill: cs(".bar .fill", ["background-color"]),
      hiddenJob: cs(".tailor", ["display"]),
      areaRect: rect("#resume"),
      mirrorRect: rect(".mirror"),
      width: bp.getBoundingClientRect().width,
      overflow: bp.scrollWidth - bp.clientWidth,
    };
  }, id);
}

test("the hostile blog demo: two widgets work, the page keeps its styles, the widgets keep theirs", async () => {
  const viewport = { width: 1280, height: 900 };
  const origin = new URL(site.server.url).origin;

  // The page as it is with no widget at all (the bundle's requests refused).
  const control = await open(site.server.url + "demo/", { block: true, viewport });
  const before = await hostStyles(control.page);
  await control.page.close();

  const { page: p, seen } = await open(site.server.url + "demo/", { viewport });
  await mounted(p, 2);
  await p.evaluate(() => (document.querySelector("[compact]").id = "quick"));

  // A person types into the sidebar's widget, then pastes into the article's.
  const full0 = await widgetState(p, "full");
  await p.locator("#quick textarea#resume").pressSequentially("Worked on Kafka consumers and improved latency", { delay: 5 });
  await settle(p);
  const quick = await widgetState(p, "quick");
  assert.ok(quick.marks.includes("verb/weak-opening"), `sidebar highlights: ${quick.marks}`);
  assert.ok(quick.marks.includes("metrics/vague-improvement"), `sidebar highlights: ${quick.marks}`);
  assert.ok(quick.findings >= 2);
  assert.deepEqual(await widgetState(p, "full"), full0, "typing in one widget leaves the other alone");

  await p.locator("#full textarea#resume").fill("EXPERIENCE\n- Responsible for the payments API\n- Cut p99 latency from 480 ms to 120 ms");
  await settle(p);
  const full = await widgetState(p, "full");
  assert.ok(full.marks.includes("verb/weak-opening"), `article highlights: ${full.marks}`);
  assert.ok(full.findings >= 1);
  assert.notEqual(full.score, full0.score);
  assert.deepEqual(await widgetState(p, "quick"), quick, "and the other way round");

  // The host's elements are exactly as they were without the widgets.
  assert.deepEqual(await hostStyles(p), before);

  // The widgets' own styles survive the host's resets.
  for (const id of ["full", "quick"]) {
    const s = await widgetStyles(p, id);
    assert.equal(s.host, "block", `${id}: the element is a block despite div/* rules`);
    assert.equal(s.root["font-size"], "16px", `${id}: not the host's 10px rem or 2.1rem body`);
    assert.equal(s.root["line-height"], "24px");
    assert.equal(s.root["letter-spacing"], "normal");
    assert.equal(s.root["text-transform"], "none");
    assert.equal(s.root["text-align"], "start", `${id}: not the host's justify`);
    assert.equal(s.layout.display, "grid", `${id}: not the host's flex`);
    assert.equal(s.card["padding-top"], "9.6px", `${id}: 0.6rem of the widget's 16px, not of the host's 10px rem`);
    assert.deepEqual(
      s.area,
      {
        "font-size": "14px",
        "line-height": "22.4px",
        "box-sizing": "border-box",
        "text-transform": "none",
        "letter-spacing": "normal",
        "font-family": s.area["font-family"],
      },
      `${id}: the editor's metrics`,
    );
    assert.match(s.area["font-family"], /monospace/);
    assert.deepEqual(s.areaRect, s.mirrorRect, `${id}: the highlight layer lies exactly under the text`);
    assert.notEqual(s.mark["background-color"], "rgb(255, 255, 0)", `${id}: not the host's yellow <mark>`);
    assert.equal(s.hiddenJob.display, id === "quick" ? "none" : "block");
    assert.ok(s.overflow <= 0, `${id}: nothing sticks out sideways (${s.overflow}px)`);
  }
  const full_ = await widgetStyles(p, "full");
  const quick_ = await widgetStyles(p, "quick");
  // Theming through the documented properties; the host's own --accent does not leak in.
  assert.equal(full_.fill["background-color"], "rgb(180, 69, 31)", "--bp-accent");
  assert.match(full_.root["font-family"], /^Georgia/, "--bp-font");
  assert.equal(full_.root["border-radius"], "3px", "--bp-radius");
  assert.equal(quick_.fill["background-color"], "rgb(36, 87, 197)", "the default accent, not the host's hotpink");
  assert.match(quick_.root["font-family"], /system-ui/);
  // The sidebar is a 320 px column.
  assert.equal(quick_.width, 320);

  assert.equal(await p.evaluate(() => localStorage.length), 0, "nothing saved without the host's opt-in");
  assertClean(seen, await cspViolations(p), [origin]);
  await p.close();
});

test("attributes: theme, panels, role, band, placeholder, and saving only when the host opts in", async () => {
  const { page: p, seen } = await open(site.server.url + "attributes.html");
  await mounted(p, 2);
  const read = () =>
    p.evaluate(() => {
      const root = document.getElementById("dark").shadowRoot;
      const shown = (sel) => {
        const el = root.querySelector(sel);
        return el && getComputedStyle(el).display !== "none";
      };
      return {
        bg: getComputedStyle(root.querySelector(".bp")).backgroundColor,
        placeholder: root.querySelector("#resume").placeholder,
        cards: ["score-card", "pictures", "fit", "fix-first", "findings-card"].filter((c) => shown(`.${c}`)),
        job: shown(".tailor"),
        fitThemes: root.querySelectorAll(".fit .theme").length,
        text: root.querySelector("#resume").value,
        plainText: document.getElementById("plain").shadowRoot.querySelector("#resume").value,
        plainRole: document.getElementById("plain").shadowRoot.querySelector("select#role").value,
      };
    });
  const first = await read();
  assert.equal(first.bg, "rgb(20, 21, 24)", "theme=dark");
  assert.equal(first.placeholder, "Paste one bullet here");
  assert.deepEqual(first.cards, ["score-card", "fit"], "panels=score fit");
  assert.equal(first.job, false);
  assert.equal(first.fitThemes, 4, "target-role=sre gives the SRE themes");
  assert.equal(first.text, "", "an empty box unless the host asks for the sample");
  assert.equal(first.plainRole, "backend", "role= works as well as target-role=");
  assert.ok(
    seen.console.some((m) => m.startsWith("warning") && m.includes("bogus") && m.includes("fix-first")),
    `a console warning names the bad panel and the good ones: ${seen.console}`,
  );

  assert.ok(await p.locator("#dark #bp-hint .forget").isVisible(), "an opted-in widget offers to forget");
  assert.ok(!(await p.locator("#plain #bp-hint .forget").isVisible()), "the other one stores nothing to forget");
  await p.locator("#dark textarea#resume").fill("- Responsible for on-call");
  await p.locator("#plain textarea#resume").fill("- Worked on Kafka");
  await settle(p);
  const keys = await p.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ["bulletproof.widget.trial.resume.v1"], "only the opted-in widget saves, under its own key");
  await p.reload();
  await mounted(p, 2);
  const again = await read();
  assert.equal(again.text, "- Responsible for on-call", "the opted-in widget's text is back after a reload");
  assert.equal(again.plainText, "", "the other widget kept nothing");
  // "Forget it" (after confirming) empties the box and erases its keys.
  p.once("dialog", (d) => d.accept());
  await p.locator("#dark #bp-hint .forget").click();
  await settle(p);
  assert.equal((await read()).text, "");
  assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), []);
  await p.close();
});

test("lifecycle: moved, removed mid-check, put back, attributes changed, theme switched, duplicate save names", async () => {
  const { page: p, seen } = await open(site.server.url + "lifecycle.html");
  await mounted(p, 5);
  // In a flex row (shrink-to-fit), the widget keeps a usable width.
  assert.ok(
    (await p.evaluate(() => document.getElementById("f").getBoundingClientRect().width)) >= 288,
    "not collapsed in a flex row",
  );
  const value = (id) => p.evaluate((id) => document.getElementById(id).shadowRoot.querySelector("#resume")?.value ?? null, id);

  // Moved across an await: the reader's text stays and is still checked.
  await p.locator("#a textarea#resume").fill("- Responsible for the billing API");
  await settle(p);
  await p.evaluate(async () => {
    const a = document.getElementById("a");
    a.remove();
    await new Promise((ok) => setTimeout(ok, 50));
    document.getElementById("right").append(a);
  });
  assert.equal(await value("a"), "- Responsible for the billing API");
  // Still checking after the move: a new weak opening is found.
  await p.locator("#a textarea#resume").fill("- Responsible for the billing API\n- Worked on search");
  await p.waitForFunction(
    () => document.getElementById("a").shadowRoot.querySelectorAll('mark.hl[data-rule="verb/weak-opening"]').length === 2,
  );

  // The full layout in a 320 px column: nothing sticks out sideways.
  const narrow = await p.evaluate(() => {
    const bp = document.getElementById("b").shadowRoot.querySelector(".bp");
    return { width: bp.getBoundingClientRect().width, overflow: bp.scrollWidth - bp.clientWidth };
  });
  assert.equal(narrow.width, 320);
  assert.ok(narrow.overflow <= 0, `overflow ${narrow.overflow}px`);

  // An attribute changed right after a keystroke, with its check, frame and
  // timers still pending: the checker is set up again, keeps the text, and
  // the old one's callbacks find it gone without a crash.
  assert.equal(await p.evaluate(() => !!document.getElementById("b").shadowRoot.querySelector(".layout.full")), true);
  await p.evaluate(() => {
    const b = document.getElementById("b");
    const area = b.shadowRoot.querySelector("#resume");
    area.value = "- Worked on Kafka consumers";
    area.dispatchEvent(new Event("input", { bubbles: true }));
    b.setAttribute("compact", "");
  });
  await p.waitForFunction(() => document.getElementById("b").shadowRoot.querySelector(".layout.compact"));
  await p.waitForTimeout(800); // past every timer the old checker had set (≤ 600 ms)
  assert.equal(await value("b"), "- Worked on Kafka consumers");
  assert.equal(await p.evaluate(() => document.getElementById("b").shadowRoot.querySelector(".crash")), null);
  assert.deepEqual(seen.errors, []);
  // The theme switches at once, without setting anything up again (the same editor).
  await p.evaluate(() => (window.__area = document.getElementById("b").shadowRoot.querySelector("#resume")));
  const bg = () => p.evaluate(() => getComputedStyle(document.getElementById("b").shadowRoot.querySelector(".bp")).backgroundColor);
  await p.evaluate(() => document.getElementById("b").setAttribute("theme", "dark"));
  assert.equal(await bg(), "rgb(20, 21, 24)");
  await p.evaluate(() => document.getElementById("b").setAttribute("theme", "light"));
  assert.equal(await bg(), "rgb(246, 246, 243)");
  assert.ok(await p.evaluate(() => window.__area === document.getElementById("b").shadowRoot.querySelector("#resume")));

  // Removed while its check and timers are still pending: taken down a
  // second later, without a crash in the widgets that stay.
  await p.locator("#a textarea#resume").pressSequentially(" and more", { delay: 0 });
  await p.evaluate(() => {
    window.__a = document.getElementById("a");
    window.__a.remove();
  });
  await p.waitForFunction(() => !window.__a.shadowRoot.querySelector(".layout"), null, { timeout: 3000 });
  assert.equal(await p.evaluate(() => document.querySelectorAll("bulletproof-checker").length), 4);
  assert.equal(await p.evaluate(() => document.getElementById("b").shadowRoot.querySelector(".crash")), null);
  await p.locator("#b textarea#resume").fill("- Helped the team");
  await settle(p);
  assert.ok((await widgetState(p, "b")).marks.includes("verb/weak-opening"), "the other widget still checks");
  // Put back after that: a fresh checker (nothing was saved, so an empty box).
  await p.evaluate(() => document.getElementById("right").append(window.__a));
  await p.waitForFunction(() => window.__a.shadowRoot.querySelector(".layout .mirror div"));
  assert.equal(await value("a"), "");

  // Two widgets saving under the same name are warned about.
  assert.ok(
    seen.console.some((m) => m.startsWith("warning") && m.includes("saves under the same name")),
    seen.console.join("\n"),
  );
  assert.deepEqual(seen.errors, []);
  await p.close();
});

test("a stylesheet that does not load: a clear message in the widget, not an unstyled checker", async () => {
  const p = await site.browser.newPage();
  await p.route("**/bulletproof/widget.css*", (r) => r.fulfill({ status: 404, body: "" }));
  await p.goto(site.server.url + "snippet.html");
  await p.waitForFunction(() => document.querySelector("bulletproof-checker").shadowRoot?.querySelector(".bp:not([hidden])"));
  const shown = await p.evaluate(() => document.querySelector("bulletproof-checker").shadowRoot.querySelector(".bp").textContent);
  assert.match(shown, /The resume checker could not start: its stylesheet did not load/);
  assert.equal(await p.evaluate(() => document.querySelector("bulletproof-checker").shadowRoot.querySelector("textarea")), null);
  await p.close();
});

test("a crash inside the wasm: every widget says so, and the text stays in the box", async () => {
  const { page: p } = await open(site.server.url + "attributes.html");
  await mounted(p, 2);
  await p.locator("#plain textarea#resume").fill("- Text written before the crash");
  await settle(p);
  // A trap in the host's own wasm is not ours: no widget claims it.
  await p.evaluate(() => setTimeout(() => {
    throw new WebAssembly.RuntimeError("the host's own module trapped");
  }));
  await p.waitForTimeout(200);
  const claimed = await p.evaluate(() => ["dark", "plain"].filter((id) => document.getElementById(id).shadowRoot.querySelector(".crash")));
  assert.deepEqual(claimed, [], "a host's trap shows no crash notice");
  await p.evaluate(() => (window.__bpForcePanic = true));
  await p.locator("#plain textarea#resume").press("End");
  await p.keyboard.type("!");
  await p.waitForSelector("#plain .crash[role=alert]");
  const notices = await p.evaluate(() =>
    ["dark", "plain"].map((id) => document.getElementById(id).shadowRoot.querySelector(".crash[role=alert]")?.textContent),
  );
  // One wasm instance serves both widgets: both stop and say where the text is.
  for (const n of notices) assert.match(n, /stopped\. Your text is still in the box: copy it before you reload/);
  assert.equal(await p.evaluate(() => window.__bpCrashed), undefined, "no global of ours on the host's window");
  assert.equal(await p.locator("#plain textarea#resume").inputValue(), "- Text written before the crash!");
  await p.close();
});

test("the bundle served from another origin, under the CSP the README gives", async () => {
  const files = await serve("dist", null, { headers: { "access-control-allow-origin": "*" } });
  const bundle = new URL(files.url).origin;
  // The README's policy for a host whose widget files live elsewhere.
  const csp = `default-src 'self'; script-src 'self' ${bundle} 'wasm-unsafe-eval'; style-src 'self' ${bundle}; connect-src 'self' ${bundle}`;
  const host = await serve("dist", null, {
    pages: {
      "/favicon.ico": "",
      "/post.html": page(
        `<p id="p">A post.</p><script type="module" src="${bundle}/bulletproof/widget.js"></script><bulletproof-checker id="x" sample></bulletproof-checker>`,
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      ),
    },
  });
  try {
    const { page: p, seen } = await open(host.url + "post.html");
    await mounted(p, 1);
    const state = await widgetState(p, "x");
    assert.ok(state.marks.length > 5, "the sample is checked and highlighted");
    assertClean(seen, await cspViolations(p), [new URL(host.url).origin, bundle]);
    await p.close();
  } finally {
    await host.close();
    await files.close();
  }
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core finds no serious or critical problems in the widgets (${scheme})`, async () => {
    // axe is injected by the test, so this one page lets it past the CSP.
    const p = await site.browser.newPage({ colorScheme: scheme, bypassCSP: true });
    await p.goto(site.server.url + "a11y.html");
    await mounted(p, 2);
    assert.deepEqual(await axeViolations(p), []);
    await p.close();
  });
}

test("open-files: the widget opens a PDF or DOCX in the page, and a bad file keeps the text", async () => {
  const { page: p, seen } = await open(site.server.url + "files.html");
  await mounted(p, 1);
  const files = (name) => new URL(`../files/${name}`, import.meta.url).pathname;
  const value = () => p.evaluate(() => document.getElementById("w").shadowRoot.getElementById("resume").value);
  await p.waitForSelector("#w .bp-open input");
  for (const name of ["one-column.pdf", "resume.docx"]) {
    await p.setInputFiles("#w .bp-open input", files(name));
    const want = readFileSync(files(`${name}.txt`), "utf8");
    await p.waitForFunction((w) => document.getElementById("w").shadowRoot.getElementById("resume").value === w, want, { timeout: 15_000 });
    await p.waitForFunction(() => document.getElementById("w").shadowRoot.querySelector('mark.hl[data-rule="verb/weak-opening"]'));
  }
  assert.match(await p.textContent("#w .bp-open .status"), /text box/);
  const before = await value();
  await p.setInputFiles("#w .bp-open input", files("bomb.docx"));
  await p.waitForFunction(() => /unchanged/.test(document.getElementById("w").shadowRoot.querySelector(".bp-open .status").textContent), null, { timeout: 15_000 });
  assert.equal(await value(), before);
  const origin = new URL(site.server.url).origin;
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:")), []);
  assert.ok(seen.requests.some((u) => u.includes("/bulletproof/open/pdf.worker.min.mjs?v=")), "pdf.js came from the bundle, versioned");
  assert.deepEqual(await cspViolations(p), []);
  assert.deepEqual(seen.errors, []);
  await p.close();
});

test("the role lens loads on first use: typing a job description or picking a role moves the element to ui-lens, keeping texts, picks and caret", async () => {
  const { page: p, seen } = await open(site.server.url + "lens.html");
  await mounted(p, 2);
  const wasms = () => seen.requests.filter((u) => u.includes("_bg.wasm")).map((u) => new URL(u).pathname);
  assert.deepEqual(wasms().sort(), ["/bulletproof/ui-lens_bg.wasm", "/bulletproof/ui_bg.wasm"], "the element with a role starts with the lens, the other without");
  const l = (sel) => p.locator(`#l ${sel}`);
  const resume = "EXPERIENCE\nSRE, Acme (2019 - 2024)\n- Ran Kafka and Kubernetes for 40 services\n";
  await l("textarea#resume").fill(resume);
  // Typing a job description key by key: the first key brings the lens in,
  // and the keys typed while it loads land in the same box, in order.
  const job = "Requirements: Kafka, Kubernetes and Terraform. Services in Kotlin.";
  await l("textarea#jd").click();
  await p.keyboard.type(job, { delay: 5 });
  await p.waitForFunction(() => document.getElementById("l").shadowRoot.querySelector(".terms.matched .term"));
  await settle(p);
  const state = await p.evaluate(() => {
    const root = document.getElementById("l").shadowRoot;
    return {
      resume: root.querySelector("#resume").value,
      job: root.querySelector("#jd").value,
      focus: root.activeElement?.id,
      caret: root.activeElement?.selectionStart,
      matched: [...root.querySelectorAll(".terms.matched .term")].map((t) => t.dataset.term),
    };
  });
  assert.equal(state.resume, resume, "the resume is kept");
  assert.equal(state.job, job, "every key of the job description is kept, in order");
  assert.equal(state.focus, "jd", "the caret stays in the job description");
  assert.equal(state.caret, job.length);
  assert.ok(state.matched.includes("Kafka") && state.matched.includes("Kubernetes"), `matched: ${state.matched}`);
  // The lens asked the loader for the generated names: Kotlin, in prose, is a term.
  await p.waitForFunction(() => document.getElementById("l").shadowRoot.querySelector('.terms.missing li[data-term="Kotlin"]'));
  assert.equal(seen.requests.filter((u) => u.includes("/bulletproof/tech_names.txt")).length, 1);
  assert.equal(wasms().length, 2, "ui-lens is fetched once for the page");
  // A second lean element picks a role instead: it moves over with its pick.
  await p.evaluate(() => {
    const el = document.createElement("bulletproof-checker");
    el.id = "m";
    document.body.append(el);
  });
  await mounted(p, 3);
  assert.equal(await p.locator("#m .fit .theme").count(), 0, "no role, no themes");
  await p.locator("#m textarea#resume").fill(resume);
  await p.locator("#m select#role").selectOption("backend");
  await p.waitForFunction(() => document.getElementById("m").shadowRoot.querySelectorAll(".fit .theme").length > 0);
  assert.equal(await p.locator("#m select#role").inputValue(), "backend", "the picked role is kept");
  assert.equal(await p.locator("#m textarea#resume").inputValue(), resume);
  assertClean(seen, await cspViolations(p), [new URL(site.server.url).origin]);
  await p.close();
});

test("a widget without open-files never loads the file reader", async () => {
  const { page: p, seen } = await open(site.server.url + "snippet.html");
  await mounted(p, 1);
  assert.equal(await p.$("bulletproof-checker .bp-open"), null);
  assert.deepEqual(seen.requests.filter((u) => u.includes("/open/")), []);
  await p.close();
});
