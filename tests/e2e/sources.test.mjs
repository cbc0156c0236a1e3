// End-to-end: resumes pasted as they are kept (LaTeX, Markdown, JSON Resume)
// are read as a reader sees them; highlights sit on prose, never on markup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, settled, setText, cspViolations, startSite } from "./harness.mjs";

const site = startSite("dist");
const source = (name) => readFileSync(new URL(`../sources/${name}`, import.meta.url), "utf8");

/// Every highlight's text, and where in the editor's text it starts.
async function highlights(page) {
  return page.$$eval("mark.hl", (els) => els.map((e) => ({ rule: e.dataset.rule, text: e.textContent })));
}

async function readAs(page) {
  return page.$eval("#input-format", (s) => [s.dataset.format, s.options[0].textContent]);
}

for (const [name, format, label] of [
  ["jake.tex", "latex", "Auto: LaTeX"],
  ["awesome.tex", "latex", "Auto: LaTeX"],
  ["jekyll.md", "markdown", "Auto: Markdown"],
  ["resume.json", "json-resume", "Auto: JSON Resume"],
]) {
  test(`pasting ${name} highlights only prose`, async () => {
    const { page, requests, errors } = await openApp(site.browser, site.server.url);
    const origin = new URL(site.server.url).origin;
    await setText(page, source(name));
    // The full app loads on first use and takes over; then the weak bullet is highlighted on its words.
    await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]', { timeout: 10_000 });
    await settled(page);
    assert.deepEqual(await readAs(page), [format, label]);
    const marks = await highlights(page);
    assert.ok(marks.length >= 5, JSON.stringify(marks));
    const weak = marks.filter((m) => m.rule === "verb/weak-opening").map((m) => m.text);
    assert.deepEqual(weak, ["Responsible for", "Worked on improving"]);
    for (const m of marks) {
      // No backslash command, brace, JSON quote or Markdown emphasis under a highlight.
      assert.doesNotMatch(m.text, /[\\{}"*#]|\[|\]/, `${m.rule} on ${JSON.stringify(m.text)}`);
    }
    // The panel lists the same bullets a reader sees, on the source's lines.
    const lines = await page.$$eval(".finding", (els) => els.map((e) => Number(e.dataset.line)));
    const text = source(name).split("\n");
    for (const l of lines) assert.ok(l >= 1 && l <= text.length, `line ${l}`);
    // The full app (with the readers) is one of the page's own files, loaded on first use.
    assert.ok(requests.some((u) => u.endsWith("/full/app_bg.wasm")), "the full app was not loaded");
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:")), []);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("Read as: an explicit choice overrides what was detected", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await setText(page, source("jake.tex"));
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]', { timeout: 10_000 });
  await page.selectOption("#input-format", "text");
  await settled(page);
  assert.equal((await readAs(page))[0], "text");
  // Read as plain text, the preamble's commands are prose again: some highlight lands on markup.
  const marks = await highlights(page);
  assert.ok(marks.some((m) => /[\\{}]/.test(m.text)), "plain text reading should show the markup problem");
  await page.selectOption("#input-format", "");
  await settled(page);
  assert.deepEqual(await readAs(page), ["latex", "Auto: LaTeX"]);
  await page.close();
});

test("invalid JSON is read as text, with a note that says why", async () => {
  const { page, errors } = await openApp(site.browser, site.server.url);
  await setText(page, '{"work": [{"highlights": ["Responsible for the API",]}]}');
  await page.waitForFunction(() => /not valid JSON/.test(document.querySelector("#input-note")?.textContent ?? ""), null, { timeout: 10_000 });
  assert.equal((await readAs(page))[0], "text");
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [name, comment, stale] of [
  ["jake.tex", "% bulletproof-disable-next-line verb/weak-opening", "% bulletproof-disable-next-line style/passive"],
  ["jekyll.md", "<!-- bulletproof-disable-next-line verb/weak-opening -->", "<!-- bulletproof-disable-next-line style/passive -->"],
]) {
  test(`an inline disable in pasted ${name} is honoured, as the CLI honours it`, async () => {
    const { page, errors } = await openApp(site.browser, site.server.url);
    const lines = source(name).split("\n");
    const at = lines.findIndex((l) => l.includes("Responsible for the on-call rotation"));
    const indent = lines[at].match(/^\s*/)[0];
    // The disable above the first weak bullet, and one with nothing to silence above the second.
    const later = lines.findIndex((l) => l.includes("Worked on improving"));
    lines.splice(later, 0, indent + stale);
    lines.splice(at, 0, indent + comment);
    const text = lines.join("\n");
    await setText(page, text);
    await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]', { timeout: 10_000 });
    await settled(page);
    const weak = (await highlights(page)).filter((m) => m.rule === "verb/weak-opening").map((m) => m.text);
    assert.deepEqual(weak, ["Worked on improving"]);
    // The stale one is listed on its own line (the comment is markup: listed, never highlighted).
    const unused = await page.$$eval('[data-rule="disable/unused"][data-line]', (els) => els.map((e) => Number(e.dataset.line)));
    assert.deepEqual(unused, [later + 2]);
    // The CLI says the same of the same text.
    const { spawnSync } = await import("node:child_process");
    const cli = spawnSync("cargo", ["run", "--quiet", "--bin", "bulletproof", "--", "check", "-", "--input", name.endsWith(".tex") ? "latex" : "markdown", "--format", "json"], { input: text, encoding: "utf8" });
    const report = JSON.parse(cli.stdout);
    const cliWeak = report.findings.filter((f) => f.rule === "verb/weak-opening").map((f) => f.line);
    assert.deepEqual(cliWeak, [later + 3]);
    assert.deepEqual(report.findings.filter((f) => f.rule === "disable/unused").map((f) => f.line), [later + 2]);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
