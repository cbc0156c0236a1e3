// End-to-end: opening files. PDF and DOCX are read in the page (a worker)
// and put in the editor as the text a reader sees; source files open as
// they are; Save and Download report give the files back; bad files say
// what is wrong and keep the text; nothing leaves the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, settled, cspViolations, startSite } from "./harness.mjs";

const site = startSite("dist");
const path = (name) => new URL(`../files/${name}`, import.meta.url).pathname;
const expected = (name) => readFileSync(path(`${name}.txt`), "utf8");
const START = "EXPERIENCE\n- Text that was here before the file\n";

async function fresh() {
  const opened = await openApp(site.browser, site.server.url);
  await opened.page.fill("#resume", START);
  return opened;
}

/// Opens a file through the Open button's file input and waits for its text.
async function openFile(page, name) {
  const before = await page.inputValue("#resume");
  await page.setInputFiles("#open-file", path(name));
  await page.waitForFunction((b) => document.querySelector("#resume")?.value !== b, before, { timeout: 15_000 });
  await settled(page);
  return page.inputValue("#resume");
}

const notes = (page) => page.$$eval("#file-notes:not([hidden]) li", (els) => els.map((e) => e.dataset.kind));
const weak = (page) => page.$$eval('mark.hl[data-rule="verb/weak-opening"]', (els) => els.map((e) => e.textContent));

// name, the notes' kinds, the weak openings, and the lines noted where an ATS may not read them.
for (const [name, kinds, weakOnes, placed] of [
  ["one-column.pdf", [], ["Responsible for", "Worked on improving"], {}],
  ["two-column.pdf", ["columns"], ["Responsible for", "Worked on improving"], {}],
  ["table-header.pdf", ["table", "header-footer"], ["Responsible for", "Worked on improving"], { "ats/table": 5 }],
  ["latex.pdf", [], ["Responsible for", "Worked on improving"], {}],
  ["resume.docx", ["table", "text-box", "header-footer"], ["Responsible for", "Helped"], { "ats/table": 2, "ats/text-box": 1 }],
]) {
  test(`opening ${name} puts the text a reader sees in the editor, checked`, async () => {
    const { page, requests, errors } = await fresh();
    const origin = new URL(site.server.url).origin;
    const text = await openFile(page, name);
    assert.equal(text, expected(name));
    assert.deepEqual(await weak(page), weakOnes);
    assert.deepEqual(await notes(page), kinds);
    // The panel's groups count them (each lists its first few).
    const counted = await page.$$eval('details.group[data-rule^="ats/"]', (els) =>
      Object.fromEntries(els.map((e) => [e.dataset.rule, Number(e.querySelector(".count").textContent)])),
    );
    assert.deepEqual(counted, placed);
    // Undo brings back what was there before the file.
    await page.focus("#resume");
    await page.keyboard.press("Control+z");
    assert.equal(await page.inputValue("#resume"), START);
    // Read in the page: the reader's files are the page's own, nothing else was fetched.
    const reader = name.endsWith(".pdf") ? "/open/pdf.worker.min.mjs" : "/open/extract_bg.wasm";
    assert.ok(requests.some((u) => u.endsWith(reader)), `${reader} was not loaded`);
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")), []);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

for (const name of ["resume.docx", "two-column.pdf"]) {
  test(`${name} dropped on the editor opens the same way`, async () => {
    const { page } = await fresh();
    const bytes = readFileSync(path(name)).toString("base64");
    await page.evaluate(
      async ([b64, name]) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([data], name));
        const area = document.querySelector("#resume");
        area.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
        area.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [bytes, name],
    );
    await page.waitForFunction((s) => document.querySelector("#resume")?.value !== s, START, { timeout: 15_000 });
    assert.equal(await page.inputValue("#resume"), expected(name));
    await page.close();
  });
}

test("a source file opens as it is, is read by its reader, and saves back under its name", async () => {
  const { page } = await fresh();
  const source = readFileSync(new URL("../sources/jake.tex", import.meta.url), "utf8");
  assert.equal(await openFile(page, "../sources/jake.tex"), source);
  assert.equal(await page.$eval("#input-format", (s) => s.value), "latex");
  assert.deepEqual(await weak(page), ["Responsible for", "Worked on improving"]);
  await page.fill("#resume", source.replace("Responsible for", "Owned"));
  const download = page.waitForEvent("download");
  await page.click("#save-file");
  const saved = await download;
  assert.equal(saved.suggestedFilename(), "jake.tex");
  assert.equal(readFileSync(await saved.path(), "utf8"), source.replace("Responsible for", "Owned"));
  await page.close();
});

test("Save gives a PDF's text as .txt; Download report gives the report as Markdown", async () => {
  const { page } = await fresh();
  const text = await openFile(page, "one-column.pdf");
  let download = page.waitForEvent("download");
  await page.click("#save-file");
  let file = await download;
  assert.equal(file.suggestedFilename(), "one-column.txt");
  assert.equal(readFileSync(await file.path(), "utf8"), text);
  download = page.waitForEvent("download");
  await page.click("#save-report");
  file = await download;
  assert.equal(file.suggestedFilename(), "one-column-report.md");
  const md = readFileSync(await file.path(), "utf8");
  assert.match(md, /^# Resume check: one-column\.pdf\n\nScore \*\*\d+\/100\*\*/);
  assert.match(md, /`verb\/weak-opening` at “Responsible for”/);
  const shown = await page.getAttribute("[data-score]", "data-score");
  assert.ok(md.includes(`**${shown}/100**`), `the page shows ${shown}`);
  await page.close();
});

test("the first load's Download report hands over to the full app and still downloads", async () => {
  const { page } = await fresh();
  const download = page.waitForEvent("download", { timeout: 15_000 });
  await page.click("#save-report");
  const file = await download;
  assert.equal(file.suggestedFilename(), "resume-report.md");
  assert.match(readFileSync(await file.path(), "utf8"), /Text that was here before the file/);
  await page.close();
});

for (const [name, says] of [
  ["scan.pdf", /no text to read.*scan/],
  ["encrypted.pdf", /password-protected/],
  ["bomb.docx", /zip bomb/],
  ["not-a-docx.docx", /not a Word document/],
  ["truncated.docx", /damaged/],
]) {
  test(`a bad file (${name}) says what is wrong and the text stays`, async () => {
    const { page, errors } = await fresh();
    await page.setInputFiles("#open-file", path(name));
    await page.waitForFunction(() => /unchanged/.test(document.querySelector(".status")?.textContent ?? ""), null, { timeout: 15_000 });
    assert.match(await page.textContent(".status"), says);
    assert.equal(await page.inputValue("#resume"), START);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("a file that is not what its name says is refused with a message", async () => {
  const { page } = await fresh();
  for (const [name, bytes, says] of [
    ["renamed.pdf", Buffer.from("just some text, not a PDF"), /not a PDF inside/],
    ["broken.pdf", readFileSync(path("one-column.pdf")).subarray(0, 2000), /damaged|could not be read/],
    ["photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]), /opens \.pdf, \.docx/],
    ["huge.pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(21 * 1024 * 1024)]), /up to 20 MB/],
  ]) {
    await page.setInputFiles("#open-file", { name, mimeType: "application/octet-stream", buffer: bytes });
    await page.waitForFunction((n) => (document.querySelector(".status")?.textContent ?? "").includes("unchanged") && !document.querySelector(".status").textContent.startsWith("Opening"), name, { timeout: 15_000 });
    assert.match(await page.textContent(".status"), says, name);
    assert.equal(await page.inputValue("#resume"), START);
    await page.evaluate(() => (document.querySelector(".status").textContent = ""));
  }
  await page.close();
});

test("after one visit, a PDF opens with no network", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.waitForSelector("[data-score]");
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The open-file module is cached after the rest.
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    for (const k of keys) if (await (await caches.open(k)).match("/open/pdf.worker.min.mjs")) return true;
    return false;
  }, null, { timeout: 20_000, polling: 250 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("[data-score]");
  assert.equal(await openFile(page, "two-column.pdf"), expected("two-column.pdf"));
  await context.close();
});

test("a very long PDF is read up to its first 30 pages, and says so", async () => {
  // About 37 pages printed here by Chromium from a long HTML resume.
  const maker = await site.browser.newPage();
  const items = Array.from({ length: 2400 }, (_, i) => `<li>• Cut p99 latency of service ${i} from 800 ms to 200 ms by caching sessions.</li>`);
  await maker.setContent(`<!DOCTYPE html><meta charset="utf-8"><body style="font: 11pt sans-serif"><h2>EXPERIENCE</h2><ul>${items.join("")}</ul></body>`);
  const bytes = await maker.pdf({ format: "Letter" });
  await maker.close();
  const { page, errors } = await fresh();
  await page.setInputFiles("#open-file", { name: "long.pdf", mimeType: "application/pdf", buffer: bytes });
  await page.waitForFunction((s) => document.querySelector("#resume").value !== s, START, { timeout: 20_000 });
  assert.deepEqual(await notes(page), ["truncated"]);
  assert.match(await page.textContent("#file-notes"), /first 30 of \d+ pages/);
  assert.deepEqual(errors, []);
  await page.close();
});
